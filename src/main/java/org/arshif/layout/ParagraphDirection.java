package org.arshif.layout;

/**
 * The direction a paragraph reads in, decided by its content rather than by its first strong letter (the
 * Unicode default): a news paragraph that opens with a Latin name ("Reuters", "iPhone") but is written in Arabic
 * reads right to left. The direction is the one of the script holding most of the paragraph's words — words, not
 * letters, because a reader weighs «وذكرت وكالة Reuters International News Agency أمس أن الاجتماع انتهى» as the Arabic
 * sentence it is although its Latin letters are the more (30 to 28). A word is what stands between spaces, and
 * counts for the direction of its first strong letter: a path is one word however many of its parts are Latin
 * (counted part by part, a link of forty path segments turned an Arabic paragraph left to right). A tie, or a
 * paragraph with no strong letter at all, reads right to left (the archive is Arabic). Letters inside an isolate (U+2066..U+2069: a path or a version set inside a sentence
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
        boolean counted = false; // the word being read has had its first strong letter
        java.util.BitSet addresses = Identifiers.in(paragraph); // e-mail, web addresses, handles: not words
        for (int i = 0; i < paragraph.length(); ) {
            int cp = Character.codePointAt(paragraph, i);
            boolean inAddress = addresses.get(i);
            i += Character.charCount(cp);
            if (inAddress) {
                continue;
            }
            switch (Character.getDirectionality(cp)) {
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE,
                     Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> isolates++;
                case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> isolates = Math.max(0, isolates - 1);
                case Character.DIRECTIONALITY_WHITESPACE, Character.DIRECTIONALITY_SEGMENT_SEPARATOR,
                     Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> counted = false;
                case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> {
                    if (!counted && isolates == 0) {
                        rightToLeft++;
                        counted = true;
                    }
                }
                case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> {
                    if (!counted && isolates == 0) {
                        leftToRight++;
                        counted = true;
                    }
                }
                default -> { }
            }
        }
        return rightToLeft >= leftToRight;
    }
}
