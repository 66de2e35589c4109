package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicSearchAnalyzerTest {

    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "أستانا, استانا", "إستانا, استانا", "آستانا, استانا", "ٱستانا, استانا",
            "مستشفى, مستشفي", "الأزمة, الازمه", "مُفَاوَضَات, مفاوضات", "مفاوضـــات, مفاوضات",
            "کازاخستان, كازاخستان", "سوریا, سوريا", "٣٣٠, 330", "۳۳۰, 330", "ﺍﻟﺴﻼﻡ, السلام",
            "أُستانا, استانا", "FRANCE, france"})
    void spellingVariantsAnalyseAlike(String variant, String plain) throws IOException {
        // Alike for a search: the folded word and its stem; the letters as written (=أستانا) ride beside them.
        assertEquals(terms(plain), terms(variant).stream()
                .filter(t -> !t.startsWith(ArabicSearchAnalyzer.WRITTEN_MARK)).toList());
    }

    @Test
    void aWordWhoseLettersFoldingLosesKeepsThemMarkedAtItsPositionButStopWordsDoNot() throws IOException {
        assertEquals(List.of("كره", "=كرة", "~كر", "الكره", "=الكرة", "~كر"), terms("كرة الكرة"));
        assertEquals(List.of("امام", "=إمام", "امام", "=أمام"), terms("إمام أمام"));
        assertEquals(List.of("كره", "~كر", "امام"), terms("كره امام"), "nothing lost: nothing added");
        assertEquals(List.of("علي", "الي", "ألف", "الف"), terms("على إلى ألف"), "stop words and a kept hamza add nothing");
        assertEquals(List.of("مستشفي", "=مستشفى", "~مستشف"), terms("مُسْتَشْفَى"), "harakat dropped from the letters too");
    }

    @Test
    void emitsExactFormAndChangedStemAtTheSamePositionWithTheWrittenOffsets() throws IOException {
        List<String> seen = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", "والمفاوضات في أستانا")) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = stream.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                seen.add(term + "@" + inc.getPositionIncrement() + ":" + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
        }
        // The stop word في is kept for quoted phrases; أستانا has no affix, so no stem token of its own.
        assertEquals(List.of("والمفاوضات@1:0-10", "~مفاوض@0:0-10", "في@1:11-13", "استانا@1:14-20", "=أستانا@0:14-20"),
                seen);
    }

    @Test
    void stemmingJoinsArticleAndPluralForms() throws IOException {
        assertEquals(List.of("مفاوضات", "~مفاوض"), terms("مفاوضات"));
        assertTrue(terms("والمفاوضات").contains("~مفاوض"));
        assertTrue(terms("المفاوضات").contains("~مفاوض"));
    }
}
