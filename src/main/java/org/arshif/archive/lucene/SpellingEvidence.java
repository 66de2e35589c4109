package org.arshif.archive.lucene;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a "did you mean" for one typed word is decided from, as counts of articles that add up across the parts of an
 * archive (the shards of a collection, each counting its own): the articles holding the word as written, as its
 * stem, and with its stem changed; and, where the word is rare, its other spellings' counts and those of the words
 * one typing slip away. Summed over the parts, it decides as one archive's counts do.
 *
 * @param exact       articles holding the word as written
 * @param stem        articles holding its stem unchanged
 * @param changedStem articles holding its stem where stemming changed the word
 * @param spellings   the word's other spellings the archive writes, and their articles (where the word is rare)
 * @param slips       the words one typing slip away, and their articles (where the word is rare)
 */
public record SpellingEvidence(int exact, int stem, int changedStem, Map<String, Integer> spellings,
                               Map<String, Integer> slips) {

    /** A word in fewer articles than this is rare: a "did you mean" may be looked up for it. */
    static final int RARE_BELOW = 5;
    /** A suggested spelling must be in at least this many times as many articles as the typed word. */
    static final int CLEARLY_MORE = 3;
    /** A word one typing slip away is suggested only when it is in at least this many articles... */
    static final int SLIP_AT_LEAST = 10;
    /** ...and in at least this many times as many as the typed word. */
    static final int SLIP_MORE = 5;

    public SpellingEvidence {
        spellings = Map.copyOf(spellings);
        slips = Map.copyOf(slips);
    }

    /** Nothing counted: a part of the archive without the word, or a word not looked at. */
    public static final SpellingEvidence NONE = new SpellingEvidence(0, 0, 0, Map.of(), Map.of());

    /** The articles holding the word in any form, by its most frequent one (an article holds its stem too). */
    int own() {
        return Math.max(exact, Math.max(stem, changedStem));
    }

    /** Whether the word is rare enough here to look for its other spellings (a part's count bounds the sum's). */
    boolean rare() {
        return own() < RARE_BELOW;
    }

    /** Both parts' counts. */
    public SpellingEvidence plus(SpellingEvidence other) {
        return new SpellingEvidence(exact + other.exact, stem + other.stem, changedStem + other.changedStem,
                sum(spellings, other.spellings), sum(slips, other.slips));
    }

    /**
     * The other spelling of the typed word ({@code typed}, normalised) clearly commoner than the word itself, else a
     * word one slip away much commoner still, else null: آستانة → استانا where the archive mostly writes أستانا,
     * الحوتيين → الحوثيين; never a merely similar word (أستانا → احيانا).
     */
    String suggestion(String typed) {
        if (!rare()) {
            return null;
        }
        String spelling = mostCommon(spellings, typed, Math.max(RARE_BELOW, CLEARLY_MORE * own()));
        return spelling != null ? spelling : mostCommon(slips, typed, Math.max(SLIP_AT_LEAST, SLIP_MORE * own()));
    }

    /** The most common word, other than {@code typed}, in at least so many articles (ties: alphabetical order). */
    private static String mostCommon(Map<String, Integer> counts, String typed, int atLeast) {
        return counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(typed))
                .filter(e -> e.getValue() >= atLeast)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
        Map<String, Integer> sum = new LinkedHashMap<>(a);
        b.forEach((word, count) -> sum.merge(word, count, Integer::sum));
        return sum;
    }
}
