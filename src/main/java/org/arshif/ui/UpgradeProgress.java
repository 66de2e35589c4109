package org.arshif.ui;

import java.util.function.Supplier;
import javafx.application.Platform;
import org.arshif.archive.ImportMonitor;

/**
 * Follows, in the status bar, the upgrade in place of an archive written by an older Arshif, which runs while the
 * archive opens (in the background, before the window may even exist): how many of its articles are indexed again, and
 * a cancel button (the archive then stays as it was and opens read-only).
 */
final class UpgradeProgress implements ImportMonitor {

    /** The status bar, once the window exists; null before (progress then waits for the next report). */
    private final Supplier<StatusBarView> status;
    private volatile long total = -1;
    private volatile boolean cancelled;

    UpgradeProgress(Supplier<StatusBarView> status) {
        this.status = status;
    }

    @Override
    public void total(long articles) {
        total = articles;
        show(0);
    }

    @Override
    public void progress(long read, long imported, String file) {
        show(imported);
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    /** True once an upgrade was announced: the archive being opened was written by an older Arshif. */
    boolean started() {
        return total >= 0;
    }

    /**
     * Every article indexed again: what remains (copy groups, run-together words, the commit) is not cut short, and
     * the cancel button says so by being disabled.
     */
    private void show(long indexed) {
        long articles = total;
        boolean finishing = indexed >= articles;
        Platform.runLater(() -> {
            StatusBarView bar = status.get();
            if (bar != null && !cancelled) {
                if (finishing) {
                    bar.showJob(Messages.get("status.upgradeFinishing"), -1, null);
                } else {
                    bar.showJob(Messages.format("status.upgrading", indexed, articles), (double) indexed / articles,
                            () -> cancelled = true);
                }
            }
        });
    }
}
