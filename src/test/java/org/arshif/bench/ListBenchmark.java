package org.arshif.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;

/**
 * What the window does with a large archive, without the window: opening it in a fresh JVM (what start-up costs
 * before the JIT has warmed), the first page of the list and the timeline, then scrolling — pages found by offset
 * (ranking everything before them) against pages found from the previous page's cursor — with the heap watched.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.heap=1g -Dbench.main=org.arshif.bench.ListBenchmark \
 *     -Dbench.args="--archive=target/bench/synthetic/arshif-0"</pre>
 */
public final class ListBenchmark {

    private ListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        Path folder = null;
        for (String arg : String.join(" ", args).split("\\s+")) {
            if (arg.startsWith("--archive=")) {
                folder = Path.of(arg.substring(10));
            }
        }
        if (folder == null) {
            System.out.println("usage: ListBenchmark --archive=DIR (an archive the ArchiveBenchmark built)");
            return;
        }
        HeapWatch heap = new HeapWatch();
        heap.peakAndReset();
        System.out.printf(Locale.ROOT, "# List benchmark, %s, max heap %d MB%n%n", folder,
                Runtime.getRuntime().maxMemory() >> 20);
        long started = System.nanoTime();
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            double opened = millis(started);
            long step = System.nanoTime();
            SearchQuery list = SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 100);
            SearchResult first = archive.search(list);
            double firstPage = millis(step);
            step = System.nanoTime();
            archive.search(list.withPage(0, 1)).months();
            double timeline = millis(step);
            step = System.nanoTime();
            archive.stats();
            double stats = millis(step);
            long total = first.total();
            System.out.println("| cold JVM, as the window starts | ms |");
            System.out.println("| --- | ---: |");
            System.out.printf(Locale.ROOT, "| open the archive | %.0f |%n| first 100 rows of the list (newest first) | %.0f |%n"
                    + "| timeline (counts per month) | %.0f |%n| statistics | %.0f |%n| all four | %.0f |%n", opened,
                    firstPage, timeline, stats, millis(started));
            System.out.printf(Locale.ROOT, "%nArticles listed: %,d; peak heap so far %,d MB%n%n", total, heap.peakAndReset() >> 20);

            System.out.println("| scrolling the list (100 rows a page; warm) | p50 ms | max ms | peak heap MB |");
            System.out.println("| --- | ---: | ---: | ---: |");
            for (long row : new long[] {total / 10, total / 2, Math.max(0, total - 100)}) {
                SearchQuery at = list.withPage((int) row, 100);
                double[] offset = time(() -> archive.search(at));
                long offsetHeap = heap.peakAndReset() >> 20;
                String cursor = archive.search(list.withPage((int) row - 100, 100)).next();
                SearchQuery after = list.withPageAfter(cursor, (int) row, 100);
                double[] cursorTimes = time(() -> archive.search(after));
                long cursorHeap = heap.peakAndReset() >> 20;
                System.out.printf(Locale.ROOT, "| row %,d by offset | %.1f | %.1f | %,d |%n", row, offset[0], offset[1], offsetHeap);
                System.out.printf(Locale.ROOT, "| row %,d after the previous page's cursor | %.1f | %.1f | %,d |%n", row,
                        cursorTimes[0], cursorTimes[1], cursorHeap);
            }
            // Scrolling from the top, page after page, as the list view asks while the user drags down.
            double[] pages = new double[500];
            String cursor = first.next();
            for (int page = 1; page <= pages.length; page++) {
                long t = System.nanoTime();
                SearchResult result = archive.search(list.withPageAfter(cursor, page * 100, 100));
                pages[page - 1] = millis(t);
                cursor = result.next();
            }
            Arrays.sort(pages);
            System.out.printf(Locale.ROOT, "| 500 pages in a row from the top, by cursor | %.1f | %.1f | %,d |%n",
                    pages[pages.length / 2], pages[pages.length - 1], heap.peakAndReset() >> 20);
        }
    }

    interface Run {
        void run() throws Exception;
    }

    /** One untimed run, then ten timed: median and maximum in ms. */
    private static double[] time(Run run) throws Exception {
        run.run();
        double[] ms = new double[10];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            run.run();
            ms[i] = millis(t);
        }
        Arrays.sort(ms);
        return new double[] {ms[ms.length / 2], ms[ms.length - 1]};
    }

    private static double millis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e6;
    }
}
