package org.arshif.archive;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/** Damages a closed archive's index the ways disks and crashes do, for tests. */
public final class IndexDamage {

    private IndexDamage() {
    }

    /** The index's largest data file (not the commit point or the lock). */
    public static Path largestFile(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("segments_"))
                    .filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .filter(f -> !f.getFileName().toString().endsWith(".tsv"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    /** Cuts the largest file in half, as a crash during a copy would. Returns its name. */
    public static String truncate(Path folder) throws IOException {
        Path file = largestFile(folder);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2);
        }
        return file.getFileName().toString();
    }

    /** Overwrites a few bytes in the middle of the largest file, keeping its length: only checksums see it. */
    public static String flipBytes(Path folder) throws IOException {
        Path file = largestFile(folder);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long middle = raf.length() / 2;
            raf.seek(middle);
            byte[] bytes = new byte[8];
            raf.readFully(bytes);
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(middle);
            raf.write(bytes);
        }
        return file.getFileName().toString();
    }
}
