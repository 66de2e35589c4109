package org.arshif.importer;

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
    static final class AmbiguousException extends Exception {
        AmbiguousException(String message) {
            super(message);
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
            counts.forEach((c, n) -> found.append(found.isEmpty() ? "" : " and ").append(n).append(" × ")
                    .append(name(c)));
            throw new AmbiguousException("the header row holds " + found + " outside quotes: which one separates the"
                    + " columns cannot be told; save the file with one separator (commas)");
        }
        return counts.isEmpty() ? ',' : counts.keySet().iterator().next();
    }

    static String name(char separator) {
        return switch (separator) {
            case ',' -> "comma (,)";
            case ';' -> "semicolon (;)";
            default -> "tab";
        };
    }
}
