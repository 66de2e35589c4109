package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arshif.archive.ArticleSink;
import org.arshif.model.ImportProblem;

/**
 * The files under one named folder, in name order, each once. Hidden files and folders are left out; links are
 * followed only where {@link ImportRoots} allows; a file or folder reached twice (through a link inside the roots) is
 * read once; a folder link back to a folder above it is a loop and reported. Nothing is opened here.
 */
final class FolderWalk {

    private final ImportRoots roots;
    private final ArticleSink sink;
    private final int maxDepth;
    /** Real paths of the files found so far in this import (in other named folders too): each is read once. */
    private final Set<Path> found;
    private final List<Path> files = new ArrayList<>();
    private final Set<Path> foldersRead = new HashSet<>();

    private FolderWalk(ImportRoots roots, Set<Path> found, ArticleSink sink, int maxDepth) {
        this.roots = roots;
        this.found = found;
        this.sink = sink;
        this.maxDepth = maxDepth;
    }

    /**
     * Every readable file under the folder not already in {@code found}, sorted by the path it was first reached by;
     * their real paths are added to {@code found}; problems go to the sink.
     */
    static List<Path> files(Path folder, ImportRoots roots, Set<Path> found, ArticleSink sink, int maxDepth) {
        FolderWalk walk = new FolderWalk(roots, found, sink, maxDepth);
        try {
            Path real = folder.toRealPath();
            walk.foldersRead.add(real);
            walk.visit(folder, List.of(real));
        } catch (IOException e) {
            sink.reject(new ImportProblem(folder.toString(), 0, Problem.of(Problem.Code.FOLDER_UNLISTABLE, reason(e))));
        }
        walk.files.sort(null);
        return walk.files;
    }

    /** Visits one folder; {@code ancestors} are the real paths of the folders above it and itself. */
    private void visit(Path folder, List<Path> ancestors) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException e) {
            sink.reject(new ImportProblem(folder.toString(), 0, Problem.of(Problem.Code.FOLDER_UNLISTABLE, reason(e))));
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (entry.getFileName().toString().startsWith(".")) {
                continue;
            }
            ImportRoots.Entry inspected;
            try {
                inspected = roots.inspect(entry);
            } catch (IOException e) {
                sink.reject(new ImportProblem(entry.toString(), 0, Problem.of(Problem.Code.UNREADABLE, reason(e))));
                continue;
            }
            if (inspected.refusal() != null) {
                sink.reject(new ImportProblem(entry.toString(), 0, inspected.refusal()));
                continue;
            }
            Path real = inspected.realPath() != null ? inspected.realPath() : ancestors.getLast().resolve(entry.getFileName());
            if (inspected.attributes().isDirectory()) {
                folder(entry, real, ancestors);
            } else {
                Problem refusal = inspected.fileRefusal(real);
                if (refusal != null) {
                    sink.reject(new ImportProblem(entry.toString(), 0, refusal));
                } else if (found.add(real)) {
                    files.add(entry);
                }
            }
        }
    }

    private void folder(Path entry, Path real, List<Path> ancestors) {
        if (ImportRoots.isSystemFile(real)) {
            sink.reject(new ImportProblem(entry.toString(), 0, Problem.of(Problem.Code.SYSTEM_FOLDER, real)));
        } else if (ancestors.contains(real)) {
            sink.reject(new ImportProblem(entry.toString(), 0,
                    Problem.of(Problem.Code.FOLDER_LOOP)));
        } else if (ancestors.size() > maxDepth) {
            sink.reject(new ImportProblem(entry.toString(), 0,
                    Problem.of(Problem.Code.FOLDER_TOO_DEEP, Integer.toString(maxDepth))));
        } else if (foldersRead.add(real)) { // else already read through another link: its files once
            List<Path> below = new ArrayList<>(ancestors);
            below.add(real);
            visit(entry, below);
        }
    }

    /** An I/O failure in words: a permission problem says so (Java's message is only the path). */
    static Object reason(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return Problem.of(Problem.Code.PERMISSION_DENIED);
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return Problem.of(Problem.Code.NO_SUCH_FILE);
        }
        if (e instanceof Problem.Failed failed) {
            return failed.problem();
        }
        return e.getMessage(); // the system's own words
    }
}
