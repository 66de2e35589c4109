package org.arshif.archive.lucene;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The sentence for an import that stopped on a failure: its first cause, in the user's terms. */
final class ImportFailure {

    private ImportFailure() {
    }

    static String describe(Throwable failure, Path folder) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof IOException && message.contains("No space left on device")) {
                return "the import stopped: the disk holding " + folder + " is full" + freeSpace(folder)
                        + "; free some space and run the import again (articles committed before this point are kept)";
            }
        }
        return "the import stopped: " + failure.getMessage() + " (articles committed before this point are kept)";
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
