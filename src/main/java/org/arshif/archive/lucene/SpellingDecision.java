package org.arshif.archive.lucene;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the archive holds a query word in some form, and when it holds it in none, which of its other spellings
 * are searched instead ({@link VariantSpellings}): decided once from all the parts of an archive split in shards, so
 * that a shard without the word does not search the look-alikes the whole archive would not (أستانه, written in one
 * article of one shard beside twelve writing أستانا, found six articles on a cluster of two shards and one locally).
 *
 * @param held      the archive holds the word in one of its own forms: its other spellings are not searched
 * @param ownForm   the archive holds the word as typed, inflected, run together or respelt: only those forms match
 * @param spellings the other spellings searched for a word held in no form, the archive's most common first
 */
public record SpellingDecision(boolean held, boolean ownForm, List<String> spellings) {

    public SpellingDecision {
        spellings = List.copyOf(spellings);
    }

    /**
     * What one part of an archive knows of a word, to add up with the other parts'.
     *
     * @param held           this part holds the word in one of its own forms
     * @param ownForm        this part holds it as typed or inflected (run together is decided over all the parts)
     * @param spellingCounts where it holds no form of it, its other spellings and their articles here
     */
    public record Part(boolean held, boolean ownForm, Map<String, Integer> spellingCounts) {
        public Part {
            spellingCounts = Map.copyOf(spellingCounts);
        }
    }

    /**
     * The decision the whole archive's counts give, from its parts' (one part: as that index alone decides).
     *
     * @param runTogether the whole archive holds the word run together with a neighbour ({@link GluedWords#decide})
     */
    public static SpellingDecision of(List<Part> parts, boolean runTogether) {
        boolean held = parts.stream().anyMatch(Part::held);
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (!held) {
            parts.forEach(part -> part.spellingCounts().forEach((word, count) -> counts.merge(word, count,
                    Integer::sum)));
        }
        List<String> spellings = VariantSpellings.mostCommon(counts, VariantSpellings.MAX_SPELLINGS);
        return new SpellingDecision(held, parts.stream().anyMatch(Part::ownForm) || runTogether
                || !spellings.isEmpty(), spellings);
    }
}
