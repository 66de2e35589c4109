package org.arshif.archive.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.arshif.model.DayCount;

/**
 * Counts a query's matches as the result list shows them, in the same pass that ranks them: each text once (copies
 * of one text count as one), and per day for the timeline (which adds days up into months or years, of either
 * calendar). A text with copies counts on the earliest day of its matching copies, whatever their doc ids. Days come
 * from the date's doc values; copy groups from the reader's {@link CopyGroups}, looked up only for grouped articles
 * (walked in step with the matches, both in doc id order).
 */
final class MatchCounts {

    /**
     * How many texts match, how many articles (every copy of a text counted: what the window says beside the texts,
     * so that the list's total explains itself), and how many texts per day, oldest first (undated texts count on no
     * day).
     */
    record Result(long texts, long articles, List<DayCount> days) {
    }

    private MatchCounts() {
    }

    static CollectorManager<Counter, Result> manager(CopyGroups copies) {
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() {
                return new Counter(copies);
            }

            @Override
            public Result reduce(Collection<Counter> counters) {
                Map<Long, Long> groupDays = new HashMap<>();
                DayTally days = new DayTally();
                long ungrouped = 0;
                long grouped = 0;
                for (Counter counter : counters) {
                    ungrouped += counter.ungrouped;
                    grouped += counter.grouped;
                    days.addAll(counter.days);
                    counter.groupDays.forEach((group, day) -> groupDays.merge(group, day, Math::min));
                }
                groupDays.values().stream().filter(day -> day != NO_DAY).forEach(days::add);
                return new Result(ungrouped + groupDays.size(), ungrouped + grouped, days.counts());
            }
        };
    }

    private static final long NO_DAY = Long.MAX_VALUE;

    /**
     * Counts per day (epoch days) without boxing: an array over 1800–2199 (146,097 days, 584 KB, made only for a slice
     * that matches a dated article; only the span between its first and last day is walked), a map for any day
     * outside (a 0001-01-01 left by an older import).
     */
    private static final class DayTally {
        private static final long FIRST = LocalDate.of(1800, 1, 1).toEpochDay();
        private static final int DAYS = (int) (LocalDate.of(2200, 1, 1).toEpochDay() - FIRST);
        private int[] counts;
        private int low = DAYS;
        private int high = -1;
        private final TreeMap<Long, Long> outside = new TreeMap<>();

        void add(long day) {
            long slot = day - FIRST;
            if (slot >= 0 && slot < DAYS) {
                if (counts == null) {
                    counts = new int[DAYS];
                }
                counts[(int) slot]++;
                low = Math.min(low, (int) slot);
                high = Math.max(high, (int) slot);
            } else {
                outside.merge(day, 1L, Long::sum);
            }
        }

        /** Adds another slice's counts (that slice is done: its array may be taken over). */
        void addAll(DayTally other) {
            if (other.counts != null && counts == null) {
                counts = other.counts;
            } else if (other.counts != null) {
                for (int slot = other.low; slot <= other.high; slot++) {
                    counts[slot] += other.counts[slot];
                }
            }
            low = Math.min(low, other.low);
            high = Math.max(high, other.high);
            other.outside.forEach((day, count) -> outside.merge(day, count, Long::sum));
        }

        /** The days counted, oldest first. */
        List<DayCount> counts() {
            List<DayCount> days = new ArrayList<>();
            outside.headMap(FIRST).forEach((day, count) -> days.add(new DayCount(LocalDate.ofEpochDay(day), count)));
            for (int slot = low; slot <= high; slot++) {
                if (counts[slot] > 0) {
                    days.add(new DayCount(LocalDate.ofEpochDay(FIRST + slot), counts[slot]));
                }
            }
            outside.tailMap(FIRST).forEach((day, count) -> days.add(new DayCount(LocalDate.ofEpochDay(day), count)));
            return days;
        }
    }

    static final class Counter extends SimpleCollector {
        private final CopyGroups copies;
        private final int[] members;
        private final DayTally days = new DayTally();
        private final Map<Long, Long> groupDays = new HashMap<>();
        private long ungrouped;
        /** Matching articles that have copies, each counted (the texts they make are counted in groupDays). */
        private long grouped;
        private NumericDocValues dayValues;
        private int docBase;
        private int nextMember;

        Counter(CopyGroups copies) {
            this.copies = copies;
            this.members = copies.allMembers();
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            dayValues = context.reader().getNumericDocValues(ArchiveFields.DATE);
            docBase = context.docBase;
            nextMember = firstMemberFrom(docBase);
        }

        private int firstMemberFrom(int doc) {
            int at = java.util.Arrays.binarySearch(members, doc);
            return at >= 0 ? at : -at - 1;
        }

        @Override
        public void collect(int doc) throws IOException {
            long day = dayValues != null && dayValues.advanceExact(doc) ? dayValues.longValue() : NO_DAY;
            int global = docBase + doc;
            while (nextMember < members.length && members[nextMember] < global) {
                nextMember++;
            }
            if (nextMember < members.length && members[nextMember] == global) {
                groupDays.merge(copies.groupOf(global), day, Math::min);
                grouped++;
            } else {
                ungrouped++;
                if (day != NO_DAY) {
                    days.add(day);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
