package org.arshif.pdf;

import java.util.List;

/**
 * A line of a paragraph set for the page: shaped runs in visual order, each glyph at its final x (justification
 * included) relative to the line's left edge.
 *
 * @param text       the paragraph the character indices of the runs refer to
 * @param runs       the runs, left to right
 * @param xs         for each run, each glyph's x from the line's left edge
 * @param width      the line's width as set
 * @param rightToLeft the direction of the line's paragraph
 */
record SetLine(String text, List<ShapedRun> runs, List<float[]> xs, float width, boolean rightToLeft) {
}
