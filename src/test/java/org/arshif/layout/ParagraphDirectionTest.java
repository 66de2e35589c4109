package org.arshif.layout;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParagraphDirectionTest {

    @Test
    void anArabicParagraphOpeningWithALatinWordReadsRightToLeft() {
        assertTrue(ParagraphDirection.isRightToLeft("Reuters: قالت وكالة رويترز إن المحادثات ستستأنف في أستانا"));
        assertTrue(ParagraphDirection.isRightToLeft("iPhone 15 يصل إلى الأسواق السعودية الأسبوع المقبل"));
    }

    @Test
    void anEnglishParagraphWithAnArabicWordReadsLeftToRight() {
        assertFalse(ParagraphDirection.isRightToLeft("The talks in Astana (أستانا) resumed on Monday with Russia"));
    }

    @Test
    void digitsAndPunctuationAloneReadRightToLeft() {
        assertTrue(ParagraphDirection.isRightToLeft("2017-10-30 — 12:45"));
        assertTrue(ParagraphDirection.isRightToLeft(""));
    }
}
