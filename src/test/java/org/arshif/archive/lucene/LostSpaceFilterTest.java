package org.arshif.archive.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The lost-space split checked the way Lucene checks its own filters (offsets, positions, random input). The parts
 * share the written word's position but carry their own offsets (so a mark covers just the part searched for): not
 * a token graph, hence {@code graphOffsetsAreCorrect = false}, as for Lucene's former WordDelimiterFilter.
 */
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(defaultFilters = true, filters = SolrClientThreads.class)
public class LostSpaceFilterTest extends BaseTokenStreamTestCase {

    private static final String PART = LostSpaceFilter.TYPE;
    private static final String WORD = "<ALPHANUM>";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new LostSpaceFilter(tokenizer));
        }
    };

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testTehMarbutaInsideAWordSplitsItAtTheSamePosition() throws Exception {
        assertAnalyzesTo(analyzer, "وفق وكالةسبوتنيك الروسية",
                new String[] {"وفق", "وكالةسبوتنيك", "وكالة", "سبوتنيك", "الروسية"},
                new int[] {0, 4, 4, 9, 17},
                new int[] {3, 16, 9, 16, 24},
                new String[] {WORD, WORD, PART, PART, WORD},
                new int[] {1, 1, 0, 0, 1}, null, false);
    }

    public void testAlefMaqsuraInsideAWordSplitsIt() throws Exception {
        assertAnalyzesTo(analyzer, "علىالرغم",
                new String[] {"علىالرغم", "على", "الرغم"}, new int[] {0, 0, 3}, new int[] {8, 3, 8},
                new String[] {WORD, PART, PART}, new int[] {1, 0, 0}, null, false);
    }

    public void testSeveralLostSpacesInOneWord() throws Exception {
        assertAnalyzesTo(analyzer, "الدوليةحلولالعربيةمؤتمر",
                new String[] {"الدوليةحلولالعربيةمؤتمر", "الدولية", "حلولالعربية", "مؤتمر"},
                new int[] {0, 0, 7, 18}, new int[] {23, 7, 18, 23}, null, new int[] {1, 0, 0, 0}, null, false);
    }

    public void testANumberWrittenAgainstAWordIsAlsoItsOwnPart() throws Exception {
        // عام 2015م: the year alone; 30كم: the number and كم; و30: the number (و is too short to be a part); the
        // article before a number (الـ6, وال60) is no word of its own, and a one-digit number no part.
        assertAnalyzesTo(analyzer, "عام 2015م و30كم الـ6 وال60",
                new String[] {"عام", "2015م", "2015", "و30كم", "30", "كم", "الـ6", "وال60", "60"},
                new int[] {0, 4, 4, 10, 11, 13, 16, 21, 24},
                new int[] {3, 9, 8, 15, 13, 15, 20, 26, 26},
                null, new int[] {1, 1, 0, 1, 0, 0, 1, 1, 0}, null, false);
        assertAnalyzesTo(analyzer, "١٤٣٦هـ", new String[] {"١٤٣٦هـ", "١٤٣٦"}, new int[] {0, 0}, new int[] {6, 4},
                null, new int[] {1, 0}, null, false);
    }

    public void testHarakatAfterTehMarbutaStayWithItsWord() throws Exception {
        assertAnalyzesTo(analyzer, "مرةًواحدة",
                new String[] {"مرةًواحدة", "مرةً", "واحدة"}, new int[] {0, 0, 4}, new int[] {9, 4, 9},
                null, new int[] {1, 0, 0}, null, false);
    }

    public void testWordsWhoseLettersProveNothingStayWhole() throws Exception {
        // ة and ى at the end; ىء an old spelling of ئ; a one-letter part is a slip, not a word.
        for (String word : new String[] {"الروسية", "مستشفى", "شاطىء", "والسيىء", "يحيىط", "ةز", "جامعتها"}) {
            assertAnalyzesTo(analyzer, word, new String[] {word}, new int[] {1});
        }
    }

    public void testRandomTextKeepsOffsetsAndPositionsConsistent() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER, 20, false, false);
    }

    public void testRandomArabicLikeText() throws Exception {
        // Words built from Arabic letters with ة and ى at random places: every split must keep Lucene's invariants.
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىًٌٍَُِّْـ";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            int words = 1 + random().nextInt(6);
            for (int w = 0; w < words; w++) {
                int length = 1 + random().nextInt(14);
                for (int c = 0; c < length; c++) {
                    text.append(letters.charAt(random().nextInt(letters.length())));
                }
                text.append(' ');
            }
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString(), false);
        }
    }
}
