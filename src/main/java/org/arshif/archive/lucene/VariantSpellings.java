package org.arshif.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * The written forms of a query word in this archive's vocabulary (see {@link WordShapes} for the rules): the word
 * with or without its clitics and with the hamza on any seat, always; its other spellings (final alef or haa, long
 * vowels written or not, doubled letters) only when the archive holds the word in no form at all, so a word the
 * archive knows is never widened to its look-alikes (أستانا never reaches أستاذنا, استأنف or أتانا). A query that
 * finds little gets a "did you mean" only from these spellings, and only when the spelling is clearly more common.
 */
final class VariantSpellings {

    /** At most this many written forms per word (the most common), to keep a query within Lucene's clause budget. */
    static final int MAX_FORMS = 48;
    /** At most this many other spellings (the most common) of a word the archive does not hold. */
    static final int MAX_SPELLINGS = 8;

    private final IndexReader reader;
    private final Map<String, Forms> cache = new HashMap<>();
    /** Words decided over the whole archive where this index is one part of it (a shard); others decided here. */
    private final Map<String, SpellingDecision> decided;
    /** The words asked about, with their stems (null where not known), for the whole archive's decision. */
    private final Map<String, String> asked = new LinkedHashMap<>();

    VariantSpellings(IndexReader reader) {
        this(reader, Map.of());
    }

    VariantSpellings(IndexReader reader, Map<String, SpellingDecision> decided) {
        this(reader, decided, Map.of());
    }

    /**
     * @param whole the whole archive's counts of the terms its rules compare ({@link #consulted}'s keys), where this
     *              index is one part of it: which forms are the word's own is then decided as the whole archive
     *              decides it (وان, in 295 articles of one shard, was left out of و's forms there)
     */
    VariantSpellings(IndexReader reader, Map<String, SpellingDecision> decided, Map<String, Integer> whole) {
        this.reader = reader;
        this.decided = decided;
        Integer articles = null;
        for (Map.Entry<String, Integer> count : whole.entrySet()) {
            String key = count.getKey();
            int tab = key.indexOf('\t');
            if (key.equals(ARTICLES)) {
                articles = count.getValue();
            } else if (tab > 0) {
                docFreqs.computeIfAbsent(key.substring(0, tab), f -> new HashMap<>()).put(key.substring(tab + 1),
                        count.getValue());
            }
        }
        this.wholeArticles = articles;
    }

    /** The whole archive's number of articles where this index is a part and was told it, else null. */
    private final Integer wholeArticles;

    /**
     * Every term whose count the rules looked up so far, as {@code field TAB term}, with its count here; and the
     * number of articles ({@value #ARTICLES}), which a word's share of the archive is taken of (a long query's telling
     * words are the rarest in the whole archive, not in one shard).
     */
    Map<String, Integer> consulted() {
        Map<String, Integer> consulted = new java.util.TreeMap<>();
        docFreqs.forEach((field, counts) -> counts.forEach((term, count) -> consulted.put(field + "\t" + term, count)));
        consulted.put(ARTICLES, (int) articles());
        return consulted;
    }

    /** The key of the number of articles among {@link #consulted}'s (no field, no term). */
    static final String ARTICLES = "\t";

    /** This index's counts of the terms ({@code field TAB term}), as {@link #consulted} names them. */
    static Map<String, Integer> counts(IndexReader reader, java.util.Collection<String> keys) throws IOException {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (String key : keys) {
            int tab = key.indexOf('\t');
            if (key.equals(ARTICLES)) {
                counts.put(key, reader.numDocs());
            } else if (tab > 0) {
                counts.put(key, LiveCounts.docFreq(reader, new Term(key.substring(0, tab), key.substring(tab + 1))));
            }
        }
        return counts;
    }

    /**
     * A query word's written forms found in the archive: {@code exact} holds the word itself (with clitics, hamza
     * seats), {@code spellings} its other spellings, found only when the word itself is in no article.
     */
    record Forms(List<String> exact, List<String> spellings) {
        List<String> all() {
            List<String> all = new ArrayList<>(exact);
            all.addAll(spellings);
            return all;
        }
    }

    /** The written forms of a normalised query word (see {@link Forms}). */
    Forms forms(String exact, String stem) {
        asked.putIfAbsent(exact, stem);
        return cache.computeIfAbsent(exact, word -> {
            Automaton own = ownShapes(word);
            List<String> same = mostCommon(withoutOtherWords(word, accepted(own, family(word, own))), MAX_FORMS);
            SpellingDecision decision = decided.get(word);
            if (decision != null ? decision.held() : holds(word, stem, same)) {
                return new Forms(same, List.of());
            }
            return new Forms(List.of(), decision != null ? decision.spellings()
                    : vocabulary(spellingShapes(word), MAX_SPELLINGS));
        });
    }

