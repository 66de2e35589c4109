package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import org.arshif.model.DayCount;
import org.arshif.text.CalendarSystem;
import org.junit.jupiter.api.Test;

/** The bars the timeline draws: their level, their days, their counts, their labels, in either calendar. */
class TimelineScaleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final List<DayCount> AUTUMN_2017 = List.of(day(2017, 10, 1, 1), day(2017, 10, 30, 1),
            day(2017, 10, 31, 1), day(2017, 11, 28, 1), day(2018, 1, 30, 1));

    private static DayCount day(int year, int month, int day, long count) {
        return new DayCount(LocalDate.of(year, month, day), count);
    }

    private static TimelineScale scale(List<DayCount> days, double width) {
        return TimelineScale.of(new TimelineCounts(days, null, null), CalendarSystem.GREGORIAN, width, TODAY);
    }

    @Test
    void fourMonthsAreDaysWhenEveryDayGetsSixPixelsAndMonthsWhenNot() {
        TimelineScale days = scale(AUTUMN_2017, 1200);
        assertEquals(TimelineScale.Level.DAY, days.level());
        assertEquals(122, days.bins().size(), "1 October 2017 to 30 January 2018, empty days included");
        assertEquals(new TimelineScale.Bin(LocalDate.of(2017, 10, 30), LocalDate.of(2017, 10, 30), 1),
                days.bins().get(29));
        assertEquals(0, days.bins().get(1).count());

        TimelineScale months = scale(AUTUMN_2017, 700);
        assertEquals(TimelineScale.Level.MONTH, months.level());
        assertEquals(List.of(3L, 1L, 0L, 1L), months.bins().stream().map(TimelineScale.Bin::count).toList(),
                "December holds nothing and is still a bar: a gap");
        assertEquals(LocalDate.of(2017, 12, 1), months.bins().get(2).first());
        assertEquals(LocalDate.of(2017, 12, 31), months.bins().get(2).last());
    }

    @Test
    void twentyYearsAreMonthsOnAWideScreenAndYearsOnANarrowOne() {
        List<DayCount> days = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2005, 1, 10); month.getYear() < 2025; month = month.plusMonths(1)) {
            days.add(new DayCount(month, 3));
        }
        TimelineScale wide = scale(days, 1600);
        assertEquals(TimelineScale.Level.MONTH, wide.level());
        assertEquals(240, wide.bins().size());
        TimelineScale narrow = scale(days, 1200);
        assertEquals(TimelineScale.Level.YEAR, narrow.level());
        assertEquals(20, narrow.bins().size());
        assertEquals(36, narrow.bins().getFirst().count());
        assertEquals("2005", narrow.tick(narrow.bins().getFirst(), Messages.ARABIC));
        assertEquals(720, narrow.bins().stream().mapToLong(TimelineScale.Bin::count).sum());
    }

    @Test
    void aRangeSetInTheSearchIsTheSpanAndCutsTheEndBars() {
        TimelineCounts fromMidOctober = new TimelineCounts(List.of(day(2017, 10, 30, 1), day(2017, 10, 31, 1),
                day(2017, 11, 28, 1)), LocalDate.of(2017, 10, 15), LocalDate.of(2018, 3, 31));
        TimelineScale scale = TimelineScale.of(fromMidOctober, CalendarSystem.GREGORIAN, 300, TODAY);
        assertEquals(TimelineScale.Level.MONTH, scale.level());
        assertEquals(6, scale.bins().size(), "mid-October to March, though nothing is dated after November");
        assertEquals(new TimelineScale.Bin(LocalDate.of(2017, 10, 15), LocalDate.of(2017, 10, 31), 2),
                scale.bins().getFirst());
        assertEquals(LocalDate.of(2018, 3, 31), scale.bins().getLast().last());
    }

    @Test
    void placeholderDatesAreCountedAtTheEndsNotDrawn() {
        List<DayCount> days = new ArrayList<>(List.of(day(1, 1, 1, 2)));
        days.addAll(AUTUMN_2017);
        days.add(day(9999, 12, 31, 1));
        TimelineScale scale = scale(days, 1200);
        assertEquals(2, scale.earlier());
        assertEquals(1, scale.later());
        assertEquals(LocalDate.of(2017, 10, 1), scale.bins().getFirst().first());
        assertEquals(LocalDate.of(2018, 1, 30), scale.bins().getLast().last());
    }

    @Test
    void hijriBarsAreHijriMonthsNamedInTheWindowsLanguage() {
        TimelineScale scale = TimelineScale.of(new TimelineCounts(AUTUMN_2017, null, null), CalendarSystem.HIJRI, 700,
                TODAY);
        assertEquals(TimelineScale.Level.MONTH, scale.level());
        // 1 October 2017 is 11 Muharram 1439; 30 January 2018 is 13 Jumada al-Ula 1439.
        assertEquals(List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى"),
                scale.bins().stream().map(bin -> scale.tick(bin, Messages.ARABIC)).toList());
        for (TimelineScale.Bin bin : scale.bins().subList(1, scale.bins().size())) {
            assertEquals(1, HijrahDate.from(bin.first()).get(ChronoField.DAY_OF_MONTH), bin.toString());
        }
        assertEquals(List.of(1L, 2L, 1L, 0L, 1L), scale.bins().stream().map(TimelineScale.Bin::count).toList());
        assertEquals("محرم 1439 هـ", scale.title(scale.bins().getFirst(), Messages.ARABIC));
        assertEquals("Muharram 1439 AH", scale.title(scale.bins().getFirst(), Messages.ENGLISH));
        assertEquals("1439 هـ", scale.group(scale.bins().getFirst(), Messages.ARABIC));
    }

    @Test
    void daysAreNumberedUnderTheirMonth() {
        TimelineScale scale = scale(AUTUMN_2017, 1200);
        TimelineScale.Bin first = scale.bins().getFirst();
        assertEquals("1", scale.tick(first, Messages.ARABIC));
        assertEquals("أكتوبر 2017", scale.group(first, Messages.ARABIC));
        assertEquals("October 2017", scale.group(first, Messages.ENGLISH));
        assertEquals("1 أكتوبر 2017", scale.title(first, Messages.ARABIC));
        assertTrue(scale.opensGroup(31), "1 November opens a month");
        assertTrue(!scale.opensGroup(30));
    }

    @Test
    void aWiderStepTakesDaysToTheirWholeYears() {
        TimelineScale scale = scale(AUTUMN_2017, 1200);
        assertEquals(LocalDate.of(2017, 1, 1), scale.yearStart(LocalDate.of(2017, 10, 1)));
        assertEquals(LocalDate.of(2018, 12, 31), scale.yearEnd(LocalDate.of(2018, 1, 30)));
    }

    @Test
    void nothingDatedDrawsNothing() {
        assertTrue(scale(List.of(), 1200).bins().isEmpty());
        TimelineScale strays = scale(List.of(day(1, 1, 1, 2), day(9999, 12, 31, 1)), 1200);
        assertTrue(strays.bins().isEmpty());
        assertEquals(3, strays.earlier() + strays.later());
    }
}
