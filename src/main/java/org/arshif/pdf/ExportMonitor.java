package org.arshif.pdf;

/** Follows an export: progress for a bar, and a way to cancel it. */
public interface ExportMonitor {

    ExportMonitor NONE = new ExportMonitor() {
    };

    /** Called after each article is set and after each page is drawn. */
    default void progress(int done, int total) {
    }

    default boolean isCancelled() {
        return false;
    }
}
