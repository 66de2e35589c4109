package org.arshif.model;

import java.time.Duration;
import java.util.List;

/**
 * What an import did.
 *
 * @param added     articles new to the archive
 * @param updated   articles already in the archive (same id, url or content) that were replaced by a different version
 * @param skipped   records not imported, with file, record and reason: the first {@link #LISTED_AT_MOST} of them
 * @param elapsed   time taken
 * @param cancelled true when the import was stopped before reading all its input; what was read is kept
 * @param skippedCount how many records were not imported in all (more than listed in a file of millions of bad
 *                     records, whose reasons are not all kept: memory stays bounded)
 * @param repeated  records that gave an id already given earlier in the same import: the last record of each id is
 *                  the one kept, whatever the order of indexing
 * @param unchanged articles already in the archive whose every stored field the import read again as it was: left as
 *                  they were, not written again
 * @param repeats   the first {@link #LISTED_AT_MOST} repeated records, each at its file and record, naming the id and
 *                  where the import read it before
 */
public record ImportReport(long added, long updated, List<ImportProblem> skipped, Duration elapsed,
                           boolean cancelled, long skippedCount, long repeated, long unchanged,
                           List<ImportProblem> repeats) {

    /** The same report, the import having taken {@code took} (its segments' merge included). */
    public ImportReport took(Duration took) {
        return new ImportReport(added, updated, skipped, took, cancelled, skippedCount, repeated, unchanged, repeats);
    }

    /** Problems listed by one import; the others are only counted. */
    public static final int LISTED_AT_MOST = 10_000;

    public ImportReport {
        skipped = List.copyOf(skipped);
        skippedCount = Math.max(skippedCount, skipped.size());
        repeats = List.copyOf(repeats);
    }

    /** A report of an import that found no article unchanged and listed no repeated record. */
    public ImportReport(long added, long updated, List<ImportProblem> skipped, Duration elapsed, boolean cancelled,
                        long skippedCount, long repeated) {
        this(added, updated, skipped, elapsed, cancelled, skippedCount, repeated, 0, List.of());
    }

    /** A report of an import where no id came twice. */
    public ImportReport(long added, long updated, List<ImportProblem> skipped, Duration elapsed, boolean cancelled,
                        long skippedCount) {
        this(added, updated, skipped, elapsed, cancelled, skippedCount, 0);
    }

    /** A report listing every record it skipped. */
    public ImportReport(long added, long updated, List<ImportProblem> skipped, Duration elapsed, boolean cancelled) {
        this(added, updated, skipped, elapsed, cancelled, skipped.size());
    }

    /** Records that landed in the archive. */
    public long imported() {
        return added + updated;
    }
}
