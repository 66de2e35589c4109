package org.arshif.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.arshif.model.SearchQuery;
import org.arshif.text.QuerySyntax;
import org.arshif.text.QuerySyntax.AnyOf;
import org.arshif.text.QuerySyntax.Clause;
import org.arshif.text.QuerySyntax.InField;
import org.arshif.text.QuerySyntax.Phrase;
import org.arshif.text.QuerySyntax.Word;

/** Turns a {@link SearchQuery} into a Lucene query over the archive's fields, analysed as the documents were. */
final class QueryBuilder {

    /** A match in the title counts more than one in the body. */
    private static final float TITLE_BOOST = 2f;
    /** Up to this many words, all must match; a longer query (a pasted headline) ranks by how many match. */
    static final int ALL_WORDS_LIMIT = 3;
    /**
     * Puts articles with every word of a long query above those with only some: a constant far above what the
     * words' BM25 scores add up to (a few tens at most, even for a long headline matched in title and body).
     */
    private static final float FULL_MATCH_LIFT = 1000f;
    /** Lifts articles where two neighbouring query words stand together (within this many positions). */
    private static final int PAIR_SLOP = 2;
    private static final float PAIR_BOOST = 0.2f;
    /** Lifts words found in the body's opening, where news restates its headline. */
    private static final float LEAD_BOOST = 0.5f;
    /**
     * Lifts the written form over other forms of the same stem (long queries), and the letters typed that folding
     * loses as the article writes them (0.6 for the latter measured worse: docs/search-quality.md).
     */
    private static final float EXACT_BOOST = 0.3f;
    /**
     * A short query's word written as typed (with or without clitics) puts an article above every article holding
     * only another word of the same stem: a constant far above the word's BM25 score (a few tens at most).
     */
    private static final float EXACT_LIFT = 1000f;
    /**
     * Lifts, among the articles holding a short query's word, those writing it with the letters typed that folding
     * loses (كرة, a ball, over كره, hatred): above any difference of BM25 scores, below the tiers' lifts — where the
     * other writings are the rarer (الاقارب for الأقارب: the same word written in haste, a tie to break).
     */
    private static final float WRITTEN_LIFT = 100f;
    /**
     * The same lift where the archive writes the word's folded forms with other such letters more often (أمام for
     * إمام): the other writing is another word, a false friend, and the word written as typed outweighs the gap
     * between another word as typed and its inflection (إمام written so beside الحرمين comes before أمام الحرم).
     */
    private static final float FALSE_FRIEND_LIFT = 600f;
    /** How much a word written with the letters typed counts again, by BM25, when only some words are found. */
    private static final float SOME_WORDS_WRITTEN_BOOST = 0.5f;
    /**
     * A long query (a pasted paragraph, an article) is searched by at most this many of its words, the most telling
     * (as Lucene's MoreLikeThis does: frequency in the query times rarity in the archive), so any length stays
     * within Lucene's clause budget and answers at once.
     */
    static final int MAX_LONG_WORDS = 32;
    /** At most this many quoted runs of a long query lift the articles holding them, each of at most 16 words. */
    private static final int MAX_LONG_PHRASES = 8;
    private static final int MAX_PHRASE_CLAUSES = 2 * 16 + 4;
    /** A quoted phrase is looked for by at most this many of its words (see {@link #phraseQuery}). */
    static final int MAX_PHRASE_WORDS = 400;

    private final Analyzer analyzer;
    private final GluedWords glued;
    /** Near spellings for rare words; null builds exact queries only. */
    private final VariantSpellings variants;

    QueryBuilder(Analyzer analyzer, GluedWords glued, VariantSpellings variants) {
        this.analyzer = analyzer;
        this.glued = glued;
        this.variants = variants;
    }

    /**
     * The query's clauses but the sources it names ({@link #sources}), a pasted text's syntax read as text
     * ({@link QuerySyntax#searched}).
     */
    private List<Clause> clauses(String text) {
        return parsed(text).clauses();
    }

    /**
     * The sources the query names ({@code source:okaz}): they filter whatever the rest is, a pasted text too (no
     * news text writes a field name glued to a source's name).
     */
    private List<Clause> sources(String text) {
        return parsed(text).sources();
    }

    private Parsed parsed(String text) {
        // One search asks for the query, its widened form and its marks: a pasted page is read once.
        return clausesOf.computeIfAbsent(text, typed -> {
            List<Clause> parsed = QuerySyntax.parseTyped(typed);
            List<Clause> all = QuerySyntax.searched(parsed);
            return new Parsed(all.stream().filter(clause -> !QuerySyntax.isSource(clause)).toList(),
                    all.stream().filter(QuerySyntax::isSource).toList(), QuerySyntax.isPastedText(parsed));
        });
    }

    /** A query's clauses, the sources it names, and whether it is a pasted text (its syntax read as text). */
    private record Parsed(List<Clause> clauses, List<Clause> sources, boolean pasted) {
    }

