package org.arshif.model;

/**
 * A record that was not imported, and why.
 *
 * @param file   the file it came from
 * @param record the record's number within the file (1-based), or 0 when the whole file is concerned
 * @param problem why, as a code the window and the command line put in words
 */
public record ImportProblem(String file, long record, Problem problem) {

    /** Why, in English (the command line's language). */
    public String reason() {
        return problem.english();
    }

    /** "file, record N: reason" — the form every message about bad input takes. */
    public String describe() {
        return whole().english();
    }

    /** The file, the record and why, as one problem (said in either language). */
    public Problem whole() {
        return record > 0 ? Problem.of(Problem.Code.RECORD_PROBLEM, file, String.valueOf(record), problem)
                : Problem.of(Problem.Code.FILE_PROBLEM, file, problem);
    }
}
