package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * Words run together where a space was lost (وكالةسبوتنيك, نزوحالملايين): a rare indexed word that is the
 * concatenation of two words the archive knows well is recorded under each half, so that a search for either half
 * also finds the articles that glued them. The original word stays in the index as it is; nothing is split there.
 *
 * <p>Found from the index's own vocabulary (exact forms and their live document frequencies): afresh over the whole
 * dictionary ({@link #build}), or, after an import that only added a few articles, brought up to date around them
 * ({@link #afterAdding}), with the same result. Committed with the articles in the index's commit data
 * ({@link CommitState}), so opening an archive costs no scan and a crash can never leave the list and the articles
 * out of step.
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
    /** Where the halves looked up are noted (for a decision over an archive's parts), or null. */
    private final Set<String> asked;

    private GluedWords(Map<String, List<String>> byHalf) {
        this(byHalf, null);
    }

    private GluedWords(Map<String, List<String>> byHalf, Set<String> asked) {
        this.byHalf = byHalf;
        this.asked = asked;
    }

    static GluedWords none() {
        return new GluedWords(Map.of());
    }

    /** The glued words one of whose halves is this normalised word. */
    List<String> containing(String half) {
        if (asked != null) {
            asked.add(half);
        }
        return byHalf.getOrDefault(half, List.of());
    }

    /**
     * Where a space was lost the letters usually show it: the second word starts with the article (نزوحالملايين),
     * or the first ends in teh marbuta, which only ends words (وكالةسبوتنيك; normalised to heh). Without such a
     * sign, a rare word made of two known words is far more often one word with a suffix (مسؤوليتهم). Nor is an
     * article before fewer than three letters a sign: a word ending in ال takes a pronoun (استغلالهم is استغلال + هم,
     * not استغل + الهم; فاينالدم, Wijnaldum, is no فاين + الدم) — but before الله, which names are written against
     * (عبيدالله, الجارالله).
     */
    private static boolean lostSpaceLikely(String left, String right) {
        return (right.startsWith("ال") && (right.length() - 2 >= MIN_AFTER_ARTICLE || right.equals("الله")))
                || (left.endsWith("ه") && left.length() >= MIN_HALF_LENGTH);
    }

    /** A right half that begins with the article has at least this many letters after it. */
    private static final int MIN_AFTER_ARTICLE = 3;

    /** The words that have run-together forms. */
    Set<String> halves() {
        return byHalf.keySet();
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
            if (mayBeGlued(word)) {
                list(byHalf, word, cut(word, frequency.atMost(all, MAX_GLUED_FREQUENCY + 1), frequency));
            }
        }
        return new GluedWords(byHalf);
    }

    /**
     * The list after an import that only added articles (none replaced or deleted), from the list before it: equal
     * to {@link #build}'s, with work that grows with the import (but for one automaton pass over each segment's
     * terms, which decodes only the words it finds) rather than a walk of the merged vocabulary. Adding articles only
     * raises frequencies, so a word's entry can change only when its own frequency did (a word of the new articles)
     * or when one of its possible halves became common enough for a rule it failed before: a word of the new
     * articles that was in at most five articles (a half must be in twice as many as the glued word, which is in at
     * most three) and is now in two or more. The words those halves begin or end are found in the term dictionary
     * with one automaton, and every word so touched is judged again by the same rule.
     *
     * @param added the articles of this import (a query matching exactly them)
     */
    static GluedWords afterAdding(GluedWords before, IndexReader reader, String field, Query added,
                                  Analyzer analyzer) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms == null) {
            return none();
        }
        LiveFrequency frequency = new LiveFrequency(terms, MultiBits.getLiveDocs(reader));
        Set<String> touched = new TreeSet<>();
        Set<String> risenHalves = new TreeSet<>();
        for (Map.Entry<String, Integer> term : articlesHolding(reader, field, added, analyzer).entrySet()) {
            String word = term.getKey();
            if (mayBeGlued(word)) {
                touched.add(word);
            }
            if (mayBeHalf(word)) {
                int now = frequency.of(word, MAX_HALF_THRESHOLD + term.getValue());
                if (now >= MIN_HALF_FREQUENCY && now - term.getValue() < MAX_HALF_THRESHOLD) {
                    risenHalves.add(word);
                }
            }
        }
        if (risenHalves.size() > MAX_RISEN_HALVES) {
            return build(reader, field); // an import of many new words: one walk of the dictionary costs less
        }
        touched.addAll(wordsAround(reader, field, risenHalves));
        Map<String, List<String>> byHalf = new TreeMap<>();
        before.byHalf.forEach((half, words) -> {
            List<String> kept = new ArrayList<>(words.stream().filter(word -> !touched.contains(word)).toList());
            if (!kept.isEmpty()) {
                byHalf.put(half, kept);
            }
        });
        for (String word : touched) {
            list(byHalf, word, cut(word, frequency.of(word, MAX_GLUED_FREQUENCY + 1), frequency));
        }
        // In term order, as a walk of the dictionary lists them.
        byHalf.values().forEach(words -> words.sort(Comparator.comparing(BytesRef::new)));
        return new GluedWords(byHalf);
    }

    /** Beyond this many risen halves the automaton finding their words would cost more than a full walk. */
    private static final int MAX_RISEN_HALVES = 5_000;

    /** The most articles a half can need: twice the most a glued word may be in. */
    private static final int MAX_HALF_THRESHOLD = 2 * MAX_GLUED_FREQUENCY;

    /** A word of a shape the rule looks at: long enough for two halves, a word rather than a number or a stem. */
    private static boolean mayBeGlued(String word) {
        return word.length() >= 2 * MIN_HALF_LENGTH && word.length() <= MAX_WORD_LENGTH && isWord(word);
    }

    private static boolean mayBeHalf(String word) {
        return word.length() >= MIN_HALF_LENGTH && word.length() <= MAX_WORD_LENGTH - MIN_HALF_LENGTH && isWord(word)
                && !AFFIXES.contains(word);
    }

    /**
     * Where the rule splits a word found in this many live articles (counted up to one past the most a glued word
     * may have): the first cut whose halves qualify; 0 when the word is no glued word.
     */
    private static int cut(String word, int glued, Frequency frequency) throws IOException {
        if (glued == 0 || glued > MAX_GLUED_FREQUENCY) {
            return 0;
        }
        // Each half must be clearly more common than the glued word: a real word lost its space, not a rare
        // name that happens to contain two words.
        int needed = Math.max(MIN_HALF_FREQUENCY, 2 * glued);
        for (int cut : likelyCuts(word)) {
            if (frequency.of(word.substring(0, cut), needed) >= needed
                    && frequency.of(word.substring(cut), needed) >= needed) {
                return cut;
            }
        }
        return 0;
    }

    /** Records a glued word under both halves of its cut (nothing for cut 0). */
    private static void list(Map<String, List<String>> byHalf, String word, int cut) {
        if (cut > 0) {
            byHalf.computeIfAbsent(word.substring(0, cut), k -> new ArrayList<>()).add(word);
            byHalf.computeIfAbsent(word.substring(cut), k -> new ArrayList<>()).add(word);
        }
    }

    /** The exact terms of the field in the live articles the query matches, each with how many of them hold it. */
    private static Map<String, Integer> articlesHolding(IndexReader reader, String field, Query added,
                                                        Analyzer analyzer) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(added), ScoreMode.COMPLETE_NO_SCORES, 1);
        var stored = reader.storedFields();
        Map<String, Integer> holding = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String text = stored.document(leaf.docBase + doc, Set.of(field)).get(field);
                for (String term : termsOf(analyzer, field, text == null ? "" : text)) {
                    holding.merge(term, 1, Integer::sum);
                }
            }
        }
        return holding;
    }

    /** The distinct exact terms the analyser indexes for this text (stems left out: no rule looks at them). */
    private static Set<String> termsOf(Analyzer analyzer, String field, String text) throws IOException {
        Set<String> terms = new HashSet<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (isWord(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        }
        return terms;
    }

    /** The words of the field's dictionary that begin or end with one of these halves and may be glued. */
    private static Set<String> wordsAround(IndexReader reader, String field, Set<String> halves) throws IOException {
        Set<String> words = new TreeSet<>();
        if (halves.isEmpty()) {
            return words;
        }
        Automaton any = Automata.makeAnyString();
        Automaton set = Automata.makeStringUnion(halves.stream().map(BytesRef::new).sorted().toList());
        Automaton around = Operations.union(Operations.concatenate(set, any), Operations.concatenate(any, set));
        CompiledAutomaton compiled = new CompiledAutomaton(Operations.determinize(around, Integer.MAX_VALUE), false,
                false);
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum found = compiled.getTermsEnum(terms);
            for (BytesRef term = found.next(); term != null; term = found.next()) {
                String word = term.utf8ToString();
                if (mayBeGlued(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static boolean isWord(String word) {
        return !word.isEmpty() && !word.startsWith(ArabicSearchAnalyzer.STEM_MARK) && Character.isLetter(word.charAt(0));
    }

    /** How many articles hold a word, as the rule reads it: counted only as far as it needs. */
    @FunctionalInterface
    interface Frequency {
        /** The word's articles, counted up to {@code enough}. */
        int of(String word, int enough) throws IOException;
    }

    /** Document frequencies over live articles, counted only as far as a rule needs. */
    private static final class LiveFrequency implements Frequency {
        private final TermsEnum lookup;
        private final LiveCounts.Counter live;

        LiveFrequency(Terms terms, Bits live) throws IOException {
            this.lookup = terms.iterator();
            this.live = new LiveCounts.Counter(live);
        }

        /** The live frequency of the word, counted up to {@code enough}. */
        @Override
        public int of(String word, int enough) throws IOException {
            return lookup.seekExact(new BytesRef(word)) ? atMost(lookup, enough) : 0;
        }

        /** The live frequency of the enum's current term, counted up to {@code enough}. */
        int atMost(TermsEnum term, int enough) throws IOException {
            return live.atMost(term, enough);
        }
    }

    /**
     * For an archive split in parts (the shards of a SolrCloud collection), where a word's frequency is the sum of
     * its parts' and no part alone can apply the rule: the words of this part's dictionary that may be glued, by
     * each half of each cut where a lost space is likely. A word in more than {@value #MAX_GLUED_FREQUENCY} of this
     * part's articles is left out (the whole archive holds it at least as often); the halves' frequencies are not
     * looked at (the whole archive's decide, {@link #decide}).
     */
    static Map<String, List<String>> candidates(IndexReader reader, String field) throws IOException {
        Terms terms = MultiTerms.getTerms(reader, field);
        Map<String, List<String>> byHalf = new HashMap<>();
        if (terms == null) {
            return byHalf;
        }
        LiveFrequency frequency = new LiveFrequency(terms, MultiBits.getLiveDocs(reader));
        TermsEnum all = terms.iterator();
        for (BytesRef term = all.next(); term != null; term = all.next()) {
            String word = term.utf8ToString();
            if (mayBeGlued(word) && frequency.atMost(all, MAX_GLUED_FREQUENCY + 1) <= MAX_GLUED_FREQUENCY) {
                for (int cut : likelyCuts(word)) {
                    byHalf.computeIfAbsent(word.substring(0, cut), k -> new ArrayList<>()).add(word);
                    byHalf.computeIfAbsent(word.substring(cut), k -> new ArrayList<>()).add(word);
                }
            }
        }
        return byHalf;
    }

    /** The words whose frequencies {@link #decide} needs to judge these candidates: each, and its halves. */
    static Set<String> judgedBy(Collection<String> candidates) {
        Set<String> words = new TreeSet<>();
        for (String word : candidates) {
            words.add(word);
            for (int cut : likelyCuts(word)) {
                words.add(word.substring(0, cut));
                words.add(word.substring(cut));
            }
        }
        return words;
    }

    /**
     * The glued words of the asked halves, by the rule {@link #build} applies, from the whole archive's frequencies
     * (the sums of its parts'): a candidate of any part is judged as the whole archive's walk would judge it.
     */
    static GluedWords decide(Collection<String> halves, Collection<String> candidates, Frequency whole)
            throws IOException {
        Map<String, List<String>> byHalf = new TreeMap<>();
        Set<String> asked = new HashSet<>(halves);
        List<String> sorted = candidates.stream().distinct().sorted(Comparator.comparing(BytesRef::new)).toList();
        for (String word : sorted) {
            int cut = cut(word, whole.of(word, MAX_GLUED_FREQUENCY + 1), whole);
            if (cut > 0 && (asked.contains(word.substring(0, cut)) || asked.contains(word.substring(cut)))) {
                list(byHalf, word, cut);
            }
        }
        byHalf.keySet().retainAll(asked);
        return new GluedWords(byHalf);
    }

    /** The cuts of a word at which a lost space is likely, halves long enough and words of their own. */
    private static List<Integer> likelyCuts(String word) {
        List<Integer> cuts = new ArrayList<>();
        for (int cut = MIN_HALF_LENGTH; cut <= word.length() - MIN_HALF_LENGTH; cut++) {
            String left = word.substring(0, cut);
            String right = word.substring(cut);
            if (lostSpaceLikely(left, right) && isWord(left) && isWord(right) && !AFFIXES.contains(left)
                    && !AFFIXES.contains(right)) {
                cuts.add(cut);
            }
        }
        return cuts;
    }

    /** The live frequencies of these words in the field, each counted up to {@code enough}. */
    static Map<String, Integer> frequencies(IndexReader reader, String field, Collection<String> words, int enough)
            throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            LiveFrequency frequency = new LiveFrequency(terms, MultiBits.getLiveDocs(reader));
            for (String word : words) {
                counts.put(word, frequency.of(word, enough));
            }
        }
        return counts;
    }

    /** The same list, noting in {@code asked} every half looked up. */
    GluedWords recordingInto(Set<String> asked) {
        return new GluedWords(byHalf, asked);
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

    @Override
    public String toString() {
        return serialize();
    }
}
