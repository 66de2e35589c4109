package org.arshif.archive;

/** Follows a running import (or the upgrade of an archive, which indexes its articles again): progress for a status line or bar, and a way to cancel it. */
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

    /**
     * Called once before the records are read, when their number is known beforehand (an upgrade indexing the
     * archive's own articles again): progress can then be shown as a fraction.
     */
    default void total(long records) {
    }

    /**
     * Called after each intermediate commit of a long import (every 50,000 records): the articles imported so far are
     * durable and visible to searches, which may be run again to show them.
     */
    default void committed(long imported) {
    }

    /**
     * Called once when an import that wrote a large share of the archive has committed all its articles and their
     * derived state and merges the archive's segments for faster searches (a minute at a million articles). Cancelling
     * then stops only the wait: nothing imported is lost.
     */
    default void merging() {
    }

    default boolean isCancelled() {
        return false;
    }
}
