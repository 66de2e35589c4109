package org.arshif.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.arshif.model.MonthCount;
import org.arshif.text.DateParser;

/**
 * The months the timeline draws: where the articles are, not where a stray date lies. One article dated 0001-01-01 or
 * 9999-12-31 (left by an older import, which kept such dates) would otherwise stretch the timeline over 120,000 months
 * and squeeze every real bar into one pixel. Left out, and counted at the edges instead:
 * <ul>
 *   <li>months no news can have (see {@link DateParser#isBelievable}: before 1800, more than a year ahead);</li>
 *   <li>the thin tails: at most {@value #TAIL_SHARE} of the articles at each end, but only when leaving them out at
 *       least halves the months drawn. A thin start of a real archive stays; a few strays decades away go.</li>
 * </ul>
 * Counting the outliers instead of hiding them keeps the total honest.
 *
 * @param months  the months drawn, oldest first (empty when every article is an outlier)
 * @param earlier articles dated before the first month drawn
 * @param later   articles dated after the last month drawn
 */
record TimelineRange(List<MonthCount> months, long earlier, long later) {

    /** Share of the articles that may be left out at each end as a tail. */
    static final double TAIL_SHARE = 0.001;

    static TimelineRange of(List<MonthCount> all, LocalDate today) {
        int from = 0;
        int to = all.size(); // exclusive
        while (from < to && !believable(all.get(from).month(), today)) {
            from++;
        }
        while (to > from && !believable(all.get(to - 1).month(), today)) {
            to--;
        }
        long total = all.subList(from, to).stream().mapToLong(MonthCount::count).sum();
        long allowance = (long) Math.floor(total * TAIL_SHARE);
        int head = from;
        for (long left = allowance; head < to - 1 && all.get(head).count() <= left; head++) {
            left -= all.get(head).count();
        }
        int tail = to;
        for (long left = allowance; tail - 1 > head && all.get(tail - 1).count() <= left; tail--) {
            left -= all.get(tail - 1).count();
        }
        if (from < to && span(all, head, tail) * 2 <= span(all, from, to)) {
            from = head;
            to = tail;
        }
        List<MonthCount> shown = all.subList(from, to);
        return new TimelineRange(List.copyOf(shown), count(all.subList(0, from)), count(all.subList(to, all.size())));
    }

    /** Number of month slots from the first to the last drawn, gaps included. */
    int slots() {
        return months.isEmpty() ? 0 : (int) months.getFirst().month().until(months.getLast().month(), ChronoUnit.MONTHS) + 1;
    }

    private static long span(List<MonthCount> all, int from, int to) {
        return all.get(from).month().until(all.get(to - 1).month(), ChronoUnit.MONTHS) + 1;
    }

    private static long count(List<MonthCount> months) {
        return months.stream().mapToLong(MonthCount::count).sum();
    }

    /** A month in which a believable date falls. */
    private static boolean believable(YearMonth month, LocalDate today) {
        return DateParser.isBelievable(month.atEndOfMonth(), today) || DateParser.isBelievable(month.atDay(1), today);
    }
}
