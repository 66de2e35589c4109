package org.arshif.importer;

import org.arshif.model.Problem;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which character separates a CSV file's columns: a comma, or — as spreadsheets write it where the comma is the
 * decimal sign — a semicolon, or a tab. Found from the header row, counting outside quotes: the one candidate that
 * appears is the separator; none means one column; more than one is ambiguous and refused, naming what was found,
 * rather than guessed.
 */
final class CsvSeparator {

    private static final char[] CANDIDATES = {',', ';', '\t'};

    private CsvSeparator() {
    }

    /** A header holding more than one candidate separator outside quotes. */
    static final class AmbiguousException extends RefusedInputException {
        AmbiguousException(Problem problem) {
            super(problem);
        }
    }

    /** The separator of the CSV text whose beginning (the header row, at least in part) is given. */
    static char of(String start) throws AmbiguousException {
        Map<Character, Integer> counts = new LinkedHashMap<>();
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote inside a quoted cell toggles twice: no change
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (char candidate : CANDIDATES) {
                    if (c == candidate) {
                        counts.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        if (counts.size() > 1) {
            StringBuilder found = new StringBuilder();
            // The separators as they are written, with their counts: the same in any language.
            counts.forEach((c, n) -> found.append(found.isEmpty() ? "" : " / ").append(n).append(" × «")
                    .append(c == '\t' ? "\\t" : String.valueOf(c)).append('»'));
            throw new AmbiguousException(Problem.of(Problem.Code.CSV_SEPARATOR_AMBIGUOUS, found.toString()));
        }
        return counts.isEmpty() ? ',' : counts.keySet().iterator().next();
    }
}
