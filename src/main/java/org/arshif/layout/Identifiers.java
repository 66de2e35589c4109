package org.arshif.layout;

import java.text.Bidi;
import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses written in Latin letters inside running text — e-mail addresses, @handles, web addresses — which are
 * names, not words of a language, and read left to right as one piece.
 *
 * <p>A signature «تويتر @aljamili aaljamili@yahoo.com» is Arabic: counted by its letters' words it was a Latin
 * paragraph (aljamili, aaljamili, yahoo, com against one Arabic word) and was set left to right. And left to the
 * Unicode bidi algorithm, the {@code @} of a handle in a right-to-left line is a neutral character between an Arabic
 * word and a Latin one, which takes the line's direction and is drawn on the far side of the handle («aljamili@»).
 * So addresses do not count towards a paragraph's direction ({@link ParagraphDirection}) and are embedded left to
 * right as wholes ({@link #bidi}).
 */
public final class Identifiers {

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}" // e-mail
                    + "|(?:https?://|www\\.)[^\\s\"«»()<>\\[\\]،؛]*[^\\s\"«»()<>\\[\\]،؛.,:!?]" // web address
                    + "|(?<![\\p{L}\\p{N}_])@[A-Za-z0-9_]+"); // handle

    private Identifiers() {
    }

    /** The characters of the text that belong to an address. */
    public static BitSet in(CharSequence text) {
        BitSet covered = new BitSet();
        if (!mayHoldOne(text)) {
            return covered;
        }
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            covered.set(matcher.start(), matcher.end());
        }
        return covered;
    }

    /** Every address holds an @ or a dot: most paragraphs are passed over without a regular expression. */
    private static boolean mayHoldOne(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * The bidi analysis of a paragraph in the given direction, its addresses embedded left to right: a handle's
     * {@code @} then stands at its left, an address's dots and hyphens inside it, in a right-to-left line.
     */
    public static Bidi bidi(String text, boolean rightToLeft) {
        int flags = rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT;
        BitSet addresses = rightToLeft ? in(text) : new BitSet();
        if (addresses.isEmpty()) {
            return new Bidi(text, flags);
        }
        byte[] embeddings = new byte[text.length()];
        addresses.stream().forEach(i -> embeddings[i] = 2);
        return new Bidi(text.toCharArray(), 0, embeddings, 0, text.length(), flags);
    }
}
