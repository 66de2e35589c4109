package org.arshif.pdf;

/**
 * The characters of a set line in the order PDF text extractors turn back into the text as written.
 *
 * <p>Extractors read a line's characters from left to right and reverse its right-to-left stretches themselves;
 * they differ in how. PDFBox runs the Unicode bidi algorithm over the line and mirrors the brackets it finds in a
 * right-to-left stretch. Poppler (pdftotext, Evince, Okular) uses a simpler rule: from the right, every character
 * that is not a left-to-right letter, a digit or a separator such as {@code ، . : % -} belongs to the right-to-left
 * stretch; a left-to-right stretch runs from its rightmost letter or digit leftwards up to the next right-to-left
 * letter, neutral characters included; brackets are never mirrored.
 *
 * <p>So the line is written in display order, and where poppler's rule would go wrong a right-to-left mark (U+200F)
 * closes the stretch on its left: before each left-to-right run (a number, a Latin word) and before each separator
 * inside right-to-left text. A bracket inside right-to-left text is written as the character it stands for, in a
 * left-to-right isolate (U+2066 … U+2069): poppler takes the isolate for neutral characters and keeps the bracket
 * where it is, and PDFBox sees a left-to-right bracket with no partner, which it does not mirror. A right-to-left line starts with a right-to-left mark, so that PDFBox, which takes a line's direction from
 * its first letter, reads it right to left even when it ends with a Latin word. The marks are invisible controls
 * that only steer direction; the letters, digits and spaces are the line's own, in an order both read as written.
 */
final class ReadingOrder {

    static final char RLM = '\u200F';
    static final char LRM = '\u200E';
    static final char LRI = '\u2066';
    static final char PDI = '\u2069';

    private ReadingOrder() {
    }

    /** The line's characters for the text layer, left to right, with the direction marks it needs. */
    static String of(SetLine line) {
        String text = line.text();
        StringBuilder order = new StringBuilder(text.length() + 16);
        order.append(line.rightToLeft() ? RLM : LRM);
        for (ShapedRun run : line.runs()) {
            if (!run.rightToLeft()) {
                String characters = withoutDirectionControls(text.substring(run.start(), run.limit()));
                if (line.rightToLeft()) {
                    stretch(order, characters);
                } else {
                    order.append(characters);
                }
                continue;
            }
            for (int i = run.limit(); i > run.start(); ) {
                int cp = text.codePointBefore(i);
                i -= Character.charCount(cp);
                if (isDirectionControl(cp)) {
                    continue;
                }
                if (!line.rightToLeft()) {
                    order.appendCodePoint(mirrored(cp)); // PDFBox mirrors it back; poppler reads a left-to-right line as is
                } else if (Character.isMirrored(cp)) {
                    order.append(LRI).appendCodePoint(cp).append(PDI);
                } else if (takenForLeftToRight(cp)) {
                    stretch(order, Character.toString(cp));
                } else {
                    order.appendCodePoint(cp);
                }
            }
        }
        return order.toString();
    }

    /** Appends what poppler must read as one left-to-right stretch, closed on its left by a right-to-left letter. */
    private static void stretch(StringBuilder order, String characters) {
        if (characters.isEmpty()) {
            return;
        }
        int before = order.codePointBefore(order.length());
        if (!isRightToLeft(before)) {
            order.append(RLM);
        }
        order.append(characters);
    }

    static boolean isRightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Letters, digits and number separators: what poppler reads left to right (its types L and #). */
    private static boolean takenForLeftToRight(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
                 Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
                 Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_ARABIC_NUMBER -> true;
            default -> false;
        };
    }

    /** Marks, embeddings and isolates of the source: they steer display only, and the layer sets its own. */
    static boolean isDirectionControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String withoutDirectionControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isDirectionControl(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int mirrored(int cp) {
        String pairs = "()[]{}<>«»‹›";
        int at = pairs.indexOf(cp);
        return at < 0 ? cp : pairs.charAt(at ^ 1);
    }
}
