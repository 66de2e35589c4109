package org.arshif.ui;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.arshif.layout.Line;
import org.arshif.layout.ShapingFace;

/**
 * One line of an {@link ArabicParagraph}, set by the application as the PDF export sets it: the line's characters are
 * cut into pieces — the characters of one word at one bidi level, each an unwrapped {@link Text} — and spaces, each
 * an empty region, and these stand left to right in the visual order {@link Bidi} gives the paragraph's line, each
 * space widened by the same amount when the line is justified.
 *
 * <p>Not a {@code TextFlow}: a flow orders its children by a bidi pass of its own, in which a widened space is an
 * object rather than a space, and reports a word whose characters it sets apart (the full stop of «Apple Inc.» in
 * Arabic text stands left of «Apple») as one box spanning both. The words' outlines, centred on those boxes, and the
 * justification, summed from them, drew «Inc.» over «Apple» on one mixed line in three (issue 11). A piece of one
 * level is what JavaFX draws right: a single-line {@code Text}, right to left for an odd level (so its brackets are
 * mirrored and its neutrals stay at its right end).
 *
 * <p>Geometry, measured on JavaFX 26.0.2: a {@code Text}'s {@code rangeShape} and {@code caretShape} answer in x
 * measured from its left end as drawn, for either orientation, while {@code hitTest} takes the node's own (for a
 * right-to-left node, mirrored) coordinates.
 */
final class LineView {

    private final Line line;
    private final boolean truncated;
    private final Pane node = new Pane();
    /** Pieces and spaces, left to right. */
    private final List<Cell> cells = new ArrayList<>();
    /** The pieces, in logical order. */
    private final List<ArabicParagraph.Word> words = new ArrayList<>();
    private final int spaces;
    private final double height;

    /**
     * Characters {@code [start, end)} of the line at one bidi level: a piece of a word (drawn by {@code text}) or one
     * space ({@code text} null, {@code gap} its region); {@code x} and {@code width} where it stands on the line.
     */
    private static final class Cell {
        final int start;
        final int end;
        final boolean rightToLeft;
        final Text text;
        final Region gap;
        final int visualOrder;
        double x;
        double width;

        Cell(int start, int end, boolean rightToLeft, Text text, Region gap, int visualOrder) {
            this.start = start;
            this.end = end;
            this.rightToLeft = rightToLeft;
            this.text = text;
            this.gap = gap;
            this.visualOrder = visualOrder;
        }
    }

    /**
     * @param paragraph the paragraph's text
     * @param bidi      the paragraph's bidi (its direction decided by its words), from which the line's is taken
     * @param truncated true for the last line of a cut paragraph, which ends with «…»
     * @param height    the height of a line of text in the font
     */
    LineView(String paragraph, Bidi bidi, Line line, boolean truncated, Font font, double height,
             ObjectProperty<Paint> fill, Optional<ShapingFace> face) {
        this.line = line;
        this.truncated = truncated;
        this.height = height;
        node.setManaged(false); // the paragraph places its lines; a line's new pieces need no layout pass of theirs
        String visible = line.visibleText(paragraph);
        int[] visual = visible.isEmpty() ? new int[0]
                : visualPositions(bidi.createLineBidi(line.start(), line.start() + visible.length()));
        int spaceCount = 0;
        int start = 0;
        for (int at = 1; at <= visible.length(); at++) {
            boolean cut = at == visible.length() || visible.charAt(at) == ' ' || visible.charAt(at - 1) == ' '
                    || bidi.getLevelAt(line.start() + at) != bidi.getLevelAt(line.start() + at - 1);
            if (!cut) {
                continue;
            }
            int level = bidi.getLevelAt(line.start() + start);
            int order = Integer.MAX_VALUE;
            for (int c = start; c < at; c++) {
                order = Math.min(order, visual[c]);
            }
            if (visible.charAt(start) == ' ') {
                Region gap = new Region();
                gap.setManaged(false);
                cells.add(new Cell(start, at, (level & 1) == 1, null, gap, order));
                node.getChildren().add(gap);
                spaceCount++;
            } else {
                addPiece(visible.substring(start, at), start, level, order, font, fill, face);
            }
            start = at;
        }
        if (truncated) { // at the line's end side: the left end of a right-to-left line
            boolean rightToLeft = !bidi.baseIsLeftToRight();
            addPiece(ArabicParagraph.ELLIPSIS, visible.length(), rightToLeft ? 1 : 0,
                    rightToLeft ? -1 : Integer.MAX_VALUE, font, fill, face);
        }
        spaces = spaceCount;
        cells.sort(Comparator.comparingInt(cell -> cell.visualOrder));
    }

