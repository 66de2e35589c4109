package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CollectionPhraseQuery under attack (hostile review): many random phrases of several spellings (repeated terms, terms no article holds,
 * positions with gaps, slop 0 to 3) over a shard of many small segments whose statistics come from an index of every
 * article. Each article the shard holds must be found by the mended phrase exactly when Lucene's phrase finds it in the
 * whole index, with the same score to the bit, and explained with that score.
 */
class CollectionScoringRandomTest {

    private static final String BODY = "body";
    private static final String ID = "id";
    /** Spellings of one name, a word after it, filler, and a word no article holds. */
    private static final List<String> WORDS = List.of("أستانا", "استانا", "آستانة", "جولة", "سابعة", "في");
    private static final String NOWHERE = "غائب";

    @TempDir
    Path folder;

    @Test
    void randomPhrasesScoreOnAShardAsInTheWholeArchive() throws IOException {
        Random random = new Random(20261201L);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(9);
            for (int w = 0; w < length; w++) {
                text.append(w == 0 ? "" : " ").append(WORDS.get(random.nextInt(WORDS.size())));
            }
            texts.add(text.toString());
        }
        Map<String, String> shardTexts = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            // The shard holds no article of the third spelling: it is held by the other shard only.
            if (random.nextBoolean() && !texts.get(i).contains("آستانة")) {
                shardTexts.put("d" + i, texts.get(i));
            }
        }
        IndexSearcher whole = new IndexSearcher(DirectoryReader.open(index("whole", texts, null, 7)));
        IndexSearcher shard = shard(whole, index("shard", texts, shardTexts, 2));
        int compared = 0;
        for (int q = 0; q < 400; q++) {
            MultiPhraseQuery phrase = randomPhrase(random);
            Query mended = CollectionScoring.throughout(phrase);
            Map<String, Float> inWhole = scores(whole, phrase);
            Map<String, Float> onShard = scores(shard, mended);
            Map<String, Float> expected = new HashMap<>(inWhole);
            expected.keySet().retainAll(shardTexts.keySet());
            assertEquals(expected, onShard, phrase.toString());
            assertEquals(expected.size(), shard.count(mended), "counted as found: " + phrase);
            for (ScoreDoc hit : shard.search(mended, 1000).scoreDocs) {
                Explanation explained = shard.explain(shard.rewrite(mended), hit.doc);
                assertTrue(explained.isMatch(), phrase.toString());
                assertEquals(hit.score, explained.getValue().floatValue(), phrase + " explained");
            }
            compared += onShard.size();
        }
        assertTrue(compared > 300, "the phrases found articles to compare: " + compared);
    }

    /** Lucene refuses a phrase on a field indexed without positions; the mended phrase must not match silently. */
    @Test
    void aPhraseOnAFieldWithoutPositionsIsRefusedAsLuceneRefusesIt() throws IOException {
        FieldType noPositions = new FieldType(TextField.TYPE_NOT_STORED);
        noPositions.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        noPositions.freeze();
        FSDirectory directory = FSDirectory.open(folder.resolve("flat"));
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            Document article = new Document();
            article.add(new Field(BODY, "جولة في أستانا", noPositions));
            writer.addDocument(article);
        }
        IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(directory));
        MultiPhraseQuery phrase = new MultiPhraseQuery.Builder()
                .add(new Term[] {new Term(BODY, "أستانا"), new Term(BODY, "استانا")})
                .add(new Term(BODY, "جولة")).setSlop(3).build();
        assertThrows(IllegalStateException.class, () -> searcher.search(phrase, 10), "Lucene's own");
        assertThrows(IllegalStateException.class, () -> searcher.search(CollectionScoring.throughout(phrase), 10),
                "the mended phrase, as Lucene's");
    }

    private static MultiPhraseQuery randomPhrase(Random random) {
        MultiPhraseQuery.Builder builder = new MultiPhraseQuery.Builder();
        int positions = 2 + random.nextInt(3);
        int at = 0;
        for (int p = 0; p < positions; p++) {
            int spellings = 1 + random.nextInt(3);
            List<Term> terms = new ArrayList<>();
            for (int s = 0; s < spellings; s++) {
                int pick = random.nextInt(WORDS.size() + 1);
                terms.add(new Term(BODY, pick == WORDS.size() ? NOWHERE : WORDS.get(pick)));
            }
            builder.add(terms.toArray(Term[]::new), at);
            at += 1 + (random.nextInt(5) == 0 ? 1 : 0); // now and then a gap, as a stop word leaves
        }
        return builder.setSlop(random.nextInt(4)).build();
    }

    private static Map<String, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<String, Float> scores = new HashMap<>();
        for (ScoreDoc hit : searcher.search(query, 1000).scoreDocs) {
            scores.put(searcher.storedFields().document(hit.doc).get(ID), hit.score);
        }
        return scores;
    }

    /** The shard's articles with the whole archive's statistics, as Solr's exact stats cache gives them. */
    private static IndexSearcher shard(IndexSearcher whole, FSDirectory directory) throws IOException {
        return new IndexSearcher(DirectoryReader.open(directory)) {
            @Override
            public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) {
                try {
                    TermStates state = TermStates.build(whole, term, true);
                    return whole.termStatistics(term, state.docFreq(), state.totalTermFreq());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public CollectionStatistics collectionStatistics(String field) throws IOException {
                return whole.collectionStatistics(field);
            }
        };
    }

    /** The articles (all, or those of the shard) in segments of a few articles each. */
    private FSDirectory index(String name, List<String> texts, Map<String, String> only, int perSegment)
            throws IOException {
        FSDirectory directory = FSDirectory.open(folder.resolve(name));
        IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
        config.setMergePolicy(org.apache.lucene.index.NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            int added = 0;
            for (int i = 0; i < texts.size(); i++) {
                if (only != null && !only.containsKey("d" + i)) {
                    continue;
                }
                Document article = new Document();
                article.add(new TextField(BODY, texts.get(i), Field.Store.NO));
                article.add(new StringField(ID, "d" + i, Field.Store.YES));
                writer.addDocument(article);
                if (++added % perSegment == 0) {
                    writer.commit();
                }
            }
        }
        return directory;
    }
}
