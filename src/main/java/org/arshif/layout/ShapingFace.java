package org.arshif.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.io.InputStream;
import java.text.Bidi;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bundled TrueType face shaped by the JDK's own text layout (HarfBuzz inside OpenJDK): joining forms, ligatures,
 * kerning, marks placed by their offsets, mirrored brackets. The PDF export sets its glyphs from {@link #shape}; the
 * reading pane draws the outlines of {@link #outline} because JavaFX's text on Linux keeps each glyph's advance but
 * drops its offset (Amiri moves the raa of «مركز» under the kaf, and places tanween and harakat, by offsets).
 */
public final class ShapingFace {

    /** Shaping at 1000 units per em: positions come out in thousandths of the font size. */
    private static final float UNITS = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    /** Words longer than this (URLs, runs without spaces) are measured every time rather than remembered. */
    private static final int REMEMBERED_LENGTH = 40;
    /** An Arabic letter that joins nothing (hamza), written after punctuation to lay it out as Arabic. */
    private static final char ARABIC_CONTEXT = '\u0621';

    private final String resource;
    private final Font font;
    private final Map<String, Float> wordWidths = new ConcurrentHashMap<>();

    private ShapingFace(String resource, Font font) {
        this.resource = resource;
        this.font = font;
    }

    /** Loads a font bundled as a class-path resource, e.g. {@code /fonts/amiri/Amiri-Regular.ttf}. */
    public static ShapingFace load(String resource) {
        try (InputStream in = ShapingFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing");
            }
            // Kerning and ligatures are off in the JDK's layout unless asked for; Amiri needs both (its kerning
            // closes the gap in words such as مركز, and its ligatures are part of the design).
            Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Map.of(TextAttribute.SIZE, UNITS,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            return new ShapingFace(resource, font);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the bundled font " + resource + ": " + e.getMessage(), e);
        }
    }

    public String resource() {
        return resource;
    }

    public InputStream openStream() {
        return ShapingFace.class.getResourceAsStream(resource);
    }

    public int glyphCount() {
        return font.getNumGlyphs();
    }

    public boolean canDisplay(int codePoint) {
        return font.canDisplay(codePoint);
    }

    /** True when the face has a glyph for every character of {@code text} (format characters need none). */
    public boolean canDisplayAll(String text) {
        return text.codePoints().allMatch(cp -> canDisplay(cp) || Character.getType(cp) == Character.FORMAT);
    }

    /** The advance of a piece of text at a size, shaped right to left; words are measured once and remembered. */
    public float width(String text, float size) {
        Float perUnit = wordWidths.get(text);
        if (perUnit == null) {
            char[] chars = text.toCharArray();
            GlyphVector vector = layout(chars, 0, chars.length, 1);
            perUnit = (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX() / UNITS;
            if (text.length() <= REMEMBERED_LENGTH) {
                wordWidths.put(text, perUnit);
            }
        }
        return perUnit * size;
    }

    /**
     * Shapes {@code chars[start, limit)} in the direction of its bidi level (odd: right to left); character indices
     * in the result refer to {@code chars} (a whole paragraph, given once rather than copied for every run).
     */
    public GlyphRun shape(char[] chars, int start, int limit, int level, float size) {
        boolean context = (level & 1) == 1 && withoutScript(chars, start, limit);
        GlyphVector vector = context ? layoutInArabic(chars, start, limit) : layout(chars, start, limit, level);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] indices = vector.getGlyphCharIndices(0, count, null);
        float scale = size / UNITS;
        if (context) {
            int letter = contextLetter(indices, limit - start);
            float shift = letter + 1 < count ? positions[2 * (letter + 1)] : positions[2 * count];
            count = 0;
            for (int i = 0; i < indices.length; i++) {
                if (i != letter) {
                    codes[count] = codes[i];
                    indices[count] = indices[i];
                    positions[2 * count] = positions[2 * i] - shift;
                    positions[2 * count + 1] = positions[2 * i + 1];
                    count++;
                }
            }
            positions[2 * count] = positions[2 * indices.length] - shift;
        }
        int kept = 0;
        int[] allStarts = new int[count];
        int[] glyphs = new int[count];
        float[] xs = new float[count];
        float[] ys = new float[count];
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            allStarts[i] = start + indices[i];
            if (isInvisible(codes[i])) {
                continue;
            }
            glyphs[kept] = codes[i];
            xs[kept] = positions[2 * i] * scale;
            ys[kept] = -positions[2 * i + 1] * scale;
            starts[kept] = start + indices[i];
            kept++;
        }
        int[] ends = clusterEnds(Arrays.copyOf(starts, kept), allStarts, limit);
        return new GlyphRun(Arrays.copyOf(glyphs, kept), Arrays.copyOf(xs, kept), Arrays.copyOf(ys, kept),
                Arrays.copyOf(starts, kept), ends, positions[2 * count] * scale, start, limit, level);
    }

    /**
     * A word drawn as the shaper places its glyphs, offsets included: its bidi runs (from {@code levels}, one per
     * character, as the line's {@link Bidi} resolved them) stand in visual order, each shaped on its own, like a
     * line of the PDF. The outline's origin is the word's left end on the baseline, y down, in pixels of
     * {@code size}; the advance is the word's width.
     */
    public ShapedWord outline(String word, byte[] levels, float size) {
        char[] chars = word.toCharArray();
        int[] runStarts = runStarts(levels);
        int runs = runStarts.length - 1;
        byte[] runLevels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            runLevels[r] = levels[runStarts[r]];
            order[r] = r;
        }
        Bidi.reorderVisually(runLevels, 0, order, 0, runs);
        Path2D.Float outline = new Path2D.Float(Path2D.WIND_NON_ZERO);
        AffineTransform scale = AffineTransform.getScaleInstance(size / UNITS, size / UNITS);
        float pen = 0;
        for (int r : order) {
            // Quotes and brackets alone in a right-to-left run in their Arabic form, as in the PDF (shape): the
            // opening guillemet of «Apple» in an Arabic title was drawn in Amiri's larger Latin form. Only those: the
            // pane sets words by JavaFX's widths, which keep the Latin form, and a full stop's Arabic form (after
            // «Apple Inc.») then reached into the word beside it.
            boolean context = (runLevels[r] & 1) == 1 && quotesOrBrackets(chars, runStarts[r], runStarts[r + 1]);
            GlyphVector vector = context ? layoutInArabic(chars, runStarts[r], runStarts[r + 1])
                    : layout(chars, runStarts[r], runStarts[r + 1], runLevels[r]);
            int count = vector.getNumGlyphs();
            int letter = context ? contextLetter(vector.getGlyphCharIndices(0, count, null),
                    runStarts[r + 1] - runStarts[r]) : -1;
            float shift = letter < 0 ? 0 : (float) vector.getGlyphPosition(letter + 1).getX();
            for (int g = 0; g < count; g++) {
                if (g != letter) {
                    Shape glyph = vector.getGlyphOutline(g, pen - shift, 0);
                    outline.append(glyph.getPathIterator(scale), false);
                }
            }
            pen += (float) vector.getGlyphPosition(count).getX() - shift;
        }
        return new ShapedWord(outline, pen * size / UNITS);
    }

    /** Where the runs of equal level begin, and the word's end. */
    private static int[] runStarts(byte[] levels) {
        int[] starts = new int[levels.length + 1];
        int count = 0;
        for (int i = 0; i < levels.length; i++) {
            if (i == 0 || levels[i] != levels[i - 1]) {
                starts[count++] = i;
            }
        }
        starts[count++] = levels.length;
        return Arrays.copyOf(starts, count);
    }

    /** Whether the characters are all quotation marks and brackets: «, », (, ). */
    private static boolean quotesOrBrackets(char[] chars, int start, int limit) {
        for (int i = start; i < limit; ) {
            int cp = Character.codePointAt(chars, i, limit);
            switch (Character.getType(cp)) {
                case Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                     Character.START_PUNCTUATION, Character.END_PUNCTUATION -> { }
                default -> {
                    return false;
                }
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Whether the characters belong to no script (punctuation, symbols, spaces: «, », a dash). */
    private static boolean withoutScript(char[] chars, int start, int limit) {
        for (int i = start; i < limit; ) {
            int cp = Character.codePointAt(chars, i, limit);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Punctuation alone in a right-to-left run (the guillemet opening «Apple» in an Arabic title, its own bidi run),
     * laid out as Arabic: the JDK takes a run's script from its own characters, and Amiri draws punctuation in
     * Arabic text with its Arabic forms — left to the Common script, a title's opening guillemet came out in the
     * Latin form, larger than its closing one. An Arabic hamza (joining nothing) is written after the characters for
     * the script; the caller drops its glyph.
     */
    /**
     * The glyph of the context letter {@link #layoutInArabic} wrote after {@code length} characters: written last, it
     * stands first (leftmost) in the right-to-left vector.
     */
    private static int contextLetter(int[] charIndices, int length) {
        int letter = 0;
        while (letter < charIndices.length && charIndices[letter] < length) {
            letter++;
        }
        return letter;
    }

    private GlyphVector layoutInArabic(char[] chars, int start, int limit) {
        char[] withLetter = Arrays.copyOfRange(chars, start, limit + 1);
        withLetter[withLetter.length - 1] = ARABIC_CONTEXT;
        return font.layoutGlyphVector(CONTEXT, withLetter, 0, withLetter.length, Font.LAYOUT_RIGHT_TO_LEFT);
    }

    private GlyphVector layout(char[] chars, int start, int limit, int level) {
        return font.layoutGlyphVector(CONTEXT, chars, start, limit,
                (level & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    }

    /** A glyph left by the layout engine for a consumed control character: it has no ink and no place. */
    private static boolean isInvisible(int code) {
        return code == 0xFFFE || code == 0xFFFF;
    }

    /**
     * Each glyph's cluster runs from its first character to the next larger first character of any glyph (or the
     * run's end): a lam-alef ligature covers two letters. A second glyph of the same cluster covers nothing. The
     * glyphs left out for consumed control characters still end the cluster before them: a space before an isolate
     * (U+2066…U+2069) is a space of its own, not a cluster of a space and a control that the page's justification and
     * text layer would not take for a space.
     */
    private static int[] clusterEnds(int[] starts, int[] allStarts, int limit) {
        int[] sorted = Arrays.stream(allStarts).distinct().sorted().toArray();
        int[] ends = new int[starts.length];
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < starts.length; i++) {
            int position = Arrays.binarySearch(sorted, starts[i]);
            ends[i] = !seen.add(starts[i]) ? starts[i] : position + 1 < sorted.length ? sorted[position + 1] : limit;
        }
        return ends;
    }
}