    /** The query filtered by the sources the text names (or excludes), as the source chooser: scores unchanged. */
    private Query withSources(String text, Query query) {
        List<Clause> named = sources(text);
        if (named.isEmpty()) {
            return query;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
        named.forEach(source -> filtered.add(clauseQuery(source), QuerySyntax.isExcluded(source) ? Occur.MUST_NOT
                : Occur.FILTER));
        return filtered.build();
    }

    private final Map<String, Parsed> clausesOf = new HashMap<>();
    /** The last text query built, and its text: a search asks for it again (to count, to mark). */
    private String builtText;
    private Query built;
    /** {@link #built} before the query's sources filter it, and whether it was relaxed ({@link #relaxedQuery}). */
    private TextQuery builtUnfiltered;

    /** A text query, and whether it was relaxed: its hits may not hold all of it. */
    private record TextQuery(Query query, boolean relaxed) {
    }

    /** The text part alone (no filters): what is scored and highlighted. Matches all for a blank query. */
    Query textQuery(String text) {
        if (!text.equals(builtText)) {
            builtUnfiltered = buildTextQuery(text);
            built = withSources(text, builtUnfiltered.query());
            builtText = text;
        }
        return built;
    }

    private TextQuery buildTextQuery(String text) {
        List<Clause> clauses = clauses(text);
        if (clauses.isEmpty()) {
            return new TextQuery(new MatchAllDocsQuery(), false);
        }
        Query longQuery = longQuery(clauses, ALL_WORDS_LIMIT);
        if (longQuery != null) {
            return new TextQuery(longQuery, false);
        }
        try {
            Query query = shortQuery(clauses);
            if (luceneClauseCount(query) <= IndexSearcher.getMaxClauseCount() - FILTER_MARGIN) {
                return new TextQuery(query, false);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            // more clauses than one BooleanQuery takes: relaxed as below
        }
        return new TextQuery(relaxedQuery(clauses, parsed(text).pasted()), true);
    }

    /**
     * A query Lucene would refuse (hundreds of words joined by OR, scores of quoted phrases), relaxed rather than
     * refused: its clauses kept as typed within half the clause budget — required words and phrases required,
     * excluded ones excluded — and what does not fit (an OR of hundreds of words, the phrases beyond) ranked as a
     * pasted text is, by its most telling words; a pasted text's quoted runs are all ranked so, none required. Its
     * sources filter it ({@link #textQuery}).
     */
    private Query relaxedQuery(List<Clause> clauses, boolean pasted) {
        BooleanQuery.Builder kept = new BooleanQuery.Builder();
        int half = IndexSearcher.getMaxClauseCount() / 2;
        int used = 0;
        boolean required = false;
        List<Clause> asText = new ArrayList<>();
        for (Clause clause : clauses) {
            Query part;
            try {
                part = clause instanceof AnyOf || pasted ? null : clauseQuery(clause);
            } catch (IndexSearcher.TooManyClauses e) {
                part = null;
            }
            int cost = part == null ? Integer.MAX_VALUE : luceneClauseCount(part);
            if (part != null && cost <= half - used) {
                used += cost;
                kept.add(part, QuerySyntax.isExcluded(clause) ? Occur.MUST_NOT : Occur.MUST);
                required |= !QuerySyntax.isExcluded(clause);
            } else if (!QuerySyntax.isExcluded(clause)) {
                asText.add(clause);
            }
        }
        Query text = asText.isEmpty() ? null
                : longQuery(QuerySyntax.asWords(asText), 0, IndexSearcher.getMaxClauseCount() - used);
        if (text != null) {
            kept.add(text, Occur.MUST);
        } else if (!required) {
            kept.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return kept.build();
    }

    /** Room left in Lucene's budget for what a search adds around the text query (dates, sources, mentions). */
    private static final int FILTER_MARGIN = 16;

    /**
     * Clauses as Lucene counts them against its budget (one per leaf query or set of terms, excluded ones too), where
     * {@link #clauseCount} counts every term and every nested query: what decides whether Lucene would refuse a query.
     */
    private static int luceneClauseCount(Query query) {
        return count(query, false);
    }

    /** A query of at most a few words, phrases and operators, each clause as typed. */
    private Query shortQuery(List<Clause> clauses) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyPart = false;
        boolean anyPositive = false;
        for (Clause clause : clauses) {
            boolean excluded = QuerySyntax.isExcluded(clause);
            Query part = clauseQuery(clause);
            if (part == null) {
                continue; // a word that analyses to nothing, e.g. lone punctuation
            }
            query.add(part, excluded ? Occur.MUST_NOT : Occur.MUST);
            anyPart = true;
            anyPositive |= !excluded;
        }
        if (!anyPart) {
            // Typed, but nothing in it is a word (؟؟؟, ..., a lone -): it finds nothing, where listing the whole
            // archive would pass every article off as a match of it (QuerySyntax.holdsNoWord says why).
            return new MatchNoDocsQuery();
        }
        if (!anyPositive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST); // only exclusions: everything else
        }
        return query.build();
    }

    /**
     * For a long query (ranked by how many of its words an article holds): the articles holding every word searched
     * for, as the long query's full-match lift finds them; null for any other query, whose matches hold every word
     * unless it was widened.
     */
    Query everyWordQuery(String text) {
        textQuery(text);
        if (builtUnfiltered.relaxed()) {
            return new MatchNoDocsQuery(); // which hits hold all of a relaxed query is not known: none is said to
        }
        if (builtUnfiltered.query() instanceof BooleanQuery ranked) {
            // Only a long query has this clause: a short one's clauses are its words, a field's boost is 2.
            for (var clause : ranked.clauses()) {
                if (clause.getQuery() instanceof BoostQuery lift && lift.getBoost() == FULL_MATCH_LIFT
                        && lift.getQuery() instanceof ConstantScoreQuery every) {
                    return withSources(text, every.getQuery());
                }
            }
        }
        return null;
    }

    /**
     * A short query (two or three plain words) with most-words semantics: articles with every word first, then
     * those with some. Null when the query is not two or more plain words (a quoted phrase is meant as typed), or is
     * long already. With {@code tellingWordsOnly}, only articles holding one of the words that tell articles apart
     * are listed (see {@link #COMMON_SHARE}).
     */
    Query someWordsQuery(String text, boolean tellingWordsOnly) {
        List<Clause> clauses = clauses(text);
        if (clauses.stream().anyMatch(clause -> !(clause instanceof Word))
                || longQuery(clauses, ALL_WORDS_LIMIT) != null) {
            return null;
        }
        Query ranked = withWrittenLifts(longQuery(clauses, 1), clauses);
        if (ranked == null || variants == null || !tellingWordsOnly) {
            return ranked == null ? null : withSources(text, ranked);
        }
        // Which articles are listed is decided by the words that tell articles apart: a word found in much of the
        // archive would list all of it (and cost a pass over all of it); it still counts in the ranking.
        QueryWords words = queryWords(clauses);
        BooleanQuery.Builder telling = new BooleanQuery.Builder();
        int tellingWords = 0;
        for (int i = 0; i < words.stems().size(); i++) {
            String stem = words.stems().get(i);
            String exact = words.exacts().get(i).text();
            if (variants.share(ArchiveFields.BODY, exact, stem) <= COMMON_SHARE) {
                telling.add(acrossFields(field -> wordMatch(field, stem, exact)), Occur.SHOULD);
                tellingWords++;
            }
        }
        if (tellingWords == 0) {
            return withSources(text, ranked);
        }
        return withSources(text, new BooleanQuery.Builder().add(ranked, Occur.MUST).add(telling.build(), Occur.FILTER)
                .build());
    }

    /**
     * What snippets and the reading pane mark for a query, and which marked terms are the query's words as typed
     * (with clitics, other spellings, run-together parts): for plain words (a headline, a short query widened or
     * not), each word in any of its forms, without the ranking's extra clauses (neighbouring pairs, the full-match
     * lift), which mark nothing more and cost the highlighter most of a search; else the query itself.
     */
    MatchMarks marks(String text) {
        List<Clause> clauses = clauses(text);
        boolean plain = clauses.size() >= 2 && clauses.stream().allMatch(c -> (c instanceof Word w && !w.excluded()
                && !w.prefix()) || (c instanceof Phrase p && !p.excluded()));
        // Quoted runs are marked as words where they count as words: beside more than a few words (see longQuery).
        boolean asWords = plain && (clauses.stream().noneMatch(c -> c instanceof Phrase)
                || clauses.stream().filter(c -> c instanceof Word).count() > ALL_WORDS_LIMIT);
        QueryWords all = asWords ? queryWords(clauses) : null;
        if (all != null && !all.stems().isEmpty()) {
            // Only the words searched for (a long query's telling words) are marked, and their forms looked up;
            // fewer of them if their forms would not fit Lucene's clause budget.
            for (int limit = MAX_LONG_WORDS; ; limit /= 2) {
                MatchMarks marks = wordMarks(tellingWords(all, limit));
                if (limit <= 1 || clauseCount(marks.query()) <= IndexSearcher.getMaxClauseCount()) {
                    return marks;
                }
            }
        }
        Set<String> exactTerms = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        collectExactTerms(clauses, exactTerms, prefixes);
        return new MatchMarks(textQuery(text), term -> exactTerms.contains(term)
                || (!term.startsWith(ArabicSearchAnalyzer.STEM_MARK) && prefixes.stream().anyMatch(term::startsWith)));
    }

    /** Marks for plain words: each word in any form, and its forms as typed (exact). */
    private MatchMarks wordMarks(QueryWords words) {
        Set<String> exactTerms = new HashSet<>();
        BooleanQuery.Builder marks = new BooleanQuery.Builder();
        if (variants != null) { // a long query's telling words: their forms found in one walk of the vocabulary
            variants.findForms(words.exacts().stream().map(Token::text).toList());
        }
        for (int i = 0; i < words.stems().size(); i++) {
            String stem = words.stems().get(i);
            String exactWord = words.exacts().get(i).text();
            marks.add(acrossFields(field -> wordMatch(field, stem, exactWord)), Occur.SHOULD);
            exactTerms.addAll(exactForms(exactWord));
        }
        return new MatchMarks(marks.build(), exactTerms::contains);
    }

    /** The terms that count as the query's own words, and the typed prefixes, of every positive clause. */
    private void collectExactTerms(List<Clause> clauses, Set<String> terms, List<String> prefixes) {
        for (Clause clause : clauses) {
            switch (clause) {
                case Word w when w.excluded() -> { }
                case Word w when w.prefix() -> prefixes.addAll(WordShapes.alefSpellings(
                        ArabicSearchAnalyzer.normaliseWord(w.text())));
                case Word w -> analyse(w.text()).stream().filter(t -> t.increment() > 0)
                        .forEach(t -> terms.addAll(exactForms(t.text())));
                case Phrase p -> {
                    List<List<String>> words = phraseWords(analyse(p.text()).stream().filter(t -> t.increment() > 0)
                            .map(Token::text).toList());
                    words.forEach(terms::addAll);
                    if (!words.isEmpty()) { // the highlighter names a phrase's run by its words
                        String rest = words.stream().skip(1).map(w -> " " + w.getFirst()).reduce("", String::concat);
                        words.getFirst().forEach(first -> terms.add(first + rest));
                    }
                }
                case AnyOf any -> collectExactTerms(any.options(), terms, prefixes);
                case InField in when in.field() == QuerySyntax.Field.SOURCE -> { } // a filter: nothing to mark
                case InField in -> collectExactTerms(List.of(in.clause()), terms, prefixes);
            }
        }
    }

    /** A word's forms that count as the word itself: as written, with clitics, other spellings, glued with a neighbour. */
    private List<String> exactForms(String exact) {
        List<String> forms = new ArrayList<>();
        forms.add(exact);
        if (variants != null) {
            VariantSpellings.Forms found = variants.forms(exact, stemOf(exact));
            forms.addAll(found.all());
        }
        forms.addAll(glued.containing(exact));
        return List.copyOf(new LinkedHashSet<>(forms)); // the word is among its forms, and a glued word may be
    }

    /** The light stem of a normalised word. */
    private String stemOf(String exact) {
        List<String> stems = stems(analyse(exact));
        return stems.isEmpty() ? exact : stems.getFirst();
    }

    /** A word in more than this share of the archive does not, alone, make an article worth listing. */
    static final double COMMON_SHARE = 0.2;

    /**
     * A query's plain words (stop words left out): as written, their stems, where each stands among the query's
     * words, and the quoted runs as phrases.
     */
    private record QueryWords(List<Token> exacts, List<String> stems, List<Integer> at, List<Query> phrases) {
    }

    private QueryWords queryWords(List<Clause> clauses) {
        return wordsOf.computeIfAbsent(clauses, this::analyseWords);
    }

    /** A search's query words by its clauses (the same list from {@link #clauses}): analysed once per search. */
    private final Map<List<Clause>, QueryWords> wordsOf = new java.util.IdentityHashMap<>();

    private QueryWords analyseWords(List<Clause> clauses) {
        QueryWords words = new QueryWords(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // Neighbouring plain words are analysed together: one pass for a pasted page instead of one per word.
        StringBuilder run = new StringBuilder();
        for (Clause clause : clauses) {
            if (clause instanceof Word w) {
                run.append(w.text()).append(' ');
                continue;
            }
            addWords(words, run.toString());
            run.setLength(0);
            Phrase phrase = (Phrase) clause;
            Query quoted = phraseQuery(phrase.text());
            if (quoted != null) {
                words.phrases().add(quoted);
            }
            addWords(words, phrase.text());
        }
        addWords(words, run.toString());
        return words;
    }

    /** Adds a text's words but stop words, their stems and where they stand (after the words already there). */
    private void addWords(QueryWords words, String text) {
        if (text.isBlank()) {
            return;
        }
        int position = words.at().isEmpty() ? 0 : words.at().getLast() + 1;
        List<Token> tokens = analyse(text);
        List<Token> exacts = tokens.stream().filter(t -> t.increment() > 0).toList();
        List<String> wordStems = stems(tokens);
        for (int i = 0; i < wordStems.size(); i++, position++) {
            boolean stopWord = exacts.get(i).text().equals(wordStems.get(i)) && isStopWord(exacts.get(i).text());
            if (!stopWord) {
                words.exacts().add(exacts.get(i));
                words.stems().add(wordStems.get(i));
                words.at().add(position);
            }
        }
    }

    /**
     * A long query's most telling words, in the query's order: each distinct word once, scored by how often the
     * query uses it times how rare it is in the archive (words the archive does not hold come last); at most
     * {@value #MAX_LONG_WORDS} words and {@value #MAX_LONG_PHRASES} quoted runs. A query within those bounds is
     * kept as it is, repeated words included (a headline's repetition is its emphasis).
     */
    private QueryWords tellingWords(QueryWords words) {
        return tellingWords(words, MAX_LONG_WORDS);
    }

    private QueryWords tellingWords(QueryWords words, int limit) {
        // The query and its marks take the same words: chosen once per search.
        return tellingOf.computeIfAbsent(words, w -> new HashMap<>()).computeIfAbsent(limit, l -> chooseTelling(words, l));
    }

    private final Map<QueryWords, Map<Integer, QueryWords>> tellingOf = new java.util.IdentityHashMap<>();

    private QueryWords chooseTelling(QueryWords words, int limit) {
        // A quoted run of a pasted text longer than this is a quotation (or a quote left open), not a phrase to lift.
        // Fewer phrases with fewer words, when the words' forms would not fit Lucene's clause budget (longQuery).
        List<Query> phrases = words.phrases().stream().filter(p -> clauseCount(p) <= MAX_PHRASE_CLAUSES)
                .limit(Math.min(MAX_LONG_PHRASES, limit / 4)).toList();
        if (words.stems().size() <= limit) {
            return new QueryWords(words.exacts(), words.stems(), words.at(), phrases);
        }
        Map<String, Integer> uses = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < words.stems().size(); i++) {
            uses.merge(words.stems().get(i), 1, Integer::sum);
            first.putIfAbsent(words.stems().get(i), i);
        }
        if (variants != null) {
            Set<String> terms = new HashSet<>();
            first.forEach((stem, i) -> terms.addAll(List.of(words.exacts().get(i).text(), stem,
                    ArabicSearchAnalyzer.STEM_MARK + stem)));
            variants.lookUp(ArchiveFields.BODY, terms);
        }
        Map<String, Double> weight = new HashMap<>();
        first.forEach((stem, i) -> weight.put(stem, uses.get(stem) * rarity(words.exacts().get(i).text(), stem)));
        Set<Integer> chosen = new HashSet<>();
        first.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingDouble(e -> -weight.get(e.getKey()))
                        .thenComparing(Map.Entry::getValue))
                .limit(limit)
                .forEach(e -> chosen.add(e.getValue()));
        List<Token> exacts = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < words.stems().size(); i++) {
            if (chosen.contains(i)) {
                exacts.add(words.exacts().get(i));
                stems.add(words.stems().get(i));
                at.add(words.at().get(i));
            }
        }
        return new QueryWords(exacts, stems, at, phrases);
    }

    /** How much a word tells articles apart: BM25's idf over the archive; 0 for a word in no article. */
    private double rarity(String exact, String stem) {
        if (variants == null) {
            return 1;
        }
        long articles = variants.articles();
        double holding = variants.share(ArchiveFields.BODY, exact, stem) * articles;
        return holding == 0 ? 0 : Math.log(1 + (articles - holding + 0.5) / (holding + 0.5));
    }

    /** The full query: text plus date and source filters, which do not affect scores. */
    Query fullQuery(SearchQuery search) {
        return fullQuery(search, textQuery(search.text()));
    }

    /** The given text query with the search's date, source and mention filters. */
    Query fullQuery(SearchQuery search, Query text) {
        if (search.from() == null && search.to() == null && search.source() == null && !search.hasMentions()) {
            return text;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochDay();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(ArchiveFields.DATE, from, to), Occur.FILTER);
        }
        if (search.source() != null) {
            query.add(new TermQuery(new Term(ArchiveFields.SOURCE, search.source())), Occur.FILTER);
        }
        if (search.hasMentions()) {
            long from = search.mentionsFrom() == null ? Long.MIN_VALUE : search.mentionsFrom().toEpochDay();
            long to = search.mentionsTo() == null ? Long.MAX_VALUE : search.mentionsTo().toEpochDay();
            query.add(org.apache.lucene.document.LongRange.newIntersectsQuery(ArchiveFields.MENTIONS,
                    new long[] {from}, new long[] {to}), Occur.FILTER);
        }
        return query.build();
    }

    /**
     * A query of more than {@value #ALL_WORDS_LIMIT} plain words (a headline or a sentence pasted in): articles that
     * match most of the words are returned too. Each word counts (its stem, with a lift for the written form), an
     * article with every word comes first, and neighbouring words standing together lift an article further.
     * Returns null for a query of {@code allWordsLimit} words or fewer, or one using the search syntax, which keep
     * all-words semantics.
     */
    private Query longQuery(List<Clause> clauses, int allWordsLimit) {
        return longQuery(clauses, allWordsLimit, IndexSearcher.getMaxClauseCount());
    }

    /** {@link #longQuery(List, int)} within this many of Lucene's clauses. */
    private Query longQuery(List<Clause> clauses, int allWordsLimit, int budget) {
        boolean plain = clauses.stream().allMatch(c -> (c instanceof Word w && !w.excluded() && !w.prefix())
                || (c instanceof Phrase p && !p.excluded()));
        if (!plain) {
            return null;
        }
        // Quotes in a pasted headline are its punctuation more often than a phrase the user means: their words
        // count as words, and the quoted run still lifts articles that hold it. A quoted phrase with few words
        // around it is meant as typed: an exact phrase, however long.
        long looseWords = clauses.stream().filter(c -> c instanceof Word).count();
        if (clauses.stream().anyMatch(c -> c instanceof Phrase) && looseWords <= ALL_WORDS_LIMIT) {
            return null;
        }
        QueryWords all = queryWords(clauses);
        if (Math.min(all.stems().size(), MAX_LONG_WORDS) <= allWordsLimit) {
            return null;
        }
        // Within Lucene's clause budget whatever the words bring (their other spellings, run-together forms):
        // fewer telling words until it fits.
        for (int limit = MAX_LONG_WORDS; ; limit /= 2) {
            Query query = longQuery(tellingWords(all, limit));
            if (limit <= 1 || clauseCount(query) <= budget) {
                return query;
            }
        }
    }

    /** The ranked query of a long query's words (see {@link #longQuery(List, int)}). */
    private Query longQuery(QueryWords queryWords) {
        List<Token> words = queryWords.exacts();
        List<String> stems = queryWords.stems();
        List<Query> phrases = queryWords.phrases();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (int i = 0; i < stems.size(); i++) {
            String stem = stems.get(i);
            String exact = words.get(i).text();
            query.add(acrossFields(field -> wordMatch(field, stem, exact)), Occur.SHOULD);
            // The written form, its first alef with or without the hamza the index keeps (ألف, الف: one word).
            query.add(new BoostQuery(anyOf(ArchiveFields.BODY, WordShapes.alefSpellings(exact)), EXACT_BOOST),
                    Occur.SHOULD);
            String written = words.get(i).written();
            if (written != null) { // the letters typed that folding loses, as the article writes them (كرة, not كره)
                query.add(new BoostQuery(new TermQuery(new Term(ArchiveFields.BODY, written)), EXACT_BOOST),
                        Occur.SHOULD);
            }
            query.add(new BoostQuery(stemQuery(ArchiveFields.LEAD, stem, exact), LEAD_BOOST), Occur.SHOULD);
            all.add(ownForms(stem, exact), Occur.FILTER);
        }
        // Every word present: a constant lift above anything that matches only some of them.
        query.add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(all.build()), FULL_MATCH_LIFT), Occur.SHOULD);
        for (int i = 0; i + 1 < stems.size(); i++) {
            if (queryWords.at().get(i + 1) != queryWords.at().get(i) + 1) {
                continue; // words the selection of telling words brought together were not neighbours
            }
            MultiPhraseQuery.Builder pair = new MultiPhraseQuery.Builder().setSlop(PAIR_SLOP);
            pair.add(stemTerms(ArchiveFields.BODY, stems.get(i)));
            pair.add(stemTerms(ArchiveFields.BODY, stems.get(i + 1)));
            query.add(new BoostQuery(pair.build(), PAIR_BOOST), Occur.SHOULD);
        }
        phrases.forEach(phrase -> query.add(phrase, Occur.SHOULD));
        query.setMinimumNumberShouldMatch(1);
        return query.build();
    }

    /** Terms and leaf queries in a query, counted as Lucene's clause budget counts them (or a little more). */
    static int clauseCount(Query query) {
        return count(query, true);
    }

    /** The query's leaves, sets of terms and (with {@code everyTerm}) each term and nested query counted. */
    private static int count(Query query, boolean everyTerm) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                count[0] += everyTerm ? terms.length : 1;
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                count[0]++;
            }

            @Override
            public void visitLeaf(Query leaf) {
                count[0]++;
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                count[0] += everyTerm ? 1 : 0;
                return this;
            }
        });
        return count[0];
    }

    private boolean isStopWord(String exact) {
        return analyzer instanceof ArabicSearchAnalyzer arabic && arabic.isStopWord(exact);
    }

    private Query clauseQuery(Clause clause) {
        return switch (clause) {
            case Word w when w.prefix() -> prefixQuery(w.text());
            case Word w -> wordQuery(w.text());
            case Phrase p -> phraseQuery(p.text());
            case AnyOf any -> anyOfQuery(any);
            // source:الحياة: the articles of the source named as the archive writes it.
            case InField in when QuerySyntax.isSource(in) ->
                    new TermQuery(new Term(ArchiveFields.SOURCE, QuerySyntax.named(in)));
            case InField in -> titleOnly(() -> clauseQuery(in.clause()));
        };
    }

    /** While building a {@code title:} clause, words are looked for in the title alone. */
    private boolean titleOnly;

    private Query titleOnly(java.util.function.Supplier<Query> build) {
        titleOnly = true;
        try {
            return build.get();
        } finally {
            titleOnly = false;
        }
    }

    private Query anyOfQuery(AnyOf any) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int options = 0;
        for (Clause option : any.options()) {
            Query part = clauseQuery(option);
            if (part != null) {
                query.add(part, QuerySyntax.isExcluded(option) ? Occur.MUST_NOT : Occur.SHOULD);
                options++;
            }
        }
        return options == 0 ? null : query.build();
    }

    /**
     * A typed word, in tiers: the word as typed (with clitics, other spellings), then its inflections, then words
     * sharing only its light stem (whether the article wrote the stem itself or a longer form, a synonym query, so
     * BM25 scores them as one term). Words sharing only the stem are listed only when the archive holds the word in
     * none of its own forms: the light stemmer's other words are mostly another word (سعود and السعودة for
     * السعودية, اليمني for اليمن), and a rare word would otherwise fill its page with them. A "word" the tokenizer
     * splits (أستانا-7) must match all its parts, in order, as a phrase.
     */
    private Query wordQuery(String word) {
        List<Token> tokens = analyse(word);
        List<String> stems = stems(tokens);
        if (stems.isEmpty()) {
            return null;
        }
        if (stems.size() == 1) {
            String exact = tokens.getFirst().text();
            Query anyForm = acrossFields(field -> wordMatch(field, stems.getFirst(), exact));
            List<String> forms = exactForms(exact);
            Query asTyped = acrossFields(field -> anyOf(field, forms));
            List<String> inflected = variants == null ? List.of() : variants.inflected(exact, stems.getFirst());
            Query lift = lifted(asTyped, EXACT_LIFT);
            if (!inflected.isEmpty()) {
                // Inflections (السعوديين for السعودية) between: as typed 2 × half the lift, inflected only 1 ×.
                List<String> family = new ArrayList<>(forms);
                family.addAll(inflected);
                lift = new BooleanQuery.Builder()
                        .add(lifted(asTyped, EXACT_LIFT / 2), Occur.SHOULD)
                        .add(lifted(acrossFields(field -> anyOf(field, family)), EXACT_LIFT / 2), Occur.SHOULD)
                        .build();
            }
            // Where the archive holds the word in one of its own forms, an article must: the lift is then required,
            // which filters as it lifts (a filter beside it repeated the lift's forms, sought and walked again). Its
            // score is a constant added to the stem tier's, as before.
            BooleanQuery.Builder tiers = new BooleanQuery.Builder()
                    .add(anyForm, Occur.SHOULD)
                    .add(lift, holdsOwnForm(exact, stems.getFirst(), inflected) ? Occur.MUST : Occur.SHOULD);
            VariantSpellings.Written written = writtenAsTyped(tokens.getFirst(), forms);
            if (!written.terms().isEmpty()) {
                tiers.add(lifted(acrossFields(field -> anyOf(field, written.terms())),
                        written.commonerOtherwise() ? FALSE_FRIEND_LIFT : WRITTEN_LIFT), Occur.SHOULD);
            }
            return tiers.build();
        }
        return acrossFields(field -> {
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            stems.forEach(stem -> phrase.add(stemTerms(field, stem)));
            return phrase.build();
        });
    }

    /**
     * A short query's words typed with letters folding loses lift the articles writing them so when only some of the
     * words are found (إمام beside a word no article holds listed أمام first): the word written so counts twice, by
     * BM25 — a constant lift, as when every word is found ({@link #wordQuery}), would put an article holding that word
     * alone above one holding the other, rarer words (measured: docs/search-quality.md, thirteenth session).
     */
    private Query withWrittenLifts(Query ranked, List<Clause> clauses) {
        if (ranked == null) {
            return null;
        }
        BooleanQuery.Builder lifted = new BooleanQuery.Builder().add(ranked, Occur.MUST);
        boolean any = false;
        for (Token word : queryWords(clauses).exacts()) {
            List<String> written = writtenAsTyped(word, exactForms(word.text())).terms();
            if (!written.isEmpty()) {
                lifted.add(new BoostQuery(acrossFields(field -> anyOf(field, written)), SOME_WORDS_WRITTEN_BOOST),
                        Occur.SHOULD);
                any = true;
            }
        }
        return any ? lifted.build() : ranked;
    }

    /**
     * The word's forms written with the letters typed that folding loses (كرة: =الكرة, =كرتها; not =كره), for a word
     * typed with any of them; none for a word typed without (كره may be hatred, or a ball typed in haste).
     */
    private VariantSpellings.Written writtenAsTyped(Token word, List<String> forms) {
        if (variants == null || word.written() == null) {
            return VariantSpellings.Written.NONE;
        }
        String letters = word.written().substring(ArabicSearchAnalyzer.WRITTEN_MARK.length());
        VariantSpellings.Written found = variants.writtenAsTyped(word.text(), letters);
        // Only the word's own forms: =فكرة agrees with كرة's letters, but فكرة (an idea) is not one of them.
        Set<String> own = new HashSet<>(forms);
        List<String> written = new ArrayList<>(found.terms().stream().filter(term -> own.contains(
                ArabicSearchAnalyzer.normaliseWord(term.substring(ArabicSearchAnalyzer.WRITTEN_MARK.length())))).toList());
        // A form holding the typed ة as ت (كرتها) was written so: folding lost nothing there, the form is its own term.
        forms.stream().filter(form -> WrittenLetters.agrees(letters, form)).forEach(written::add);
        return new VariantSpellings.Written(written, found.commonerOtherwise());
    }

    /**
     * A long query's word as its full-match lift counts it: in the word's own forms (as typed, with clitics, other
     * spellings, run together, inflected), as a short query lists it first; in any form sharing its stem only when
     * the archive holds it in none of its own. Another word of the same light stem is not the word (اليمني is not
     * اليمن, سعود not السعودية): counted as the word, it put an article holding a headline's words partly through
     * such words above every article holding all but one of them as written (docs/search-quality.md, fourth round).
     */
    private Query ownForms(String stem, String exact) {
        List<String> inflected = variants == null ? List.of() : variants.inflected(exact, stem);
        if (!holdsOwnForm(exact, stem, inflected)) {
            return acrossFields(field -> wordMatch(field, stem, exact));
        }
        List<String> family = new ArrayList<>(exactForms(exact));
        family.addAll(inflected);
        return acrossFields(field -> anyOf(field, family));
    }

    /** True when the archive holds the word as typed, in another spelling, run together or inflected. */
    private boolean holdsOwnForm(String exact, String stem, List<String> inflected) {
        if (variants == null) {
            return false;
        }
        SpellingDecision decided = variants.decided(exact);
        return decided != null ? decided.ownForm() : !inflected.isEmpty()
                || !variants.forms(exact, stem).all().isEmpty() || !glued.containing(exact).isEmpty();
    }

    /**
     * What this index knows of the text's words for a decision over all the parts of an archive
     * ({@link SpellingDecision}): every word whose forms any of the text's queries looks up — the ranking, every
     * word, some words, the marks.
     */
    Map<String, SpellingDecision.Part> spellingParts(String text) {
        if (variants == null) {
            return Map.of();
        }
        textQuery(text);
        everyWordQuery(text);
        someWordsQuery(text, true);
        someWordsQuery(text, false);
        marks(text);
        // Run together or not is decided over all the parts too (GluedWords#decide): not counted here.
        return variants.parts(word -> false);
    }

    /**
     * A word in any form: its stem; where a lost space glued it to a neighbour (نزوحالملايين), the glued word as
     * written; and, for a word the archive holds in no form, its other spellings ({@link VariantSpellings}).
     */
    private Query wordMatch(String field, String stem, String exact) {
        List<String> other = new ArrayList<>(glued.containing(exact));
        if (variants != null) {
            other.addAll(variants.spellings(exact, stem));
        }
        if (other.isEmpty()) {
            return stemQuery(field, stem, exact);
        }
        return new BooleanQuery.Builder()
                .add(stemQuery(field, stem, exact), Occur.SHOULD)
                .add(anyOf(field, other), Occur.SHOULD)
                .build();
    }

    /** Matches of the query, each scored the same constant. */
    private static Query lifted(Query query, float lift) {
        return new BoostQuery(new ConstantScoreQuery(query), lift);
    }

    /** Any of these written forms, scored as one term. */
    private static Query anyOf(String field, List<String> forms) {
        SynonymQuery.Builder any = new SynonymQuery.Builder(field);
        forms.forEach(form -> any.addTerm(new Term(field, form)));
        return any.build();
    }

    /**
     * The query with each rare plain word replaced by the archive's clearly more common other spelling of it, or
     * null when no word has one (used when a query finds little).
     */
    String didYouMean(String text) {
        if (variants == null) {
            return null;
        }
        List<TypedWord> words = typedWords(text);
        return words == null ? null : didYouMean(words, words.stream().map(word -> word.stem() == null
                ? SpellingEvidence.NONE : variants.evidence(word.exact(), word.stem())).toList());
    }

    /** A word of a query a "did you mean" may respell: as typed, normalised, and its stem (null: left as typed). */
    record TypedWord(String typed, String exact, String stem) {
    }

    /**
     * The words of a query a "did you mean" may respell, in order; null for a query that is not a typing to correct
     * (a pasted text, the search syntax).
     */
    List<TypedWord> typedWords(String text) {
        List<Clause> clauses = clauses(text);
        if (clauses.size() > ALL_WORDS_LIMIT || !sources(text).isEmpty()) {
            return null; // a pasted text is not a typing to correct, nor is the search syntax the user's own
        }
        List<TypedWord> words = new ArrayList<>();
        for (Clause clause : clauses) {
            if (!(clause instanceof Word word) || word.excluded() || word.prefix()) {
                return null; // the search syntax is the user's own: no rewriting
            }
            List<Token> tokens = analyse(word.text());
            List<String> stems = stems(tokens);
            words.add(stems.size() == 1 ? new TypedWord(word.text(), tokens.getFirst().text(), stems.getFirst())
                    : new TypedWord(word.text(), null, null));
        }
        return words;
    }

    /** The query with each word whose evidence (one per word) names a clearly commoner spelling respelt, or null. */
    static String didYouMean(List<TypedWord> words, List<SpellingEvidence> evidence) {
        List<String> respelt = new ArrayList<>();
        boolean changed = false;
        for (int i = 0; i < words.size(); i++) {
            TypedWord word = words.get(i);
            String replacement = word.stem() == null ? null : evidence.get(i).suggestion(word.exact());
            respelt.add(replacement == null ? word.typed() : replacement);
            changed |= replacement != null;
        }
        return changed ? String.join(" ", respelt) : null;
    }

    /**
     * The words stemmed to {@code stem}, and the stem written as a word — unless that is a stop word the typed word
     * only stems to: stop words are indexed as written, so فيي (stemmed to في) would find every article holding في.
     */
    private Query stemQuery(String field, String stem, String exact) {
        SynonymQuery.Builder query = new SynonymQuery.Builder(field)
                .addTerm(new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem));
        if (stem.equals(exact) || !isStopWord(stem)) {
            query.addTerm(new Term(field, stem));
        }
        return query.build();
    }

    private static Term[] stemTerms(String field, String stem) {
        return new Term[] {new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem), new Term(field, stem)};
    }

    /** The stem of each word position: the marked stem when stemming changed the word, else the word itself. */
    private static List<String> stems(List<Token> tokens) {
        List<String> stems = new ArrayList<>();
        for (Token token : tokens) {
            if (token.part()) {
                continue; // a typed word run together is searched as written
            }
            if (token.increment() > 0) {
                stems.add(token.text());
            } else if (token.text().startsWith(ArabicSearchAnalyzer.STEM_MARK)) {
                stems.set(stems.size() - 1, token.text().substring(ArabicSearchAnalyzer.STEM_MARK.length()));
            } else {
                stems.set(stems.size() - 1, token.text()); // ألف: the word without its kept hamza, الف
            }
        }
        return stems;
    }

    /**
     * A quoted phrase: exact forms (stop words included) in order. A phrase longer than {@value #MAX_PHRASE_WORDS}
     * words (a quoted page, a quote left open before a pasted text) is looked for by its first words in the body:
     * Lucene's clause budget holds no more, and an article holding them in order holds the quotation.
     */
    private Query phraseQuery(String text) {
        List<String> exact = analyse(text).stream().filter(t -> t.increment() > 0).map(Token::text).toList();
        if (exact.isEmpty()) {
            return null;
        }
        if (exact.size() > MAX_PHRASE_WORDS) {
            return new PhraseQuery(ArchiveFields.BODY, exact.subList(0, MAX_PHRASE_WORDS).toArray(String[]::new));
        }
        List<List<String>> spellings = exact.stream().map(WordShapes::alefSpellings).toList();
        Query typed = phraseOf(spellings);
        List<String> typedFirst = spellings.getFirst();
        List<String> proclitic = phraseWords(exact).getFirst().stream().filter(form -> !typedFirst.contains(form))
                .toList();
        int terms = spellings.stream().mapToInt(List::size).sum();
        if (proclitic.isEmpty() || proclitic.size() * terms > MAX_PHRASE_WORDS) {
            return typed;
        }
        // Each first word with a proclitic (وعاصفة الحزم) is a phrase of its own beside the phrase as typed: the
        // score of an article holding one form depends on that form alone, not on which other forms the archive
        // (or, on a cluster, each shard) writes, as it would among the terms of one position of a multi-phrase.
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(typed, Occur.SHOULD);
        for (String form : proclitic) {
            List<List<String>> withProclitic = new ArrayList<>(spellings);
            withProclitic.set(0, List.of(form));
            any.add(phraseOf(withProclitic), Occur.SHOULD);
        }
        return any.build();
    }

    /** A phrase of words each written one of several ways, in the body and the title. */
    private Query phraseOf(List<List<String>> spellings) {
        if (spellings.size() == 1) {
            return acrossFields(field -> anyOf(field, spellings.getFirst()));
        }
        if (spellings.stream().mapToInt(List::size).sum() > MAX_PHRASE_WORDS) { // within the clause budget
            return acrossFields(field -> new PhraseQuery(field, spellings.stream().map(List::getFirst)
                    .toArray(String[]::new)));
        }
        return acrossFields(field -> {
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            spellings.forEach(words -> phrase.add(words.stream()
                    .map(spelling -> new Term(field, spelling)).toArray(Term[]::new)));
            return phrase.build();
        });
    }

    /**
     * The written forms of a quoted phrase's words, each as typed first: a word's first alef with or without its
     * hamza (إلى ألمانيا, الى المانيا), the index keeps it as written; the first word also with a proclitic the
     * archive writes it with (وعاصفة الحزم), as a one-word search finds it.
     */
    private List<List<String>> phraseWords(List<String> exact) {
        List<List<String>> spellings = new ArrayList<>(exact.stream().map(WordShapes::alefSpellings).toList());
        if (!spellings.isEmpty() && variants != null) {
            Set<String> first = new LinkedHashSet<>(spellings.getFirst());
            spellings.getFirst().forEach(word -> first.addAll(variants.withLeadingProclitic(word)));
            spellings.set(0, List.copyOf(first));
        }
        return spellings;
    }

    /** {@code word*}: any word whose written form or stem starts with the normalised prefix. */
    private Query prefixQuery(String prefix) {
        String normalised = ArabicSearchAnalyzer.normaliseWord(prefix);
        if (normalised.isEmpty()) {
            return null;
        }
        if (normalised.length() > StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH) {
            // The tokenizer cuts words at this length: no indexed word begins with a longer prefix (and Lucene
            // would refuse its automaton).
            return new MatchNoDocsQuery();
        }
        return acrossFields(field -> {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String spelling : WordShapes.alefSpellings(normalised)) { // ألمان* and المان*: either alef
                any.add(new PrefixQuery(new Term(field, spelling)), Occur.SHOULD);
            }
            String stem = ArabicSearchAnalyzer.STEM_MARK + ArabicFoldingFilter.withoutKeptHamza(normalised);
            return any.add(new PrefixQuery(new Term(field, stem)), Occur.SHOULD).build();
        });
    }

    private Query acrossFields(java.util.function.Function<String, Query> perField) {
        if (titleOnly) {
            return new BoostQuery(perField.apply(ArchiveFields.TITLE), TITLE_BOOST);
        }
        return new BooleanQuery.Builder()
                .add(new BoostQuery(perField.apply(ArchiveFields.TITLE), TITLE_BOOST), Occur.SHOULD)
                .add(perField.apply(ArchiveFields.BODY), Occur.SHOULD)
                .build();
    }

    /**
     * A term of an analysed query; {@code part} when it is a part of a word split at a lost space; {@code written}, on
     * a word's folded form, its letters as written ({@code =كرة}) where folding lost some, else null.
     */
    record Token(String text, int increment, boolean part, String written) {
    }

    /** The text's terms as a query reads them: each word's folded form (with its letters as written) and stem. */
    List<Token> analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArchiveFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int word = -1;
            while (stream.incrementToken()) {
                String found = term.toString();
                if (found.startsWith(ArabicSearchAnalyzer.WRITTEN_MARK) && word >= 0) {
                    Token folded = tokens.get(word);
                    tokens.set(word, new Token(folded.text(), folded.increment(), folded.part(), found));
                    continue;
                }
                if (increment.getPositionIncrement() > 0) {
                    word = tokens.size();
                }
                tokens.add(new Token(found, increment.getPositionIncrement(), LostSpaceFilter.TYPE.equals(type.type()),
                        null));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
