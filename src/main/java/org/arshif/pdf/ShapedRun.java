package org.arshif.pdf;

/**
 * One run of text shaped by the JDK's layout engine, in visual order (left to right on the page).
 *
 * @param face       the font face the glyphs come from
 * @param glyphs     glyph ids
 * @param x          each glyph's x offset from the run's start, in points
 * @param y          each glyph's y offset (marks stacked above or below), in points, up positive
 * @param charStart  for each glyph, the first character of its cluster (index into the line's text)
 * @param charEnd    for each glyph, the end of its cluster (exclusive); equal to charStart for a glyph that
 *                   shares a cluster with the glyph before it
 * @param advance    the run's total width, in points
 * @param start      the run's first character (index into the line's text)
 * @param limit      the end of the run's characters (exclusive)
 * @param level      the run's bidi embedding level: odd reads right to left (its glyphs then stand in reverse
 *                   logical order); 2 and more is left-to-right text embedded in right-to-left text, and so on
 */
record ShapedRun(FontFace face, int[] glyphs, float[] x, float[] y, int[] charStart, int[] charEnd, float advance,
                 int start, int limit, int level) {

    boolean rightToLeft() {
        return (level & 1) == 1;
    }
}
