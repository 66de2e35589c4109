package org.arshif.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.arshif.archive.Archive;
import org.arshif.model.Article;
import org.arshif.model.ArticleCollection;
import org.arshif.model.ArticleMatches;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.pdf.ExportMonitor;
import org.arshif.archive.ArchiveLocation;
import org.arshif.pdf.ExportReport;
import org.arshif.pdf.PdfExporter;
import org.arshif.pdf.PdfOptions;

/**
 * "Export to PDF…" (Ctrl+E): the selected articles (or the open one), with the query's matches marked, written in the
 * background with progress and cancel in the status bar; at the end, an action to open the file. Errors (a folder
 * that cannot be written, a full disk) are shown, and no half-written file is left.
 */
final class ExportController {

    private final MainViewModel model;
    private final ReaderViewModel reader;
    private final Background background;
    private final StatusBarView status;
    /** The archive's folder, where no export may be written; null when the window has no archive yet. */
    volatile ArchiveLocation location;
    /** Opens a file with the desktop's viewer (the application's host services). */
    Consumer<String> opener = uri -> { };
    /** The last export's report, for tests. */
    volatile ExportReport lastReport;
    volatile String lastError;

    ExportController(MainViewModel model, ReaderViewModel reader, Background background, StatusBarView status) {
        this.model = model;
        this.reader = reader;
        this.background = background;
        this.status = status;
    }

    void chooseAndExport(Window owner, List<Integer> selectedRows) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("arshif.pdf");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            export(selectedRows, file.toPath());
        }
    }

    /** Exports the given result rows (or, when none is selected, the open article) to a file. */
    void export(List<Integer> selectedRows, Path target) {
        LazyHitList hits = model.hitsProperty().get();
        Archive archive = model.archive();
        ReaderViewModel.Shown open = reader.shown.get();
        if (archive == null || (selectedRows.isEmpty() && open == null)) {
            status.hideJob(Messages.get("export.nothing"));
            return;
        }
        List<Integer> rows = List.copyOf(selectedRows);
        SearchQuery query = hits == null ? null : hits.query();
        exportArticles(archive, () -> rows.isEmpty() ? List.of(open.article().id()) : idsOf(archive, query, hits, rows),
                model.query.get(), Messages.get("app.title"), Map.of(), target);
    }

    /** Exports a collection's articles in its order, without marks (a collection is not the answer to a query). */
    void exportCollection(ArticleCollection collection, Path target) {
        Archive archive = model.archive();
        if (archive == null || collection.entries().isEmpty()) {
            status.hideJob(Messages.get("collections.empty"));
            return;
        }
        exportArticles(archive, collection::articleIds, null, collection.name(), collection.notes(), target);
    }

    /**
     * @param title the name on the cover and in the running header: the archive's, or the collection's
     * @param notes the collection's notes by article id, set under each article's title
     */
    private void exportArticles(Archive archive, Background.Job<List<String>> chosen, String queryText, String title,
                                Map<String, String> notes, Path target) {
        if (location != null && location.holds(target)) {
            lastError = Messages.format("export.insideArchive", target, location.folder());
            status.hideJob(lastError);
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        status.showJob(Messages.format("export.progress", 0), 0, () -> cancelled.set(true));
        ExportMonitor monitor = new ExportMonitor() {
            @Override
            public void progress(int done, int total) {
                Platform.runLater(() -> status.showJob(Messages.format("export.progress", done * 100 / total),
                        (double) done / total, () -> cancelled.set(true)));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        background.write(() -> {
            List<String> ids = chosen.run();
            List<Article> articles = new ArrayList<>();
            Map<String, ArticleMatches> marks = new LinkedHashMap<>();
            for (String id : ids) {
                archive.read(id, queryText).ifPresent(read -> {
                    articles.add(read.article());
                    marks.put(id, read.matches());
                });
            }
            PdfOptions options = new PdfOptions(PdfOptions.PageSize.A4, title, Messages.locale(), null);
            return new PdfExporter(options).export(articles, marks, notes, target, monitor);
        }, report -> {
            lastReport = report;
            status.showDone(summary(report),
                    Messages.get("export.open"), () -> opener.accept(report.file().toUri().toString()));
        }, failure -> {
            lastError = Messages.describe(failure);
            status.hideJob(Messages.format("export.failed", Messages.describe(failure)));
        });
    }

    /** What the export did, with what it could not show as written: characters without a glyph, titles cut. */
    static String summary(ExportReport report) {
        StringBuilder summary = new StringBuilder(Messages.format("export.done", report.articles(),
                report.file().getFileName().toString()));
        if (report.missingCharacters() > 0) {
            summary.append(" · ").append(Messages.format("export.missing", report.missingCharacters(),
                    report.missingSummary(5)));
        }
        if (report.shortenedTitles() > 0) {
            summary.append(" · ").append(Messages.format("export.shortened", report.shortenedTitles(),
                    PdfExporter.TITLE_LIMIT));
        }
        return summary.toString();
    }

    /** The ids of result rows; rows whose page is not in memory are fetched (off the FX thread). */
    static List<String> idsOf(Archive archive, SearchQuery query, LazyHitList hits, List<Integer> rows)
            throws Exception {
        List<String> ids = new ArrayList<>(rows.size());
        Map<Integer, List<SearchHit>> pages = new LinkedHashMap<>();
        for (int row : rows) {
            int page = row / LazyHitList.PAGE;
            List<SearchHit> hitsOfPage = pages.get(page);
            if (hitsOfPage == null) {
                hitsOfPage = archive.search(query.withPage(page * LazyHitList.PAGE, LazyHitList.PAGE)).hits();
                pages.put(page, hitsOfPage);
            }
            int inPage = row % LazyHitList.PAGE;
            if (inPage < hitsOfPage.size()) {
                ids.add(hitsOfPage.get(inPage).id());
            }
        }
        return ids;
    }
}
