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

    /** The problem for an upgrade in place that stopped: the archive is as it was (nothing was committed). */
    static Problem describeUpgrade(Throwable failure, Path folder) {
        Object why = diskFull(failure) ? Problem.of(Problem.Code.UPGRADE_DISK_FULL, freeSpace(folder))
                : reason(failure);
        return Problem.of(Problem.Code.UPGRADE_FAILED, folder, why);
    }

    /** A failure the core named, as its problem; any other in its own (the system's or a library's) words. */
    private static Object reason(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem.Failed failed) {
                return failed.problem(); // a worker's failure comes wrapped
            }
        }
        return failure.getMessage();
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
