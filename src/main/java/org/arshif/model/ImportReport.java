package org.arshif.model;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param added     articles new to the archive
 * @param updated   articles already in the archive (same id, url or content) that were replaced
 * @param skipped   records not imported, with file, record and reason
 * @param elapsed   time taken
 * @param cancelled true when the import was stopped before reading all its input; what was read is kept
 */
public record ImportReport(long added, long updated, List<ImportProblem> skipped, Duration elapsed,
                           boolean cancelled) {
    public ImportReport {
        skipped = List.copyOf(skipped);
    }

    /** Records that landed in the archive. */
    public long imported() {
        return added + updated;
    }
}
