package org.arshif.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.arshif.model.ArchiveStats;
import org.arshif.text.DateParser;
import org.arshif.text.DisplayDates;

/** Archive size and date span on one side; what runs in the background, with progress and cancel, on the other. */
final class StatusBarView extends HBox {

    final Label archiveLabel = new Label();
    /** Which shared archive is open (its address); empty and taking no room for an archive on this machine. */
    final Label sharedLabel = new Label();
    /** Shown while the shared archive answers with part of its cluster down. */
    final Label degradedLabel = new Label(Messages.get("status.degraded"));
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
        sharedLabel.setId("shared-archive");
        sharedLabel.getStyleClass().add("shared-archive");
        showShared(null);
        degradedLabel.setId("archive-degraded");
        degradedLabel.getStyleClass().add("degraded");
        degradedLabel.setTooltip(new javafx.scene.control.Tooltip(Messages.get("status.degraded.why")));
        degradedLabel.visibleProperty().bind(model.degraded);
        degradedLabel.managedProperty().bind(model.degraded);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(sharedLabel, archiveLabel, degradedLabel, spacer, activity, progress, cancel);
        model.stats.addListener((o, old, stats) -> archiveLabel.setText(describe(stats, LocalDate.now())));
        model.searching.addListener((o, old, busy) -> {
            if (!progress.isVisible()) {
                // At rest, a window reading an archive another writes to keeps saying so ("جاهز" would hide it).
                boolean readOnly = model.archive() != null && !model.archive().isWritable();
                activity.setText(busy ? Messages.get("status.searching") : readOnly ? readOnlyText : Messages.get("status.idle"));
            }
        });
        model.error.addListener((o, old, error) -> {
            if (!error.isEmpty()) {
                activity.setText(error);
            }
        });
    }

    /**
     * The archive's size and date span. An end of the span that no news article can have (a placeholder such as
     * 9999-12-31 left by an older import; see {@link DateParser#isBelievable}) is not printed as if the archive
     * reached it: the believable end alone is given, and the odd date is named as such.
     */
    static String describe(ArchiveStats stats, LocalDate today) {
        if (stats == null) {
            return "";
        }
        String text = Messages.format("status.articles", stats.articles());
        if (stats.earliest() == null) {
            return text;
        }
        boolean fromBelievable = DateParser.isBelievable(stats.earliest(), today);
        boolean toBelievable = DateParser.isBelievable(stats.latest(), today);
        String from = DisplayDates.gregorian(stats.earliest(), Messages.locale());
        String to = DisplayDates.gregorian(stats.latest(), Messages.locale());
        if (fromBelievable && toBelievable) {
            return text + "  ·  " + Messages.format("status.span", from, to);
        }
        if (fromBelievable) {
            text += "  ·  " + Messages.format("status.spanFrom", from);
        } else if (toBelievable) {
            text += "  ·  " + Messages.format("status.spanUntil", to);
        }
        List<String> odd = new ArrayList<>();
        if (!fromBelievable) {
            odd.add(from);
        }
        if (!toBelievable) {
            odd.add(to);
        }
        return text + "  ·  " + Messages.format("status.oddDates", String.join(Messages.isRightToLeft() ? "، " : ", ", odd));
    }

    /** Names the shared archive open (its address, without any password: addresses never hold one); null: a local one. */
    void showShared(org.arshif.archive.ArchiveLocation location) {
        boolean shared = location != null && location.isServer();
        sharedLabel.setText(shared ? Messages.format("status.shared", location.where()) : "");
        sharedLabel.setVisible(shared);
        sharedLabel.setManaged(shared);
    }

    /** What the bar says at rest while the archive is open read-only (why it is, when known). */
    String readOnlyText = Messages.get("status.readOnly");

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
