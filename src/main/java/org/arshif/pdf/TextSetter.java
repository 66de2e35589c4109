package org.arshif.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import org.arshif.layout.Identifiers;
import org.arshif.layout.Line;
import org.arshif.layout.LineBreaker;
import org.arshif.layout.ParagraphDirection;

/**
 * Sets paragraphs for the page: line breaking on shaped widths ({@link LineBreaker}, shared with the reader),
 * bidi by the Unicode algorithm ({@link Bidi}, with the paragraph's direction from the script of most of its letters,
 * {@link ParagraphDirection}: an Arabic paragraph opening with a Latin name still reads right to left; each line's
 * runs reordered visually), each run shaped on its own by the JDK's layout engine, and justification by spreading the
 * spare width over the spaces of every line but the last.
 */
final class TextSetter {

    private final FontFace primary;
    /** Faces tried in order for characters the primary face lacks (Latin and Persian forms, then symbols). */
    private final List<FontFace> fallbacks;
    /** Characters no face has a glyph for (emoji, most scripts beyond Arabic and Latin): left out, counted. */
    private final java.util.SortedMap<Integer, Integer> missing = new java.util.TreeMap<>();

    TextSetter(FontFace primary, FontFace... fallbacks) {
        this.primary = primary;
        this.fallbacks = List.of(fallbacks);
    }

    int missingCharacters() {
        return missing.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Each character left out, with how often. */
    java.util.SortedMap<Integer, Integer> missing() {
        return missing;
    }

    /**
     * Breaks and sets one paragraph at a width, in the direction of most of its words ({@link ParagraphDirection});
     * {@code justify} leaves the last line unjustified.
     */
    List<SetLine> set(String paragraph, float size, float width, boolean justify) {
        return set(paragraph, size, width, justify, ParagraphDirection.isRightToLeft(paragraph));
    }

    /**
     * Breaks and sets one paragraph at a width in the given direction: a line that belongs to the document rather
     * than to its text (a contents entry, an article's byline) reads in the document's direction whatever script its
     * title or names are written in.
     */
    List<SetLine> set(String paragraph, float size, float width, boolean justify, boolean rightToLeft) {
        String text = paragraph;
        LineBreaker breaker = new LineBreaker(text, s -> primary.width(s, size));
        List<Line> lines = breaker.breakLines(width);
        Bidi bidi = Identifiers.bidi(text, rightToLeft);
        char[] chars = text.toCharArray();
        List<SetLine> set = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int end = line.start() + line.visibleText(text).length();
            boolean last = i == lines.size() - 1;
            set.add(setLine(text, chars, bidi, rightToLeft, line.start(), end, size, justify && !last ? width : -1, -1));
        }
        return set;
    }

    /**
     * Sets a text on one line, unbroken, in the given direction, the space at {@code stretched} widened so that the
     * line is {@code width} wide: a contents entry, whose title and page number stand at the two ends of the line
     * with the dot leaders in that space between them. Title and number are one line, so that readers give them
     * back as one line, in order.
     */
    SetLine setSpread(String text, int stretched, float size, float width, boolean rightToLeft) {
        if (text.charAt(stretched) != ' ') {
            throw new IllegalArgumentException("not a space at " + stretched + ": " + text);
        }
        return setLine(text, text.toCharArray(), Identifiers.bidi(text, rightToLeft), rightToLeft, 0, text.length(), size, width,
                stretched);
    }

    /**
     * One line; {@code justifyTo} &gt; 0 stretches it to that width: over all its spaces when {@code stretched} is
     * negative, else over the space at that index alone.
     */
    private SetLine setLine(String text, char[] chars, Bidi paragraphBidi, boolean rightToLeft, int start, int end,
                            float size, float justifyTo, int stretched) {
        List<ShapedRun> runs = new ArrayList<>();
        if (end > start) {
            Bidi line = paragraphBidi.createLineBidi(start, end);
            int count = line.getRunCount();
            Integer[] order = new Integer[count];
            byte[] levels = new byte[count];
            for (int r = 0; r < count; r++) {
                order[r] = r;
                levels[r] = (byte) line.getRunLevel(r);
            }
            Bidi.reorderVisually(levels, 0, order, 0, count);
            for (Integer r : order) {
                int runStart = start + line.getRunStart(r);
                int runLimit = start + line.getRunLimit(r);
                shapeByCoverage(text, chars, runStart, runLimit, line.getRunLevel(r), size, runs);
            }
        }
        java.util.function.IntPredicate stretches = stretched < 0 ? c -> text.charAt(c) == ' ' : c -> c == stretched;
        float natural = 0;
        int spaces = 0;
        for (ShapedRun run : runs) {
            natural += run.advance();
            spaces += countSpaces(text, run, stretches);
        }
        float extra = justifyTo > natural && spaces > 0 ? (justifyTo - natural) / spaces : 0;
        if (stretched < 0 && extra > size * 1.2f) {
            extra = 0; // a line with one or two words would gape: leave it aligned instead
        }
        List<float[]> xs = new ArrayList<>(runs.size());
        float pen = 0;
        for (ShapedRun run : runs) {
            float[] x = new float[run.glyphs().length];
            float shift = 0;
            for (int g = 0; g < x.length; g++) {
                x[g] = pen + run.x()[g] + shift;
                if (isSpace(text, run, g, stretches)) {
                    shift += extra;
                }
            }
            xs.add(x);
            pen += run.advance() + shift;
        }
        return new SetLine(text, runs, xs, pen, rightToLeft);
    }

    /** A run split where the primary face lacks glyphs: those characters come from the fallback face, or are left out. */
    private void shapeByCoverage(String text, char[] chars, int start, int limit, int level, float size,
                                 List<ShapedRun> out) {
        record Piece(int start, int limit, FontFace face) {
        }
        List<Piece> pieces = new ArrayList<>();
        int i = start;
        while (i < limit) {
            int cp = text.codePointAt(i);
            FontFace face = faceFor(cp);
            if (face == null) {
                missing.merge(cp, 1, Integer::sum);
                i += Character.charCount(cp);
                continue;
            }
            int j = i + Character.charCount(cp);
            while (j < limit && faceFor(text.codePointAt(j)) == face) {
                j += Character.charCount(text.codePointAt(j));
            }
            pieces.add(new Piece(i, j, face));
            i = j;
        }
        if ((level & 1) == 1) {
            java.util.Collections.reverse(pieces); // the pieces of a right-to-left run stand right to left
        }
        for (Piece piece : pieces) {
            out.add(piece.face().shape(chars, piece.start(), piece.limit(), level, size));
        }
    }

    private FontFace faceFor(int codePoint) {
        if (primary.canDisplay(codePoint) || Character.getType(codePoint) == Character.FORMAT) {
            return primary;
        }
        for (FontFace fallback : fallbacks) {
            if (fallback.canDisplay(codePoint)) {
                return fallback;
            }
        }
        return null;
    }

    private static int countSpaces(String text, ShapedRun run, java.util.function.IntPredicate stretches) {
        int spaces = 0;
        for (int g = 0; g < run.glyphs().length; g++) {
            if (isSpace(text, run, g, stretches)) {
                spaces++;
            }
        }
        return spaces;
    }

    /** Whether a glyph is a space of its own (not merged into a cluster) that {@code stretches} widens. */
    private static boolean isSpace(String text, ShapedRun run, int glyph, java.util.function.IntPredicate stretches) {
        int s = run.charStart()[glyph];
        return run.charEnd()[glyph] == s + 1 && text.charAt(s) == ' ' && stretches.test(s);
    }
}
