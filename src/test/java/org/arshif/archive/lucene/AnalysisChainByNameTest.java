package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.arshif.archive.AnalysisTexts;
import org.arshif.archive.TokenStreams;

/**
 * Arshif's analysis declared by name, as a Solr schema declares it, through Lucene's analysis SPI (the registry Solr
 * reads): {@code standard → lowercase → arshifHashtagWords → arshifLostSpace → arshifArabicFolding →
 * arshifExactAndStem → arshifWrittenForm}. It must give
 * exactly the local analyzer's tokens — terms, positions, offsets, types — on the seed, the test articles, the kept
 * real sources and hostile words; and each of the two filters is checked alone the way Lucene checks its own.
 */
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(defaultFilters = true, filters = SolrClientThreads.class)
public class AnalysisChainByNameTest extends BaseTokenStreamTestCase {

    private static Analyzer byName() throws IOException {
        return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("lowercase")
                .addTokenFilter(HashtagWordsFilterFactory.NAME).addTokenFilter(LostSpaceFilterFactory.NAME)
                .addTokenFilter(ArabicFoldingFilterFactory.NAME)
                .addTokenFilter(ExactAndStemFilterFactory.NAME).addTokenFilter(WrittenFormFilterFactory.NAME).build();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        return TokenStreams.of(analyzer, "body", text);
    }

    public void testTheChainByNameGivesTheLocalAnalyzersTokens() throws Exception {
        List<String> texts = AnalysisTexts.kept();
        try (Analyzer local = new ArabicSearchAnalyzer(); Analyzer named = byName()) {
            int compared = 0;
            for (String text : texts) {
                List<String> expected = tokens(local, text);
                assertEquals(text, expected, tokens(named, text));
                compared += expected.size();
                if (!text.isBlank()) { // a wildcard or prefix term: never blank
                    assertEquals(local.normalize("body", text), named.normalize("body", text));
                }
            }
            assertTrue("a real comparison: " + compared + " tokens", compared > 1_000);
        }
    }

    public void testAnArgumentNoFilterTakesIsRefusedNotIgnored() {
        for (String name : new String[] {HashtagWordsFilterFactory.NAME, LostSpaceFilterFactory.NAME,
                ArabicFoldingFilterFactory.NAME,
                ExactAndStemFilterFactory.NAME, WrittenFormFilterFactory.NAME}) {
            IllegalArgumentException refused = expectThrows(IllegalArgumentException.class, () -> CustomAnalyzer
                    .builder().withTokenizer("standard").addTokenFilter(name, "stopwords", "ar.txt").build());
            assertTrue(refused.getMessage(), refused.getMessage().contains("stopwords"));
        }
    }

    public void testFoldingAloneKeepsPositionsAndOffsets() throws Exception {
        Analyzer folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new ArabicFoldingFilter(tokenizer));
            }
        };
        // A word of tatweel alone folds to nothing: dropped without a gap, as a dash is.
        assertAnalyzesTo(folding, "أستانا ـــ آستانة ٢٠١٧", new String[] {"استانا", "استانه", "2017"},
                new int[] {0, 11, 18}, new int[] {6, 17, 22}, new int[] {1, 1, 1});
        checkRandomData(random(), folding, 200);
        folding.close();
    }

    public void testExactAndStemAloneAddsTheStemAtTheSamePosition() throws Exception {
        Analyzer stems = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer,
                        new ExactAndStemFilter(tokenizer, ExactAndStemFilter.defaultStopWords()));
            }
        };
        // A stop word keeps only its exact form; a word the stemmer leaves alone has no second token.
        assertAnalyzesTo(stems, "والمفاوضات في جنيف", new String[] {"والمفاوضات", "~مفاوض", "في", "جنيف"},
                new int[] {0, 0, 11, 14}, new int[] {10, 10, 13, 18}, new int[] {1, 0, 1, 1});
        checkRandomData(random(), stems, 200);
        stems.close();
    }

    public void testWrittenFormAfterFoldingAddsTheLettersLostAtTheSamePosition() throws Exception {
        Analyzer written = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new WrittenFormFilter(new ArabicFoldingFilter(tokenizer),
                        ExactAndStemFilter.defaultStopWords()));
            }
        };
        // كرة folds to كره (hatred): its letters go beside it; كره lost nothing, على is a stop word.
        assertAnalyzesTo(written, "كرة كره على إمامٌ", new String[] {"كره", "=كرة", "كره", "علي", "امام", "=إمام"},
                new int[] {0, 0, 4, 8, 12, 12}, new int[] {3, 3, 7, 11, 17, 17}, new int[] {1, 0, 1, 1, 1, 0});
        checkRandomData(random(), written, 200);
        written.close();
    }
}
