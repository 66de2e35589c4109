package org.arshif.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.arshif.model.ArticleCopy;
import org.arshif.text.DisplayDates;

/**
 * Above the reading pane, when the open text was printed more than once: every copy on a line of its own (source,
 * date, its own headline). A headline opens that copy in the pane, the list staying as it is; the copy open now is
 * marked; «قارن» beside any other shows it and the open one side by side ({@link CompareWindow}).
 */
final class CopiesView extends VBox {

    /** Lines shown before the list scrolls: the reading pane keeps most of the height. */
    private static final int VISIBLE_LINES = 4;
    private static final double LINE_HEIGHT = 30;

    final Label heading = new Label();
    final VBox lines = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(lines);
    private final CopiesViewModel model;
    private final ReaderViewModel reader;
    /** The comparisons open: a new language builds them again, a new theme paints them (MainWindow). */
    final List<javafx.stage.Stage> comparisons = new ArrayList<>();

    CopiesView(CopiesViewModel model, ReaderViewModel reader) {
        this.model = model;
        this.reader = reader;
        setId("copies");
        getStyleClass().add("copies");
        setPadding(new Insets(6, 16, 6, 16));
        setSpacing(4);
        heading.setId("copies-heading");
        heading.getStyleClass().add("copies-heading");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("copies-scroll");
        // As high as its lines, up to VISIBLE_LINES; a longer list scrolls.
        var height = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(VISIBLE_LINES, lines.getChildren().size()) * (LINE_HEIGHT + lines.getSpacing()) + 4,
                lines.getChildren());
        scroll.minHeightProperty().bind(height);
        scroll.prefHeightProperty().bind(height);
        scroll.maxHeightProperty().bind(height);
        getChildren().setAll(heading, scroll);
        model.group.addListener((o, old, group) -> refresh());
        reader.shown.addListener((o, old, shown) -> refresh());
        refresh();
    }

    /** Shows the list when the open article is one of the listed text's copies; hides it otherwise. */
    private void refresh() {
        ReaderViewModel.Shown shown = reader.shown.get();
        List<ArticleCopy> group = model.group.get();
        String openId = shown == null ? null : shown.article().id();
        boolean listed = openId != null && group.stream().anyMatch(copy -> copy.id().equals(openId));
        setVisible(listed);
        setManaged(listed);
        if (!listed) {
            lines.getChildren().clear();
            return;
        }
        heading.setText(Messages.format("copies.heading", group.size(), sourcesOf(group).size()));
        List<HBox> rows = new ArrayList<>();
        int open = 0;
        for (ArticleCopy copy : group) {
            if (copy.id().equals(openId)) {
                open = rows.size();
            }
            rows.add(line(copy, copy.id().equals(openId) ? null : openId));
        }
        lines.getChildren().setAll(rows);
        // The list keeps its order whichever copy is open; it scrolls to bring the open one to its top.
        scroll.setVvalue(rows.size() <= VISIBLE_LINES ? 0 : Math.min(1, (double) open / (rows.size() - VISIBLE_LINES)));
    }

    /**
     * One copy: its headline (opens it), source and date; a compare action with {@code openId}, the copy in the
     * pane, unless this line is that copy ({@code openId} null), which is marked instead.
     */
    private HBox line(ArticleCopy copy, String openId) {
        Hyperlink title = new Hyperlink(copy.title());
        title.getStyleClass().add("copy-title");
        title.setMinWidth(0);
        title.setMaxWidth(Double.MAX_VALUE);
        title.setTooltip(new Tooltip(copy.title()));
        title.setOnAction(e -> model.open(copy));
        HBox.setHgrow(title, Priority.ALWAYS);
        Label where = new Label(placeOf(copy));
        where.getStyleClass().add("copy-place");
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox line = new HBox(10, where, title);
        line.getStyleClass().add("copy-line");
        line.setAlignment(Pos.CENTER_LEFT);
        line.setMinHeight(LINE_HEIGHT);
        line.setPrefHeight(LINE_HEIGHT);
        line.setUserData(copy.id());
        if (openId == null) {
            line.getStyleClass().add("copy-open");
            title.setVisited(false);
            title.setDisable(true); // already open: nothing to do
            Label open = new Label(Messages.get("copies.open"));
            open.getStyleClass().add("copy-open-note");
            open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            line.getChildren().add(open);
        } else {
            Button compare = new Button(Messages.get("copies.compare"));
            compare.getStyleClass().add("copy-compare");
            compare.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            compare.setTooltip(new Tooltip(Messages.get("copies.compareTip")));
            compare.setOnAction(e -> keep(CompareWindow.show(getScene().getWindow(), model, openId, copy.id())));
            line.getChildren().add(compare);
        }
        return line;
    }

    /** Counts a comparison open until it is closed. */
    private void keep(javafx.stage.Stage comparison) {
        comparisons.add(comparison);
        comparison.setOnHidden(e -> comparisons.remove(comparison));
    }

    /** A comparison of the window this one replaces, built again in this window's language on the same copies. */
    void reopen(javafx.stage.Stage comparison) {
        CompareWindow.rebuild(comparison, model);
        keep(comparison);
    }

    /** «source · date», the source marked as such when the article has none. */
    static String placeOf(ArticleCopy copy) {
        String source = copy.source().isEmpty() ? Messages.get("results.noSource") : copy.source();
        String date = copy.date() == null ? Messages.get("results.undated")
                : DisplayDates.gregorian(copy.date(), Messages.locale());
        // A mark of the interface's direction after the source keeps a Latin name from pulling the date across.
        String mark = Messages.isRightToLeft() ? "\u200F" : "\u200E";
        return source + mark + " · " + date;
    }

    /** The distinct sources of the copies, an article with none counted as one source of its own. */
    static Set<String> sourcesOf(List<ArticleCopy> group) {
        Set<String> sources = new LinkedHashSet<>();
        group.forEach(copy -> sources.add(copy.source()));
        return sources;
    }
}
