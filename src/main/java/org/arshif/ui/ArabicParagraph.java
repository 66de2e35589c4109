package org.arshif.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Font;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import org.arshif.layout.Line;
import org.arshif.layout.LineBreaker;
import org.arshif.model.Snippet;

/**
 * A paragraph of Arabic (or mixed) text laid out by the application: JavaFX's own wrapping of right-to-left text
 * is broken on Linux, so lines are broken by {@link LineBreaker} on measured widths and each line is one unwrapped
 * {@link Text} (which shapes and orders its runs by the bidi algorithm correctly). Lines are right-aligned for
 * right-to-left paragraphs, left-aligned for left-to-right ones, re-laid-out on resize.
 *
 * <p>Matches are marked with highlight shapes behind the words ({@link Text#rangeShape}), never by splitting a
 * word into several nodes, which would break the joining of its letters. Text can be selected with the mouse and
 * copied (Ctrl+C or the context menu) in logical order.
 */
public final class ArabicParagraph extends Region {

    private static final String ELLIPSIS = "…";
    /** A paragraph asks for no more than this width; it wraps to whatever it gets. */
    private static final double PREFERRED_WIDTH_CAP = 360;

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ObjectProperty<Font> font = new SimpleObjectProperty<>(this, "font", Font.getDefault());
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.BLACK);
    /** How much of the mark colour a stem-only mark shows. */
    static final double STEM_ONLY_OPACITY = 0.4;
    private final ObjectProperty<Paint> markFill = new SimpleObjectProperty<>(this, "markFill", Color.web("#ffd54f", 0.8));
    private final ObjectProperty<List<Snippet.Span>> marks = new SimpleObjectProperty<>(this, "marks", List.of());
    /** Spans marked in a second colour: dates written in the text. */
    private final ObjectProperty<List<Snippet.Span>> dateMarks = new SimpleObjectProperty<>(this, "dateMarks", List.of());
    private final DoubleProperty lineSpacing = new SimpleDoubleProperty(this, "lineSpacing", 1.5);
    private final IntegerProperty maxLines = new SimpleIntegerProperty(this, "maxLines", Integer.MAX_VALUE);

    private final Text measure = new Text();
    private final List<Text> lineNodes = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final Path markShapes = new Path();
    /** Marks of words that match only through the query word's stem: the same colour, lighter (CSS may restyle). */
    private final Path stemOnlyMarkShapes = new Path();
    private final Path dateShapes = new Path();
    private final Path selectionShapes = new Path();
    private LineBreaker breaker;
    private int selectionAnchor = -1;
    private int selectionStart;
    private int selectionEnd;

    public ArabicParagraph() {
        this("");
    }

    public ArabicParagraph(String initial) {
        getStyleClass().add("arabic-paragraph");
        // The paragraph positions its lines itself in plain (left-to-right) coordinates; each line's Text carries
        // the paragraph's direction, so mirroring happens once, inside the Text.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        markShapes.setStroke(null);
        markShapes.setManaged(false);
        markShapes.fillProperty().bind(markFill);
        stemOnlyMarkShapes.setStroke(null);
        stemOnlyMarkShapes.setManaged(false);
        stemOnlyMarkShapes.fillProperty().bind(markFill);
        stemOnlyMarkShapes.setOpacity(STEM_ONLY_OPACITY);
        stemOnlyMarkShapes.getStyleClass().add("stem-only-mark");
        selectionShapes.setStroke(null);
        selectionShapes.setManaged(false);
        selectionShapes.setFill(Color.web("#2196f3", 0.35));
        dateShapes.setStroke(null);
        dateShapes.setManaged(false);
        dateShapes.setFill(Color.web("#4fc3f7", 0.35));
        getChildren().addAll(dateShapes, stemOnlyMarkShapes, markShapes, selectionShapes);
        text.addListener((obs, old, now) -> invalidateText());
        font.addListener((obs, old, now) -> invalidateText());
        marks.addListener((obs, old, now) -> requestLayout());
        dateMarks.addListener((obs, old, now) -> requestLayout());
        fill.addListener((obs, old, now) -> lineNodes.forEach(t -> t.setFill(now)));
        lineSpacing.addListener((obs, old, now) -> requestLayout());
        maxLines.addListener((obs, old, now) -> requestLayout());
        setText(initial);
        setFocusTraversable(false);
        // Take whatever width the container offers; the preferred width is only a hint.
        setMaxWidth(Double.MAX_VALUE);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::startSelection);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::extendSelection);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.C && hasSelection()) {
                copySelection();
                e.consume();
            }
        });
        MenuItem copy = new MenuItem(Messages.get("action.copy"));
        copy.setOnAction(e -> copySelection());
        MenuItem copyAll = new MenuItem(Messages.get("action.copyParagraph"));
        copyAll.setOnAction(e -> putOnClipboard(getText()));
        ContextMenu menu = new ContextMenu(copy, copyAll);
        setOnContextMenuRequested(e -> {
            copy.setDisable(!hasSelection());
            menu.show(this, e.getScreenX(), e.getScreenY());
        });
    }

    private void invalidateText() {
        breaker = null;
        clearSelection();
        requestLayout();
    }

    /** True when the paragraph's first strong character is right-to-left (Arabic, Hebrew…). */
    static boolean isRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            byte direction = Character.getDirectionality(cp);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
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
        measure.setFont(getFont());
        measure.setText("أ");
        return Math.ceil(measure.getLayoutBounds().getHeight() * getLineSpacing());
    }

    private List<Line> linesFor(double width) {
        List<Line> all = breaker().breakLines(Math.max(1, width));
        return all.size() > getMaxLines() ? all.subList(0, getMaxLines()) : all;
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
        List<Line> all = breaker().breakLines(Math.max(1, width));
        lines.clear();
        lines.addAll(all.size() > getMaxLines() ? all.subList(0, getMaxLines()) : all);
        boolean truncated = all.size() > lines.size();
        boolean rtl = isRightToLeft(getText());
        double lineHeight = lineHeight();
        while (lineNodes.size() < lines.size()) {
            Text node = new Text();
            node.setTextOrigin(javafx.geometry.VPos.TOP);
            node.setSelectionFill(null);
            lineNodes.add(node);
            getChildren().add(node);
        }
        while (lineNodes.size() > lines.size()) {
            getChildren().remove(lineNodes.removeLast());
        }
        String paragraph = getText();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Text node = lineNodes.get(i);
            String visible = line.visibleText(paragraph);
            if (truncated && i == lines.size() - 1) {
                visible = visible + ELLIPSIS;
            }
            node.setText(visible);
            node.setFont(getFont());
            node.setFill(getFill());
            node.setNodeOrientation(rtl ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
            double lineWidth = node.getLayoutBounds().getWidth();
            double x = rtl ? left + Math.max(0, width - lineWidth) : left;
            double y = snappedTopInset() + i * lineHeight + (lineHeight - node.getLayoutBounds().getHeight()) / 2;
            node.relocate(snapPositionX(x), snapPositionY(y));
        }
        markShapes.getElements().setAll(rangeShapes(marksOfKind(Snippet.Kind.EXACT)));
        stemOnlyMarkShapes.getElements().setAll(rangeShapes(marksOfKind(Snippet.Kind.STEM_ONLY)));
        dateShapes.getElements().setAll(rangeShapes(dateMarks.get()));
        selectionShapes.getElements().setAll(hasSelection()
                ? rangeShapes(List.of(new Snippet.Span(selectionStart, selectionEnd))) : List.of());
    }

    private List<Snippet.Span> marksOfKind(Snippet.Kind kind) {
        return getMarks().stream().filter(mark -> mark.kind() == kind).toList();
    }

    /** Highlight shapes for character ranges of the paragraph, line by line, in this region's coordinates. */
    private List<PathElement> rangeShapes(List<Snippet.Span> spans) {
        List<PathElement> shapes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Text node = lineNodes.get(i);
            int visibleEnd = line.start() + line.visibleText(getText()).length();
            for (Snippet.Span span : spans) {
                int from = Math.max(span.start(), line.start());
                int to = Math.min(span.end(), visibleEnd);
                if (from < to) {
                    shapes.addAll(toParent(node, node.rangeShape(from - line.start(), to - line.start())));
                }
            }
        }
        return shapes;
    }

    /**
     * rangeShape and hitTest answer in the Text's unmirrored layout coordinates, while a right-to-left Text is drawn
     * mirrored inside its bounds: flip x within the layout bounds, then move to our coordinates.
     */
    private static List<PathElement> toParent(Text node, PathElement[] elements) {
        List<PathElement> converted = new ArrayList<>(elements.length);
        for (PathElement element : elements) {
            if (element instanceof MoveTo move) {
                Point2D p = textToParent(node, move.getX(), move.getY());
                converted.add(new MoveTo(p.getX(), p.getY()));
            } else if (element instanceof LineTo lineTo) {
                Point2D p = textToParent(node, lineTo.getX(), lineTo.getY());
                converted.add(new LineTo(p.getX(), p.getY()));
            } else if (element instanceof ClosePath) {
                converted.add(new ClosePath());
            }
        }
        return converted;
    }

    private static double mirrored(Text node, double x) {
        if (node.getEffectiveNodeOrientation() != NodeOrientation.RIGHT_TO_LEFT) {
            return x;
        }
        var bounds = node.getLayoutBounds();
        return bounds.getMinX() + bounds.getMaxX() - x;
    }

    static Point2D textToParent(Text node, double x, double y) {
        return node.localToParent(mirrored(node, x), y);
    }

    static Point2D parentToText(Text node, double x, double y) {
        Point2D local = node.parentToLocal(x, y);
        return new Point2D(mirrored(node, local.getX()), local.getY());
    }

    // --- selection -------------------------------------------------------------------------------------------

    private int indexAt(double x, double y) {
        if (lines.isEmpty()) {
            return 0;
        }
        int lineIndex = (int) Math.max(0, Math.min(lines.size() - 1, (y - snappedTopInset()) / lineHeight()));
        Text node = lineNodes.get(lineIndex);
        HitInfo hit = node.hitTest(parentToText(node, x, y));
        int inLine = Math.max(0, Math.min(hit.getInsertionIndex(), lines.get(lineIndex).visibleText(getText()).length()));
        return lines.get(lineIndex).start() + inLine;
    }

    private void startSelection(MouseEvent event) {
        if (!event.isPrimaryButtonDown()) {
            return;
        }
        requestFocus();
        selectionAnchor = indexAt(event.getX(), event.getY());
        select(selectionAnchor, selectionAnchor);
    }

    private void extendSelection(MouseEvent event) {
        if (selectionAnchor >= 0) {
            int caret = indexAt(event.getX(), event.getY());
            select(Math.min(selectionAnchor, caret), Math.max(selectionAnchor, caret));
        }
    }

    /** Selects the characters {@code [start, end)} of the paragraph (logical order). */
    public void select(int start, int end) {
        selectionStart = Math.max(0, Math.min(start, getText().length()));
        selectionEnd = Math.max(selectionStart, Math.min(end, getText().length()));
        setFocusTraversable(hasSelection());
        requestLayout();
    }

    public void clearSelection() {
        selectionAnchor = -1;
        select(0, 0);
    }

    public boolean hasSelection() {
        return selectionEnd > selectionStart;
    }

    public String getSelectedText() {
        return getText().substring(selectionStart, selectionEnd);
    }

    private void copySelection() {
        if (hasSelection()) {
            putOnClipboard(getSelectedText());
        }
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The lines as laid out at the current width (for tests and for the PDF comparison). */
    public List<Line> getLines() {
        return List.copyOf(lines);
    }

    /** The line nodes currently shown (for tests). */
    List<Text> lineNodes() {
        return List.copyOf(lineNodes);
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

    public ObjectProperty<Paint> markFillProperty() {
        return markFill;
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
