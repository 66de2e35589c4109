package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Rebuilds a damaged archive from the files it was imported from ({@link ImportHistory}): the damaged index is moved
 * aside into a {@code damaged-DATE} folder (never deleted: it is the user's data), a new index is made, and every
 * original still on disk is imported again with its field mapping. Originals no longer there are reported.
 *
 * <p>The rebuild holds the archive's write lock (a window or command using it makes it refuse), refuses a sound
 * archive unless forced, and reads only originals the archive itself recorded: when the index's last commit can
 * still be read, its history is the authority and a line found only in the copy beside the index is reported, not
 * read. Killed midway, it is finished by running it again ({@link ArchiveRebuilding}).
 */
public final class ArchiveRebuilder {

    private ArchiveRebuilder() {
    }

    /** A sentence for the user: how many originals there are and how many are still there; null if none is. */
    public static String describe(ArchiveRebuilding rebuilding) throws IOException {
        ImportHistory history = trustedHistory(rebuilding);
        if (!history.canRebuild()) {
            return null;
        }
        return history.present().size() + " of " + history.originals().size() + " original files or folders"
                + (history.hasSeeds() ? " and the bundled seed" : "") + " are still there";
    }

    /**
     * What a rebuild did: the import of the originals (its skipped records are the originals' own), and notes that
     * are not skipped records — originals no longer there, history lines not read, where the old index was kept.
     */
    public record Report(ImportReport imported, List<ImportProblem> notes) {
        public Report {
            notes = List.copyOf(notes);
        }
    }

    /** Rebuilds a damaged archive (or finishes a stopped rebuild); a sound one only when {@code force}. */
    public static Report rebuild(ArchiveRebuilding rebuilding, ImportMonitor monitor, boolean force)
            throws ArchiveException {
        Path folder = rebuilding.folder();
        long started = System.nanoTime();
        ImportHistory history;
        try {
            history = trustedHistory(rebuilding);
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.REBUILD_HISTORY_UNREADABLE, folder, e.getMessage()), e);
        }
        if (!history.canRebuild()) {
            throw new ArchiveException(Problem.of(Problem.Code.REBUILD_NO_ORIGINALS, folder), null);
        }
        ArchiveRebuilding.Started rebuild = rebuilding.start(force);
        List<ArticleSource> sources = new ArrayList<>();
        if (history.hasSeeds()) {
            sources.add(new BundledSeeds());
        }
        history.present().forEach(original -> sources.add(new FileImporter(List.of(original.path()), original.mapping())));
        long added = 0;
        long skipped = 0;
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> notes = new ArrayList<>(history.untrusted());
        boolean cancelled = false;
        try (Archive archive = rebuild.archive()) {
            // The whole history goes into the rebuilt archive's, originals gone for now included: they may come back.
            archive.importArticles(history.asSource(), monitor);
            for (ArticleSource source : sources) {
                ImportReport report = archive.importArticles(source, monitor);
                added += report.added();
                problems.addAll(report.skipped());
                skipped += report.skippedCount();
                if (report.cancelled()) {
                    cancelled = true;
                    break;
                }
            }
        }
        if (!cancelled) {
            rebuilding.finish();
        }
        history.missing().forEach(path -> notes.add(new ImportProblem(path.toString(), 0,
                Problem.of(Problem.Code.MISSING_SINCE_IMPORT))));
        notes.add(new ImportProblem(rebuild.aside().toString(), 0, Problem.of(Problem.Code.INDEX_KEPT_ASIDE)));
        return new Report(new ImportReport(added, 0, problems, Duration.ofNanos(System.nanoTime() - started), cancelled,
                skipped), notes);
    }

    /** The history to rebuild from: the committed one when it can be read, else the copy beside the index. */
    public static ImportHistory trustedHistory(ArchiveRebuilding rebuilding) throws IOException {
        ImportHistory copy = ImportHistory.read(rebuilding.folder());
        return rebuilding.committedHistory().map(committed -> copy.trusting(committed)).orElse(copy);
    }
}
