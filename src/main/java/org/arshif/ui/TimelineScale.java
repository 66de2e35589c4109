package org.arshif.ui;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.arshif.model.DayCount;
import org.arshif.model.MonthCount;
import org.arshif.text.CalendarSystem;
import org.arshif.text.DisplayDates;

/**
 * The bars the timeline draws over a span of days: one per day, month or year of the chosen calendar — the finest
 * whose bars are still {@value #MIN_SLOT} px wide (a click target) in the width given — every one from the first to
 * the last, empty ones included, so that a gap is drawn as a gap. The span is the search's date range where it set
 * one, else where the articles are ({@link TimelineRange}: a stray 9999-12-31 does not stretch it); texts dated
 * outside the span are counted at its ends. The bars at the ends are cut to the span: a range from 15 July draws
 * July from the 15th, with the count of those days, and a click on it selects those days, not the whole month.
 *
 * @param bins    oldest first
 * @param earlier texts dated before the first bar
 * @param later   texts dated after the last bar
 */
record TimelineScale(Level level, CalendarSystem calendar, List<Bin> bins, long earlier, long later) {

    /** The narrowest bar a level may have: a pointer hits it, and a one-article bar is seen. */
    static final double MIN_SLOT = 6;

    enum Level { DAY, MONTH, YEAR }

    /** One bar: its first and last day (inside the span), and how many texts fall on them. */
    record Bin(LocalDate first, LocalDate last, long count) {
    }

    static TimelineScale of(TimelineCounts counts, CalendarSystem wanted, double width, LocalDate today) {
        List<DayCount> days = counts.days();
        TimelineRange range = TimelineRange.of(MonthCount.addUp(days), today);
        LocalDate start = counts.from();
        LocalDate end = counts.to();
        if (!range.months().isEmpty()) {
            YearMonth firstMonth = range.months().getFirst().month();
            YearMonth lastMonth = range.months().getLast().month();
            List<LocalDate> drawn = days.stream().map(DayCount::day)
                    .filter(day -> !YearMonth.from(day).isBefore(firstMonth) && !YearMonth.from(day).isAfter(lastMonth))
                    .toList();
            start = start != null ? start : drawn.getFirst();
            end = end != null ? end : drawn.getLast();
        }
        if (start == null && end == null) {
            return new TimelineScale(Level.MONTH, CalendarSystem.GREGORIAN, List.of(), range.earlier(), range.later());
        }
        start = start != null ? start : end;
        end = end != null && !end.isBefore(start) ? end : start;
        // The Hijri table covers 1882–2174: a span beyond it is drawn in Gregorian months.
        CalendarSystem calendar = wanted.covers(start) && wanted.covers(end) ? wanted : CalendarSystem.GREGORIAN;
        Level level = Level.DAY;
        List<LocalDate> starts = null;
        if ((ChronoUnit.DAYS.between(start, end) + 1) * MIN_SLOT > width) {
            level = Level.MONTH;
            starts = binStarts(start, end, level, calendar);
            if (starts.size() * MIN_SLOT > width) {
                level = Level.YEAR;
                starts = binStarts(start, end, level, calendar);
            }
        } else {
            starts = binStarts(start, end, level, calendar);
        }
        return count(days, starts, end, level, calendar);
    }

