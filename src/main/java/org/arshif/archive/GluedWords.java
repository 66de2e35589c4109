package org.arshif.archive;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Words run together where a space was lost (وكالةسبوتنيك, نزوحالملايين): a rare indexed word that is the
 * concatenation of two words the archive knows well is recorded under each half, so that a search for either half
 * also finds the articles that glued them. The original word stays in the index as it is; nothing is split there.
 *
 * <p>Rebuilt after every import from the index's own vocabulary (exact forms and their document frequencies) and
 * kept in a small file beside the index, so opening an archive costs a file read, not a scan.
 */
final class GluedWords {

    static final String FILE = "glued-words.tsv";
    /** A glued word is rare: in at most this many articles. */
    private static final int MAX_GLUED_FREQUENCY = 3;
    /** Each half is a word of its own at least this long, found standing alone in at least this many articles. */
    private static final int MIN_HALF_LENGTH = 4;
    private static final int MIN_HALF_FREQUENCY = 2;
    private static final int MAX_WORD_LENGTH = 30;
    /**
     * Proclitics and suffixes written as part of words: a "half" that is one of them is an affix, not a word
     * (والفيديوهات is و + ال + فيديوهات, not two words).
     */
    private static final Set<String> AFFIXES = Set.of("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ك", "ل",
            "س", "سي", "ست", "ها", "هم", "هن", "كم", "نا", "ات", "ون", "ين", "يه", "ان", "تان", "تين");

    private final Map<String, List<String>> byHalf;

    private GluedWords(Map<String, List<String>> byHalf) {
        this.byHalf = byHalf;
    }

    static GluedWords none() {
        return new GluedWords(Map.of());
    }

    /** The glued words one of whose halves is this normalised word. */
    List<String> containing(String half) {
        return byHalf.getOrDefault(half, List.of());
    }

    /**
     * Where a space was lost the letters usually show it: the second word starts with the article (نزوحالملايين),
     * or the first ends in teh marbuta, which only ends words (وكالةسبوتنيك; normalised to heh). Without such a
     * sign, a rare word made of two known words is far more often one word with a suffix (مسؤوليتهم).
     */
    private static boolean lostSpaceLikely(String left, String right) {
        return right.startsWith("ال") || (left.endsWith("ه") && left.length() >= MIN_HALF_LENGTH);
    }

    int size() {
        return byHalf.values().stream().mapToInt(List::size).sum();
    }

    /** Finds the glued words of the index's field. */
    static GluedWords build(IndexReader reader, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return none();
        }
        Map<String, Integer> known = new HashMap<>();
        Map<String, Integer> rare = new HashMap<>();
        TermsEnum all = terms.iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            String word = term.utf8ToString();
            if (word.isEmpty() || word.startsWith(ArabicSearchAnalyzer.STEM_MARK) || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            int frequency = all.docFreq();
            if (frequency >= MIN_HALF_FREQUENCY && word.length() >= MIN_HALF_LENGTH && !AFFIXES.contains(word)) {
                known.put(word, frequency);
            }
            if (frequency <= MAX_GLUED_FREQUENCY && word.length() >= 2 * MIN_HALF_LENGTH
                    && word.length() <= MAX_WORD_LENGTH) {
                rare.put(word, frequency);
            }
        }
        Map<String, List<String>> byHalf = new HashMap<>();
        for (Map.Entry<String, Integer> entry : rare.entrySet()) {
            String word = entry.getKey();
            // Each half must be clearly more common than the glued word: a real word lost its space, not a rare
            // name that happens to contain two words.
            int needed = Math.max(MIN_HALF_FREQUENCY, 2 * entry.getValue());
            for (int cut = MIN_HALF_LENGTH; cut <= word.length() - MIN_HALF_LENGTH; cut++) {
                String left = word.substring(0, cut);
                String right = word.substring(cut);
                if (lostSpaceLikely(left, right)
                        && known.getOrDefault(left, 0) >= needed && known.getOrDefault(right, 0) >= needed) {
                    byHalf.computeIfAbsent(left, k -> new ArrayList<>()).add(word);
                    byHalf.computeIfAbsent(right, k -> new ArrayList<>()).add(word);
                    break;
                }
            }
        }
        return new GluedWords(byHalf);
    }

    void save(Path folder) throws IOException {
        Path temporary = folder.resolve(FILE + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<String>> entry : byHalf.entrySet()) {
                out.write(entry.getKey() + "\t" + String.join("\t", entry.getValue()) + "\n");
            }
        }
        Files.move(temporary, folder.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The saved list, or none when there is no file (an archive made before it existed: rebuilt at the next import). */
    static GluedWords load(Path folder) {
        Path file = folder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        Map<String, List<String>> byHalf = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] parts = line.split("\t");
                if (parts.length >= 2) {
                    byHalf.put(parts[0], List.of(parts).subList(1, parts.length));
                }
            }
        } catch (IOException | RuntimeException e) {
            return none(); // only recall of glued words is lost; the next import rewrites the file
        }
        return new GluedWords(byHalf);
    }
}
