package org.arshif.pdf;

import java.io.InputStream;
import org.arshif.layout.GlyphRun;
import org.arshif.layout.ShapingFace;

/**
 * A bundled TrueType face, used twice: shaped by the JDK's own text layout ({@link ShapingFace}, shared with the
 * reading pane) into positioned glyphs, and embedded by PDFBox to draw the same glyphs.
 */
final class FontFace {

    final String resource;
    private final ShapingFace shaping;

    private FontFace(ShapingFace shaping) {
        this.resource = shaping.resource();
        this.shaping = shaping;
    }

    static FontFace load(String resource) {
        return new FontFace(ShapingFace.load(resource));
    }

    InputStream openStream() {
        return shaping.openStream();
    }

    int glyphCount() {
        return shaping.glyphCount();
    }

    boolean canDisplay(int codePoint) {
        return shaping.canDisplay(codePoint);
    }

    /** The advance of a piece of text at a size, shaped right to left. */
    float width(String text, float size) {
        return shaping.width(text, size);
    }

    /** Shapes {@code chars[start, limit)} in the direction of its bidi level (odd: right to left). */
    ShapedRun shape(char[] chars, int start, int limit, int level, float size) {
        GlyphRun run = shaping.shape(chars, start, limit, level, size);
        return new ShapedRun(this, run.glyphs(), run.x(), run.y(), run.charStart(), run.charEnd(), run.advance(),
                run.start(), run.limit(), run.level());
    }
}
