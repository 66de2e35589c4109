package org.arshif.archive.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The folding filter checked the way Lucene checks its own filters. A hamza written on a word's first alef before ل
 * is kept: ألسنة (tongues) is not ال + سنة (the year), which it folds to once the hamza is gone.
 */
@com.carrotsearch.randomizedtesting.annotations.ThreadLeakFilters(defaultFilters = true, filters = SolrClientThreads.class)
public class ArabicFoldingFilterTest extends BaseTokenStreamTestCase {

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            return new TokenStreamComponents(tokenizer, new ArabicFoldingFilter(tokenizer));
        }
    };

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testAHamzaWrittenOnAnAlefBeforeLamAtTheWordsStartIsKept() throws Exception {
        // ألسنة، إلغاء، آلية: hamza written; وألسنة, بإلغاء: after a one-letter proclitic; harakat in between.
        assertAnalyzesTo(analyzer, "ألسنة إلغاء آلية وألسنة بإلغاء أَلْسنة",
                new String[] {"ألسنه", "ألغاء", "أليه", "وألسنه", "بألغاء", "ألسنه"});
    }

    public void testEveryOtherHamzaOnAlefIsFoldedAsBefore() throws Exception {
        // The article, a hamza-less spelling, a hamza not before ل, a hamza inside the word, two proclitics.
        assertAnalyzesTo(analyzer, "السنة الغاء أستانا إسلام سأل مسألة وبألف الأ",
                new String[] {"السنه", "الغاء", "استانا", "اسلام", "سال", "مساله", "وبالف", "الا"});
    }

    public void testATatweelStandingAloneIsADashNotAWord() throws Exception {
        // «القبض ـ ولله الحمد ـ على»: no gap where the tatweel stood, as none where a dash stands.
        assertAnalyzesTo(analyzer, "القبض ـ ولله الحمد ـــ على", new String[] {"القبض", "ولله", "الحمد", "علي"},
                new int[] {1, 1, 1, 1});
        assertAnalyzesTo(analyzer, "القبض - ولله", new String[] {"القبض", "ولله"}, new int[] {1, 1});
    }

    public void testSingleWordNormalisationKeepsTheSameHamza() {
        assertEquals("ألسنه", ArabicSearchAnalyzer.normaliseWord("ألسنة"));
        assertEquals("وألسنه", ArabicSearchAnalyzer.normaliseWord("وَألسنة"));
        assertEquals("السنه", ArabicSearchAnalyzer.normaliseWord("السنة"));
    }

    public void testRandomTextKeepsOffsetsAndPositionsConsistent() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
        String letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءةىأإآؤئًٌٍَُِّْـ";
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0, words = 1 + random().nextInt(5); w < words; w++) {
                for (int c = 0, length = 1 + random().nextInt(8); c < length; c++) {
                    text.append(letters.charAt(random().nextInt(letters.length())));
                }
                text.append(' ');
            }
            checkAnalysisConsistency(random(), analyzer, random().nextBoolean(), text.toString());
        }
    }
}