    /** A word a proclitic makes is judged from this many articles writing it with the article before it. */
    private static final int OTHER_WORD_JUDGED = 3;
    /** ... and from this share of the articles writing it without. */
    private static final double OTHER_WORD_SHARE = 0.05;

    /**
     * The word's forms but those where a one-letter proclitic (و ف ب ل ك) makes another word: فكرة (an idea) is not
     * ف + كرة (a ball), فريق (a team) not ف + ريق, بطاقة (a card) not ب + طاقة, وسائل (means) not و + سائل, لجنة (a
     * committee) not ل + جنة. Told from the archive: the glued form takes the article itself (الفكرة, الفريق, البطاقة,
     * الوسائل, اللجنة), which a proclitic and its word never do (البسبب, الوتابع, اللكرة are written nowhere: بسبب,
     * وتابع, لكرة are the proclitic and the word). A ratio of the proclitic's share before the bare word and before the
     * word with the article, tried first, dropped بسبب and بشأن (set phrases: سبب 491 → 172 texts; a review found it).
     */
    private Map<String, Integer> withoutOtherWords(String word, Map<String, Integer> forms) {
        String core = WordShapes.core(word);
        if (core.startsWith("ال") || forms.isEmpty()) {
            return forms;
        }
        List<String> otherWords = new ArrayList<>();
        for (String proclitic : List.of("و", "ف", "ب", "ل", "ك")) {
            int glued = docFreq(proclitic + core);
            int definite = docFreq("ال" + proclitic + core);
            if (definite >= OTHER_WORD_JUDGED && definite >= OTHER_WORD_SHARE * glued) {
                otherWords.add(proclitic);
            }
        }
        if (otherWords.isEmpty()) {
            return forms;
        }
        String stem = core.endsWith("ه") ? core.substring(0, core.length() - 1) : core; // فكرتها: ف + كرت + ها
        Map<String, Integer> kept = new LinkedHashMap<>();
        forms.forEach((form, count) -> {
            String rest = form.length() > 1 && "وف".indexOf(form.charAt(0)) >= 0 && !form.startsWith(stem, 1)
                    ? form.substring(1) : form; // وفريق: و + فريق
            if (otherWords.stream().noneMatch(proclitic -> rest.startsWith(proclitic + stem))) {
                kept.put(form, count);
            }
        });
        return kept;
    }

    /** True when this index holds the word in one of its own forms (its other spellings are then not searched). */
    private boolean holds(String word, String stem, List<String> same) {
        return !same.isEmpty() || (stem != null && (frequency(ArchiveFields.BODY, word, stem) > 0
                || frequency(ArchiveFields.TITLE, word, stem) > 0)) || !WordShapes.mayBeRespelt(word);
    }

    private final Map<String, Written> writtenCache = new HashMap<>();

    /**
     * A word's written forms that agree with the letters typed, and whether the archive writes the word, folded, more
     * often otherwise than as typed ({@code commonerOtherwise}: أمام for إمام, إليه for آلية — another word, a false
     * friend — where الاقارب for الأقارب is the same word written in haste, and the rarer).
     */
    record Written(List<String> terms, boolean commonerOtherwise) {
        static final Written NONE = new Written(List.of(), false);
    }

    /**
     * The index's written forms ({@code =}letters, {@link WrittenFormFilter}) of the word's own forms that write the
     * letters folding loses as the reader typed them ({@link WrittenLetters#agrees}): =الكرة and =كرتها for كرة,
     * not =كره. Each part of an archive finds its own: an article's lift depends on its letters alone.
     *
     * @param typed the word's letters as typed (without the mark), holding at least one of أ إ آ ى ة
     */
    Written writtenAsTyped(String exact, String typed) {
        return writtenCache.computeIfAbsent(typed, letters -> {
            Map<String, Integer> agreeing = new LinkedHashMap<>();
            counts(WrittenLetters.writtenTerms(ownShapes(exact))).forEach((term, count) -> {
                if (WrittenLetters.agrees(letters, term.substring(ArabicSearchAnalyzer.WRITTEN_MARK.length()))) {
                    agreeing.put(term, count);
                }
            });
            // Two counts the whole of a shared archive sums (consulted): the word written as typed, and folded.
            int asTyped = docFreq(ArabicSearchAnalyzer.WRITTEN_MARK + letters);
            return new Written(mostCommon(agreeing, MAX_FORMS), docFreq(exact) - asTyped > asTyped);
        });
    }

