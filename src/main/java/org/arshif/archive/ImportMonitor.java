package org.arshif.archive;

/** Follows a running import: progress for a status line or bar, and a way to cancel it. */
public interface ImportMonitor {

    ImportMonitor NONE = new ImportMonitor() {
    };

    /**
     * Called now and then while an import runs (not for every record).
     *
     * @param read     records read so far, good or bad
     * @param imported articles written so far
     * @param file     the file being read, or an empty string
     */
    default void progress(long read, long imported, String file) {
    }

    default boolean isCancelled() {
        return false;
    }
}
