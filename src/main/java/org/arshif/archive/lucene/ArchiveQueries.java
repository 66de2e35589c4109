package org.arshif.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
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

    private final QueryBuilder builder;
    private final VariantSpellings variants;

    private ArchiveQueries(QueryBuilder builder, VariantSpellings variants) {
        this.builder = builder;
        this.variants = variants;
    }

    /** Queries over this reader's articles, analysed by {@link ArabicSearchAnalyzer}. */
    public static ArchiveQueries over(IndexReader reader) {
        return over(reader, Map.of());
    }

    /**
     * Queries over one part of an archive (a shard), with the words whose other spellings were decided over all the
     * parts ({@link #spellingParts}, {@link SpellingDecision#of}): the shard searches them as the whole archive would.
     */
    public static ArchiveQueries over(IndexReader reader, Map<String, SpellingDecision> decided) {
        VariantSpellings variants = new VariantSpellings(reader, decided);
        return new ArchiveQueries(new QueryBuilder(new ArabicSearchAnalyzer(), gluedWords(reader), variants),
                variants);
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
    public java.util.List<SpellingEvidence> spellingEvidence(String text) {
        java.util.List<QueryBuilder.TypedWord> words = builder.typedWords(text);
        return words == null ? null : words.stream().map(word -> word.stem() == null ? SpellingEvidence.NONE
                : variants.evidence(word.exact(), word.stem())).toList();
    }

    /** What this index knows of the text's words, for a decision over all the parts of an archive. */
    public Map<String, SpellingDecision.Part> spellingParts(String text) {
        return builder.spellingParts(text);
    }

    /** The "did you mean" for the text from the whole archive's evidence (summed over its shards), or null. */
    public String didYouMean(String text, java.util.List<SpellingEvidence> evidence) {
        java.util.List<QueryBuilder.TypedWord> words = builder.typedWords(text);
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
        try {
            return GluedWords.build(reader, ArchiveFields.BODY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index's words: " + e.getMessage(), e);
        }
    }
}
