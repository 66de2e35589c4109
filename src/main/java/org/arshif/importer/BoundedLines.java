package org.arshif.importer;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like {@link java.io.BufferedReader#readLine()}, but a line longer than a limit is not kept: the reader
 * skips to its end and says so. A file that is one 50 MB line costs a buffer, not 50 MB of memory.
 */
final class BoundedLines {

    /** Returned for a line that was longer than the limit (its text was skipped). */
    static final String TOO_LONG = new String("<too long>");

    private final Reader reader;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private int position;
    private int filled;

    BoundedLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #TOO_LONG} (compare by identity), or null at the end. */
    String next() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = reader.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? (tooLong ? TOO_LONG : line.toString()) : null;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.append(buffer, start, position - start);
                if (line.length() > maxChars) {
                    tooLong = true;
                    line.setLength(0);
                    line.trimToSize();
                }
            }
            if (position < filled) { // at the line break
                position++;
                if (!tooLong && !line.isEmpty() && line.charAt(line.length() - 1) == '\r') {
                    line.setLength(line.length() - 1);
                }
                return tooLong ? TOO_LONG : line.toString();
            }
        }
    }
}
