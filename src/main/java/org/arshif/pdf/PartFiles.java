package org.arshif.pdf;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file an export is written to before it is moved into place: {@code .arshif-export-PID-N.pdf.part} beside the
 * target. Created like any new file (the mode comes from the umask, not 0600 as a temporary file would get), given
 * the mode of the file it replaces, and — when an export was killed — removed by the next export into that folder
 * once the process that wrote it is gone.
 */
final class PartFiles {

    private static final Pattern NAME = Pattern.compile("\\.arshif-export-(?:(\\d+)-)?-?\\d+\\.pdf\\.part");
    /** A part file of the old naming (no process id) is left alone this long: an export may still be writing it. */
    private static final Duration UNOWNED_AGE = Duration.ofHours(1);

    private PartFiles() {
    }

    static Path create(Path folder) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path part = folder.resolve(".arshif-export-" + pid + "-" + ThreadLocalRandom.current().nextInt(1 << 30)
                    + ".pdf.part");
            try {
                return Files.createFile(part); // no attributes given: the umask decides, as for any new file
            } catch (FileAlreadyExistsException taken) {
                // another export of this process picked the same number: draw again
            }
        }
    }

    /** Part files whose process no longer runs (or, without a process id, older than an hour). */
    static void removeStale(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".arshif-export-*.pdf.part")) {
            for (Path part : parts) {
                Matcher name = NAME.matcher(part.getFileName().toString());
                if (!name.matches() || !Files.isRegularFile(part, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                boolean stale = name.group(1) != null
                        ? ProcessHandle.of(Long.parseLong(name.group(1))).map(p -> !p.isAlive()).orElse(true)
                        : Files.getLastModifiedTime(part).compareTo(FileTime.from(Instant.now().minus(UNOWNED_AGE))) < 0;
                if (stale) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException e) {
            // leftovers are untidy, not harmful: the export itself goes on
        }
    }

    /** Gives the new file the permissions of the file it is about to replace, if there is one. */
    static void keepModeOf(Path target, Path part) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(part, PosixFileAttributeView.class);
        if (old != null && fresh != null && Files.exists(target)) {
            fresh.setPermissions(old.readAttributes().permissions());
        }
    }
}
