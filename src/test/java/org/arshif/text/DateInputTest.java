package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.arshif.text.DateInput.Days;
import org.arshif.text.DateInput.Reason;
import org.arshif.text.DateInput.Refused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    private static Days days(String typed) {
        return assertInstanceOf(Days.class, DateInput.read(typed), typed);
    }

    private static Refused refused(String typed) {
        return assertInstanceOf(Refused.class, DateInput.read(typed), typed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015-07-25                  | 2015-07-25 | GREGORIAN
            2015-7-5                    | 2015-07-05 | GREGORIAN
            2015/07/25                  | 2015-07-25 | GREGORIAN
            25/07/2015                  | 2015-07-25 | GREGORIAN
            25-7-2015                   | 2015-07-25 | GREGORIAN
            25.07.2015                  | 2015-07-25 | GREGORIAN
            25 / 07 / 2015              | 2015-07-25 | GREGORIAN
            25/07/2015م                 | 2015-07-25 | GREGORIAN
            ٢٥/٠٧/٢٠١٥                  | 2015-07-25 | GREGORIAN
            ۲۵/۷/۲۰۱۵                   | 2015-07-25 | GREGORIAN
            ٢٠١٥-٠٧-٢٥                  | 2015-07-25 | GREGORIAN
            25 يوليو 2015               | 2015-07-25 | GREGORIAN
            25 يولية 2015               | 2015-07-25 | GREGORIAN
            ٢٥ تموز ٢٠١٥                | 2015-07-25 | GREGORIAN
            ۲۵ تموز ۲۰۱۵                | 2015-07-25 | GREGORIAN
            15 كانون الثاني 2015        | 2015-01-15 | GREGORIAN
            15 كانون الاول 2015         | 2015-12-15 | GREGORIAN
            3 تشرين الأول 2015          | 2015-10-03 | GREGORIAN
            1 يناير 2015                | 2015-01-01 | GREGORIAN
            31 ديسمبر 2015              | 2015-12-31 | GREGORIAN
            5 جويلية 2015               | 2015-07-05 | GREGORIAN
            السبت، 25 يوليو 2015م       | 2015-07-25 | GREGORIAN
            25 يوليو، 2015              | 2015-07-25 | GREGORIAN
            25 July 2015                | 2015-07-25 | GREGORIAN
            'July 25, 2015'             | 2015-07-25 | GREGORIAN
            2015-07-25T10:00:00+03:00   | 2015-07-25 | GREGORIAN
            \u200F25/07/2015\u200F      | 2015-07-25 | GREGORIAN
            1900-01-01                  | 1900-01-01 | GREGORIAN
            29/02/2016                  | 2016-02-29 | GREGORIAN
            8 شوال 1436                 | 2015-07-24 | HIJRI
            ٨ شوال ١٤٣٦ هـ              | 2015-07-24 | HIJRI
            8/10/1436هـ                 | 2015-07-24 | HIJRI
            8/10/1436 هـ                | 2015-07-24 | HIJRI
            8-10-1436 ه                 | 2015-07-24 | HIJRI
            8/10/1436                   | 2015-07-24 | HIJRI
            1436/10/08                  | 2015-07-24 | HIJRI
            ۸/۱۰/۱۴۳۶ه                  | 2015-07-24 | HIJRI
            8 Shawwal 1436 AH           | 2015-07-24 | HIJRI
            1 ذي القعدة 1436            | 2015-08-16 | HIJRI
            1 ذو القعدة 1436هـ          | 2015-08-16 | HIJRI
            10 صفر 1439 هـ              | 2017-10-30 | HIJRI
            29 رمضان 1436               | 2015-07-16 | HIJRI
            """)
    void readsADayAsPeopleWriteIt(String typed, LocalDate expected, CalendarSystem calendar) {
        Days read = days(typed);
        assertEquals(expected, read.first());
        assertEquals(expected, read.last());
        assertEquals(calendar, read.calendar());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            يوليو 2015    | 2015-07-01 | 2015-07-31
            تموز ٢٠١٥     | 2015-07-01 | 2015-07-31
            07/2015       | 2015-07-01 | 2015-07-31
            2015-07       | 2015-07-01 | 2015-07-31
            شباط 2016     | 2016-02-01 | 2016-02-29
            2015          | 2015-01-01 | 2015-12-31
            رمضان 1436    | 2015-06-18 | 2015-07-16
            رمضان 1436هـ  | 2015-06-18 | 2015-07-16
            09/1436هـ     | 2015-06-18 | 2015-07-16
            1436هـ        | 2014-10-25 | 2015-10-13
            1436          | 2014-10-25 | 2015-10-13
            """)
    void aMonthOrAYearWithoutItsDayIsEveryDayOfIt(String typed, LocalDate first, LocalDate last) {
        Days read = days(typed);
        assertEquals(first, read.first());
        assertEquals(last, read.last());
    }

    @Test
    void numbersAreReadDayFirstAsArabicWritesThem() {
        assertEquals(LocalDate.of(2015, 4, 3), days("03/04/2015").first(), "3 April, not March 4th");
        assertEquals(LocalDate.of(2015, 12, 1), days("01/12/2015").first());
        // A US order is not turned around: there is no month 25.
        Refused us = refused("07/25/2015");
        assertEquals(Reason.NO_SUCH_MONTH, us.reason());
        assertEquals(25, us.month());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2015       | NO_SUCH_DAY
            29/02/2015       | NO_SUCH_DAY
            31 أبريل 2015    | NO_SUCH_DAY
            0/07/2015        | NO_SUCH_DAY
            2015-02-30       | NO_SUCH_DAY
            30 رمضان 1436    | NO_SUCH_DAY
            2015-13-01       | NO_SUCH_MONTH
            2015-00-10       | NO_SUCH_MONTH
            10/00/2015       | NO_SUCH_MONTH
            13/1436هـ        | NO_SUCH_MONTH
            0000-00-00       | PLACEHOLDER
            00/00/0000       | PLACEHOLDER
            0000             | PLACEHOLDER
            25/07/15         | SHORT_YEAR
            25/7/015         | SHORT_YEAR
            25/07            | SHORT_YEAR
            0001-01-01       | YEAR_OUT_OF_RANGE
            1799-12-31       | YEAR_OUT_OF_RANGE
            9999-12-31       | YEAR_OUT_OF_RANGE
            25/07/1700       | YEAR_OUT_OF_RANGE
            8/10/1436م       | YEAR_OUT_OF_RANGE
            25/07/2015هـ     | YEAR_OUT_OF_RANGE
            25 يوليو 1436    | YEAR_OUT_OF_RANGE
            8 شوال 2015      | YEAR_OUT_OF_RANGE
            25 يوليو 2015هـ  | YEAR_OUT_OF_RANGE
            1 محرم 1700      | YEAR_OUT_OF_RANGE
            99999999999999   | YEAR_OUT_OF_RANGE
            yesterday        | UNREADABLE
            25 بطيخ 2015     | UNREADABLE
            25 يوليو         | UNREADABLE
            أمس              | UNREADABLE
            2015-07-25-01    | UNREADABLE
            25//07/2015      | UNREADABLE
            """)
    void refusesWithItsReason(String typed, Reason reason) {
        assertEquals(reason, refused(typed).reason());
    }

    @Test
    void aRefusedDaySaysHowLongItsMonthIs() {
        Refused february = refused("31/02/2015");
        assertEquals(CalendarSystem.GREGORIAN, february.calendar());
        assertEquals(2, february.month());
        assertEquals(28, february.daysInMonth());
        Refused ramadan = refused("30 رمضان 1436");
        assertEquals(CalendarSystem.HIJRI, ramadan.calendar());
        assertEquals(9, ramadan.month());
        assertEquals(29, ramadan.daysInMonth(), "Ramadan 1436 had 29 days in the Umm al-Qura calendar");
        assertEquals(30, refused("31 شوال 1436").daysInMonth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u200F"})
    void blankLeavesTheRangeOpen(String blank) {
        assertInstanceOf(DateInput.Empty.class, DateInput.read(blank));
        assertInstanceOf(DateInput.Empty.class, DateInput.read(null));
    }

    @Test
    void hostileInputIsRefusedWithoutLookingAtIt() {
        assertEquals(Reason.UNREADABLE, refused("25/07/2015 ".repeat(2_000)).reason());
        assertEquals(Reason.UNREADABLE, refused("٢".repeat(61)).reason());
        assertEquals(LocalDate.of(2015, 7, 25), days("\u0000\u202E2015-07-25").first(), "invisible controls dropped");
    }

    @Test
    void theJvmLocaleChangesNothing() {
        List<String> typed = List.of("25/07/2015", "03/04/2015", "٢٥ تموز ٢٠١٥", "8 شوال 1436", "8/10/1436هـ",
                "July 25, 2015", "31/02/2015", "2015");
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ROOT);
            List<DateInput.Reading> root = typed.stream().map(DateInput::read).toList();
            for (Locale locale : List.of(Locale.US, Locale.forLanguageTag("ar-SA"),
                    Locale.forLanguageTag("ar-SA-u-nu-arab-ca-islamic"), Locale.forLanguageTag("fa-IR"))) {
                Locale.setDefault(locale);
                assertEquals(root, typed.stream().map(DateInput::read).toList(), locale.toString());
            }
            assertEquals(LocalDate.of(2015, 4, 3), ((Days) root.get(1)).first());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void whatAFieldShowsReadsBackAsTheSameDayInEitherLanguageAndCalendar() {
        for (LocalDate day = LocalDate.of(1882, 11, 1); day.isBefore(LocalDate.of(2175, 1, 1)); day = day.plusDays(97)) {
            for (CalendarSystem calendar : CalendarSystem.values()) {
                for (Locale language : List.of(Locale.forLanguageTag("ar"), Locale.ENGLISH)) {
                    String shown = calendar.format(day, language);
                    Days read = days(shown);
                    assertEquals(day, read.first(), shown);
                    assertEquals(day, read.last(), shown);
                }
            }
        }
        assertEquals("8 شوال 1436 هـ", CalendarSystem.HIJRI.format(LocalDate.of(2015, 7, 24), Locale.forLanguageTag("ar")));
        assertEquals("24 يوليو 2015", CalendarSystem.GREGORIAN.format(LocalDate.of(2015, 7, 24), Locale.forLanguageTag("ar")));
        assertEquals("1 January 1850", CalendarSystem.HIJRI.format(LocalDate.of(1850, 1, 1), Locale.ENGLISH),
                "before the Hijri table: shown in the Gregorian calendar");
    }
}
