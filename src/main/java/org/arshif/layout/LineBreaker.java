package org.arshif.layout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks a paragraph into lines no wider than a box, at the break opportunities of the Unicode line-breaking
 * rules for Arabic ({@link BreakIterator#getLineInstance}), with widths measured by the caller's font.
 *
 * <p>JavaFX cannot wrap right-to-left Arabic on Linux, and PDFBox does not wrap at all, so the reader and the PDF
 * export both break lines here and draw each line as one unwrapped run. A word wider than the whole box (a long
 * URL) is broken between characters as a last resort. Free of JavaFX, so the PDF export shares it.
 */
public final class LineBreaker {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final String text;
    private final TextMeasurer measurer;
    /** Segments between break opportunities: [boundaries[i], boundaries[i+1]). */
    private final int[] boundaries;
    /** Width of each segment without its trailing spaces, and with them. */
    private final double[] visibleWidths;
    private final double[] fullWidths;

    /**
     * Measures the paragraph's segments once; {@link #breakLines} can then be called for any width (a window
     * being resized) without measuring again.
     */
    public LineBreaker(String text, TextMeasurer measurer) {
        this.text = text;
        this.measurer = measurer;
        List<Integer> cuts = new ArrayList<>();
        // Lines break at spaces only: the JDK also offers a break after a guillemet, a quote or a dash and before
        // Arabic punctuation («لـ«داعش», a line opening with «؛»); a word too long for a line is cut by
        // breakInsideWord.
        BreakIterator lines = BreakIterator.getLineInstance(ARABIC);
        lines.setText(text);
        for (int at = lines.first(); at != BreakIterator.DONE; at = lines.next()) {
            if (at == 0 || at == text.length() || Character.isWhitespace(text.charAt(at - 1))) {
                cuts.add(at);
            }
        }
        boundaries = cuts.stream().mapToInt(Integer::intValue).toArray();
        int segments = Math.max(0, boundaries.length - 1);
        visibleWidths = new double[segments];
        fullWidths = new double[segments];
        for (int i = 0; i < segments; i++) {
            String segment = text.substring(boundaries[i], boundaries[i + 1]);
            String visible = segment.stripTrailing();
            visibleWidths[i] = visible.isEmpty() ? 0 : measurer.width(visible);
            fullWidths[i] = visible.length() == segment.length() ? visibleWidths[i] : measurer.width(segment);
        }
    }

    public String text() {
        return text;
    }

    /** The lines for a box of the given width; an empty paragraph gives no line. */
    public List<Line> breakLines(double maxWidth) {
        List<Line> lines = new ArrayList<>();
        int segment = 0;
        while (segment < visibleWidths.length) {
            segment = nextLine(segment, maxWidth, lines);
        }
        return lines;
    }

    /**
     * At most {@code maxLines} lines for a box of the given width. When the text goes on past them, the last line
     * is broken {@code reserve} narrower, leaving room for the mark that says so (an ellipsis) inside the box.
     */
    public List<Line> breakLines(double maxWidth, int maxLines, double reserve) {
        List<Line> all = breakLines(maxWidth);
        if (all.size() <= maxLines) {
            return all;
        }
        List<Line> lines = new ArrayList<>(all.subList(0, maxLines - 1));
        int segment = java.util.Arrays.binarySearch(boundaries, all.get(maxLines - 1).start());
        if (segment < 0) { // the line starts inside a word too long for the box: keep it, cut between characters
            lines.add(all.get(maxLines - 1));
            return lines;
        }
        List<Line> last = new ArrayList<>();
        nextLine(segment, Math.max(1, maxWidth - reserve), last);
        lines.add(last.getFirst());
        return lines;
    }

    /** Adds the line (or, for a word wider than the box, the lines) starting at {@code segment}; the next segment. */
    private int nextLine(int segment, double maxWidth, List<Line> lines) {
        int segments = visibleWidths.length;
        int first = segment;
        double width = 0;
        double visible = 0;
        while (segment < segments && (segment == first || width + visibleWidths[segment] <= maxWidth)) {
            visible = width + visibleWidths[segment];
            width += fullWidths[segment];
            segment++;
        }
        int start = boundaries[first];
        int end = boundaries[segment];
        if (segment - first == 1 && visible > maxWidth) {
            breakInsideWord(start, end, maxWidth, lines);
            return segment;
        }
        // Segment widths are summed; measure the line itself so no line is ever wider than the box.
        Line line = new Line(start, end, measurer.width(text.substring(start, end).stripTrailing()));
        while (line.width() > maxWidth && segment - first > 1) {
            segment--;
            end = boundaries[segment];
            line = new Line(start, end, measurer.width(text.substring(start, end).stripTrailing()));
        }
        lines.add(line);
        return segment;
    }

    /** A single word wider than the box: cut it between grapheme clusters. */
    private void breakInsideWord(int start, int end, double maxWidth, List<Line> lines) {
        BreakIterator characters = BreakIterator.getCharacterInstance(ARABIC);
        characters.setText(text);
        int lineStart = start;
        int last = start;
        for (int at = characters.following(start); at != BreakIterator.DONE && at <= end; at = characters.next()) {
            if (measurer.width(text.substring(lineStart, at).stripTrailing()) > maxWidth && last > lineStart) {
                lines.add(new Line(lineStart, last, measurer.width(text.substring(lineStart, last).stripTrailing())));
                lineStart = last;
            }
            last = at;
        }
        if (lineStart < end) {
            lines.add(new Line(lineStart, end, measurer.width(text.substring(lineStart, end).stripTrailing())));
        }
    }
}
