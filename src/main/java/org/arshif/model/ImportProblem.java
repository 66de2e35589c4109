package org.arshif.model;

/**
 * A record that was not imported, and why.
 *
 * @param file   the file it came from
 * @param record the record's number within the file (1-based), or 0 when the whole file is concerned
 * @param reason a sentence a user can act on
 */
public record ImportProblem(String file, long record, String reason) {

    /** "file, record N: reason" — the form every message about bad input takes. */
    public String describe() {
        return record > 0 ? file + ", record " + record + ": " + reason : file + ": " + reason;
    }
}
