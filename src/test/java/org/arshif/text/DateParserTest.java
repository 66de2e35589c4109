package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2017-10-30                      | 2017-10-30
            2017-10-30 14:05:00             | 2017-10-30
            2015-07-22 00:05:53             | 2015-07-22
            2017-10-30T23:59:59Z            | 2017-10-30
            2017-10-30T10:00:00+03:00       | 2017-10-30
            30/10/2017                      | 2017-10-30
            2017/10/30                      | 2017-10-30
            30 أكتوبر 2017                  | 2017-10-30
            30 اكتوبر 2017                  | 2017-10-30
            ٣٠ تشرين الأول ٢٠١٧             | 2017-10-30
            ٣٠ تشرين الاول ٢٠١٧             | 2017-10-30
            15 كانون الثاني 2017            | 2017-01-15
            4 أيار 2017                     | 2017-05-04
            30 أوت 2017                     | 2017-08-30
            23 فيفري 2017                   | 2017-02-23
            15 مارس 2017                    | 2017-03-15
            4 ماي 2017                      | 2017-05-04
            12 جوان 2016                    | 2016-06-12
            5 جويلية 2016                   | 2016-07-05
            1 أفريل 2016                    | 2016-04-01
            20 غشت 2016                     | 2016-08-20
            ۲۰ شتنبر ۲۰۱۶                   | 2016-09-20
            الاثنين 30 أكتوبر 2017          | 2017-10-30
            الإثنين، ٣٠ أكتوبر ٢٠١٧م        | 2017-10-30
            30 أكتوبر، 2017                 | 2017-10-30
            Mon, 30 Oct 2017 10:00:00 GMT   | 2017-10-30
            Mon, 30 Oct 2017 10:00:00 +0300 | 2017-10-30
            October 30, 2017                | 2017-10-30
            2016-12-31T23:59:60Z            | 2016-12-31
            2017-10-30T00:00:00-11:30       | 2017-10-30
            Mon, 30 Oct 2017 23:59 GMT      | 2017-10-30
            """)
    void readsEveryKnownForm(String written, LocalDate expected) {
        assertEquals(expected, DateParser.parse(written).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsUndatedNotAnError(String blank) {
        assertTrue(DateParser.parse(blank).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "30 بطيخ 2017", "31 فبراير 2017", "2017-13-01", "32/01/2017", "الجمعة",
        "2017-02-30", "١٤٣٦ رمضان ٨", "Thu, 30 Feb 2017 10:00:00 GMT", "2017-10-30T25:61:00", "2017-10-30 24:00",
        "2017-10-30T10:60", "2017-10-30T10:00:61", "2017-10-30T10:00:00+25:00", "Mon, 30 Oct 2017 25:00:00 GMT"})
    void unreadableDatesAreErrorsNamingTheText(String bad) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateParser.parse(bad));
        assertTrue(e.getMessage().contains(bad.strip()), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            9999-12-31 | false
            0001-01-01 | false
            1799-12-31 | false
            1800-01-01 | true
            2017-10-30 | true
            2027-11-30 | true
            2027-12-01 | false
            """)
    void aBelievableNewsDateLiesFrom1800ToAYearAfterToday(LocalDate date, boolean believable) {
        assertEquals(believable, DateParser.isBelievable(date, LocalDate.of(2026, 11, 30)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            1970-01-01 | true
            1900-01-01 | true
            1899-12-30 | true
            1904-01-01 | true
            1970-01-02 | false
            1900-01-02 | false
            2017-10-30 | false
            """)
    void theZeroDatesOfSoftwareArePlaceholders(LocalDate date, boolean placeholder) {
        assertEquals(placeholder, DateParser.isPlaceholder(date));
    }

    @Test
    void aFieldOfMillionsOfCharactersIsUnreadableAtOnceAndQuotedShort() {
        String huge = "30 أكتوبر ".repeat(1_000_000) + "2017";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DateParser.parse(huge));
        assertTrue(e.getMessage().length() < 200, e.getMessage().length() + " characters");
        assertEquals(LocalDate.of(2017, 10, 30), DateParser.parse("   2017-10-30" + " ".repeat(500)).orElseThrow());
    }
}
