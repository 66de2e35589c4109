package org.arshif.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.arshif.model.Article;

/**
 * Counts, word by word, how much of the articles' text a PDF reader gave back as written (used by the CI test of a
 * 200-article export and by the evaluation on real articles, {@code PdfTextLayerEvaluation}).
 *
 * <ul>
 *   <li>words: each whitespace-separated word of the titles and paragraphs counts as found when the extracted text
 *       holds it as a whole word, as many times as the source does (a multiset intersection); shown for all words,
 *       for words where lam meets a non-final kaf, and for words with tanween;</li>
 *   <li>sequences: each "Arabic word, number or Latin word, Arabic word" of the paragraphs counts as found when the
 *       three words stand in that order, one space apart, in the extracted text.</li>
 * </ul>
 * Bidirectional controls (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069) are removed from the source; from the
 * extracted text only as {@link Removed} says. Nothing else is normalised: a gap inside a word splits it, and a lost
 * space glues two words.
 */
public final class ExtractedWords {

    private static final String BIDI_CONTROLS = "[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]";

    /**
     * Which direction controls are taken out of the extracted text before comparing. Poppler writes U+202A, U+202B
     * and U+202C around the stretches of every right-to-left line whatever the PDF holds (TextOutputDev.cc,
     * reorderText), so pdftotext's fair figure sets those apart and keeps the PDF's own.
     */
    public enum Removed {
        NONE("as extracted", null),
        POPPLERS_OWN("poppler's U+202A-C removed", "[\u202A-\u202C]"),
        ALL("all controls removed", BIDI_CONTROLS);

        public final String label;
        final String pattern;

        Removed(String label, String pattern) {
            this.label = label;
            this.pattern = pattern;
        }

        String from(String text) {
            return pattern == null ? text : text.replaceAll(pattern, "");
        }
    }

    private ExtractedWords() {
    }

    /** The text pdftotext gives, or null when poppler-utils is not installed. */
    public static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Path text = Files.createTempFile("arshif-eval", ".txt");
        try {
            Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString())
                    .redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                return null;
            }
            return Files.readString(text, StandardCharsets.UTF_8);
        } catch (IOException notInstalled) {
            return null;
        } finally {
            Files.deleteIfExists(text);
        }
    }

    /** Found / total, as "n of m (p %)". */
    public record Share(long found, long total) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d (%.2f %%)", found, total, total == 0 ? 100.0 : 100.0 * found / total);
        }

        public double ratio() {
            return total == 0 ? 1 : (double) found / total;
        }
    }

    /**
     * @param controls  bidi control characters in the extracted text
     * @param dirtyWords whitespace-separated words of the extracted text that hold one
     */
    public record Report(Share words, Share lamKaf, Share tanween, Share sequences, String misses, long controls,
                         long dirtyWords) {
    }

    /**
     * Compared with the given controls taken out of the extracted text ({@link Removed#NONE}: as extracted, so a word
     * or sequence holding a control counts as missing, as it would for a search of the copied text). The counts of
     * controls and of words holding one are those left in the compared text.
     */
    public static Report compare(List<Article> articles, String extractedText, Removed removed) {
        String clean = removed.from(extractedText);
        long controls = clean.length() - clean.replaceAll(BIDI_CONTROLS, "").length();
        long dirtyWords = java.util.Arrays.stream(clean.split("\\s+"))
                .filter(word -> !word.equals(word.replaceAll(BIDI_CONTROLS, ""))).count();
        Map<String, Integer> available = new HashMap<>();
        for (String word : clean.split("\\s+")) {
            if (!word.isEmpty()) {
                available.merge(word, 1, Integer::sum);
            }
        }
        Map<String, Integer> wanted = new HashMap<>();
        List<String[]> sequences = new ArrayList<>();
        for (Article article : articles) {
            List<String> texts = new ArrayList<>(article.paragraphs());
            texts.add(article.title());
            for (int t = 0; t < texts.size(); t++) {
                String[] words = texts.get(t).replaceAll(BIDI_CONTROLS, "").trim().split("\\s+");
                for (String word : words) {
                    if (!word.isEmpty()) {
                        wanted.merge(word, 1, Integer::sum);
                    }
                }
                boolean paragraph = t < texts.size() - 1;
                for (int i = 0; paragraph && i + 2 < words.length; i++) {
                    if (isArabic(words[i]) && isNumberOrLatin(words[i + 1]) && isArabic(words[i + 2])) {
                        sequences.add(new String[] {words[i], words[i + 1], words[i + 2]});
                    }
                }
            }
        }
        StringBuilder misses = new StringBuilder();
        Share all = share(wanted, available, w -> true, misses);
        Share lamKaf = share(wanted, available, ExtractedWords::hasLamKaf, null);
        Share tanween = share(wanted, available, w -> w.matches(".*[\u064B-\u064D].*"), null);
        String flat = " " + clean.replaceAll("\\s+", " ") + " ";
        long found = sequences.stream().filter(s -> flat.contains(" " + s[0] + " " + s[1] + " " + s[2] + " ")).count();
        return new Report(all, lamKaf, tanween, new Share(found, sequences.size()), misses.toString(), controls,
                dirtyWords);
    }

    private static Share share(Map<String, Integer> wanted, Map<String, Integer> available, Predicate<String> which,
                               StringBuilder misses) {
        long found = 0;
        long total = 0;
        for (Map.Entry<String, Integer> entry : wanted.entrySet()) {
            if (which.test(entry.getKey())) {
                int have = Math.min(entry.getValue(), available.getOrDefault(entry.getKey(), 0));
                found += have;
                total += entry.getValue();
                if (misses != null && have < entry.getValue() && misses.length() < 4000) {
                    misses.append(entry.getKey()).append(' ').append(entry.getValue() - have).append(" | ");
                }
            }
        }
        return new Share(found, total);
    }

    /** Lam followed by a kaf that is not the word's last letter: where Amiri draws its extra lam-kaf piece. */
    static boolean hasLamKaf(String word) {
        int at = word.indexOf("لك");
        return at >= 0 && at + 2 < word.length() && Character.isLetter(word.charAt(at + 2));
    }

    static boolean isArabic(String word) {
        return word.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC
                && Character.isLetter(cp));
    }

    static boolean isNumberOrLatin(String word) {
        return !isArabic(word) && word.codePoints().anyMatch(cp -> Character.isDigit(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }
}
