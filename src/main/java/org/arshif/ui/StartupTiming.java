package org.arshif.ui;

import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * With {@code -Darshif.timing=true}, prints to stderr how long after the JVM started the window appeared and the
 * first results showed: the figures {@code docs/benchmarks.md} records for start-up.
 */
final class StartupTiming {

    private static final boolean ENABLED = Boolean.getBoolean("arshif.timing");
    private static final Set<String> REPORTED = new HashSet<>();

    private StartupTiming() {
    }

    static void report(String what) {
        if (ENABLED) {
            long millis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.printf(Locale.ROOT, "arshif timing: %s after %d ms%n", what, millis);
        }
    }

    static void reportOnce(String what) {
        if (REPORTED.add(what)) {
            report(what);
        }
    }
}
