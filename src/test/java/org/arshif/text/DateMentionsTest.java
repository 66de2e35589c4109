package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.arshif.text.DateMentions.Mention;
import org.junit.jupiter.api.Test;

class DateMentionsTest {

    private static List<String> written(String text) {
        return DateMentions.find(text).stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    private static List<LocalDate> days(String text) {
        return DateMentions.find(text).stream().map(Mention::from).toList();
    }

    @Test
    void theSeedMentionsThreeDates() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seeds/000_3e452db34f5d0aa1.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(LocalDate.of(2017, 5, 4), LocalDate.of(2017, 3, 15), LocalDate.of(2017, 2, 23)), days(seed));
        assertEquals(List.of("4 مايو 2017", "15 مارس 2017", "23 فيفري 2017"), written(seed));
    }

    @Test
    void levantineMaghrebiArabicIndicDigitsAndCommas() {
        assertEquals(List.of(LocalDate.of(2017, 10, 30), LocalDate.of(2016, 8, 30), LocalDate.of(2015, 7, 5)),
                days("عقد في ٣٠ تشرين الأول ٢٠١٧ ثم في 30 أوت 2016 وقبلها في 5 جويلية، 2015 اجتماع."));
        assertEquals(List.of(LocalDate.of(2019, 6, 12)), days("يوم 12 يونيه 2019م أعلن"));
    }

    @Test
    void aMonthAndYearIsTheWholeMonth() {
        List<Mention> found = DateMentions.find("في شهر آذار 2011 اندلعت الاحتجاجات");
        assertEquals(1, found.size());
        assertEquals(LocalDate.of(2011, 3, 1), found.getFirst().from());
        assertEquals(LocalDate.of(2011, 3, 31), found.getFirst().to());
        assertEquals(List.of("آذار 2011"), written("في شهر آذار 2011 اندلعت الاحتجاجات"));
    }

    @Test
    void aMonthWrittenWithBothItsNamesIsOneMonthAndADayOfItOneDay() {
        for (String written : List.of("23 يوليو/تموز 2015", "23 تموز/ يوليو 2015", "23 يوليو (تموز) 2015")) {
            List<Mention> found = DateMentions.find("وقع الانفجار في " + written + " قرب الحدود");
            assertEquals(1, found.size(), written);
            assertEquals(LocalDate.of(2015, 7, 23), found.getFirst().from(), written);
            assertEquals(LocalDate.of(2015, 7, 23), found.getFirst().to(), written);
            assertEquals(List.of(written), written("وقع الانفجار في " + written + " قرب الحدود"));
        }
        List<Mention> month = DateMentions.find("في أغسطس/آب 2015 ارتفعت الأسعار");
        assertEquals(LocalDate.of(2015, 8, 1), month.getFirst().from());
        assertEquals(LocalDate.of(2015, 8, 31), month.getFirst().to());
        assertEquals(List.of(), DateMentions.find("في 23 يوليو/آب 2015"), "two different months: no day to trust");
    }

    @Test
    void hijriMonthsWithTheirYear() {
        List<Mention> ramadan = DateMentions.find("خلال رمضان 1436 هـ تضاعفت الزيارات");
        assertEquals(LocalDate.of(2015, 6, 18), ramadan.getFirst().from());
        assertEquals(LocalDate.of(2015, 7, 16), ramadan.getFirst().to());
        assertEquals(List.of(LocalDate.of(2017, 10, 30)), days("الاثنين 10 صفر 1439 هـ"));
    }

    @Test
    void numbersThatAreNotDatesAreLeftAlone() {
        assertEquals(List.of(), written("أودى بحياة أكثر من 330 الف شخص في غضون 6 سنوات، و2017 سنة صعبة، ومايو شهر جميل."));
        assertEquals(List.of(), written("31 فبراير 2017 ليس تاريخاً"));
        assertEquals(List.of(), written("في 4 مايو 20175"));
    }

    /** The check that spares most paragraphs the patterns lets every name through, in each spelling and spacing. */
    @Test
    void everyMonthNameBeforeItsYearIsFoundWhateverTheSpellingAndSeparator() {
        List<String> separators = List.of(" ", "", "، ", " , ", "\n", "  ،  ");
        for (String name : MonthNames.written().keySet()) {
            for (String spelling : List.of(name, otherSpelling(name))) {
                for (String separator : separators) {
                    String text = "قال في " + spelling + separator + "2015 إن";
                    assertEquals(1, DateMentions.find(text).size(), text);
                }
            }
        }
        for (String name : MonthNames.writtenHijri().keySet()) {
            for (String spelling : List.of(name, otherSpelling(name))) {
                for (String separator : separators) {
                    String text = "في " + spelling + separator + "١٤٣٦ هـ";
                    assertEquals(1, DateMentions.find(text).size(), text);
                }
            }
        }
    }

    /** The spelling the patterns take for the same name: alef for hamza seats, heh for teh marbuta, yeh for ى. */
    private static String otherSpelling(String name) {
        return name.replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي');
    }

    @Test
    void aYearAfterAnyOtherWordSparesThePatterns() {
        assertEquals(0, DateMentions.calendarsIn("أعلنت الوزارة عام 2015 عن خطة تمتد حتى 2030 و1436 موظفا"));
        assertEquals(0, DateMentions.calendarsIn("مايو 1436")); // a Hijri year after a Gregorian month
        assertEquals(DateMentions.GREGORIAN, DateMentions.calendarsIn("أعلنت في مايو، 2015"));
        assertEquals(DateMentions.HIJRI, DateMentions.calendarsIn("منذ جمادى الآخره ١٤٣٦"));
        assertEquals(DateMentions.GREGORIAN | DateMentions.HIJRI,
                DateMentions.calendarsIn("الأربعاء 5 شوال 1436هـ الموافق 22 يوليو 2015م"));
        assertEquals(DateMentions.GREGORIAN | DateMentions.HIJRI,
                DateMentions.calendarsIn("في 22 يوليو (تموز) 2015 أي 5 شوال ١٤٣٦"));
    }

    @Test
    void aTextDatedInOneCalendarGivesWhatBothPatternsWouldFind() {
        // Hijri alone, Gregorian alone, both: the mentions in the order written, each calendar's own.
        assertEquals(List.of(LocalDate.of(2015, 7, 21)), fromDays("صدر في 5 شوال 1436هـ"));
        assertEquals(List.of(LocalDate.of(2015, 7, 22)), fromDays("صدر في 22 يوليو 2015م"));
        assertEquals(List.of(LocalDate.of(2015, 7, 21), LocalDate.of(2015, 7, 22)),
                fromDays("الثلاثاء 5 شوال 1436هـ الموافق 22 يوليو 2015م"));
        assertEquals(List.of(LocalDate.of(2015, 7, 22), LocalDate.of(2015, 7, 21)),
                fromDays("الأربعاء 22 يوليو 2015م الموافق 5 شوال 1436هـ"));
    }

    @Test
    void datesWrittenInNumbersOfEitherCalendar() {
        String both = "صدر القرار في 10/10/1436هـ الموافق 26/7/2015م ويعمل به";
        assertEquals(List.of("10/10/1436هـ", "26/7/2015م"), written(both));
        LocalDate day = LocalDate.of(2015, 7, 26); // 10 Shawwal 1436, Umm al-Qura
        assertEquals(List.of(day, day), days(both));
        assertEquals(day, DateMentions.find(both).getFirst().to(), "one day, not a range");
        for (String written : List.of("1436/10/10 هـ", "10 / 10 / 1436 هـ", "10 /10/ 1436هـ", "10-10-1436هـ",
                "١٠/١٠/١٤٣٦هـ", "10/10/1436 ه", "10/10/1436 هجرية", "10/10/1436", "2015/7/26", "26-07-2015",
                "26 - 7 - 2015م", "26/7/2015 ميلادية", "2015-07-26")) {
            String text = "الموعد " + written + "، وسيعلن لاحقا";
            assertEquals(List.of(written), written(text), text);
            assertEquals(List.of(day), days(text), text);
        }
        assertEquals(List.of(LocalDate.of(2015, 7, 17), LocalDate.of(2015, 7, 21)), days("من 1/10/1436 - 5/10/1436"),
                "a range written with spaces: two dates");
        assertEquals(List.of(LocalDate.of(1965, 7, 21)), days("ولد في 22/3/1385 ه، وتوفي"));
    }

    @Test
    void numbersThatLookLikeADateAreNot() {
        for (String text : List.of("1/2/3", "انتهت المباراة 3-1", "بخطة 4-2-3-1", "بخطة 4 - 2 - 3 - 1",
                "الإصدار 2.12.2015", "في 26.7.2015", "40-50-60 مثلا", "26/7/15", "رقم 12/1436", "العام الدراسي 1436/1437",
                "31/2/2015", "12/15/2015 بتقديم الشهر", "0/7/2015", "31/10/1436هـ", "10/13/1436هـ", "10/0/1436هـ",
                "26/7/2015هـ", "10/10/1436م", "10/10/1300", "10/10/1700هـ", "10/10/1899", "10/10/2200",
                "1/2/3/2015", "12/5/1436/7", "2015/7/26/3", "26/7/2015مثلا", "v26/7/2015", "26/7/2015x", "هاتف 0555-12-1436",
                "10/10-1436هـ", "1436/10-10 هـ")) {
            assertEquals(List.of(), written(text), text);
        }
        assertEquals(List.of(LocalDate.of(1883, 8, 14)), days("10/10/1300هـ"), "a year out of today's news, era written");
    }

    @Test
    void aDateInNumbersIsLookedForOnlyWhereASeparatorTouchesAYear() {
        assertEquals(DateMentions.NUMERIC, DateMentions.calendarsIn("في 10/10/1436هـ"));
        assertEquals(DateMentions.NUMERIC, DateMentions.calendarsIn("في 1436 / 10 / 10"));
        assertEquals(DateMentions.NUMERIC, DateMentions.calendarsIn("في ٢٦-٧-٢٠١٥م"));
        assertEquals(0, DateMentions.calendarsIn("النتيجة 3-1 عام 2015 و1436 موظفا و12/10 و2015 - 2016"
                .replace(" - ", " و")));
        assertEquals(0, DateMentions.calendarsIn("1/2/3 و20155/1"));
    }

    private static List<LocalDate> fromDays(String text) {
        return DateMentions.find(text).stream().map(DateMentions.Mention::from).toList();
    }
}
