package org.arshif.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Arshif's search syntax and ranking ({@link QueryBuilder}) over an index the archive did not write itself: a Solr
 * core holding the configset's fields (src/main/solr/configsets/arshif), where the query parser plugin builds the
 * very queries the local archive runs. The index's own vocabulary stands in for the archive's: the other spellings
 * and the forms of a word are looked up in it, and the run-together word list is worked out from it once per reader
 * (the local archive keeps the list in its commit, written by its imports).
 */
public final class ArchiveQueries {

    /** The run-together list of each reader seen, kept while the reader lives (one per Solr searcher). */
    private static final Map<IndexReader.CacheKey, GluedWords> GLUED = new WeakHashMap<>();
    /** The run-together candidates of each reader seen ({@link GluedWords#candidates}), for a collection's shards. */
    private static final Map<IndexReader.CacheKey, Map<String, List<String>>> CANDIDATES = new WeakHashMap<>();

    private final QueryBuilder builder;
    private final VariantSpellings variants;

    private ArchiveQueries(QueryBuilder builder, VariantSpellings variants) {
        this.builder = builder;
        this.variants = variants;
    }

    /** Queries over this reader's articles, analysed by {@link ArabicSearchAnalyzer}. */
    public static ArchiveQueries over(IndexReader reader) {
        return over(reader, Map.of(), null, Map.of());
    }

    /**
     * Queries over one part of an archive (a shard), as the whole archive would search: with the counts its rules
     * compare, the words whose other spellings, and whose run-together forms, were decided over all the parts
     * ({@link #ask}, {@link #counts}, {@link #spellingParts}, {@link SpellingDecision#of}, {@link #decideGlued}).
     *
     * @param glued  the run-together forms decided ({@link #decideGlued}'s text), or null for this part's own
     * @param counts the whole archive's counts of the terms the rules compare ({@link Asked#consulted}), or none
     */
    public static ArchiveQueries over(IndexReader reader, Map<String, SpellingDecision> decided, String glued,
                                      Map<String, Integer> counts) {
        VariantSpellings variants = new VariantSpellings(reader, decided, counts);
        GluedWords words = glued == null ? gluedWords(reader) : GluedWords.parse(glued);
        return new ArchiveQueries(new QueryBuilder(new ArabicSearchAnalyzer(), words, variants), variants);
    }

    /**
     * What one part of an archive first tells of a text's words, for the decisions over all the parts: the terms
     * whose counts its rules compare (with this part's counts: to be summed over the parts, {@link #counts}), and the
     * words of its dictionary that may be the text's words run together with a neighbour.
     */
    public record Asked(Map<String, Integer> consulted, Map<String, List<String>> gluedCandidates) {
    }

    /** What this part first tells of the text's words ({@link Asked}): all that any of the text's queries looks up. */
    public static Asked ask(IndexReader reader, String text) {
        Set<String> halves = new LinkedHashSet<>();
        VariantSpellings variants = new VariantSpellings(reader, Map.of());
        QueryBuilder builder = new QueryBuilder(new ArabicSearchAnalyzer(), gluedWords(reader).recordingInto(halves),
                variants);
        builder.spellingParts(text);
        Map<String, List<String>> all = gluedCandidates(reader);
        Map<String, List<String>> candidates = new LinkedHashMap<>();
        for (String half : halves) {
            candidates.put(half, all.getOrDefault(half, List.of()));
        }
        return new Asked(variants.consulted(), candidates);
    }

    /** This part's counts of the terms the rules compare ({@link Asked#consulted}'s keys). */
    public static Map<String, Integer> counts(IndexReader reader, Collection<String> consulted) {
        return readingWords(() -> VariantSpellings.counts(reader, consulted));
    }

    /**
     * What this part knows of the text's words for the spelling decision over all the parts, with the whole
     * archive's counts of the terms the rules compare: whether it holds each, and where not, its other spellings'
     * counts here (run together or not is decided apart, before: {@link #decideGlued}, whose text is {@code glued}).
     */
    public static Map<String, SpellingDecision.Part> spellingParts(IndexReader reader, String text,
                                                                   Map<String, Integer> counts, String glued) {
        return over(reader, Map.of(), glued, counts).builder.spellingParts(text);
    }

