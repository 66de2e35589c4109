package org.arshif.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.VBox;
import org.arshif.model.SearchHit;
import org.arshif.text.DisplayDates;

/**
 * The results: a virtualised list (only visible rows exist as nodes, and hits are loaded a page at a time by
 * {@link LazyHitList}), each row with title, date, source and a two-line snippet with the matched words marked.
 * Several articles can be selected (Ctrl/Shift-click, Ctrl+A) for export.
 */
final class ResultsView extends ListView<SearchHit> {

    ResultsView(MainViewModel model) {
        setId("results");
        getStyleClass().add("results");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // "No results" only once a search has answered with none: while the first one runs (the status bar says
        // «searching…») the list has no answer yet, and an empty list must not claim there is nothing. In an empty
        // archive fewer words or wider dates cannot help: the list says what can; nor for a query of punctuation alone.
        Label noResults = new Label();
        noResults.setId("results-placeholder");
        noResults.setWrapText(false);
        noResults.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.searching.get() || model.hitsProperty().get() == null ? ""
                        : model.stats.get() != null && model.stats.get().articles() == 0
                        ? Messages.get("results.emptyArchive")
                        : model.holdsNoWord.get() ? Messages.get("results.noWord") : Messages.get("results.empty"),
                model.searching, model.hitsProperty(), model.stats, model.holdsNoWord));
        setPlaceholder(noResults);
        setCellFactory(list -> new HitCell());
        // A fixed row height lets the list compute its scroll range without measuring a million rows.
        setFixedCellSize(HitCell.HEIGHT);
        getSelectionModel().getSelectedIndices().addListener(
                (javafx.collections.ListChangeListener<Integer>) change -> model.selectedRows.set(
                        getSelectionModel().getSelectedIndices().size()));
        model.hitsProperty().addListener((o, old, hits) -> {
            getSelectionModel().clearSelection();
            setItems(hits);
            scrollTo(0);
        });
    }

    /**
     * One result row. A text printed by several papers is one row: how many copies, in how many sources, follows the
     * date; the row's tooltip lists them (the reading pane too, see {@link CopiesView}).
     * A row whose article holds only some of the query's words says so (in any order of the list).
     */
    static final class HitCell extends ListCell<SearchHit> {
        static final double HEIGHT = 118;
        private final ArabicParagraph title = new ArabicParagraph();
        private final Label meta = new Label();
        private final ArabicParagraph snippet = new ArabicParagraph();
        private final VBox box = new VBox(2, title, meta, snippet);

        HitCell() {
            getStyleClass().add("hit-cell");
            title.setFont(Fonts.uiBold(15));
            title.setMaxLines(1);
            title.setLineSpacing(1.2);
            title.getStyleClass().add("hit-title");
            meta.getStyleClass().add("hit-meta");
            snippet.setFont(Fonts.reading(15));
            snippet.setMaxLines(2);
            snippet.setLineSpacing(1.15);
            snippet.getStyleClass().add("hit-snippet");
            box.setPadding(new Insets(6, 4, 6, 4));
            setPrefHeight(HEIGHT);
            // Rows take the list's width and never make it scroll sideways; the paragraphs wrap to it.
            setPrefWidth(0);
            box.setMinWidth(0);
            // Fills follow the theme's text colour (set by CSS on the cell's text fill).
            title.fillProperty().bind(textFillProperty());
            snippet.fillProperty().bind(textFillProperty());
        }

        @Override
        protected void updateItem(SearchHit hit, boolean empty) {
            super.updateItem(hit, empty);
            setText(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            if (hit == null) {
                title.setText(Messages.get("results.loading"));
                meta.setText("");
                snippet.setText("");
                snippet.setMarks(List.of());
            } else {
                title.setText(hit.title());
                String date = hit.date() == null ? Messages.get("results.undated")
                        : DisplayDates.gregorian(hit.date(), Messages.locale());
                String source = hit.source().isEmpty() ? Messages.get("results.noSource") : hit.source();
                // A mark of the interface's direction after each part keeps the parts in order when a source name
                // is in the other script (Latin names in an Arabic line would otherwise pull the separators along).
                String mark = Messages.isRightToLeft() ? "\u200F" : "\u200E";
                List<String> parts = new java.util.ArrayList<>(List.of(date, source));
                List<org.arshif.model.ArticleCopy> copies = CopiesViewModel.membersOf(hit);
                if (!copies.isEmpty()) {
                    parts.add(Messages.format("results.carried", copies.size(), CopiesView.sourcesOf(copies).size()));
                }
                meta.setTooltip(copies.isEmpty() ? null : new javafx.scene.control.Tooltip(copyList(copies)));
                if (!hit.everyWord()) {
                    parts.add(Messages.get("results.someWords"));
                }
                meta.setText(String.join(mark + "  ·  ", parts) + mark);
                snippet.setText(hit.snippet().text());
                snippet.setMarks(hit.snippet().marks());
            }
            setGraphic(box);
        }

        /** Every copy on a line: source, date and its own headline (the row itself names only how many). */
        private static String copyList(List<org.arshif.model.ArticleCopy> copies) {
            return String.join("\n", copies.stream().map(copy -> CopiesView.placeOf(copy) + "  ·  " + copy.title())
                    .toList());
        }
    }
}
