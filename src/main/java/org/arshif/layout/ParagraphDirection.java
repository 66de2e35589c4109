package org.arshif.layout;

/**
 * The direction a paragraph reads in, decided by its content rather than by its first strong letter (the
 * Unicode default): a news paragraph that opens with a Latin name ("Reuters", "iPhone") but is written in Arabic
 * reads right to left. The direction is the one of the script holding most of the paragraph's words — words, not
 * letters, because a reader weighs «وذكرت وكالة Reuters International News Agency أمس أن الاجتماع انتهى» as the Arabic
 * sentence it is although its Latin letters are the more (30 to 28). A word is a run of strong letters of one
 * direction (marks inside it do not break it). A tie, or a paragraph with no strong letter at all, reads right to
 * left (the archive is Arabic). Letters inside an isolate (U+2066..U+2069: a path or a version set inside a sentence
 * of the interface) do not count, nor do e-mail and web addresses and handles ({@link Identifiers}: «تويتر @aljamili
 * aaljamili@yahoo.com» is an Arabic line). Shared by the reading pane and the PDF export so both set a paragraph the
 * same way.
 */
public final class ParagraphDirection {

    private ParagraphDirection() {
    }

    /** True when the paragraph reads right to left. */
    public static boolean isRightToLeft(CharSequence paragraph) {
        long rightToLeft = 0;
        long leftToRight = 0;
        int isolates = 0; // open isolates: their letters do not count (Unicode's rule P2: a path, a version)
        byte word = Character.DIRECTIONALITY_UNDEFINED; // the direction of the word being read, if any
        java.util.BitSet addresses = Identifiers.in(paragraph); // e-mail, web addresses, handles: not words
        for (int i = 0; i < paragraph.length(); ) {
            int cp = Character.codePointAt(paragraph, i);
            if (addresses.get(i)) {
                word = Character.DIRECTIONALITY_UNDEFINED;
                i += Character.charCount(cp);
                continue;
            }
            byte type = Character.getDirectionality(cp);
            switch (type) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                     Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> isolates++;
                case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> isolates = Math.max(0, isolates - 1);
                default -> { }
            }
            byte direction = switch (type) {
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
                        Character.DIRECTIONALITY_RIGHT_TO_LEFT;
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> Character.DIRECTIONALITY_LEFT_TO_RIGHT;
                // a haraka, a joiner: part of the word they stand in
                case Character.DIRECTIONALITY_NONSPACING_MARK, Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> word;
                default -> Character.DIRECTIONALITY_UNDEFINED;
            };
            if (isolates > 0) {
                direction = Character.DIRECTIONALITY_UNDEFINED;
            }
            if (direction != word && direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT) {
                rightToLeft++;
            } else if (direction != word && direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                leftToRight++;
            }
            word = direction;
            i += Character.charCount(cp);
        }
        return rightToLeft >= leftToRight;
    }
}
