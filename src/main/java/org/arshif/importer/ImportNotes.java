package org.arshif.importer;

import java.util.ArrayList;
import java.util.List;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Notes about records that were imported all the same, but not as written (a date that could not be kept): each
 * names its file and record. The archive adds its own to the report (a record whose id an earlier one gave). Memory stays bounded on a file of millions of such records: the first
 * {@value #LISTED_AT_MOST} are kept, the rest counted.
 */
public final class ImportNotes {

    public static final int LISTED_AT_MOST = ImportReport.LISTED_AT_MOST;

    private final List<ImportProblem> listed = new ArrayList<>();
    private long count;

    void add(ImportProblem note) {
        if (++count <= LISTED_AT_MOST) {
            listed.add(note);
        }
    }

    /** The first notes, in the order the records were read. */
    public List<ImportProblem> listed() {
        return List.copyOf(listed);
    }

    /** How many notes in all. */
    public long count() {
        return count;
    }

    /** These notes (dates), then the records the import found repeating an id: each the later record of the two. */
    public List<ImportProblem> listedWith(ImportReport report) {
        List<ImportProblem> all = new ArrayList<>(listed);
        all.addAll(report.repeats());
        return all;
    }

    /** How many notes in all, repeated ids included. */
    public long countWith(ImportReport report) {
        return count + report.repeated();
    }
}