    /** The words whose frequencies over all the parts judge these run-together candidates. */
    public static Set<String> judgingGlued(Collection<String> candidates) {
        return GluedWords.judgedBy(candidates);
    }

    /** This part's frequencies of the words, as far as the run-together rule counts. */
    public static Map<String, Integer> frequencies(IndexReader reader, Collection<String> words) {
        return readingWords(() -> GluedWords.frequencies(reader, ArchiveFields.BODY, words, COUNTED));
    }

    /**
     * The run-together forms of the asked words from the whole archive's frequencies (summed over its parts), as
     * text for {@link #over}; a word with none is among the asked and simply has none.
     */
    public static String decideGlued(Collection<String> halves, Collection<String> candidates,
                                     Map<String, Integer> frequencies) {
        try {
            return GluedWords.decide(halves, candidates, (word, enough) -> Math.min(enough,
                    frequencies.getOrDefault(word, 0))).serialize();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // frequencies from a map: never thrown
        }
    }

    /** The words the decided run-together forms ({@link #decideGlued}'s text) hold run together. */
    public static Set<String> heldGlued(String glued) {
        return GluedWords.parse(glued).halves();
    }

    /** As far as the run-together rule counts a word's articles (a half needs twice a glued word's three). */
    private static final int COUNTED = 7;

    private static Map<String, List<String>> gluedCandidates(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return buildCandidates(reader);
        }
        synchronized (CANDIDATES) {
            return CANDIDATES.computeIfAbsent(helper.getKey(), key -> buildCandidates(reader));
        }
    }

    private static Map<String, List<String>> buildCandidates(IndexReader reader) {
        return readingWords(() -> GluedWords.candidates(reader, ArchiveFields.BODY));
    }

    /** The query that finds and ranks the articles for the text as typed (blank: all of them). */
    public Query ranking(String text) {
        return builder.textQuery(text);
    }

    /**
     * For a long query (a pasted sentence, ranked by how many of its words an article holds), the articles holding
     * every word; for any other query the ranking itself, whose matches hold every word.
     */
    public Query everyWord(String text) {
        Query every = builder.everyWordQuery(text);
        return every == null ? builder.textQuery(text) : every;
    }

    /**
     * A short query no article holds whole, widened to articles with some of its words (the telling ones, or all of
     * them), as the local archive widens it; matches nothing for a query that is not widened (a phrase, a long one).
     */
    public Query someWords(String text, boolean tellingWordsOnly) {
        Query some = builder.someWordsQuery(text, tellingWordsOnly);
        return some == null ? new MatchNoDocsQuery() : some;
    }

    /**
     * What snippets mark: each word in any of its forms, without the ranking's lifts; and which marks are the
     * query's words as typed, the rest matching only through the stem.
     */
    public MatchMarks marks(String text) {
        return builder.marks(text);
    }

    /**
     * What a "did you mean" for the text is decided from, counted in this index (one shard's part of the archive):
     * one per word, to be summed over the shards; null for a text that is not a typing to correct.
     */
    public List<SpellingEvidence> spellingEvidence(String text) {
        List<QueryBuilder.TypedWord> words = builder.typedWords(text);
        return words == null ? null : words.stream().map(word -> word.stem() == null ? SpellingEvidence.NONE
                : variants.evidence(word.exact(), word.stem())).toList();
    }

    /** The "did you mean" for the text from the whole archive's evidence (summed over its shards), or null. */
    public String didYouMean(String text, List<SpellingEvidence> evidence) {
        List<QueryBuilder.TypedWord> words = builder.typedWords(text);
        return words == null || evidence == null || evidence.size() != words.size() ? null
                : QueryBuilder.didYouMean(words, evidence);
    }

    private static GluedWords gluedWords(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return build(reader);
        }
        synchronized (GLUED) {
            return GLUED.computeIfAbsent(helper.getKey(), key -> build(reader));
        }
    }

    private static GluedWords build(IndexReader reader) {
        return readingWords(() -> GluedWords.build(reader, ArchiveFields.BODY));
    }

    /** A read of the index's dictionary that cannot fail but for the disk (unchecked: a search then fails). */
    private interface WordsRead<T> {
        T read() throws IOException;
    }

    private static <T> T readingWords(WordsRead<T> read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's words: " + e.getMessage(), e);
        }
    }
}