    /** A piece of a word, drawn by JavaFX until its line gets its ink ({@link #ink}). */
    private void addPiece(String characters, int start, int level, int visualOrder, Font font, ObjectProperty<Paint> fill,
                          Optional<ShapingFace> face) {
        Text text = new Text(characters);
        text.setFont(font);
        text.fillProperty().bind(fill);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        boolean rightToLeft = (level & 1) == 1;
        if (rightToLeft) {
            text.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);
        }
        node.getChildren().add(text);
        cells.add(new Cell(start, start + characters.length(), rightToLeft, text, null, visualOrder));
        ShapingFace drawing = face.filter(f -> f.canDisplayAll(characters)).orElse(null);
        byte[] levels = new byte[characters.length()];
        java.util.Arrays.fill(levels, (byte) level);
        words.add(new ArabicParagraph.Word(text, drawing, levels));
    }

    /** Where each character of a line stands, left to right, once the line's bidi runs are ordered. */
    private static int[] visualPositions(Bidi bidi) {
        int length = bidi.getLength();
        int[] positions = new int[length];
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) bidi.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        int next = 0;
        for (int r : order) {
            int start = bidi.getRunStart(r);
            int limit = bidi.getRunLimit(r);
            for (int i = 0; i < limit - start; i++) {
                positions[(levels[r] & 1) == 1 ? limit - 1 - i : start + i] = next++;
            }
        }
        return positions;
    }

    Line line() {
        return line;
    }

    boolean truncated() {
        return truncated;
    }

    /** The node holding the line's pieces and spaces, in logical order. */
    Pane node() {
        return node;
    }

    List<ArabicParagraph.Word> words() {
        return words;
    }

    int spaces() {
        return spaces;
    }

    /** The line's width with its spaces {@code space} wide. */
    double width(double space) {
        double width = 0;
        for (Cell cell : cells) {
            width += cell.text == null ? space : cell.text.getLayoutBounds().getWidth();
        }
        return width;
    }

    /** Places the pieces side by side with spaces {@code space} wide, the line's left end at {@code x}. */
    void place(double x, double y, double space) {
        double pen = 0;
        for (Cell cell : cells) {
            cell.x = pen;
            if (cell.text == null) {
                cell.width = space;
                cell.gap.resizeRelocate(pen, 0, space, height);
            } else {
                cell.width = cell.text.getLayoutBounds().getWidth();
                cell.text.relocate(pen, 0);
            }
            pen += cell.width;
        }
        node.resize(pen, height);
        node.relocate(x, y);
        placeInk();
    }

    /** Draws each waiting piece from HarfBuzz's outline, added to {@code inks}; its text node turns transparent. */
    void ink(double size, ObjectProperty<Paint> fill, List<Node> inks) {
        boolean added = false;
        for (ArabicParagraph.Word word : words) {
            if (!word.waitsForInk()) {
                continue;
            }
            WordInk.Outline outline = WordInk.of(word.face(), word.text().getText(), word.levels(), size);
            SVGPath ink = outline.node();
            ink.fillProperty().bind(fill);
            ink.setManaged(false);
            ink.setMouseTransparent(true);
            ink.getStyleClass().add("word-ink");
            word.inked(ink, outline.advance());
            word.text().fillProperty().unbind();
            word.text().setFill(Color.TRANSPARENT);
            inks.add(ink);
            added = true;
        }
        if (added) {
            placeInk();
        }
    }

    /** Lays each outline over its piece: the same baseline, centred on the piece's width (both HarfBuzz's advances). */
    private void placeInk() {
        for (ArabicParagraph.Word word : words) {
            if (word.ink() != null) {
                Text text = word.text();
                Bounds box = node.localToParent(text.localToParent(text.getLayoutBounds()));
                word.ink().setLayoutX(box.getMinX() + (box.getWidth() - word.advance()) / 2);
                word.ink().setLayoutY(Math.round(box.getMinY() + text.getBaselineOffset()));
            }
        }
    }

    /** The line's node and outlines, to take out of the paragraph. */
    List<Node> nodes() {
        List<Node> all = new ArrayList<>(List.of(node));
        words.stream().map(ArabicParagraph.Word::ink).filter(ink -> ink != null).forEach(all::add);
        return all;
    }

    /**
     * Highlight rectangles over the line's characters {@code [from, to)}, in the paragraph's coordinates: one for each
     * stretch of the line they cover side by side (a selection running from Arabic into a Latin name covers two).
     */
    List<PathElement> rangeShape(int from, int to) {
        List<double[]> covered = new ArrayList<>();
        for (Cell cell : cells) {
            int a = Math.max(from, cell.start);
            int b = Math.min(to, cell.end);
            if (a >= b) {
                continue;
            }
            if (cell.text == null) {
                covered.add(new double[] {cell.x, cell.x + cell.width});
            } else {
                Bounds shape = new Path(cell.text.rangeShape(a - cell.start, b - cell.start)).getBoundsInLocal();
                double left = cell.x + Math.max(0, shape.getMinX());
                double right = cell.x + Math.min(cell.width, shape.getMaxX());
                covered.add(new double[] {left, Math.max(left, right)});
            }
        }
        covered.sort(Comparator.comparingDouble(extent -> extent[0]));
        List<PathElement> shapes = new ArrayList<>();
        double top = node.getLayoutY();
        double bottom = top + height;
        for (int i = 0; i < covered.size(); ) {
            double left = covered.get(i)[0];
            double right = covered.get(i)[1];
            int next = i + 1;
            while (next < covered.size() && covered.get(next)[0] <= right + 0.5) {
                right = Math.max(right, covered.get(next)[1]);
                next++;
            }
            double x0 = node.getLayoutX() + left;
            double x1 = node.getLayoutX() + right;
            shapes.addAll(List.of(new MoveTo(x0, top), new LineTo(x1, top), new LineTo(x1, bottom), new LineTo(x0, bottom),
                    new javafx.scene.shape.ClosePath()));
            i = next;
        }
        return shapes;
    }

    /**
     * The caret position (a character index of the line) nearest {@code x} in the paragraph's coordinates: the glyph
     * under it, or the nearer edge of the space under it; past the line's left or right end, -1 or
     * {@link Integer#MAX_VALUE} for the paragraph to read by its direction.
     */
    int indexAt(double x) {
        double at = x - node.getLayoutX();
        if (cells.isEmpty() || at < 0) {
            return -1;
        }
        for (Cell cell : cells) {
            if (at < cell.x + cell.width) {
                if (cell.text == null) {
                    boolean leftHalf = at - cell.x < cell.width / 2;
                    return leftHalf != cell.rightToLeft ? cell.start : cell.end;
                }
                var local = cell.text.parentToLocal(at, height / 2);
                return cell.start + cell.text.hitTest(local).getInsertionIndex();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The x of the caret before the line's character {@code index} (after its last, at its end). */
    double caretX(int index) {
        if (cells.isEmpty()) {
            return node.getLayoutX();
        }
        Cell holder = cells.stream().filter(cell -> cell.start <= index && index < cell.end).findFirst().orElse(null);
        boolean after = holder == null; // the line's end: after its last character
        if (after) {
            holder = cells.stream().filter(cell -> cell.end == index).findFirst().orElse(null);
        }
        if (holder == null) {
            return node.getLayoutX();
        }
        if (holder.text == null) {
            boolean leftEdge = after == holder.rightToLeft;
            return node.getLayoutX() + holder.x + (leftEdge ? 0 : holder.width);
        }
        Bounds caret = new Path(holder.text.caretShape(index - holder.start, true)).getBoundsInLocal();
        return node.getLayoutX() + holder.x + caret.getCenterX();
    }
}
