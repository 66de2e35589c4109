package org.arshif.importer;

/**
 * Derives a title for an article that has none: its first sentence or clause, cut at the first
 * {@code ،} {@code .} {@code :} {@code ؟} (or {@code ! ؛ ?}) or after about twelve words.
 */
final class TitleDeriver {

    static final int MAX_WORDS = 12;

    private TitleDeriver() {
    }

    static String derive(String firstParagraph) {
        String text = firstParagraph.strip();
        int cut = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("،.:؟?!؛;".indexOf(c) >= 0 && !isDecimalPoint(text, i)) {
                cut = i;
                break;
            }
        }
        String clause = text.substring(0, cut).strip();
        String[] words = clause.split("\\s+");
        if (words.length > MAX_WORDS) {
            clause = String.join(" ", java.util.Arrays.copyOf(words, MAX_WORDS)) + "…";
        }
        return clause;
    }

    /** "3.5" is a number, not the end of a sentence. */
    private static boolean isDecimalPoint(String text, int i) {
        return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }
}
