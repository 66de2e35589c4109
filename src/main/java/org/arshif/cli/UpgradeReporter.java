package org.arshif.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.arshif.archive.ImportMonitor;

/**
 * Follows the upgrade in place that a writable open runs on an archive written by an older Arshif: progress on a
 * console's stderr line, and the sentence saying it was done (it is announced only when there was one).
 */
final class UpgradeReporter implements ImportMonitor {

    private final PrintStream err;
    private final boolean console = System.console() != null;
    private final long started = System.nanoTime();
    private volatile long total = -1;

    UpgradeReporter(PrintStream err) {
        this.err = err;
    }

    @Override
    public void total(long articles) {
        total = articles;
    }

    @Override
    public void progress(long read, long imported, String file) {
        if (console && total >= 0) {
            err.print("\r" + CliCounts.upgradeProgress(imported, total) + "\033[K");
        }
    }

    @Override
    public void merging() {
        if (console) {
            err.print("\r" + CliCounts.UPGRADE_MERGING + "\033[K");
        }
    }

    /** True when the open upgraded the archive. */
    boolean upgraded() {
        return total >= 0;
    }

    /** The sentence saying the archive was upgraded (the progress line cleared first); call only when it was. */
    String done(Path folder, int format) {
        if (console) {
            err.print("\r\033[K");
        }
        return CliCounts.upgraded(folder, format, total, (System.nanoTime() - started) / 1e9);
    }
}
