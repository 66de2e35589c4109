package org.arshif.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** Two Latin words in a row outside an isolate: English left in an Arabic sentence. */
    private static final Pattern LATIN_WORDS = Pattern.compile("\\p{IsLatin}{2,}[ ,;:]+\\p{IsLatin}{2,}");

    /** Every code has a sentence in both languages, and the Arabic one is Arabic. */
    @ParameterizedTest
    @EnumSource(Problem.Code.class)
    void everyCodeHasAnArabicAndAnEnglishSentence(Problem.Code code) {
        Problem problem = Problem.of(code, "«1»", "«2»");
        String arabic = problem.text(ARABIC);
        String english = problem.text(Locale.ENGLISH);
        assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                arabic);
        String outsideIsolates = arabic.replaceAll("\u2068[^\u2069]*\u2069", "");
        assertFalse(LATIN_WORDS.matcher(outsideIsolates).find(), arabic);
        assertTrue(english.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                english);
    }

    @Test
    void aReversedRangeIsRefusedWithItsCodeAndBothDates() {
        var from = LocalDate.of(2017, 10, 30);
        var to = LocalDate.of(2017, 10, 1);
        Problem.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(Problem.Refused.class,
                () -> new SearchQuery("أستانا", from, to, null, SortOrder.NEWEST, 0, 20));
        assertEquals(Problem.Code.SEARCH_RANGE_REVERSED, refused.problem().code());
        assertEquals("the date range ends (2017-10-01) before it starts (2017-10-30)", refused.getMessage());
        assertEquals("نطاق التاريخ ينتهي (\u20682017-10-01\u2069) قبل أن يبدأ (\u20682017-10-30\u2069)",
                refused.problem().text(ARABIC));
    }

    /** A problem inside a problem is said in the same language; a system's own words stay as they came. */
    @Test
    void nestedProblemsFollowTheLanguage() {
        Problem denied = Problem.of(Problem.Code.UNREADABLE, Problem.of(Problem.Code.PERMISSION_DENIED));
        assertEquals("cannot read: permission denied", denied.english());
        assertEquals("تعذّرت القراءة: لا إذن بالوصول", denied.text(ARABIC));
        List<String> none = new ArrayList<>();
        assertEquals("invalid JSON: Unexpected character", Problem.of(Problem.Code.INVALID_JSON, "Unexpected character")
                .english(), none.toString());
    }
}
