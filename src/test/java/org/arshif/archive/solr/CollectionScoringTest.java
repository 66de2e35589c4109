package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shard's query scored with the collection's statistics, as Solr's exact stats cache hands them to a shard: here a
 * searcher over one shard's articles that answers statistics from an index of every article. The article's score on
 * the shard must equal, to the bit, its score in the one index holding all (the laptop's archive).
 */
class CollectionScoringTest {

    private static final String BODY = "body";
    /** Three spellings of a word and the word after it; the second shard holds only one spelling. */
    private static final List<String> WHOLE = List.of(
            "أستانا جولة سابعة", "استانا جولة جديدة", "آستانة جولة اخرى", "جولة أستانا", "مؤتمر في أستانا جولة");
    private static final List<String> SHARD = List.of("أستانا جولة سابعة", "جولة أستانا", "مؤتمر في أستانا جولة");

    @TempDir
    Path folder;

    @Test
    void aPhraseOfSpellingsScoresOnAShardAsInTheWholeArchive() throws IOException {
        MultiPhraseQuery pair = spellingsThen(0);
        assertSameScores(pair, CollectionScoring.throughout(pair));
    }

    @Test
    void aSloppyPairScoresOnAShardAsInTheWholeArchive() throws IOException {
        MultiPhraseQuery pair = spellingsThen(3);
        assertSameScores(pair, CollectionScoring.throughout(pair));
    }

    @Test
    void phrasesAndSynonymsUnderBooleanAndBoostQueriesAreMended() throws IOException {
        Query query = new BooleanQuery.Builder()
                .add(new BoostQuery(spellingsThen(2), 1.5f), Occur.SHOULD)
                .add(new SynonymQuery.Builder(BODY).addTerm(new Term(BODY, "أستانا"))
                        .addTerm(new Term(BODY, "آستانة")).build(), Occur.SHOULD)
                .build();
        assertSameScores(query, CollectionScoring.throughout(query));
    }

    /** Lucene's own phrase weight on the shard leaves out the spellings the shard lacks: the test can fail. */
    @Test
    void lucenesOwnPhraseScoresOtherwiseOnTheShard() throws IOException {
        MultiPhraseQuery pair = spellingsThen(0);
        float whole = firstScore(whole(), pair);
        float shard = firstScore(shardWithCollectionStatistics(), pair);
        assertNotEquals(whole, shard, "the shard lacks two of the three spellings");
    }

    @Test
    void onePositionIsLeftToTermQueriesAndCountingNeedsNoStatistics() throws IOException {
        MultiPhraseQuery one = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term(BODY, "أستانا"), new Term(BODY, "استانا")}).build();
        IndexSearcher shard = shardWithCollectionStatistics();
        assertInstanceOf(BooleanQuery.class, shard.rewrite(CollectionScoring.throughout(one)));
        assertEquals(2, shard.count(CollectionScoring.throughout(spellingsThen(0))), "in this order, side by side");
        assertEquals(3, shard.count(CollectionScoring.throughout(spellingsThen(2))), "also the other way round");
    }

    private static MultiPhraseQuery spellingsThen(int slop) {
        return new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term(BODY, "أستانا"), new Term(BODY, "استانا"), new Term(BODY, "آستانة"),
                                 new Term(BODY, "أستانة")})
                .add(new Term(BODY, "جولة"))
                .setSlop(slop)
                .build();
    }

    /** Every article the shard finds scores as in the whole archive, first of all the phrase's first-ranked. */
    private void assertSameScores(Query laptop, Query cluster) throws IOException {
        IndexSearcher whole = whole();
        IndexSearcher shard = shardWithCollectionStatistics();
        TopDocs onShard = shard.search(cluster, 10);
        assertTrue(onShard.scoreDocs.length >= 2, "the shard finds the phrase");
        for (ScoreDoc hit : onShard.scoreDocs) {
            String text = shard.storedFields().document(hit.doc).get("text");
            TopDocs inWhole = whole.search(new BooleanQuery.Builder().add(laptop, Occur.MUST)
                    .add(new TermQuery(new Term("text", text)), Occur.FILTER).build(), 1);
            assertEquals(inWhole.scoreDocs[0].score, hit.score, text);
        }
    }

    private static float firstScore(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(new BooleanQuery.Builder().add(query, Occur.MUST)
                .add(new TermQuery(new Term("text", SHARD.getFirst())), Occur.FILTER).build(), 1).scoreDocs[0].score;
    }

    private IndexSearcher whole() throws IOException {
        return new IndexSearcher(DirectoryReader.open(index("whole", WHOLE)));
    }

    /** The shard's articles (in two segments) with the whole archive's statistics, as Solr's stats cache gives. */
    private IndexSearcher shardWithCollectionStatistics() throws IOException {
        IndexSearcher whole = whole();
        Function<Term, TermStatistics> collection = term -> {
            try {
                TermStates state = TermStates.build(whole, term, true);
                return whole.termStatistics(term, state.docFreq(), state.totalTermFreq());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        return new IndexSearcher(DirectoryReader.open(index("shard", SHARD))) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
                return collection.apply(term); // IllegalArgumentException for a term held nowhere, as Solr's
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                return whole.collectionStatistics(field);
            }
        };
    }

    private FSDirectory index(String name, List<String> texts) throws IOException {
        FSDirectory directory = FSDirectory.open(folder.resolve(name));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            if (writer.getDocStats().numDocs == 0) {
                for (String text : texts) {
                    Document article = new Document();
                    article.add(new TextField(BODY, text, Field.Store.NO));
                    article.add(new StringField("text", text, Field.Store.YES));
                    writer.addDocument(article);
                    writer.commit(); // several segments: a term's state is found per segment
                }
            }
        }
        return directory;
    }
}
