package org.arshif.layout;

/** Measures the advance width of a run of text in one font: on screen (JavaFX) or in a PDF (the JDK's shaper). */
@FunctionalInterface
public interface TextMeasurer {
    double width(String text);
}
