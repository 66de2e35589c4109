package org.arshif.files;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file the user asked for (an export, a list of citations), written whole or not at all: into a part file
 * {@code .arshif-export-PID-N.EXT.part} beside the target, then moved over it. The new file is created like any new
 * file (its mode from the umask, not 0600 as a temporary file would get), takes the mode of the file it replaces,
 * and a part file left by a killed export is removed by the next export into that folder once its process is gone.
 */
public final class ReplacedFile {

    /** How the content gets into the part file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path part) throws IOException;
    }

    private static final Pattern NAME = Pattern.compile("\\.arshif-export-(?:(\\d+)-)?-?\\d+\\.[^./]+\\.part");
    /** A part file of the old naming (no process id) is left alone this long: an export may still be writing it. */
    private static final Duration UNOWNED_AGE = Duration.ofHours(1);

    private ReplacedFile() {
    }

    /**
     * True when {@code target} may be written: it does not exist or is a regular file. A device (/dev/null), a pipe, a
     * socket, a folder or a link in its place would be replaced for every program that uses it.
     */
    public static boolean isReplaceable(Path target) {
        return !Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * True when the folder {@code target} goes into exists. Nothing creates it: a mistyped folder would otherwise
     * become a new one, and the file be looked for where it is not.
     */
    public static boolean hasFolder(Path target) {
        return Files.isDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Writes {@code content} to {@code target}, in a folder that exists: a crash or a failure at any point leaves
     * the old file (or none).
     */
    public static void write(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new java.nio.file.NoSuchFileException(folder.toString(), null, "no such folder");
        }
        removeStale(folder);
        Path part = create(folder, extensionOf(target));
        try {
            content.writeTo(part);
            keepModeOf(target, part);
            moveIntoPlace(part, target);
        } finally {
            Files.deleteIfExists(part); // gone after the move; after a failure, what the user needs is its cause
        }
    }

    private static String extensionOf(Path target) {
        String name = target.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        return extension.matches("[A-Za-z0-9]{1,8}") ? extension : "out";
    }

    private static Path create(Path folder, String extension) throws IOException {
        long pid = ProcessHandle.current().pid();
        while (true) {
            Path part = folder.resolve(".arshif-export-" + pid + "-" + ThreadLocalRandom.current().nextInt(1 << 30)
                    + "." + extension + ".part");
            try {
                return Files.createFile(part); // no attributes given: the umask decides, as for any new file
            } catch (FileAlreadyExistsException taken) {
                // another export of this process picked the same number: draw again
            }
        }
    }

    /** Part files whose process no longer runs (or, without a process id, older than an hour). */
    private static void removeStale(Path folder) {
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ".arshif-export-*.part")) {
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
    private static void keepModeOf(Path target, Path part) throws IOException {
        PosixFileAttributeView old = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        PosixFileAttributeView fresh = Files.getFileAttributeView(part, PosixFileAttributeView.class);
        if (old != null && fresh != null && Files.exists(target)) {
            fresh.setPermissions(old.readAttributes().permissions());
        }
    }

    private static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
