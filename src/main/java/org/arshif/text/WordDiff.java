package org.arshif.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.arshif.model.Snippet;

/**
 * The words that differ between two copies of one text (a wire story as two papers printed it), for marking them
 * side by side. A word is a run of characters between spaces, compared by its letters: a changed letter (a hamza
 * written or left out, ة for ه, a digit) makes the word differ; vowel marks, shadda and tanween (placed before or
 * after the alef: two spellings that look the same), tatweel and the punctuation around a word do not, since on a
 * real pair of papers they marked almost every line while changing no word a reader would see. The words
 * both copies keep, in order, are a longest common subsequence of their word lists (paragraph breaks do not count:
 * a paragraph split otherwise changes no word); every other word differs. Consecutive differing words of one
 * paragraph make one span, the spaces between them included, so that a rewritten phrase reads as one change.
 */
public final class WordDiff {

    /**
     * Beyond this many word pairs (the words of one copy times those of the other, once the beginning and end they
     * share are set aside) the copies are not compared: the table takes one bit a pair (5 MB here) and the time
     * grows with it. News articles are far below (3,000 words against 3,000 is 9 million).
     */
    public static final long MAX_PAIRS = 40_000_000L;

    /**
     * The differing spans of each copy, paragraph by paragraph (character offsets within each paragraph).
     *
     * @param compared false when the copies were too long to compare ({@link #MAX_PAIRS}): nothing is marked
     */
    public record Result(List<List<Snippet.Span>> left, List<List<Snippet.Span>> right, boolean compared) {
        public Result {
            left = left.stream().map(List::copyOf).toList();
            right = right.stream().map(List::copyOf).toList();
        }

        /** True when the copies have the same words in the same order. */
        public boolean same() {
            return compared && left.stream().allMatch(List::isEmpty) && right.stream().allMatch(List::isEmpty);
        }
    }

    private WordDiff() {
    }

