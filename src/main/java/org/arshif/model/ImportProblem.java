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

    /**
     * A problem about an article's record, placed from the article's origin ({@code FILE#RECORD}, or {@code FILE} for
     * a text file, which is one record): the form every importer gives it.
     */
    public static ImportProblem at(String origin, Problem problem) {
        int hash = origin.lastIndexOf('#');
        if (hash > 0 && hash < origin.length() - 1 && origin.substring(hash + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return new ImportProblem(origin.substring(0, hash), Long.parseLong(origin.substring(hash + 1)), problem);
            } catch (NumberFormatException e) {
                // more digits than a record number has: part of the file's name
            }
        }
        return new ImportProblem(origin, 0, problem);
    }

    /** The file and record of an article's origin, as a value of another problem ("read before, at FILE, record N"). */
    public static Problem placeOf(String origin) {
        return at(origin, null).place();
    }

    /** The file and record alone, as a value of another problem. */
    public Problem place() {
        return record > 0 ? Problem.of(Problem.Code.RECORD_AT, file, String.valueOf(record))
                : Problem.of(Problem.Code.FILE_AT, file);
    }
}
