package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Words run together where a space was lost (وكالةسبوتنيك, نزوحالملايين): a rare indexed word that is the
 * concatenation of two words the archive knows well is recorded under each half, so that a search for either half
 * also finds the articles that glued them. The original word stays in the index as it is; nothing is split there.
 *
 * <p>Rebuilt after every import from the index's own vocabulary (exact forms and their live document frequencies)
 * and committed with the articles in the index's commit data ({@link CommitState}), so opening an archive costs no
 * scan and a crash can never leave the list and the articles out of step.
 */
final class GluedWords {

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

    /**
     * Finds the glued words of the index's field. Frequencies count live articles only (an index's own counts
     * include replaced articles until segments merge, which depends on thread timing), so the same articles give
     * the same list however they were imported.
     */
    static GluedWords build(IndexReader reader, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return none();
        }
        LiveFrequency frequency = new LiveFrequency(terms, MultiBits.getLiveDocs(reader));
        Map<String, List<String>> byHalf = new TreeMap<>();
        TermsEnum all = terms.iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            String word = term.utf8ToString();
            if (word.length() < 2 * MIN_HALF_LENGTH || word.length() > MAX_WORD_LENGTH || !isWord(word)) {
                continue;
            }
            int glued = frequency.atMost(all, MAX_GLUED_FREQUENCY + 1);
            if (glued == 0 || glued > MAX_GLUED_FREQUENCY) {
                continue;
            }
            // Each half must be clearly more common than the glued word: a real word lost its space, not a rare
            // name that happens to contain two words.
            int needed = Math.max(MIN_HALF_FREQUENCY, 2 * glued);
            for (int cut = MIN_HALF_LENGTH; cut <= word.length() - MIN_HALF_LENGTH; cut++) {
                String left = word.substring(0, cut);
                String right = word.substring(cut);
                if (lostSpaceLikely(left, right) && isKnown(frequency, left, needed) && isKnown(frequency, right, needed)) {
                    byHalf.computeIfAbsent(left, k -> new ArrayList<>()).add(word);
                    byHalf.computeIfAbsent(right, k -> new ArrayList<>()).add(word);
                    break;
                }
            }
        }
        return new GluedWords(byHalf);
    }

    private static boolean isWord(String word) {
        return !word.isEmpty() && !word.startsWith(ArabicSearchAnalyzer.STEM_MARK) && Character.isLetter(word.charAt(0));
    }

    private static boolean isKnown(LiveFrequency frequency, String half, int needed) throws IOException {
        return isWord(half) && !AFFIXES.contains(half) && frequency.of(half, needed) >= needed;
    }

    /** Document frequencies over live articles, counted only as far as a rule needs. */
    private static final class LiveFrequency {
        private final TermsEnum lookup;
        private final Bits live;
        private PostingsEnum postings;

        LiveFrequency(Terms terms, Bits live) throws IOException {
            this.lookup = terms.iterator();
            this.live = live;
        }

        /** The live frequency of the word, counted up to {@code enough}. */
        int of(String word, int enough) throws IOException {
            return lookup.seekExact(new BytesRef(word)) ? atMost(lookup, enough) : 0;
        }

        /** The live frequency of the enum's current term, counted up to {@code enough}. */
        int atMost(TermsEnum term, int enough) throws IOException {
            if (live == null) {
                return Math.min(term.docFreq(), enough);
            }
            postings = term.postings(postings, PostingsEnum.NONE);
            int count = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && count < enough;
                    doc = postings.nextDoc()) {
                if (live.get(doc)) {
                    count++;
                }
            }
            return count;
        }
    }

    /** The list as one text (a line per half: the half, then its glued words, tab-separated), sorted. */
    String serialize() {
        StringBuilder out = new StringBuilder();
        byHalf.forEach((half, words) -> out.append(half).append('\t').append(String.join("\t", words)).append('\n'));
        return out.toString();
    }

    /** The list from {@link #serialize}'s text; none from null (an archive whose list was never derived). */
    static GluedWords parse(String text) {
        if (text == null || text.isEmpty()) {
            return none();
        }
        Map<String, List<String>> byHalf = new TreeMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.split("\t");
            if (parts.length >= 2) {
                byHalf.put(parts[0], List.of(parts).subList(1, parts.length));
            }
        }
        return new GluedWords(byHalf);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GluedWords glued && glued.byHalf.equals(byHalf);
    }

    @Override
    public int hashCode() {
        return byHalf.hashCode();
    }
}
