package org.arshif.archive.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The word and its stem, checked the way Lucene checks its own filters. A word whose first alef carries a written
 * hamza keeps it in its exact form (ألسنة is not السنة, the year) while its stem is the stem of the word without it,
 * so ألمانيا and المانيا still share everything but the written form.
 */
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(defaultFilters = true, filters = SolrClientThreads.class)
public class ExactAndStemFilterTest extends BaseTokenStreamTestCase {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer,
                    new ExactAndStemFilter(new ArabicFoldingFilter(tokenizer), ExactAndStemFilter.defaultStopWords()));
        }
    };

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testAWrittenHamzaStaysInTheExactFormAndTheStemIsTheWordsWithoutIt() throws Exception {
        // ألف, which the stemmer leaves whole, is also الف at its place: one term for both spellings' frequency.
        assertAnalyzesTo(analyzer, "ألسنة السنة ألف الف",
                new String[] {"ألسنه", "~سن", "السنه", "~سن", "ألف", "الف", "الف"},
                new int[] {1, 0, 1, 0, 1, 0, 1});
    }

    public void testAStopWordWithAWrittenHamzaIsTheStopWord() throws Exception {
        // إلى and الى are one stop word, kept only as written without the hamza.
        assertAnalyzesTo(analyzer, "إلى الى إلا", new String[] {"الي", "الي", "الا"}, new int[] {1, 1, 1});
    }

    public void testRandomTextKeepsOffsetsAndPositionsConsistent() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآؤئ";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, words = 1 + random().nextInt(5); w < words; w++) {
                text.append(random().nextBoolean() ? "أل" : "");
                for (int c = 0, length = 1 + random().nextInt(7); c < length; c++) {
                    text.append(letters.charAt(random().nextInt(letters.length())));
                }
                text.append(' ');
            }
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString());
        }
    }
}
