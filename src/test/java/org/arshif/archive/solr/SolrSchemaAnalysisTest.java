package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.solr.core.SolrConfig;
import org.apache.solr.index.MergePolicyFactoryArgs;
import org.apache.solr.index.TieredMergePolicyFactory;
import org.apache.solr.schema.IndexSchema;
import org.apache.solr.schema.IndexSchemaFactory;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.schema.TextField;
import org.arshif.archive.AnalysisTexts;
import org.arshif.archive.TokenStreams;
import org.arshif.archive.lucene.ArabicSearchAnalyzer;
import org.arshif.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The configset's schema, loaded by Solr itself (its SolrConfig, IndexSchema and resource loader, which find Arshif's
 * filters by their SPI names), analyses every text field exactly as the local archive does: the same tokens —
 * term, position increment and length, offsets, type, final offset — at index and at query time, and the same
 * normalised terms for prefix and wildcard queries; on the seed, the test articles, the kept real sources and hostile
 * words. With {@code -Darshif.corpus=DIR} (the SaudiNewsNet sample's folder) also on its first thousand articles,
 * which are never copied into the repository.
 */
class SolrSchemaAnalysisTest {

    /** The configset as the repository holds it, uploaded as is to a cluster (docs/solrcloud.md). */
    static final Path CONFIGSET = Path.of("src/main/solr/configsets/arshif");
    private static final List<String> TEXT_FIELDS = List.of("title", "body", "lead");
    private static final int CORPUS_ARTICLES = 1_000;

    private static SolrConfig config;
    private static IndexSchema schema;

    @BeforeAll
    static void loadTheSchemaAsSolrDoes() throws Exception {
        config = new SolrConfig(CONFIGSET, "solrconfig.xml");
        schema = IndexSchemaFactory.buildIndexSchema("managed-schema.xml", config);
    }

    /**
     * The shards keep as few segments as the local archive (a search walks every segment's dictionary for each
     * word's forms): the configset's merge policy, as Solr builds it, is the local archive's.
     */
    @Test
    void theShardsMergeTheirSegmentsAsTheLocalArchiveDoes() {
        MergePolicyFactoryArgs args = new MergePolicyFactoryArgs(config.indexConfig.mergePolicyFactoryInfo.initArgs);
        TieredMergePolicy shards = (TieredMergePolicy) new TieredMergePolicyFactory(config.getResourceLoader(), args,
                schema).getMergePolicy();
        TieredMergePolicy local = LuceneArchive.mergePolicy();
        assertEquals(local.getSegmentsPerTier(), shards.getSegmentsPerTier());
        assertEquals(local.getFloorSegmentMB(), shards.getFloorSegmentMB());
        assertEquals(local.getMaxMergeAtOnce(), shards.getMaxMergeAtOnce());
        assertEquals(local.getMaxMergedSegmentMB(), shards.getMaxMergedSegmentMB());
        assertEquals(0.0, shards.getForceMergeDeletesPctAllowed(), "an import's last commit expunges deletes");
    }

    @Test
    void everyTextFieldAnalysesAsTheLocalArchiveDoes() throws Exception {
        List<String> texts = AnalysisTexts.kept();
        int tokens = compare(texts);
        assertTrue(tokens > 20_000, "a real comparison: " + tokens + " tokens");
        System.out.printf(java.util.Locale.ROOT, "SolrSchemaAnalysisTest: %d kept texts, %d tokens compared%n",
                texts.size(), tokens);
    }

    @Test
    void aThousandRealArticlesAnalyseAlikeWhereTheCorpusIsGiven() throws Exception {
        String corpus = System.getProperty("arshif.corpus");
        if (corpus == null) {
            System.out.println("SolrSchemaAnalysisTest: no -Darshif.corpus=DIR, the corpus comparison is not run");
            return;
        }
        List<String> texts = AnalysisTexts.corpus(Path.of(corpus), CORPUS_ARTICLES);
        assertEquals(2 * CORPUS_ARTICLES, texts.size(), "a title and a body of each article");
        int tokens = compare(texts);
        System.out.printf(java.util.Locale.ROOT,
                "SolrSchemaAnalysisTest: %d articles of %s, %d tokens per field and analyzer, identical%n",
                texts.size() / 2, corpus, tokens / TEXT_FIELDS.size() / 2);
    }

    @Test
    void theTextFieldsKeepWhatTheLocalIndexKeeps() {
        for (String name : TEXT_FIELDS) {
            SchemaField field = schema.getField(name);
            assertInstanceOf(TextField.class, field.getType(), name);
            assertTrue(field.indexed(), name);
            assertEquals(!name.equals("lead"), field.stored(), name + ": stored");
            // Offsets in the postings for the unified highlighter, as locally; the lead has no positions at all.
            assertEquals(!name.equals("lead"), field.storeOffsetsWithPositions(), name + ": offsets");
            assertEquals(name.equals("lead"), field.omitPositions(), name + ": positions");
            assertEquals(false, field.omitNorms(), name + ": norms (BM25's length)");
        }
    }

    /** The number of tokens compared, over every field and both of Solr's analyzers. */
    private static int compare(List<String> texts) throws Exception {
        int compared = 0;
        try (Analyzer local = new ArabicSearchAnalyzer()) {
            List<String> failures = new ArrayList<>();
            for (String field : TEXT_FIELDS) {
                Analyzer index = schema.getFieldType(field).getIndexAnalyzer();
                Analyzer query = schema.getFieldType(field).getQueryAnalyzer();
                for (String text : texts) {
                    List<String> expected = TokenStreams.of(local, field, text);
                    for (Analyzer solr : List.of(index, query)) {
                        if (!expected.equals(TokenStreams.of(solr, field, text))) {
                            failures.add(field + ": " + text);
                        }
                        compared += expected.size();
                        if (!text.isBlank() && !local.normalize(field, text).equals(solr.normalize(field, text))) {
                            failures.add(field + " (normalize): " + text);
                        }
                    }
                }
            }
            assertEquals(List.of(), failures, "texts Solr's schema analyses otherwise");
        }
        return compared;
    }
}