    /** The word's other spellings, with any proclitic. */
    private static Automaton spellingShapes(String word) {
        String core = WordShapes.core(word);
        Automaton spellings = WordShapes.withProclitics(WordShapes.otherSpellings(core));
        String withoutProclitic = WordShapes.withoutProclitic(core);
        if (withoutProclitic != null) { // وآستانة: و + آستانة, when the archive holds the name in no form
            spellings = Operations.union(List.of(spellings,
                    WordShapes.withProclitics(WordShapes.otherSpellings(withoutProclitic))));
        }
        return spellings;
    }

    /** The whole archive's decision for the word, where this index is a part of it; null: this index decides. */
    SpellingDecision decided(String exact) {
        return decided.get(exact);
    }

    /**
     * What this index knows of each word asked about so far, for the decision over all the parts of the archive:
     * whether it holds the word, in which forms, and where it holds none, its other spellings' counts (all of them:
     * the most common are chosen from the sums).
     */
    Map<String, SpellingDecision.Part> parts(java.util.function.Predicate<String> glued) {
        Map<String, SpellingDecision.Part> parts = new LinkedHashMap<>();
        new LinkedHashMap<>(asked).forEach((word, stem) -> {
            List<String> same = forms(word, stem).exact();
            boolean held = holds(word, stem, same);
            parts.put(word, new SpellingDecision.Part(held, !same.isEmpty() || glued.test(word)
                    || !inflectedCache.getOrDefault(word, List.of()).isEmpty(),
                    held ? Map.of() : counts(spellingShapes(word))));
        });
        return parts;
    }

    /** The shapes of the word itself: with or without its clitics, the hamza on any seat. */
    private Automaton ownShapes(String word) {
        String core = WordShapes.core(word);
        List<Automaton> words = new ArrayList<>();
        words.add(WordShapes.withClitics(core, WordShapes.sameWord(core)));
        int typed = docFreq(word);
        for (String bare : WordShapes.withoutTypedClitics(word)) {
            // وصيانتها is صيانة with و and ها when the archive writes صيانة more often than وصيانتها; وزارة is
            // not و + زارة: the archive writes وزارة far more often.
            if (docFreq(bare) > typed) {
                String bareCore = WordShapes.core(bare);
                words.add(WordShapes.withClitics(bareCore, WordShapes.sameWord(bareCore)));
            }
        }
        // المانيا typed without its hamza is ألمانيا, and ألمانيا written without it is المانيا, when the archive
        // writes the word with the hamza more often than what follows ال alone; السنة (the year) is not ألسنة
        // (tongues), nor the other way round: سنة is the commoner.
        String withHamza = WordShapes.withHamzaAlef(word);
        if (withHamza != null && docFreq(withHamza) > docFreq(withHamza.substring(2))) {
            words.add(WordShapes.eitherAlef(withHamza));
        }
        return words.size() == 1 ? words.getFirst() : Operations.determinize(Operations.union(words), 10_000);
    }

    /**
     * Finds the written forms of many words at once (a long query's telling words, for its marks), as {@link #forms}
     * finds them one by one: one automaton for all the words walks the vocabulary once, and each term it finds goes
     * to the words whose own shapes accept it. A word none of whose forms the archive holds is left to
     * {@link #forms} (its other spellings are looked up there); so are all when their shapes are too many to join.
     *
     * @return true when the words were looked up together
     */
    boolean findForms(Collection<String> words) {
        Map<String, Automaton> shapes = new LinkedHashMap<>();
        words.stream().filter(word -> !cache.containsKey(word)).forEach(word -> shapes.computeIfAbsent(word,
                this::ownShapes));
        if (shapes.size() < 2) {
            return false;
        }
        Map<String, Integer> counts;
        try {
            counts = counts(Operations.determinize(Operations.union(shapes.values()), 50_000));
        } catch (TooComplexToDeterminizeException e) {
            return false; // each word walks the vocabulary on its own
        }
        shapes.forEach((word, own) -> {
            List<String> same = mostCommon(withoutOtherWords(word, accepted(own, counts)), MAX_FORMS);
            if (!same.isEmpty()) {
                asked.putIfAbsent(word, null);
                cache.put(word, new Forms(same, List.of()));
            }
        });
        return true;
    }

