package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What one ZIP file may expand to when read: each entry at most {@link #MAX_ENTRY_BYTES}, all entries together at
 * most {@link #MAX_TOTAL_BYTES}. Counted on the bytes actually inflated, not on the sizes the ZIP declares, so a ZIP
 * bomb (a few kilobytes that inflate to terabytes) stops after the budget with a message, never filling memory or
 * disk: entries are read as streams and nothing is extracted.
 */
final class ZipBudget {

    static final long MAX_ENTRY_BYTES = 2L << 30;
    static final long MAX_TOTAL_BYTES = 16L << 30;

    private final long maxEntryBytes;
    private final long maxTotalBytes;
    private long totalRead;

    ZipBudget() {
        this(MAX_ENTRY_BYTES, MAX_TOTAL_BYTES);
    }

    ZipBudget(long maxEntryBytes, long maxTotalBytes) {
        this.maxEntryBytes = maxEntryBytes;
        this.maxTotalBytes = maxTotalBytes;
    }

    /** The ZIP expanded beyond its budget. */
    static final class ExceededException extends RefusedInputException {
        ExceededException(Problem problem) {
            super(problem);
        }
    }

    InputStream limit(InputStream entry, String name) {
        return new FilterInputStream(entry) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws ExceededException {
                read += n;
                totalRead += n;
                if (read > maxEntryBytes) {
                    throw new ExceededException(Problem.of(Problem.Code.ZIP_ENTRY_TOO_BIG, name,
                            Long.toString(maxEntryBytes >> 20)));
                }
                if (totalRead > maxTotalBytes) {
                    throw new ExceededException(Problem.of(Problem.Code.ZIP_TOO_BIG, Long.toString(maxTotalBytes >> 20)));
                }
            }
        };
    }
}
