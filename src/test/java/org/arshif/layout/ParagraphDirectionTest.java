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
    void anArabicSentenceHoldingLongLatinWordsReadsRightToLeft() {
        // More Latin letters than Arabic ones (30 to 28, 20 to 6), but more Arabic words: the sentences are Arabic.
        assertTrue(ParagraphDirection.isRightToLeft("وذكرت وكالة Reuters International News Agency أمس أن الاجتماع انتهى."));
        assertTrue(ParagraphDirection.isRightToLeft("قال Internationalization أمس"));
        // Harakat and tanween do not cut a word in two: three voweled Arabic words against two Latin ones.
        assertTrue(ParagraphDirection.isRightToLeft("كَتَبَ مُرَاسِلُنَا بدلاً BBC News"));
    }

    @Test
    void aLinkIsOneWordHoweverManyPartsItHas() {
        // Counted part by part, the link's forty segments outweighed the sentence and the paragraph was set left to
        // right, its full stop on the right.
        String link = "https://example.com/" + "a/".repeat(40) + "page.html";
        assertTrue(ParagraphDirection.isRightToLeft("بداية النص ورابط " + link + " في النص هنا."));
        assertTrue(ParagraphDirection.isRightToLeft("للتواصل: تويتر @aljamili aaljamili@yahoo.com"));
        assertFalse(ParagraphDirection.isRightToLeft("See " + link + " for the full text (النص الكامل)."));
    }

    @Test
    void anEnglishParagraphWithAnArabicWordReadsLeftToRight() {
        assertFalse(ParagraphDirection.isRightToLeft("The talks in Astana (أستانا) resumed on Monday with Russia"));
    }

    @Test
    void addressesAndHandlesAreNotWords() {
        // A signature: one Arabic word against four Latin ones if the addresses' pieces counted (hostile review).
        assertTrue(ParagraphDirection.isRightToLeft("تويتر @aljamili aaljamili@yahoo.com"));
        assertTrue(ParagraphDirection.isRightToLeft("البريد aaljamili@yahoo.com وتويتر @aljamili والموقع "
                + "https://www.spa.gov.sa/news/view?id=1234 انتهى"));
        // An English sentence with an address is still English.
        assertFalse(ParagraphDirection.isRightToLeft("Write to the editor at editor@example.com or @arshif, شكراً"));
    }

    @Test
    void digitsAndPunctuationAloneReadRightToLeft() {
        assertTrue(ParagraphDirection.isRightToLeft("2017-10-30 — 12:45"));
        assertTrue(ParagraphDirection.isRightToLeft(""));
    }

    @Test
    void lettersInsideAnIsolateDoNotDecide() {
        // An Arabic sentence of the interface holding a long Latin run, isolated: still right to left.
        assertTrue(ParagraphDirection.isRightToLeft("يعمل على جافا \u206625.0.3+9-LTS (Eclipse Adoptium, Linux amd64)\u2069."));
        assertTrue(ParagraphDirection.isRightToLeft("مجلد الأرشيف: \u2068/home/journalist/Documents/archive\u2069"));
        // Not isolated, the Latin letters are the most: left to right, as before.
        assertFalse(ParagraphDirection.isRightToLeft("يعمل على جافا 25.0.3+9-LTS (Eclipse Adoptium, Linux amd64)."));
        // An English sentence with an isolated Arabic path stays left to right; an unmatched PDI changes nothing.
        assertFalse(ParagraphDirection.isRightToLeft("Archive folder: \u2066/home/صحفي/أرشيف الأخبار/2017\u2069"));
        assertFalse(ParagraphDirection.isRightToLeft("\u2069Archive folder: أرشيف"));
    }
}