    /**
     * The other spellings of a word the archive holds in no form ({@link Forms#spellings}); for a word it holds,
     * none, found with three term lookups instead of a walk of the vocabulary (a long query has many such words).
     */
    List<String> spellings(String exact, String stem) {
        SpellingDecision decision = decided.get(exact);
        if (decision != null) {
            return decision.held() ? List.of() : decision.spellings();
        }
        asked.putIfAbsent(exact, stem);
        if (frequency(ArchiveFields.BODY, exact, stem) > 0 || frequency(ArchiveFields.TITLE, exact, stem) > 0) {
            return List.of();
        }
        return forms(exact, stem).spellings();
    }

    private final Map<String, List<String>> inflectedCache = new HashMap<>();

    /**
     * The word's inflections for gender and number found in the archive (السعودي، السعوديين for السعودية), other
     * than its own forms: they rank after the word as typed and before words sharing only its stem.
     */
    List<String> inflected(String exact, String stem) {
        return inflectedCache.computeIfAbsent(exact, word -> {
            List<String> own = forms(word, stem).exact();
            String core = WordShapes.core(word);
            boolean dual = declinesAsDual(core + DUAL); // شهر: شهرين is written, شهران is its dual (so الشهران)
            Family family = families.remove(word); // walked with the word's own forms, unless a long query's were
            Automaton inflections = family != null ? family.inflections() : inflectionShapes(word);
            Map<String, Integer> found = family != null ? family.found() : counts(inflections);
            return mostCommon(accepted(inflections, found), MAX_FORMS).stream()
                    .filter(form -> !own.contains(form) && (!form.endsWith(DUAL) || dual || declinesAsDual(form)))
                    .toList();
        });
    }

    /** The word's inflections for gender and number, with any proclitic ({@link WordShapes#inflections}). */
    private Automaton inflectionShapes(String word) {
        String core = WordShapes.core(word);
        return WordShapes.inflections(core, declinesAsDual(core));
    }

    /**
     * The vocabulary's forms of the word itself and of its inflections, found in one walk: both begin with the
     * word's clitics and letters, so the dictionary blocks one reads serve the other, and every short query word
     * asks for both (a million-article archive spent a third of a search walking the dictionary, twice per word).
     */
    private Map<String, Integer> family(String word, Automaton own) {
        Automaton inflections = inflectionShapes(word);
        Map<String, Integer> found;
        try {
            found = counts(Operations.union(List.of(own, inflections)));
        } catch (TooComplexToDeterminizeException e) {
            return counts(own); // the inflections are then walked on their own, if asked for
        }
        families.put(word, new Family(inflections, found));
        return found;
    }

    /** A word's inflection shapes and the terms {@link #family} found, until {@link #inflected} takes them. */
    private record Family(Automaton inflections, Map<String, Integer> found) {
    }

    private final Map<String, Family> families = new HashMap<>();

    /** The found terms the automaton accepts, with their counts. */
    private static Map<String, Integer> accepted(Automaton shapes, Map<String, Integer> found) {
        CharacterRunAutomaton accepts = new CharacterRunAutomaton(shapes);
        Map<String, Integer> accepted = new LinkedHashMap<>();
        found.forEach((term, count) -> {
            if (accepts.run(term)) {
                accepted.put(term, count);
            }
        });
        return accepted;
    }

    /** The dual's ending in the nominative (ان); its accusative and genitive is ين. */
    private static final String DUAL = "ان";

    /**
     * Whether a word ending in ان may be a dual: a dual declines, ان in the nominative and ين in the accusative and
     * genitive (شهران، شهرين), and news writes both; a noun of the pattern فعلان — names above all (عدنان، سلمان،
     * عثمان، رمضان) — ends in ان in every case. So the word is read as a dual only when the archive also writes it
     * with ين (عدنين is written nowhere: عدنان is not two Adens). A word without ان: true.
     */
    private boolean declinesAsDual(String word) {
        if (!word.endsWith(DUAL)) {
            return true;
        }
        String oblique = word.substring(0, word.length() - DUAL.length()) + "ين";
        return docFreq(oblique) > 0 || docFreq(ArchiveFields.TITLE, oblique) > 0;
    }

    /** A phrase's first word as the archive writes it with a proclitic, or without (see {@link WordShapes}). */
    List<String> withLeadingProclitic(String word) {
        return vocabulary(WordShapes.withLeadingProclitic(word), MAX_FORMS);
    }

    /** Articles whose body holds this written (normalised) form. */
    private int docFreq(String written) {
        return docFreq(ArchiveFields.BODY, written);
    }

