package org.arshif.archive.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * Words joined by underscores (hashtags) split into the words at positions of their own, checked the way Lucene
 * checks its own filters (offsets, positions, types, random input, a token graph that is a plain chain).
 */
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(defaultFilters = true, filters = SolrClientThreads.class)
public class HashtagWordsFilterTest extends BaseTokenStreamTestCase {

    private static final String WORD = "<ALPHANUM>";

    private final Analyzer analyzer = analyzer(true);

    /** The filter after the standard tokenizer (as in the chain) or after splitting at white space only. */
    private static Analyzer analyzer(boolean standard) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer tokenizer = standard ? new StandardTokenizer() : new WhitespaceTokenizer();
                return new TokenStreamComponents(tokenizer, new HashtagWordsFilter(tokenizer));
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testAHashtagsWordsStandEachAtItsOwnPositionWithItsOwnOffsets() throws Exception {
        assertAnalyzesTo(analyzer, "وسم #مكة_لايف اليوم",
                new String[] {"وسم", "مكة", "لايف", "اليوم"},
                new int[] {0, 5, 9, 14}, new int[] {3, 8, 13, 19},
                new String[] {WORD, WORD, WORD, WORD}, new int[] {1, 1, 1, 1}, new int[] {1, 1, 1, 1});
    }

    public void testAYearAndThreeWordsSplitToo() throws Exception {
        assertAnalyzesTo(analyzer, "#رؤية_2030 #رؤية_السعودية_2030",
                new String[] {"رؤية", "2030", "رؤية", "السعودية", "2030"},
                new int[] {1, 6, 12, 17, 26}, new int[] {5, 10, 16, 25, 30}, new int[] {1, 1, 1, 1, 1});
    }

    public void testEveryConnectorJoinsAndRunsOrEndsOfThemAreDropped() throws Exception {
        // The full-width low line and the undertie are connector punctuation too; the tokenizer joins with them.
        assertAnalyzesTo(analyzer, "عاصفة＿الحزم عاصفة‿الحزم مكة__لايف _مكة_",
                new String[] {"عاصفة", "الحزم", "عاصفة", "الحزم", "مكة", "لايف", "مكة"},
                new int[] {0, 6, 12, 18, 24, 29, 35}, new int[] {5, 11, 17, 23, 27, 33, 38},
                new int[] {1, 1, 1, 1, 1, 1, 1});
    }

    public void testWordsWithoutConnectorsAndConnectorsAloneAreLeftAsTheyAre() throws Exception {
        Analyzer spaces = analyzer(false);
        assertAnalyzesTo(spaces, "عاصفة الحزم ___ 2030", new String[] {"عاصفة", "الحزم", "___", "2030"},
                new int[] {1, 1, 1, 1});
        spaces.close();
    }

    public void testRandomTextKeepsOffsetsAndPositionsConsistent() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        Analyzer spaces = analyzer(false);
        checkRandomData(random(), spaces, 200 * RANDOM_MULTIPLIER);
        spaces.close();
    }

    public void testRandomHashtagsKeepLucenesInvariants() throws Exception {
        String letters = "ابتثجحخدسعقلمنهويةى0123456789_＿";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random().nextInt(6);
            for (int w = 0; w < words; w++) {
                text.append(random().nextBoolean() ? "#" : "");
                int length = 1 + random().nextInt(14);
                for (int c = 0; c < length; c++) {
                    text.append(letters.charAt(random().nextInt(letters.length())));
                }
                text.append(' ');
            }
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString());
        }
    }
}
