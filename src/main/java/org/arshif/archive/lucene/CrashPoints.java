package org.arshif.archive.lucene;

/**
 * Named points of the archive's write path where a test may stop the process dead, as a power cut or
 * {@code kill -9} would: a child JVM started with {@code -Darshif.crashAt=NAME} halts there at once (no shutdown
 * hooks, nothing flushed or closed). The crash tests stop an import at every point and check that what the archive
 * then shows equals a clean import. Without the property, a point costs one property read.
 */
final class CrashPoints {

    /** A point where a thread is interrupted, as a window's cancelled task is (in-process tests), and that thread. */
    private static volatile String interruptAt;
    private static volatile Thread interrupted;

    private CrashPoints() {
    }

    static void reach(String point) {
        if (point.equals(System.getProperty("arshif.crashAt"))) {
            Runtime.getRuntime().halt(137);
        }
        if (point.equals(interruptAt)) {
            interrupted.interrupt();
        }
    }

    /** From now on, {@code thread} is interrupted whenever the write path reaches {@code point}; null: never. */
    static void interruptAt(String point, Thread thread) {
        interrupted = thread;
        interruptAt = point;
    }
}
