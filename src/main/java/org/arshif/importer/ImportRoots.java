package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and folders the user named for an import, and what may be read through them. A received tarball or an
 * extracted ZIP may hold links to {@code /etc/shadow} or to a private folder: a link is followed only when its real
 * target lies inside one of the named roots (a root that is itself a link counts as its real path), unless the user
 * asked to follow every link. Devices, pipes, sockets and the kernel's pseudo-files ({@code /proc}, {@code /sys}) are
 * never opened: opening a pipe would block the import, and a pseudo-file is not an article.
 */
final class ImportRoots {

    /** Kernel pseudo-files: stat calls them regular, but they describe the running system, not news. */
    private static final List<Path> SYSTEM_FOLDERS = List.of(Path.of("/proc"), Path.of("/sys"));

    private final List<Path> realRoots;
    private final boolean followLinks;

    private ImportRoots(List<Path> realRoots, boolean followLinks) {
        this.realRoots = realRoots;
        this.followLinks = followLinks;
    }

    /** The real paths of the named files and folders (those that exist). */
    static ImportRoots of(List<Path> named, boolean followLinks) {
        List<Path> real = new ArrayList<>();
        for (Path path : named) {
            try {
                real.add(path.toRealPath());
            } catch (IOException e) {
                // A missing root is reported when it is read; it contains nothing.
            }
        }
        return new ImportRoots(List.copyOf(real), followLinks);
    }

    boolean followsEveryLink() {
        return followLinks;
    }

    boolean contains(Path realPath) {
        return realRoots.stream().anyMatch(realPath::startsWith);
    }

    static boolean isSystemFile(Path realPath) {
        return SYSTEM_FOLDERS.stream().anyMatch(realPath::startsWith);
    }

    /**
     * What a path found inside a named folder leads to, checked without opening it (and without following a link
     * before its target is known to be allowed).
     */
    Entry inspect(Path path) throws IOException {
        BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!own.isSymbolicLink()) {
            return new Entry(null, own, null);
        }
        Path real;
        BasicFileAttributes target;
        try {
            real = path.toRealPath();
            target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return new Entry(null, own, Problem.of(Problem.Code.LINK_TARGET_MISSING));
        }
        if (!followLinks && !contains(real)) {
            return new Entry(real, target, Problem.of(target.isDirectory() ? Problem.Code.LINK_FOLDER_OUTSIDE
                    : Problem.Code.LINK_FILE_OUTSIDE, real));
        }
        return new Entry(real, target, null);
    }

    /**
     * Why a file that is about to be read is refused (a special file, a kernel pseudo-file, or a link leading outside
     * the roots), or null when it may be read. Follows links only to look at their targets' attributes.
     */
    Problem refusal(Path path) throws IOException {
        try {
            pathToOpen(path);
            return null;
        } catch (RefusedException e) {
            return e.problem();
        }
    }

    /**
     * The path to open for reading a file found under the roots, checked again at the moment of reading (a folder is
     * listed long before its last file is read, and a file may have become a link meanwhile): the real path of an
     * allowed link, else the path itself. Open it without following links, so that a link put in its place after
     * this check is not followed either.
     */
    Path pathToOpen(Path path) throws IOException {
        Entry entry = inspect(path);
        Problem refusal = entry.refusal() != null ? entry.refusal()
                : entry.fileRefusal(entry.realPath() == null ? path.toAbsolutePath().normalize() : entry.realPath());
        if (refusal != null) {
            throw new RefusedException(refusal);
        }
        return entry.realPath() == null ? path : entry.realPath();
    }

    /** A file that must not be opened; the message says why. */
    static final class RefusedException extends RefusedInputException {
        RefusedException(Problem problem) {
            super(problem);
        }
    }

    /**
     * A folder entry: its real path when it is a link (else null), the attributes of what it leads to, and why it is
     * refused (null when it may be read).
     */
    record Entry(Path realPath, BasicFileAttributes attributes, Problem refusal) {

        /** For an entry that is not a folder: why it cannot be read as a file, or null. */
        Problem fileRefusal(Path realPath) {
            if (isSystemFile(realPath)) {
                return Problem.of(Problem.Code.SYSTEM_FILE, realPath);
            }
            if (!attributes.isRegularFile()) {
                return specialFile();
            }
            return null;
        }
    }

    static Problem specialFile() {
        return Problem.of(Problem.Code.SPECIAL_FILE);
    }
}
