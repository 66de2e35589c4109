package org.arshif.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/**
 * A bundled TrueType face, used twice: by the JDK's own text layout (HarfBuzz inside OpenJDK) to shape runs into
 * positioned glyphs — joining forms, ligatures, marks, mirrored brackets — and by PDFBox to embed the same glyphs.
 */
final class FontFace {

    /** Shaping at 1000 units per em: positions come out in thousandths of the font size. */
    private static final float UNITS = 1000f;
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    final String resource;
    private final Font font;
    private final Map<String, Float> wordWidths = new ConcurrentHashMap<>();

    private FontFace(String resource, Font font) {
        this.resource = resource;
        this.font = font;
    }

    static FontFace load(String resource) {
        try (InputStream in = FontFace.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + resource + " is missing");
            }
            // Kerning and ligatures are off in the JDK's layout unless asked for; Amiri needs both (its kerning
            // closes the gap in words such as مركز, and its ligatures are part of the design).
            Font font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(Map.of(TextAttribute.SIZE, UNITS,
                    TextAttribute.KERNING, TextAttribute.KERNING_ON, TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            return new FontFace(resource, font);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the bundled font " + resource + ": " + e.getMessage(), e);
        }
    }

    InputStream openStream() {
        return FontFace.class.getResourceAsStream(resource);
    }

    int glyphCount() {
        return font.getNumGlyphs();
    }

    boolean canDisplay(int codePoint) {
        return font.canDisplay(codePoint);
    }

    /** The advance of a piece of text at a size, shaped right to left; words are measured once and remembered. */
    float width(String text, float size) {
        Float perUnit = wordWidths.get(text);
        if (perUnit == null) {
            char[] chars = text.toCharArray();
            GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, 0, chars.length, Font.LAYOUT_RIGHT_TO_LEFT);
            perUnit = (float) vector.getGlyphPosition(vector.getNumGlyphs()).getX() / UNITS;
            if (text.length() <= 40) {
                wordWidths.put(text, perUnit);
            }
        }
        return perUnit * size;
    }

    /**
     * Shapes {@code chars[start, limit)} in the direction of its bidi level (odd: right to left); character indices in the result refer to {@code chars}
     * (a whole paragraph, given once rather than copied for every run).
     */
    ShapedRun shape(char[] chars, int start, int limit, int level, float size) {
        GlyphVector vector = font.layoutGlyphVector(CONTEXT, chars, start, limit,
                (level & 1) == 1 ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] indices = vector.getGlyphCharIndices(0, count, null);
        float scale = size / UNITS;
        int kept = 0;
        int[] glyphs = new int[count];
        float[] xs = new float[count];
        float[] ys = new float[count];
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            if (codes[i] == 0xFFFE || codes[i] == 0xFFFF) {
                continue; // invisible glyph left by the layout engine (e.g. a consumed control)
            }
            glyphs[kept] = codes[i];
            xs[kept] = positions[2 * i] * scale;
            ys[kept] = -positions[2 * i + 1] * scale;
            starts[kept] = start + indices[i];
            kept++;
        }
        int[] ends = clusterEnds(Arrays.copyOf(starts, kept), limit);
        return new ShapedRun(this, Arrays.copyOf(glyphs, kept), Arrays.copyOf(xs, kept), Arrays.copyOf(ys, kept),
                Arrays.copyOf(starts, kept), ends, positions[2 * count] * scale, start, limit, level);
    }

    /**
     * Each glyph's cluster runs from its first character to the next larger first character of any glyph (or the
     * run's end): a lam-alef ligature covers two letters. A second glyph of the same cluster covers nothing.
     */
    private static int[] clusterEnds(int[] starts, int limit) {
        int[] sorted = Arrays.stream(starts).distinct().sorted().toArray();
        int[] ends = new int[starts.length];
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < starts.length; i++) {
            int position = Arrays.binarySearch(sorted, starts[i]);
            ends[i] = !seen.add(starts[i]) ? starts[i] : position + 1 < sorted.length ? sorted[position + 1] : limit;
        }
        return ends;
    }
}
