package org.arshif.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * Above the reading pane, while the open article has matches: where the reader is among them («2 من 12») and the
 * buttons to the previous and next one (Shift+F3, F3). Outside the scrolled page, so it stays in sight as the page
 * moves from match to match.
 */
final class MatchBarView extends HBox {

    final Label counter = new Label();
    final Button previous = new Button("‹");
    final Button next = new Button("›");

    MatchBarView(ReaderViewModel model) {
        super(6);
        setId("reader-matches");
        getStyleClass().add("match-bar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        counter.setId("reader-match-counter");
        counter.getStyleClass().add("match-counter");
        previous.setId("reader-previous-match");
        next.setId("reader-next-match");
        previous.setTooltip(new Tooltip(Messages.get("reader.previousMatch")));
        next.setTooltip(new Tooltip(Messages.get("reader.nextMatch")));
        previous.setOnAction(e -> model.previousMatch());
        next.setOnAction(e -> model.nextMatch());
        for (Button button : new Button[] {previous, next}) {
            button.setFocusTraversable(false);
        }
        getChildren().addAll(counter, previous, next);
        visibleProperty().bind(model.currentMatch.greaterThanOrEqualTo(0));
        managedProperty().bind(visibleProperty());
        model.currentMatch.addListener((o, old, now) -> {
            boolean any = now.intValue() >= 0;
            counter.setText(any ? Messages.format("reader.matchPosition", now.intValue() + 1, model.matchCount()) : "");
            counter.setTooltip(any ? new Tooltip(Messages.format("reader.matches", model.matchCount())) : null);
        });
    }
}
