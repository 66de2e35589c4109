package org.arshif.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the UTF-8 lines of a JSON Lines file like {@link java.io.BufferedReader#readLine()}, with two differences:
 * a line longer than a limit is not kept (the reader skips to its end and says so: a file that is one 50 MB line
 * costs a buffer, not 50 MB of memory), and each line is decoded on its own, so one bad byte costs its own line,
 * not the lines around it. (A decoder over the whole stream fails at the bad byte, losing the good lines already in
 * its buffer and everything after it.) Splitting bytes at '\n' is safe: in UTF-8 that byte is never part of a
 * longer sequence.
 */
final class BoundedLines {

    /** Returned for a line that was longer than the limit (its text was skipped). */
    static final String TOO_LONG = new String("<too long>");
    /** Returned for a line that is not UTF-8 text. */
    static final String NOT_UTF8 = new String("<not UTF-8>");

    /** A UTF-8 character is at most three bytes per Java char, so a line of more bytes holds too many chars. */
    private static final int BYTES_PER_CHAR = 3;

    private final InputStream in;
    private final int maxChars;
    private final byte[] buffer = new byte[8192];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int filled;

    BoundedLines(InputStream in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, {@link #TOO_LONG} or {@link #NOT_UTF8} (compare by identity), or null. */
    String next() throws IOException {
        line.reset();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = in.read(buffer);
                position = 0;
                if (filled <= 0) {
                    filled = 0;
                    return any ? finish(tooLong) : null;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            if (!tooLong) {
                line.write(buffer, start, position - start);
                if (line.size() > (long) maxChars * BYTES_PER_CHAR) {
                    tooLong = true;
                    line.reset();
                }
            }
            if (position < filled) { // at the line break
                position++;
                return finish(tooLong);
            }
        }
    }

    private String finish(boolean tooLong) {
        if (tooLong) {
            return TOO_LONG;
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String text;
        try {
            text = TextDecoding.strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
        return text.length() > maxChars ? TOO_LONG : text;
    }
}
