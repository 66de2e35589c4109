package org.arshif.layout;

import java.awt.Shape;

/**
 * A word's ink as the shaper places it: {@code outline} has its origin at the word's left end on the baseline, y
 * down, in pixels; {@code advance} is the word's width (where the next word would start).
 */
public record ShapedWord(Shape outline, float advance) {
}
