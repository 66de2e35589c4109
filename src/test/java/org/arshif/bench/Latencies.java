package org.arshif.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/** Times queries the way every search benchmark here does, so figures from different benchmarks compare. */
final class Latencies {

    private Latencies() {
    }

    interface QueryRun {
        void run(String query) throws IOException;
    }

    /** Warms up with one untimed pass over the queries, then times every query once; returns p50, p95, p99 in µs. */
    static long[] time(List<String> queries, QueryRun run) throws IOException {
        for (String query : queries) {
            run.run(query);
        }
        long[] micros = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            run.run(queries.get(i));
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        return new long[] {percentile(micros, 50), percentile(micros, 95), percentile(micros, 99)};
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /**
     * The machine's one-minute load average: these machines are shared, so every figure is given with the load it
     * was measured under.
     */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
