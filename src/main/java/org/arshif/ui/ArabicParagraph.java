package org.arshif.ui;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.arshif.layout.Identifiers;
import org.arshif.layout.Line;
import org.arshif.layout.LineBreaker;
import org.arshif.layout.ParagraphDirection;
import org.arshif.layout.ShapingFace;
import org.arshif.model.Snippet;

/**
 * A paragraph of Arabic (or mixed) text laid out by the application: JavaFX's own wrapping of right-to-left text
 * is broken on Linux, so lines are broken by {@link LineBreaker} on measured widths (as in the PDF export) and each
 * line is set by a {@link LineView}: its words, cut where the bidi level changes, are unwrapped {@link Text} nodes
 * placed side by side in the visual order of {@link Bidi} on the paragraph (its direction decided by its content,
 * {@link ParagraphDirection}), and each space between them is an empty region of the space's width, widened when the
 * paragraph is justified. Cutting only at spaces and at changes of direction keeps every word's letters joined.
 *
 * <p>Justified paragraphs widen the spaces of every line but the last so that both ends touch the column; the
 * last line, and every line of an unjustified paragraph, sits at the paragraph's start side (right for right to
 * left). No kashida: elongating letters needs the font's rules for where a tatweel may go, and the PDF export
 * justifies by spaces too, so screen and page set a line alike.
 *
 * <p>Matches and the selection are drawn as highlight shapes behind the words, never by splitting a word, which
 * would break the joining of its letters. The selection is driven from outside ({@link ReaderSelection});
 * {@link #indexAt} finds the character under a point from the glyphs' real positions.
 *
 * <p>With a bundled font, each word is drawn as the JDK's HarfBuzz shapes it ({@link WordInk}): an outline laid over
 * the word's {@code Text}, which turns transparent but still sets the line and answers hit tests. JavaFX on Linux
 * drops glyph offsets, which Amiri uses to tuck a raa under a kaf (مركز) and to place tanween and harakat.
 */
public final class ArabicParagraph extends Region {

    /** Ends the last line of a cut paragraph (a result's snippet). */
    static final String ELLIPSIS = "…";
    /** A paragraph asks for no more than this width; it wraps to whatever it gets. */
    private static final double PREFERRED_WIDTH_CAP = 360;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private static final StyleablePropertyFactory<ArabicParagraph> STYLES =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    /** The text's colour, from the theme's stylesheet ({@code -fx-text-fill}) unless bound or set. */
    private final StyleableObjectProperty<Paint> fill =
            (StyleableObjectProperty<Paint>) STYLES.createStyleablePaintProperty(this, "fill", "-fx-text-fill",
                    p -> p.fill, Color.BLACK);
    private final ObjectProperty<List<Snippet.Span>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    /** Spans marked in a second colour: dates written in the text. */
    private final ObjectProperty<List<Snippet.Span>> dateMarks = new SimpleObjectProperty<>(this, "dateMarks", List.of());
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(this, "lineSpacing", 1.5);
    private final IntegerProperty maxLines = new SimpleIntegerProperty(this, "maxLines", Integer.MAX_VALUE);
    private final BooleanProperty justified = new SimpleBooleanProperty(this, "justified", false);

