package org.arshif.archive.lucene;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.arshif.model.Problem;

/** The problem for an import (or an upgrade) that stopped on a failure: its first cause, in the user's terms. */
final class ImportFailure {

    private ImportFailure() {
    }

    static Problem describe(Throwable failure, Path folder) {
        if (diskFull(failure)) {
            return Problem.of(Problem.Code.IMPORT_DISK_FULL, folder, freeSpace(folder));
        }
        return Problem.of(Problem.Code.IMPORT_STOPPED, reason(failure));
    }

    /** As {@link #describe(Throwable, Path)}, for an import that committed {@code kept} articles when it stopped. */
    static Problem describe(Throwable failure, Path folder, long kept) {
        if (kept == 0 || diskFull(failure)) {
            return describe(failure, folder);
        }
        return Problem.of(Problem.Code.IMPORT_STOPPED_KEPT, reason(failure), String.format(Locale.ROOT, "%,d", kept));
    }

    /**
     * The problem for the merge after a large import that failed and closed the writer: every article of the import
     * is committed; the reason is the failure's, a full disk said as such.
     */
    static Problem describeMerge(Throwable failure, Path folder, long written) {
        Object why = diskFull(failure) ? Problem.of(Problem.Code.UPGRADE_DISK_FULL, freeSpace(folder)) : reason(failure);
        return Problem.of(Problem.Code.IMPORT_MERGE_FAILED, why, String.format(Locale.ROOT, "%,d", written));
    }

    /** The problem for an upgrade in place that stopped: the archive is as it was (nothing was committed). */
    static Problem describeUpgrade(Throwable failure, Path folder) {
        Object why = diskFull(failure) ? Problem.of(Problem.Code.UPGRADE_DISK_FULL, freeSpace(folder))
                : reason(failure);
        return Problem.of(Problem.Code.UPGRADE_FAILED, folder, why);
    }

    /**
     * A failure the core named, as its problem; an interrupt as such (a channel closed by it says nothing); any other
     * in its own (the system's or a library's) words, or by its kind when it has none.
     */
    private static Object reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem.Failed failed) {
                return failed.problem(); // a worker's failure comes wrapped
            }
            if (cause instanceof java.nio.channels.ClosedByInterruptException
                    || cause instanceof InterruptedException) {
                return Problem.of(Problem.Code.INDEXING_INTERRUPTED);
            }
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static boolean diskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    /** The free space, as a problem to put after "full"; nothing when the system cannot say. */
    private static Object freeSpace(Path folder) {
        try {
            FileStore store = Files.getFileStore(folder);
            return Problem.of(Problem.Code.DISK_FREE, String.format(Locale.ROOT, "%,d", store.getUsableSpace() >> 20),
                    String.format(Locale.ROOT, "%,d", store.getTotalSpace() >> 20));
        } catch (IOException e) {
            return "";
        }
    }
}
