package org.arshif.archive.lucene;

import java.io.IOException;
import java.time.YearMonth;
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
import org.arshif.model.MonthCount;

/**
 * Counts a query's matches as the result list shows them, in the same pass that ranks them: each text once (copies
 * of one text count as one), and per month for the timeline. A text with copies counts in the earliest month of its
 * matching copies, whatever their doc ids. Months come from doc values; copy groups from the reader's
 * {@link CopyGroups}, looked up only for grouped articles (walked in step with the matches, both in doc id order).
 */
final class MatchCounts {

    /**
     * How many texts match, how many articles (every copy of a text counted: what the window says beside the texts,
     * so that the list's total explains itself), and how many texts per month (undated texts count in no month).
     */
    record Result(long texts, long articles, List<MonthCount> months) {
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
                Map<Long, Long> groupMonths = new HashMap<>();
                TreeMap<Long, Long> months = new TreeMap<>();
                long ungrouped = 0;
                long grouped = 0;
                for (Counter counter : counters) {
                    ungrouped += counter.ungrouped;
                    grouped += counter.grouped;
                    counter.months.addTo(months);
                    counter.groupMonths.forEach((group, month) -> groupMonths.merge(group, month, Math::min));
                }
                groupMonths.values().stream().filter(month -> month != NO_MONTH)
                        .forEach(month -> months.merge(month, 1L, Long::sum));
                List<MonthCount> counts = new ArrayList<>(months.size());
                months.forEach((month, count) ->
                        counts.add(new MonthCount(YearMonth.of((int) (month / 12), (int) (month % 12) + 1), count)));
                return new Result(ungrouped + groupMonths.size(), ungrouped + grouped, counts);
            }
        };
    }

    private static final long NO_MONTH = Long.MAX_VALUE;

    /** Counts per month without boxing: an array over 1800–2199, a map for any month outside. */
    private static final class MonthTally {
        private static final long FIRST = 1800 * 12L;
        private final long[] counts = new long[400 * 12];
        private final Map<Long, Long> outside = new HashMap<>();

        void add(long month) {
            long slot = month - FIRST;
            if (slot >= 0 && slot < counts.length) {
                counts[(int) slot]++;
            } else {
                outside.merge(month, 1L, Long::sum);
            }
        }

        void addTo(Map<Long, Long> months) {
            for (int slot = 0; slot < counts.length; slot++) {
                if (counts[slot] > 0) {
                    months.merge(FIRST + slot, counts[slot], Long::sum);
                }
            }
            outside.forEach((month, count) -> months.merge(month, count, Long::sum));
        }
    }

    static final class Counter extends SimpleCollector {
        private final CopyGroups copies;
        private final int[] members;
        private final MonthTally months = new MonthTally();
        private final Map<Long, Long> groupMonths = new HashMap<>();
        private long ungrouped;
        /** Matching articles that have copies, each counted (the texts they make are counted in groupMonths). */
        private long grouped;
        private NumericDocValues monthValues;
        private int docBase;
        private int nextMember;

        Counter(CopyGroups copies) {
            this.copies = copies;
            this.members = copies.allMembers();
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            monthValues = context.reader().getNumericDocValues(ArchiveFields.MONTH);
            docBase = context.docBase;
            nextMember = firstMemberFrom(docBase);
        }

        private int firstMemberFrom(int doc) {
            int at = java.util.Arrays.binarySearch(members, doc);
            return at >= 0 ? at : -at - 1;
        }

        @Override
        public void collect(int doc) throws IOException {
            long month = monthValues != null && monthValues.advanceExact(doc) ? monthValues.longValue() : NO_MONTH;
            int global = docBase + doc;
            while (nextMember < members.length && members[nextMember] < global) {
                nextMember++;
            }
            if (nextMember < members.length && members[nextMember] == global) {
                groupMonths.merge(copies.groupOf(global), month, Math::min);
                grouped++;
            } else {
                ungrouped++;
                if (month != NO_MONTH) {
                    months.add(month);
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