    private final Text measure = new Text();
    private final List<LineView> lineViews = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Path markShapes = new Path();
    /**
     * Marks of words that match only through the query word's stem: a lighter kind than the exact marks. Every mark's
     * colours come from the theme's stylesheet (style classes {@code match-mark}, {@code stem-only-mark},
     * {@code current-mark}, {@code date-mark}, {@code text-selection}).
     */
    private final Path stemOnlyMarkShapes = new Path();
    private final Path dateShapes = new Path();
    /** The match the reader is at (F3): drawn over the other marks in a colour of its own, with an outline. */
    private final ObjectProperty<Snippet.Span> currentMark = new SimpleObjectProperty<>(this, "currentMark");
    private final Path currentMarkShape = new Path();
    private final Path selectionShapes = new Path();
    private LineBreaker breaker;
    /**
     * The lines last broken for a height query, by width and line limit: a scroll pane asks every child's height on
     * each layout pass, and breaking a long paragraph again each time kept the FX thread busy (100 % of a core with a
     * 7,000-word article open, the hostile review).
     */
    private final java.util.Map<String, List<Line>> heightLines = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, List<Line>> eldest) {
            return size() > 4; // the widths asked in one pass: unknown (-1), the column's, a scroll bar's less
        }
    };
    /** The same for the layout's own breaking, every line at the laid-out width. */
    private double layoutWidth = Double.NaN;
    private List<Line> layoutLines = List.of();
    private boolean rightToLeft = true;
    /** The paragraph's bidi levels, from which each line's order is taken (as the PDF export takes it). */
    private Bidi bidi;
    private int selectionStart;
    private int selectionEnd;

    /**
     * A piece of a line (a word's characters at one bidi level): its text node and, once its line has come near the
     * screen, the outline drawn over it and the outline's advance. {@code face} is null for a piece JavaFX draws
     * itself (a character the face lacks).
     */
    static final class Word {
        private final Text text;
        private final ShapingFace face;
        private final byte[] levels;
        private SVGPath ink;
        private double advance;

        Word(Text text, ShapingFace face, byte[] levels) {
            this.text = text;
            this.face = face;
            this.levels = levels;
        }

        Text text() {
            return text;
        }

        ShapingFace face() {
            return face;
        }

        byte[] levels() {
            return levels;
        }

        SVGPath ink() {
            return ink;
        }

        double advance() {
            return advance;
        }

        boolean waitsForInk() {
            return face != null && ink == null;
        }

        void inked(SVGPath outline, double outlineAdvance) {
            ink = outline;
            advance = outlineAdvance;
        }
    }

    public ArabicParagraph() {
        this("");
    }

    public ArabicParagraph(String initial) {
        getStyleClass().add("arabic-paragraph");
        // The paragraph positions its lines itself in plain (left-to-right) coordinates; each line orders its
        // pieces by the paragraph's bidi (LineView).
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        markShapes.getStyleClass().add("match-mark");
        stemOnlyMarkShapes.getStyleClass().add("stem-only-mark");
        selectionShapes.getStyleClass().add("text-selection");
        dateShapes.getStyleClass().add("date-mark");
        currentMarkShape.getStyleClass().add("current-mark");
        for (Path shape : List.of(markShapes, stemOnlyMarkShapes, selectionShapes, dateShapes, currentMarkShape)) {
            shape.setManaged(false);
            // Invisible, but with its bounds, until a stylesheet gives the mark its ground and frame.
            shape.setFill(Color.TRANSPARENT);
            shape.setStroke(null);
        }
        getChildren().addAll(dateShapes, stemOnlyMarkShapes, markShapes, currentMarkShape, selectionShapes);
        text.addListener((obs, old, now) -> {
            select(0, 0);
            invalidateLines();
        });
        // A new size (zoom) lays the same text out again; the selection stays.
        font.addListener((obs, old, now) -> invalidateLines());
        marks.addListener((obs, old, now) -> requestLayout());
        dateMarks.addListener((obs, old, now) -> requestLayout());
        currentMark.addListener((obs, old, now) -> requestLayout());
        lineSpacing.addListener((obs, old, now) -> requestLayout());
        maxLines.addListener((obs, old, now) -> requestLayout());
        justified.addListener((obs, old, now) -> requestLayout());
        setText(initial);
        setFocusTraversable(false);
        // Take whatever width the container offers; the preferred width is only a hint.
        setMaxWidth(Double.MAX_VALUE);
        // Scrolling moves lines into view without laying them out again: give them their ink then.
        localToSceneTransformProperty().addListener((obs, old, now) -> inkLinesNearTheScreen());
    }

    private void invalidateLines() {
        breaker = null;
        heightLines.clear();
        layoutWidth = Double.NaN;
        rightToLeft = ParagraphDirection.isRightToLeft(getText());
        bidi = null;
        lineViews.forEach(this::removeLine);
        lineViews.clear();
        requestLayout();
    }

    /** True when the paragraph reads right to left (decided by most of its letters, as in the PDF). */
    public boolean isRightToLeft() {
        return rightToLeft;
    }

    private LineBreaker breaker() {
        if (breaker == null) {
            measure.setFont(getFont());
            breaker = new LineBreaker(getText(), s -> {
                measure.setText(s);
                return measure.getLayoutBounds().getWidth();
            });
        }
        return breaker;
    }

    private double lineHeight() {
        return Math.ceil(textHeight() * getLineSpacing());
    }

    /** The height of a line of text in the font, before the spacing between lines. */
    private double textHeight() {
        measure.setFont(getFont());
        measure.setText("أ");
        return measure.getLayoutBounds().getHeight();
    }

    private double spaceWidth() {
        measure.setFont(getFont());
        measure.setText(" ");
        return measure.getLayoutBounds().getWidth();
    }

    /** The width of the ellipsis that ends a cut paragraph's last line: that line is broken narrower by it. */
    private double ellipsisWidth() {
        measure.setFont(getFont());
        measure.setText(ELLIPSIS);
        return Math.ceil(measure.getLayoutBounds().getWidth());
    }

    private List<Line> linesFor(double width) {
        return heightLines.computeIfAbsent(width + "/" + getMaxLines(),
                key -> breaker().breakLines(Math.max(1, width), getMaxLines(), ellipsisWidth()));
    }

    @Override
    protected double computePrefHeight(double width) {
        double contentWidth = (width < 0 ? 600 : width) - snappedLeftInset() - snappedRightInset();
        int count = linesFor(contentWidth).size();
        return snappedTopInset() + snappedBottomInset() + Math.max(1, count) * lineHeight();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.min(PREFERRED_WIDTH_CAP, snappedLeftInset() + snappedRightInset() + totalWidth());
    }

    @Override
    protected double computeMinWidth(double height) {
        return 40;
    }

    private double totalWidth() {
        return breaker().breakLines(Double.MAX_VALUE).stream().mapToDouble(Line::width).max().orElse(0);
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        if (width != layoutWidth) { // NaN after a new text or font: never equal
            layoutLines = breaker().breakLines(Math.max(1, width));
            layoutWidth = width;
        }
        List<Line> all = layoutLines;
        boolean truncated = all.size() > getMaxLines();
        lines.clear();
        // A cut paragraph's last line leaves room for its «…» (appended, it ran past the column's edge).
        lines.addAll(truncated ? linesFor(width) : all);
        double lineHeight = lineHeight();
        double textHeight = textHeight();
        double space = spaceWidth();
        for (int i = 0; i < lines.size(); i++) {
            boolean ellipsis = truncated && i == lines.size() - 1;
            LineView view = lineView(i, lines.get(i), ellipsis, textHeight);
            // Every line but the paragraph's last is stretched to the column; a truncated line ends with "…" instead.
            // A line a fraction wider than the column (its pieces measured apart) has its spaces narrowed instead.
            boolean stretch = isJustified() && i < all.size() - 1 && !ellipsis;
            double natural = view.width(space);
            double gap = view.spaces() > 0 && (stretch || natural > width)
                    ? space + (width - natural) / view.spaces() : space;
            double lineWidth = view.width(gap);
            double x = rightToLeft ? left + width - lineWidth : left;
            double y = snappedTopInset() + i * lineHeight + (lineHeight - textHeight) / 2;
            view.place(x, snapPositionY(y), gap);
        }
        while (lineViews.size() > lines.size()) {
            removeLine(lineViews.removeLast());
        }
        inkLinesNearTheScreen();
        markShapes.getElements().setAll(rangeShapes(marksOfKind(Snippet.Kind.EXACT)));
        stemOnlyMarkShapes.getElements().setAll(rangeShapes(marksOfKind(Snippet.Kind.STEM_ONLY)));
        dateShapes.getElements().setAll(rangeShapes(dateMarks.get()));
        currentMarkShape.getElements().setAll(currentMark.get() == null ? List.of() : rangeShapes(List.of(currentMark.get())));
        selectionShapes.getElements().setAll(hasSelection()
                ? rangeShapes(List.of(new Snippet.Span(selectionStart, selectionEnd))) : List.of());
    }

    /** The view of line {@code i}, built again only when the line's characters changed (a resize moved a break). */
    private LineView lineView(int i, Line line, boolean truncated, double textHeight) {
        if (i < lineViews.size()) {
            LineView existing = lineViews.get(i);
            if (existing.line().start() == line.start() && existing.line().end() == line.end()
                    && existing.truncated() == truncated) {
                return existing;
            }
            removeLine(existing);
        }
        if (bidi == null) {
            // Addresses embedded left to right as in the PDF: a handle's @ stands at its left.
            bidi = Identifiers.bidi(getText(), rightToLeft);
        }
        LineView view = new LineView(getText(), bidi, line, truncated, getFont(), textHeight, fill,
                Fonts.shapingFace(getFont()));
        if (i < lineViews.size()) {
            lineViews.set(i, view);
        } else {
            lineViews.add(view);
        }
        getChildren().add(view.node());
        return view;
    }

    /**
     * Draws the lines within a screen's height of the visible part of the scene from HarfBuzz's outlines. Lines far
     * from view wait: parsing the outlines of every word of a 3,000-word article would double the time it takes to
     * open, and a line scrolled into view gets its ink before it is drawn (the scene transform changes first).
     */
    private void inkLinesNearTheScreen() {
        javafx.scene.Scene scene = getScene();
        if (scene == null || lineViews.isEmpty()) {
            return;
        }
        double height = scene.getHeight();
        Bounds near = sceneToLocal(new javafx.geometry.BoundingBox(0, -height, Math.max(1, scene.getWidth()), 3 * height));
        if (near == null) {
            return;
        }
        double lineHeight = lineHeight();
        int first = (int) Math.max(0, Math.floor((near.getMinY() - snappedTopInset()) / lineHeight));
        int last = (int) Math.min(lineViews.size() - 1, Math.floor((near.getMaxY() - snappedTopInset()) / lineHeight));
        for (int i = first; i <= last; i++) {
            // Above the lines and the highlight shapes: the ink is the only thing drawn of a word.
            lineViews.get(i).ink(getFont().getSize(), fill, getChildren());
        }
    }

    private void removeLine(LineView view) {
        getChildren().removeAll(view.nodes());
    }

    private List<Snippet.Span> marksOfKind(Snippet.Kind kind) {
        return getMarks().stream().filter(mark -> mark.kind() == kind).toList();
    }

    /** Highlight shapes for character ranges of the paragraph, line by line, in this region's coordinates. */
    private List<PathElement> rangeShapes(List<Snippet.Span> spans) {
        List<PathElement> shapes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int visibleEnd = line.start() + line.visibleText(getText()).length();
            for (Snippet.Span span : spans) {
                int from = Math.max(span.start(), line.start());
                int to = Math.min(span.end(), visibleEnd);
                if (from < to) {
                    shapes.addAll(lineViews.get(i).rangeShape(from - line.start(), to - line.start()));
                }
            }
        }
        return shapes;
    }

    // --- selection -------------------------------------------------------------------------------------------

    /**
     * The caret position (a character index of the paragraph, 0 to its length) nearest a point in this region's
     * coordinates: the line under y (the first or last when above or below), then the glyphs of that line where
     * it placed them. Past the end of a line's start side gives the line's start, past the other side its
     * end.
     */
    public int indexAt(double x, double y) {
        layout();
        if (lines.isEmpty()) {
            return 0;
        }
        int lineIndex = (int) Math.max(0, Math.min(lines.size() - 1, Math.floor((y - snappedTopInset()) / lineHeight())));
        Line line = lines.get(lineIndex);
        int visible = line.visibleText(getText()).length();
        int inLine = lineViews.get(lineIndex).indexAt(x);
        if (inLine == -1) { // left of the line
            inLine = rightToLeft ? visible : 0;
        } else if (inLine == Integer.MAX_VALUE) { // right of it
            inLine = rightToLeft ? 0 : visible;
        }
        return line.start() + Math.max(0, Math.min(inLine, visible));
    }

    /** The index of the line holding the caret position {@code index} (a line's end belongs to it). */
    public int lineOf(int index) {
        layout();
        for (int i = 0; i < lines.size(); i++) {
            if (index < lines.get(i).end() || i == lines.size() - 1) {
                return i;
            }
        }
        return 0;
    }

    /** The vertical middle of line {@code i}, in this region's coordinates. */
    public double lineMiddle(int i) {
        return snappedTopInset() + (i + 0.5) * lineHeight();
    }

    /** The x of the caret before character {@code index}, in this region's coordinates. */
    public double caretX(int index) {
        layout();
        if (lines.isEmpty()) {
            return snappedLeftInset();
        }
        int lineIndex = lineOf(index);
        Line line = lines.get(lineIndex);
        int inLine = Math.min(index - line.start(), line.visibleText(getText()).length());
        return lineViews.get(lineIndex).caretX(inLine);
    }

    /** Selects the characters {@code [start, end)} of the paragraph (logical order). */
    public void select(int start, int end) {
        selectionStart = Math.max(0, Math.min(start, getText().length()));
        selectionEnd = Math.max(selectionStart, Math.min(end, getText().length()));
        requestLayout();
    }

    public boolean hasSelection() {
        return selectionEnd > selectionStart;
    }

    public String getSelectedText() {
        return getText().substring(selectionStart, selectionEnd);
    }

    /** The lines as laid out at the current width (for tests and for the PDF comparison). */
    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    /** The pieces of words shown, line by line, in logical order within a line (for tests). */
    List<Word> words() {
        return lineViews.stream().flatMap(view -> view.words().stream()).toList();
    }

    /** The lines' nodes currently shown, each holding its pieces and spaces in logical order (for tests). */
    List<Pane> lineNodes() {
        return lineViews.stream().map(LineView::node).toList();
    }

    /** The selection's shape, in this paragraph's coordinates (for tests). */
    Path selectionShape() {
        return selectionShapes;
    }

    /** The highlight shape of the marks, in this paragraph's coordinates (for tests). */
    Path markShape() {
        return markShapes;
    }

    /** The lighter highlight shape of the stem-only marks (for tests). */
    Path stemOnlyMarkShape() {
        return stemOnlyMarkShapes;
    }

    // --- properties ------------------------------------------------------------------------------------------

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get() == null ? "" : text.get();
    }

    public void setText(String value) {
        text.set(value == null ? "" : value);
    }

    public ObjectProperty<Font> fontProperty() {
        return font;
    }

    public Font getFont() {
        return font.get();
    }

    public void setFont(Font value) {
        font.set(value);
    }

    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    public Paint getFill() {
        return fill.get();
    }

    public void setFill(Paint value) {
        fill.set(value);
    }

    public ObjectProperty<List<Snippet.Span>> marksProperty() {
        return marks;
    }

    public List<Snippet.Span> getMarks() {
        return marks.get() == null ? List.of() : marks.get();
    }

    public void setMarks(List<Snippet.Span> value) {
        marks.set(value == null ? List.of() : List.copyOf(value));
    }

    public void setDateMarks(List<Snippet.Span> value) {
        dateMarks.set(value == null ? List.of() : List.copyOf(value));
    }

    /** Marks {@code span} as the match the reader is at; null for none in this paragraph. */
    public void setCurrentMark(Snippet.Span span) {
        currentMark.set(span);
    }

    public Snippet.Span getCurrentMark() {
        return currentMark.get();
    }

    /** The current match's shape, in this paragraph's coordinates (for tests). */
    Path currentMarkShape() {
        return currentMarkShape;
    }

    /** The date marks' shape (for tests). */
    Path dateShape() {
        return dateShapes;
    }

    public DoubleProperty lineSpacingProperty() {
        return lineSpacing;
    }

    public double getLineSpacing() {
        return lineSpacing.get();
    }

    public void setLineSpacing(double value) {
        lineSpacing.set(value);
    }

    public BooleanProperty justifiedProperty() {
        return justified;
    }

    public boolean isJustified() {
        return justified.get();
    }

    /** Justified paragraphs stretch every line but the last to both edges of the column. */
    public void setJustified(boolean value) {
        justified.set(value);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }

    public IntegerProperty maxLinesProperty() {
        return maxLines;
    }

    public int getMaxLines() {
        return maxLines.get();
    }

    public void setMaxLines(int value) {
        maxLines.set(value);
    }
}