    /** Compares two copies, each given as its paragraphs. */
    public static Result compare(List<String> left, List<String> right) {
        Map<String, Integer> ids = new HashMap<>();
        Words a = Words.of(left, ids);
        Words b = Words.of(right, ids);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.id[prefix] == b.id[prefix]) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.id[a.size() - 1 - suffix] == b.id[b.size() - 1 - suffix]) {
            suffix++;
        }
        int n = a.size() - prefix - suffix;
        int m = b.size() - prefix - suffix;
        if ((long) n * m > MAX_PAIRS) {
            return new Result(a.noSpans(), b.noSpans(), false);
        }
        boolean[] aDiffers = new boolean[a.size()];
        boolean[] bDiffers = new boolean[b.size()];
        if (n == 0 || m == 0) {
            java.util.Arrays.fill(aDiffers, prefix, prefix + n, true);
            java.util.Arrays.fill(bDiffers, prefix, prefix + m, true);
        } else {
            commonSubsequence(a.id, b.id, prefix, n, m, aDiffers, bDiffers);
        }
        return new Result(a.spans(aDiffers), b.spans(bDiffers), true);
    }

    /**
     * Marks the words of {@code a[from, from + n)} and {@code b[from, from + m)} outside a longest common
     * subsequence. The lengths are kept one row at a time; each pair keeps one bit: whether, its words differing, the
     * longer subsequence leaves out a's word (else b's), which is all the walk back needs (equal words are always
     * kept together: that never shortens the subsequence).
     */
    private static void commonSubsequence(int[] a, int[] b, int from, int n, int m, boolean[] aDiffers,
                                          boolean[] bDiffers) {
        long[] dropA = new long[(int) (((long) n * m + 63) / 64)];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                if (a[from + i - 1] == b[from + j - 1]) {
                    current[j] = previous[j - 1] + 1;
                } else if (previous[j] >= current[j - 1]) {
                    current[j] = previous[j];
                    long bit = (long) (i - 1) * m + (j - 1);
                    dropA[(int) (bit >>> 6)] |= 1L << bit;
                } else {
                    current[j] = current[j - 1];
                }
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && a[from + i - 1] == b[from + j - 1]) {
                i--;
                j--;
            } else if (j == 0 || i > 0 && (dropA[(int) (((long) (i - 1) * m + (j - 1)) >>> 6)]
                    & 1L << ((long) (i - 1) * m + (j - 1))) != 0) {
                aDiffers[from + --i] = true;
            } else {
                bDiffers[from + --j] = true;
            }
        }
    }

    /** The words of one copy in reading order: an id per distinct word, and where each stands. */
    private record Words(int[] id, int[] paragraph, int[] start, int[] end, int paragraphs) {

        static Words of(List<String> paragraphs, Map<String, Integer> ids) {
            List<int[]> places = new ArrayList<>();
            List<Integer> wordIds = new ArrayList<>();
            for (int p = 0; p < paragraphs.size(); p++) {
                String text = paragraphs.get(p);
                int i = 0;
                while (i < text.length()) {
                    while (i < text.length() && isSpace(text.charAt(i))) {
                        i++;
                    }
                    int start = i;
                    while (i < text.length() && !isSpace(text.charAt(i))) {
                        i++;
                    }
                    String key = i > start ? letters(text.substring(start, i)) : "";
                    if (!key.isEmpty()) { // a dash or a quote standing alone is no word: never a difference
                        places.add(new int[] {p, start, i});
                        wordIds.add(ids.computeIfAbsent(key, word -> ids.size()));
                    }
                }
            }
            int count = places.size();
            int[] id = new int[count];
            int[] paragraph = new int[count];
            int[] start = new int[count];
            int[] end = new int[count];
            for (int w = 0; w < count; w++) {
                id[w] = wordIds.get(w);
                paragraph[w] = places.get(w)[0];
                start[w] = places.get(w)[1];
                end[w] = places.get(w)[2];
            }
            return new Words(id, paragraph, start, end, paragraphs.size());
        }

        int size() {
            return id.length;
        }

        List<List<Snippet.Span>> noSpans() {
            List<List<Snippet.Span>> spans = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                spans.add(List.of());
            }
            return spans;
        }

        /** The differing words as spans per paragraph, consecutive ones of a paragraph joined. */
        List<List<Snippet.Span>> spans(boolean[] differs) {
            List<List<Snippet.Span>> spans = new ArrayList<>();
            for (int p = 0; p < paragraphs; p++) {
                spans.add(new ArrayList<>());
            }
            int w = 0;
            while (w < id.length) {
                if (!differs[w]) {
                    w++;
                    continue;
                }
                int last = w;
                while (last + 1 < id.length && differs[last + 1] && paragraph[last + 1] == paragraph[w]) {
                    last++;
                }
                spans.get(paragraph[w]).add(new Snippet.Span(start[w], end[last]));
                w = last + 1;
            }
            return spans;
        }
    }

    /**
     * What of a word is compared: its letters and digits without the marks over and under them (Unicode's
     * non-spacing marks: harakat, shadda, tanween, the dagger alef), tatweel, invisible format characters (a
     * right-to-left mark, a zero-width non-joiner), or the punctuation before and after it (brackets, quotes, a full
     * stop or comma); Arabic-Indic and Persian digits read as the digits they are (one paper writes ١٠, another 10).
     * A word of punctuation alone gives nothing: it is not compared.
     */
    static String letters(String word) {
        StringBuilder kept = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT || c == '\u0640') {
                continue;
            }
            kept.append(c >= '\u0660' && c <= '\u0669' ? (char) ('0' + c - '\u0660')
                    : c >= '\u06F0' && c <= '\u06F9' ? (char) ('0' + c - '\u06F0') : c);
        }
        int start = 0;
        int end = kept.length();
        while (start < end && isPunctuation(kept.charAt(start))) {
            start++;
        }
        while (end > start && isPunctuation(kept.charAt(end - 1))) {
            end--;
        }
        return kept.substring(start, end);
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.START_PUNCTUATION, Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                 Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.DASH_PUNCTUATION,
                 Character.CONNECTOR_PUNCTUATION -> true;
            default -> false;
        };
    }

    /** Spaces between words: any white space, the no-break space and Unicode's other spaces. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
