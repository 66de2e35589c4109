package org.arshif.layout;

/**
 * One line of a broken paragraph: the characters {@code [start, end)} of the paragraph, trailing spaces included
 * (so the lines of a paragraph cover it exactly, each character once), and the line's width without those spaces.
 */
public record Line(int start, int end, double width) {

    /** The line's characters, trailing spaces removed: what is drawn. */
    public String visibleText(String paragraph) {
        return paragraph.substring(start, end).stripTrailing();
    }
}