    /** Articles whose field holds the term (as Lucene counts them), looked up once for this reader. */
    private int docFreq(String field, String term) {
        Map<String, Integer> known = docFreqs.computeIfAbsent(field, f -> new HashMap<>());
        Integer found = known.get(term);
        if (found == null) {
            try {
                found = LiveCounts.docFreq(reader, new Term(field, term));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            known.put(term, found);
        }
        return found;
    }

    private final Map<String, Map<String, Integer>> docFreqs = new HashMap<>();

    /**
     * Looks up many terms' frequencies at once (a long query's words) for the lookups that follow: in term order,
     * one terms enum per segment, so neighbouring terms share the dictionary blocks they are read from instead of
     * each being sought from the root (a pasted page has thousands of distinct words).
     */
    void lookUp(String field, Collection<String> terms) {
        Map<String, Integer> known = docFreqs.computeIfAbsent(field, f -> new HashMap<>());
        List<BytesRef> wanted = terms.stream().filter(term -> !known.containsKey(term)).map(BytesRef::new).sorted()
                .toList();
        int[] counts = new int[wanted.size()];
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                Terms segment = leaf.reader().terms(field);
                if (segment == null) {
                    continue;
                }
                TermsEnum lookup = segment.iterator();
                LiveCounts.Counter live = new LiveCounts.Counter(leaf.reader().getLiveDocs());
                for (int i = 0; i < wanted.size(); i++) {
                    if (lookup.seekExact(wanted.get(i))) {
                        counts[i] += live.of(lookup);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < wanted.size(); i++) {
            known.put(wanted.get(i).utf8ToString(), counts[i]);
        }
    }

    /** Articles holding the word in any form: exact, as its stem, or with its stem changed. */
    int frequency(String field, String exact, String stem) {
        return docFreq(field, exact) + docFreq(field, stem) + docFreq(field, ArabicSearchAnalyzer.STEM_MARK + stem);
    }

    /**
     * The share of the archive's articles holding the word (0 to 1): its most frequent form, the written form or the
     * stem — an article holds both, so adding them up would count it twice.
     */
    double share(String field, String exact, String stem) {
        long most = Math.max(docFreq(field, exact), Math.max(docFreq(field, stem),
                docFreq(field, ArabicSearchAnalyzer.STEM_MARK + stem)));
        return (double) most / Math.max(1, articles());
    }

    /** How many articles the archive holds (the whole archive's, where this index is a part and was told). */
    long articles() {
        return wholeArticles != null ? wholeArticles : reader.numDocs();
    }

    /**
     * What a "did you mean" for this word is decided from, counted in this archive (or this part of one): the word's
     * own counts, and where it is rare here, its other spellings' (final alef or haa, long vowels, doubled letters,
     * hamza seats) and the words one typing slip away.
     */
    SpellingEvidence evidence(String exact, String stem) {
        SpellingEvidence own = new SpellingEvidence(docFreq(ArchiveFields.BODY, exact), docFreq(ArchiveFields.BODY,
                stem), docFreq(ArchiveFields.BODY, ArabicSearchAnalyzer.STEM_MARK + stem), Map.of(), Map.of());
        if (!own.rare() || !WordShapes.mayBeRespelt(exact)) {
            return own;
        }
        return new SpellingEvidence(own.exact(), own.stem(), own.changedStem(),
                counts(WordShapes.otherSpellings(exact)), counts(WordShapes.oneSlipAway(exact)));
    }

    /** The exact (unstemmed) terms of the body and title that the automaton accepts, most common first. */
    private List<String> vocabulary(Automaton shapes, int limit) {
        return mostCommon(counts(shapes), limit);
    }

    /** The terms found, most common first (then in alphabetical order), at most {@code limit}. */
    static List<String> mostCommon(Map<String, Integer> counts, int limit) {
        if (counts.isEmpty()) {
            return List.of();
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit).map(Map.Entry::getKey).toList();
    }

    private Map<String, Integer> counts(Automaton shapes) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CompiledAutomaton compiled = new CompiledAutomaton(Operations.determinize(shapes, 10_000), true, false);
        // The live documents numbered as the terms' postings over all segments.
        LiveCounts.Counter live = new LiveCounts.Counter(MultiBits.getLiveDocs(reader));
        try {
            for (String field : List.of(ArchiveFields.BODY, ArchiveFields.TITLE)) {
                Terms terms = MultiTerms.getTerms(reader, field);
                if (terms == null) {
                    continue;
                }
                TermsEnum matching = compiled.getTermsEnum(terms);
                for (BytesRef term = matching.next(); term != null; term = matching.next()) {
                    int articles = live.of(matching);
                    if (articles > 0) { // a form only replaced articles wrote is written nowhere now
                        counts.merge(term.utf8ToString(), articles, Integer::sum);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }
}
