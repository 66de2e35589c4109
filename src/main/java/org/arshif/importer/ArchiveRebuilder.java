package org.arshif.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.LuceneArchive;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Rebuilds a damaged archive from the files it was imported from ({@link ImportHistory}): the damaged index is moved
 * aside into a {@code damaged-DATE} folder (never deleted: it is the user's data), a new index is made, and every
 * original still on disk is imported again with its field mapping. Originals no longer there are reported.
 */
public final class ArchiveRebuilder {

    private ArchiveRebuilder() {
    }

    /** A sentence for the user: how many originals there are and how many are still there; null if none is. */
    public static String describe(Path folder) throws IOException {
        ImportHistory history = ImportHistory.read(folder);
        if (!history.canRebuild()) {
            return null;
        }
        return history.present().size() + " of " + history.originals().size() + " original files or folders"
                + (history.hasSeeds() ? " and the bundled seed" : "") + " are still there";
    }

    public static ImportReport rebuild(Path folder, ImportMonitor monitor) throws ArchiveException {
        long started = System.nanoTime();
        ImportHistory history;
        try {
            history = ImportHistory.read(folder);
        } catch (IOException e) {
            throw new ArchiveException("cannot read the import history of " + folder + ": " + e.getMessage(), e);
        }
        if (!history.canRebuild()) {
            throw new ArchiveException("the archive " + folder + " cannot be rebuilt: none of the files it was"
                    + " imported from is still there");
        }
        Path aside = moveIndexAside(folder);
        List<ArticleSource> sources = new ArrayList<>();
        if (history.hasSeeds()) {
            sources.add(new BundledSeeds());
        }
        history.present().forEach(original -> sources.add(new FileImporter(List.of(original.path()), original.mapping())));
        long added = 0;
        long skipped = 0;
        List<ImportProblem> problems = new ArrayList<>();
        boolean cancelled = false;
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            for (ArticleSource source : sources) {
                ImportReport report = archive.importArticles(source, monitor);
                added += report.added();
                problems.addAll(report.skipped());
                skipped += report.skippedCount() - report.skipped().size(); // counted, not listed
                if (report.cancelled()) {
                    cancelled = true;
                    break;
                }
            }
        }
        history.missing().forEach(path -> problems.add(new ImportProblem(path.toString(), 0,
                "no longer there: its articles are not in the rebuilt archive")));
        problems.add(new ImportProblem(aside.toString(), 0, "the damaged index was kept here; delete it when the"
                + " rebuilt archive is as it should be"));
        return new ImportReport(added, 0, problems, Duration.ofNanos(System.nanoTime() - started), cancelled,
                problems.size() + skipped);
    }

    /** Moves every file of the index (not the history) into a new {@code damaged-DATE} folder beside it. */
    private static Path moveIndexAside(Path folder) throws ArchiveException {
        Path aside = folder.resolve("damaged-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try (var files = Files.list(folder)) {
            Files.createDirectories(aside);
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(ImportHistory.FILE)) {
                    Files.move(file, aside.resolve(file.getFileName()));
                }
            }
            return aside;
        } catch (IOException e) {
            throw new ArchiveException("cannot move the damaged index of " + folder + " aside: " + e.getMessage(), e);
        }
    }
}
