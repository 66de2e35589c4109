package org.arshif.archive.lucene;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The sentence for an import (or an upgrade) that stopped on a failure: its first cause, in the user's terms. */
final class ImportFailure {

    private ImportFailure() {
    }

    static String describe(Throwable failure, Path folder) {
        if (diskFull(failure)) {
            return "the import stopped: the disk holding " + folder + " is full" + freeSpace(folder)
                    + "; free some space and run the import again (articles committed before this point are kept)";
        }
        return "the import stopped: " + failure.getMessage() + " (articles committed before this point are kept)";
    }

    /** The sentence for an upgrade in place that stopped: the archive is as it was (nothing was committed). */
    static String describeUpgrade(Throwable failure, Path folder) {
        String why = diskFull(failure) ? "the disk holding it is full" + freeSpace(folder) + "; the upgrade needs"
                + " about as much free space again as the archive takes" : failure.getMessage();
        return "the archive " + folder + " could not be upgraded to this version's format (" + why + "): it was left"
                + " as it was, and can be opened read-only meanwhile";
    }

    private static boolean diskFull(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("No space left on device")) {
                return true;
            }
        }
        return false;
    }

    private static String freeSpace(Path folder) {
        try {
            FileStore store = Files.getFileStore(folder);
            return String.format(Locale.ROOT, " (%,d MB free of %,d MB)", store.getUsableSpace() >> 20,
                    store.getTotalSpace() >> 20);
        } catch (IOException e) {
            return "";
        }
    }
}
