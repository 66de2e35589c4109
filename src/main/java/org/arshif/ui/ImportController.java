package org.arshif.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.importer.ImportNotes;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Imports files and folders chosen in a dialog or dropped on the window: in the background, with progress and
 * cancel in the status bar, then a summary (added, updated, unchanged, skipped with reasons, notes). Searching keeps working meanwhile.
 */
final class ImportController {

    private final MainViewModel model;
    private final Background background;
    private final StatusBarView status;
    /** The last import's report, for tests and for the summary dialog. */
    ImportReport lastReport;
    /** The last import's notes: records imported with something left out, such as a date that could not be kept. */
    ImportNotes lastNotes;
    /** Called with the summary text when an import ends; the default shows a dialog. */
    java.util.function.Consumer<String> onSummary = this::showSummaryDialog;

    ImportController(MainViewModel model, Background background, StatusBarView status) {
        this.model = model;
        this.background = background;
        this.status = status;
    }

    void chooseAndImport(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("import.filter"),
                "*.txt", "*.json", "*.jsonl", "*.ndjson", "*.csv", "*.zip"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null && !files.isEmpty()) {
            importPaths(files.stream().map(File::toPath).toList());
        }
    }

    void importPaths(List<Path> paths) {
        var archive = model.archive();
        if (archive == null || !archive.isWritable()) {
            onSummary.accept(archive == null ? Messages.get("status.readOnly") : archive.importRefusal()
                    .map(refused -> refused.text(Messages.locale())).orElse(Messages.get("status.readOnly")));
            return;
        }
        AtomicBoolean cancelled = new AtomicBoolean();
        long started = System.nanoTime();
        status.showJob(Messages.format("status.importing", 0, 0, 0), -1, () -> cancelled.set(true));
        ImportMonitor monitor = new ImportMonitor() {
            @Override
            public void progress(long read, long imported, String file) {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                long perSecond = Math.round(imported / seconds);
                Platform.runLater(() -> status.showJob(Messages.format("status.importing", read, imported, perSecond),
                        -1, () -> cancelled.set(true)));
            }

            @Override
            public void committed(long imported) {
                // What is committed is searchable: show it, as the import goes on.
                Platform.runLater(() -> {
                    model.refreshStats();
                    model.search();
                });
            }

            @Override
            public void merging() {
                // The import's articles are committed: shown now, while the segments merge.
                Platform.runLater(() -> {
                    status.showJob(Messages.get("status.merging"), -1, () -> cancelled.set(true));
                    model.refreshStats();
                    model.search();
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        FileImporter importer = new FileImporter(paths, FieldMapping.DEFAULT);
        background.write(() -> archive.importArticles(importer, monitor),
                report -> {
                    lastReport = report;
                    lastNotes = importer.notes();
                    String summary = summary(report);
                    status.hideJob(report.cancelled() ? Messages.get("import.cancelled") : Messages.get("import.done"));
                    model.refreshStats();
                    model.search();
                    onSummary.accept(summary);
                },
                failure -> {
                    status.hideJob(Messages.format("import.failed", Messages.describe(failure)));
                    onSummary.accept(Messages.format("import.failed", Messages.describe(failure)));
                });
    }

    static String summary(ImportReport report) {
        String text = Messages.format("import.summary", report.added(), report.updated(), report.unchanged(),
                report.skippedCount(),
                String.format(Locale.ROOT, "%.1f", report.elapsed().toMillis() / 1000.0));
        return report.cancelled() ? Messages.get("import.cancelled") + "\n" + text : text;
    }

    /** A header and a list of records with their reasons, and how many more there were than listed. */
    private static void addList(VBox content, String header, List<ImportProblem> records, long unlisted, String more,
                                double height) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(records.stream().map(Messages::describe).toList());
        if (unlisted > 0) {
            list.getItems().add(Messages.format(more, unlisted));
        }
        list.setPrefHeight(height);
        content.getChildren().addAll(new javafx.scene.control.Label(Messages.get(header)), list);
    }

    private void showSummaryDialog(String summary) {
        Alert alert = Dialogs.alert(Alert.AlertType.INFORMATION, Messages.get("import.title"), summary,
                new ButtonType(Messages.get("dialog.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        VBox content = new VBox(6, alert.getDialogPane().getContent());
        if (lastReport != null && !lastReport.skipped().isEmpty()) {
            addList(content, "import.skippedHeader", lastReport.skipped(),
                    lastReport.skippedCount() - lastReport.skipped().size(), "import.moreSkipped", 200);
        }
        if (lastReport != null && lastNotes != null && lastNotes.countWith(lastReport) > 0) {
            // Records imported with something left out (a date that could not be kept), or whose id an earlier record
            // gave (the later kept): each named, none lost.
            List<ImportProblem> notes = lastNotes.listedWith(lastReport);
            addList(content, "import.notesHeader", notes, lastNotes.countWith(lastReport) - notes.size(),
                    "import.moreNotes", 120);
        }
        alert.getDialogPane().setContent(content);
        alert.show();
    }
}
