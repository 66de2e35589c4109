package org.arshif.importer;

import java.io.IOException;
import java.io.InputStream;
import org.arshif.model.Problem;

/**
 * Finds where one element of a JSON array ends without parsing or keeping it, so that a record Jackson refused (a
 * field over the size limit, nesting too deep, a syntax error inside it) can be skipped and the records after it still
 * read. Works on UTF-8 bytes: the structural characters are ASCII, and no byte of a multi-byte character is.
 * Tracks only strings, escapes and bracket depth: memory stays constant whatever the record's size.
 */
final class JsonRecordSkipper {

    /** Where reading can go on: the byte after the skipped record and its comma, with its line and column. */
    record Resume(long byteOffset, long line, long column) {
    }

    /** Why it cannot go on: the array ended (nothing is wrong; no problem), or the file is broken at a place named. */
    static final class Stop extends Exception {
        private final transient Problem where;

        Stop(Problem where) {
            super(where == null ? "" : where.english());
            this.where = where;
        }

        boolean arrayEnded() {
            return where == null;
        }

        /** Where the file is broken, as a problem (the window says it in its language). */
        Problem where() {
            return where;
        }
    }

    private final InputStream in;
    private long offset;
    private long line;
    private long column;

    /**
     * @param in     positioned at the first byte of the record
     * @param offset that byte's offset, line and column (as Jackson counts them: columns in bytes)
     */
    private JsonRecordSkipper(InputStream in, long offset, long line, long column) {
        this.in = in;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** Skips the record starting at the stream's position, then the comma after it. */
    static Resume skip(InputStream in, long offset, long line, long column) throws IOException, Stop {
        JsonRecordSkipper skipper = new JsonRecordSkipper(in, offset, line, column);
        return skipper.skipValue() ? new Resume(skipper.offset, skipper.line, skipper.column) : skipper.skipComma();
    }

    private int next() throws IOException {
        int b = in.read();
        if (b >= 0) {
            offset++;
            if (b == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return b;
    }

    /** Skips one value; true when a bare scalar ended at the comma after it (consumed). */
    private boolean skipValue() throws IOException, Stop {
        long depth = 0;
        boolean inString = false;
        boolean escaped = false;
        for (int b = next(); ; b = next()) {
            if (b < 0) {
                throw new Stop(Problem.of(Problem.Code.JSON_ENDS_IN_RECORD, String.valueOf(line)));
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                    if (depth == 0) {
                        return false;
                    }
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (depth == 0 && b == ']') {
                throw new Stop(null); // a bare scalar was the last element
            } else if (b == '}' || b == ']') {
                if (--depth == 0) {
                    return false;
                }
            } else if (depth == 0 && b == ',') {
                return true; // a bare scalar (a number, true, garbage) ends at its comma
            } else if (depth == 0 && isSpace(b)) {
                return false;
            }
        }
    }

    private Resume skipComma() throws IOException, Stop {
        for (int b = next(); ; b = next()) {
            if (b == ',') {
                return new Resume(offset, line, column);
            }
            if (b == ']') {
                throw new Stop(null);
            }
            if (b < 0) {
                throw new Stop(Problem.of(Problem.Code.JSON_ARRAY_NOT_CLOSED, String.valueOf(line)));
            }
            if (!isSpace(b)) {
                throw new Stop(Problem.of(Problem.Code.JSON_NO_COMMA, String.valueOf((char) b), String.valueOf(line),
                        String.valueOf(column - 1)));
            }
        }
    }

    /** JSON's own whitespace. */
    private static boolean isSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
