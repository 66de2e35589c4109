package org.arshif.layout;

/**
 * One run of text shaped by the JDK's layout engine, in visual order (left to right).
 *
 * @param glyphs     glyph ids
 * @param x          each glyph's x from the run's start (its offset included), in units of the size asked for
 * @param y          each glyph's y offset (marks stacked above or below), up positive
 * @param charStart  for each glyph, the first character of its cluster (index into the shaped characters)
 * @param charEnd    for each glyph, the end of its cluster (exclusive); equal to charStart for a glyph that
 *                   shares a cluster with the glyph before it
 * @param advance    the run's total width
 * @param start      the run's first character
 * @param limit      the end of the run's characters (exclusive)
 * @param level      the run's bidi embedding level: odd reads right to left (its glyphs then stand in reverse
 *                   logical order)
 */
public record GlyphRun(int[] glyphs, float[] x, float[] y, int[] charStart, int[] charEnd, float advance,
                       int start, int limit, int level) {
}
