package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arshif.model.ArchiveStats;
import org.arshif.model.MonthCount;
import org.junit.jupiter.api.Test;

/** Stray dates already in an archive (0001-01-01, 9999-12-31, a typo decades off) do not stretch the timeline. */
class TimelineRangeTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static MonthCount month(String month, long count) {
        return new MonthCount(YearMonth.parse(month), count);
    }

    /** 24 months of 2016–2017, 100 articles each. */
    private static List<MonthCount> twoYears() {
        List<MonthCount> months = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2016, 1); !m.isAfter(YearMonth.of(2017, 12)); m = m.plusMonths(1)) {
            months.add(new MonthCount(m, 100));
        }
        return months;
    }

    @Test
    void placeholderDatesAreCountedAtTheEndsNotDrawn() {
        List<MonthCount> months = new ArrayList<>();
        months.add(month("0001-01", 1));
        months.addAll(twoYears());
        months.add(month("9999-12", 2));
        TimelineRange range = TimelineRange.of(months, TODAY);
        assertEquals(twoYears(), range.months());
        assertEquals(24, range.slots());
        assertEquals(1, range.earlier());
        assertEquals(2, range.later());
    }

    @Test
    void aFewStraysDecadesAwayAreTailsButAThinRealStartStays() {
        List<MonthCount> strays = new ArrayList<>();
        strays.add(month("1850-03", 1));
        strays.addAll(twoYears());
        strays.add(month("2026-01", 1));
        TimelineRange range = TimelineRange.of(strays, TODAY);
        assertEquals(twoYears(), range.months(), "2 of 2,402 articles, stretching 24 months to 2,111");
        assertEquals(1, range.earlier());
        assertEquals(1, range.later());

        List<MonthCount> thinStart = new ArrayList<>();
        thinStart.add(month("2015-12", 1));
        thinStart.addAll(twoYears());
        assertEquals(thinStart, TimelineRange.of(thinStart, TODAY).months(), "one month more is no stretch");
    }

    @Test
    void aSmallArchiveKeepsItsRealSpreadAndAllOutliersLeaveNoMonths() {
        List<MonthCount> few = List.of(month("1990-01", 1), month("2017-10", 3));
        assertEquals(few, TimelineRange.of(few, TODAY).months(), "1 of 4 is not a 0.1 % tail");

        TimelineRange none = TimelineRange.of(List.of(month("0001-01", 2), month("9999-12", 1)), TODAY);
        assertEquals(List.of(), none.months());
        assertEquals(3, none.earlier() + none.later());
        assertEquals(0, none.slots());
        assertEquals(List.of(), TimelineRange.of(List.of(), TODAY).months());
    }

    @Test
    void theStatusBarNamesAnUnbelievableEndInsteadOfSpanningIt() {
        Messages.use(Messages.ENGLISH);
        try {
            var normal = new ArchiveStats(9, 0, LocalDate.of(2015, 1, 3), LocalDate.of(2017, 10, 30), java.util.Map.of());
            assertEquals("9 articles in the archive  ·  from 3 January 2015 to 30 October 2017",
                    StatusBarView.describe(normal, TODAY));
            var placeholder = new ArchiveStats(9, 0, LocalDate.of(2015, 1, 3), LocalDate.of(9999, 12, 31),
                    java.util.Map.of());
            assertEquals("9 articles in the archive  ·  from 3 January 2015  ·  some dates cannot be right"
                    + " (31 December 9999)", StatusBarView.describe(placeholder, TODAY));
            var both = new ArchiveStats(9, 0, LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), java.util.Map.of());
            assertEquals("9 articles in the archive  ·  some dates cannot be right (1 January 1, 31 December 9999)",
                    StatusBarView.describe(both, TODAY));
        } finally {
            Messages.use(Messages.ARABIC);
        }
    }
}
