package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void decodesHtmlEntitiesNamedAndNumeric() {
        assertEquals("قال \"الوزير\" إن «الاتفاق» & ”قريب”",
                TextCleaner.clean("قال &quot;الوزير&quot; إن &laquo;الاتفاق&raquo; &amp; &#8221;قريب&#x201D;"));
    }

    @Test
    void leavesUnknownEntitiesAndLoneAmpersandsAsWritten() {
        assertEquals("A & B &foo; &#xZZ;", TextCleaner.clean("A & B &foo; &#xZZ;"));
    }

    @Test
    void dropsControlZeroWidthAndBidiMarks() {
        String dirty = "\u202Bمفاوضات\u202C\u200F أستانا\u001A\u200B السورية\u200E\uFEFF\u2066x\u2069";
        assertEquals("مفاوضات أستانا السوريةx", TextCleaner.clean(dirty));
    }

    @Test
    void turnsNoBreakAndOtherSpacesIntoOneSpace() {
        assertEquals("جولة جديدة من المفاوضات", TextCleaner.clean("جولة\u00A0جديدة\u202F\u2009من\t  المفاوضات"));
    }

    @Test
    void foldsPresentationFormsToLetters() {
        assertEquals("لا السلام", TextCleaner.clean("\uFEFB \uFE8D\uFEDF\uFEB4\uFEFC\uFEE1"));
        // An isolated haraka form keeps its mark without a stray space.
        assertEquals("بَ", TextCleaner.clean("ب\uFE76"));
    }

    @Test
    void keepsDiacriticsTatweelDigitsAndPunctuationAsWritten() {
        String text = "مُفَاوَضَات أستـــانا (٧) في 2017، «جنيف»؟";
        assertEquals(text, TextCleaner.clean(text));
    }

    @Test
    void keepsLineBreaksButTrimsSpacesAroundThem() {
        assertEquals("سطر أول\nسطر ثان\n\nفقرة", TextCleaner.clean("سطر أول  \r\nسطر ثان\r\n\r\n  فقرة  "));
    }

    @Test
    void cleanLineJoinsLines() {
        assertEquals("عنوان على سطرين", TextCleaner.cleanLine("  عنوان على\nسطرين \u200F"));
    }
}