    /** The first day of each bar from {@code start} to {@code end}. */
    private static List<LocalDate> binStarts(LocalDate start, LocalDate end, Level level, CalendarSystem calendar) {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate first = start; !first.isAfter(end); first = next(first, level, calendar)) {
            starts.add(first);
        }
        return starts;
    }

    /** The first day of the day, month or year after the one {@code day} is in. */
    private static LocalDate next(LocalDate day, Level level, CalendarSystem calendar) {
        if (level == Level.DAY) {
            return day.plusDays(1);
        }
        try {
            ChronoLocalDate date = calendar.date(day);
            ChronoLocalDate unit = level == Level.MONTH ? date.with(ChronoField.DAY_OF_MONTH, 1)
                    : date.with(ChronoField.DAY_OF_YEAR, 1);
            return LocalDate.from(unit.plus(1, level == Level.MONTH ? ChronoUnit.MONTHS : ChronoUnit.YEARS));
        } catch (DateTimeException e) {
            return LocalDate.MAX; // past the end of the Hijri table: the last bar runs to the span's end
        }
    }

    private static TimelineScale count(List<DayCount> days, List<LocalDate> starts, LocalDate end, Level level,
                                       CalendarSystem calendar) {
        long[] firsts = starts.stream().mapToLong(LocalDate::toEpochDay).toArray();
        long[] counts = new long[firsts.length];
        long earlier = 0;
        long later = 0;
        for (DayCount day : days) {
            long epochDay = day.day().toEpochDay();
            if (epochDay < firsts[0]) {
                earlier += day.count();
            } else if (day.day().isAfter(end)) {
                later += day.count();
            } else {
                int at = Arrays.binarySearch(firsts, epochDay);
                counts[at >= 0 ? at : -at - 2] += day.count();
            }
        }
        List<Bin> bins = new ArrayList<>(firsts.length);
        for (int i = 0; i < firsts.length; i++) {
            LocalDate last = i + 1 < firsts.length ? starts.get(i + 1).minusDays(1) : end;
            bins.add(new Bin(starts.get(i), last, counts[i]));
        }
        return new TimelineScale(level, calendar, List.copyOf(bins), earlier, later);
    }

    /** The bar's day, month or year in full, for its tooltip: {@code 8 شوال 1436 هـ}, {@code أكتوبر 2017}. */
    String title(Bin bin, Locale locale) {
        return switch (level) {
            case DAY -> calendar.format(bin.first(), locale);
            case MONTH -> calendar.monthTitle(calendar.date(bin.first()), locale);
            case YEAR -> year(bin.first(), locale);
        };
    }

    /** The bar's label on the axis: the day's number, the month's name, the year. */
    String tick(Bin bin, Locale locale) {
        ChronoLocalDate date = calendar.date(bin.first());
        return switch (level) {
            case DAY -> Integer.toString(date.get(ChronoField.DAY_OF_MONTH));
            case MONTH -> calendar.monthName(date.get(ChronoField.MONTH_OF_YEAR), locale);
            case YEAR -> year(bin.first(), locale);
        };
    }

    /**
     * The unit bars are grouped in on the axis's second row, named under the first bar of each: the month of days,
     * the year of months; null for years.
     */
    String group(Bin bin, Locale locale) {
        return switch (level) {
            case DAY -> calendar.monthTitle(calendar.date(bin.first()), locale);
            case MONTH -> year(bin.first(), locale);
            case YEAR -> null;
        };
    }

    /** True when bar {@code index} opens a group (the first bar, a month's first day, a year's first month). */
    boolean opensGroup(int index) {
        if (index == 0) {
            return true;
        }
        ChronoLocalDate date = calendar.date(bins.get(index).first());
        return switch (level) {
            case DAY -> date.get(ChronoField.DAY_OF_MONTH) == 1;
            case MONTH -> date.get(ChronoField.MONTH_OF_YEAR) == 1;
            case YEAR -> false;
        };
    }

    private String year(LocalDate day, Locale locale) {
        int year = calendar.date(day).get(ChronoField.YEAR_OF_ERA);
        return calendar == CalendarSystem.HIJRI ? year + " " + DisplayDates.hijriEra(locale) : Integer.toString(year);
    }

    /** The first day of the year (of this scale's calendar) {@code day} is in. */
    LocalDate yearStart(LocalDate day) {
        return LocalDate.from(calendar.date(day).with(ChronoField.DAY_OF_YEAR, 1));
    }

    /** The last day of the year {@code day} is in. */
    LocalDate yearEnd(LocalDate day) {
        LocalDate next = next(day, Level.YEAR, calendar);
        return next.equals(LocalDate.MAX) ? day : next.minusDays(1);
    }

    /** The busiest bar's count (1 when every bar is empty). */
    long max() {
        return Math.max(1, bins.stream().mapToLong(Bin::count).max().orElse(1));
    }
}
