package org.arshif.text;

/**
 * Letter folding that Arabic readers treat as "the same word": the rules the search analysis applies on top
 * of Lucene's {@code ArabicNormalizer}, and the full folding used to recognise month names and other
 * vocabulary written in many ways.
 */
public final class ArabicFolding {

    private ArabicFolding() {
    }

    /**
     * What Lucene's Arabic normaliser misses: alef wasla (ٱ) to alef, Persian keheh (ک) to kaf, Persian and
     * final-form yeh (ی ې ۍ) to yeh, Urdu heh (ہ ھ) to heh and teh marbuta (ۃ) to teh marbuta, Arabic-Indic and
     * Eastern Arabic-Indic digits to ASCII digits.
     * Returns the same length, so offsets into the text stay valid.
     */
    public static char foldExtra(char c) {
        return switch (c) {
            case '\u0671' -> '\u0627';                     // alef wasla -> alef
            case '\u06A9', '\u06AA' -> '\u0643';           // keheh, swash kaf -> kaf
            case '\u06CC', '\u06D0', '\u06CD' -> '\u064A'; // Farsi yeh and relatives -> yeh
            case '\u06C0', '\u06C1', '\u06BE' -> '\u0647';   // heh with yeh above, Urdu heh goal, do-chashmi -> heh
            case '\u06C3' -> '\u0629';                     // Urdu teh marbuta goal -> teh marbuta
            default -> {
                if (c >= '\u0660' && c <= '\u0669') {
                    yield (char) ('0' + (c - '\u0660'));
                }
                if (c >= '\u06F0' && c <= '\u06F9') {
                    yield (char) ('0' + (c - '\u06F0'));
                }
                yield c;
            }
        };
    }

    /** True for the harakat, tanween, shadda, sukun, dagger alef and the tatweel: marks search ignores. */
    public static boolean isIgnorableMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640'
                || (c >= '\u06D6' && c <= '\u06ED');
    }

    /**
     * Full folding for matching vocabulary: marks and tatweel removed, hamza-carrying alefs to alef,
     * alef maqsura to yeh, teh marbuta to heh, plus {@link #foldExtra}. Letters are not lower-cased beyond ASCII.
     */
    public static String fold(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            int c = foldChar(text.charAt(i));
            if (c >= 0) {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /**
     * {@code fold(text.subSequence(start, end)).hashCode()} without making either string: the copy fingerprint
     * hashes every word of every article this way.
     */
    public static int foldedHash(CharSequence text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            int c = foldChar(text.charAt(i));
            if (c >= 0) {
                hash = 31 * hash + c; // String.hashCode's sum
            }
        }
        return hash;
    }

    /** One character of {@link #fold}: the folded character, or -1 for a mark it drops. */
    private static int foldChar(char original) {
        char c = foldExtra(original);
        if (isIgnorableMark(c)) {
            return -1;
        }
        return switch (c) {
            case '\u0623', '\u0625', '\u0622' -> '\u0627'; // أ إ آ -> ا
            case '\u0649' -> '\u064A';                     // ى -> ي
            case '\u0629' -> '\u0647';                     // ة -> ه
            default -> Character.toLowerCase(c);
        };
    }

    /** Replaces Arabic-Indic and Eastern Arabic-Indic digits by ASCII digits, leaving everything else. */
    public static String asciiDigits(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isDigit(c) ? foldExtra(c) : c);
        }
        return out.toString();
    }
}
