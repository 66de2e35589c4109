package org.arshif.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.arshif.model.ArchiveStats;
import org.arshif.text.DisplayDates;

/** Archive size and date span on one side; what runs in the background, with progress and cancel, on the other. */
final class StatusBarView extends HBox {

    final Label archiveLabel = new Label();
    final Label activity = new Label(Messages.get("status.idle"));
    final ProgressBar progress = new ProgressBar();
    final Button cancel = new Button(Messages.get("import.cancel"));

    StatusBarView(MainViewModel model) {
        getStyleClass().add("status-bar");
        setSpacing(10);
        setPadding(new Insets(4, 12, 4, 12));
        setAlignment(Pos.CENTER_LEFT);
        archiveLabel.setId("archive-status");
        activity.setId("activity");
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.setManaged(false);
        cancel.setId("cancel-import");
        cancel.setVisible(false);
        cancel.setManaged(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(archiveLabel, spacer, activity, progress, cancel);
        model.stats.addListener((o, old, stats) -> archiveLabel.setText(describe(stats)));
        model.searching.addListener((o, old, busy) -> {
            if (!progress.isVisible()) {
                activity.setText(Messages.get(busy ? "status.searching" : "status.idle"));
            }
        });
        model.error.addListener((o, old, error) -> {
            if (!error.isEmpty()) {
                activity.setText(error);
            }
        });
    }

    private static String describe(ArchiveStats stats) {
        if (stats == null) {
            return "";
        }
        String text = Messages.format("status.articles", stats.articles());
        if (stats.earliest() != null) {
            text += "  ·  " + Messages.format("status.span", DisplayDates.gregorian(stats.earliest(), Messages.locale()),
                    DisplayDates.gregorian(stats.latest(), Messages.locale()));
        }
        return text;
    }

    /** Shows a running job with its progress (0..1, or negative for unknown) and a cancel action. */
    void showJob(String text, double fraction, Runnable onCancel) {
        activity.setText(text);
        progress.setProgress(fraction);
        for (var node : new javafx.scene.Node[] {progress, cancel}) {
            node.setVisible(true);
            node.setManaged(true);
        }
        cancel.setDisable(onCancel == null);
        cancel.setOnAction(e -> {
            if (onCancel != null) {
                onCancel.run();
            }
        });
    }

    /** A finished job with an action (e.g. open the exported file). */
    void showDone(String text, String actionLabel, Runnable action) {
        hideJob(text);
        cancel.setText(actionLabel);
        cancel.setDisable(false);
        cancel.setVisible(true);
        cancel.setManaged(true);
        cancel.setOnAction(e -> {
            action.run();
            hideJob(text);
        });
    }

    void hideJob(String text) {
        cancel.setText(Messages.get("import.cancel"));
        activity.setText(text);
        for (var node : new javafx.scene.Node[] {progress, cancel}) {
            node.setVisible(false);
            node.setManaged(false);
        }
    }
}
