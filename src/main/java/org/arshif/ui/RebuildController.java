package org.arshif.ui;

import java.util.function.Predicate;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.importer.ArchiveRebuilder;
import org.arshif.model.ImportReport;

/**
 * A damaged archive found at open: says so, and offers to rebuild it from the files it was imported from when they
 * are still there (the damaged index is kept aside). The rebuild runs in the background with progress in the status
 * bar; then the archive is opened again.
 */
final class RebuildController {

    private final Background background;
    private final StatusBarView status;
    /** Asks whether to rebuild, given the question; the default shows a dialog. Tests answer themselves. */
    Predicate<String> ask = this::askWithDialog;
    /** Shows a message that needs no answer; the default shows a dialog. */
    java.util.function.Consumer<String> tell = this::tellWithDialog;
    /** The last rebuild's report, for tests. */
    ImportReport lastReport;

    RebuildController(Background background, StatusBarView status) {
        this.background = background;
        this.status = status;
    }

    void offer(ArchiveRebuilding rebuilding, DamagedArchiveException damage, Runnable reopen) {
        String folder = "\u2068" + rebuilding.folder() + "\u2069";
        // The folder and Lucene's English detail (or, without one, the core's own refusal, in the window's language)
        // are isolated, each read as one run inside the Arabic sentence.
        String detail = "\u2068" + (damage.getCause() == null ? Messages.describe(damage)
                : damage.getCause().getMessage()) + "\u2069";
        status.activity.setText(Messages.format("rebuild.damaged", folder, detail));
        // In the dialog, the folder and the detail stand on lines of their own: Latin inside an Arabic line, with
        // brackets, is where the screen's bidi ordering is weakest.
        String damaged = Messages.get("rebuild.damagedAt") + "\n" + folder + "\n" + detail;
        background.read(() -> ArchiveRebuilder.trustedHistory(rebuilding), history -> {
            String originals = Messages.format("rebuild.originals", history.present().size(), history.originals().size());
            // A rebuild reads files named in the archive's folder: the user sees each one before saying yes.
            StringBuilder paths = new StringBuilder();
            history.present().forEach(original -> paths.append("\n\u2068").append(original.path()).append('\u2069'));
            if (!history.missing().isEmpty()) {
                paths.append("\n\n").append(Messages.get("rebuild.gone"));
                history.missing().forEach(path -> paths.append("\n\u2068").append(path).append('\u2069'));
            }
            if (!history.canRebuild()) {
                tell.accept(damaged + "\n\n" + Messages.get("rebuild.impossible"));
            } else if (ask.test(damaged + "\n\n"
                    + Messages.format("rebuild.question", originals) + paths)) {
                rebuild(rebuilding, reopen);
            }
        }, failure -> tell.accept(Messages.format("error.open", Messages.describe(failure))));
    }

    private void rebuild(ArchiveRebuilding rebuilding, Runnable reopen) {
        status.showJob(Messages.get("rebuild.running"), -1, null);
        background.write(() -> ArchiveRebuilder.rebuild(rebuilding, org.arshif.archive.ImportMonitor.NONE, false)
                .imported(), report -> {
            lastReport = report;
            status.hideJob(Messages.format("rebuild.done", report.added()));
            reopen.run();
        }, failure -> {
            status.hideJob(Messages.format("rebuild.failed", Messages.describe(failure)));
            tell.accept(Messages.format("rebuild.failed", Messages.describe(failure)));
        });
    }

    private boolean askWithDialog(String question) {
        ButtonType rebuild = new ButtonType(Messages.get("rebuild.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType close = new ButtonType(Messages.get("rebuild.notNow"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = Dialogs.alert(Alert.AlertType.WARNING, Messages.get("error.title"), question, rebuild, close);
        return alert.showAndWait().filter(rebuild::equals).isPresent();
    }

    private void tellWithDialog(String message) {
        Dialogs.alert(Alert.AlertType.ERROR, Messages.get("error.title"), message).show();
    }
}
