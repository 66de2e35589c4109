package org.arshif.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.arshif.cite.CitationFormat;
import org.arshif.text.DisplayDates;

/**
 * The collections panel: choose a collection, see its articles in order, move them up and down, remove them, write a
 * note on each, export the collection to PDF and cite it. Binds to {@link CollectionsViewModel}; opening an article
 * and exporting go to the window through the callbacks given.
 */
final class CollectionsView extends VBox {

    final ComboBox<String> chooser = new ComboBox<>();
    final ListView<CollectionsViewModel.Row> list = new ListView<>();
    final TextArea note = TextMenus.install(new TextArea());
    final Label message = new Label();
    private final CollectionsViewModel model;
    /** The id of the article last selected in the list, to select it again when the rows are read anew. */
    private String selectedId;

    /** The collection and article whose note the editor holds, and that note as kept; null before any. */
    private String notedCollection;
    private String notedArticle;
    private String notedAs;

    CollectionsView(CollectionsViewModel model, Consumer<String> openArticle, Consumer<File> exportPdf) {
        super(6);
        this.model = model;
        setId("collections");
        getStyleClass().add("collections");
        setPadding(new Insets(8));
        setMinWidth(280); // the reading pane gives way; the panel never collapses to nothing when an article opens
        setPrefWidth(360);

        Label heading = new Label(Messages.get("collections.title"));
        heading.getStyleClass().add("collections-heading");
        chooser.setId("collection-chooser");
        chooser.setItems(model.names);
        chooser.valueProperty().bindBidirectional(model.chosen);
        chooser.setPromptText(Messages.get("collections.none.yet"));
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setMinWidth(80);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        Button create = button("collection-new", "collections.new", () -> ask("collections.new.title", "")
                .ifPresent(model::create));
        Button rename = button("collection-rename", "collections.rename", () -> ask("collections.rename.title",
                model.chosen.get()).ifPresent(model::rename));
        Button delete = button("collection-delete", "collections.delete", () -> confirmDelete());
        HBox top = new HBox(4, chooser, create, rename, delete);

        list.setId("collection-articles");
        list.setItems(model.rows);
        list.setCellFactory(view -> new RowCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                showNote(row);
            }
            if (row != null && !row.id().equals(selectedId)) { // not when the same article is selected again
                selectedId = row.id();
                if (!row.missing()) {
                    openArticle.accept(row.id());
                }
            }
        });
        // after the list view's own listener, which clears the selection when the rows are replaced
        model.rows.addListener((javafx.collections.ListChangeListener<CollectionsViewModel.Row>)
                change -> keepSelection(selectedId));

        Button up = button("collection-up", "collections.up", () -> moveSelected(-1));
        Button down = button("collection-down", "collections.down", () -> moveSelected(1));
        Button remove = button("collection-remove", "collections.remove", () -> {
            CollectionsViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.remove(List.of(row.id()));
            }
        });
        HBox order = new HBox(4, up, down, remove);

        note.setId("collection-note");
        note.setPromptText(Messages.get("collections.note.prompt"));
        note.setPrefRowCount(3);
        note.setWrapText(false); // JavaFX cannot wrap right-to-left lines on Linux; a note keeps its own line breaks
        Button saveNote = button("collection-note-save", "collections.note.save", this::keepNote);
        // Another collection chosen: the note being written on this one's article is kept first.
        model.chosen.addListener((o, old, now) -> keepNote());

        Button export = button("collection-export", "collections.export", () -> {
            FileChooser files = new FileChooser();
            files.setTitle(Messages.get("export.title"));
            files.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
            files.setInitialFileName(safeFileName(model.chosen.get()) + ".pdf");
            File file = files.showSaveDialog(getScene().getWindow());
            if (file != null) {
                exportPdf.accept(file);
            }
        });
        MenuButton cite = new MenuButton(Messages.get("collections.cite"));
        cite.setId("collection-cite");
        cite.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (CitationFormat format : CitationFormat.values()) {
            MenuItem item = new MenuItem(Messages.get("collections.cite." + format.extension()));
            item.setOnAction(e -> chooseAndCite(format));
            cite.getItems().add(item);
        }
        HBox bottom = new HBox(4, export, cite);
        message.setId("collection-message");
        message.getStyleClass().add("collections-message");
        message.textProperty().bind(model.message);
        message.setWrapText(false);
        javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();
        whole.textProperty().bind(model.message);
        message.setTooltip(whole); // a long reason is cut on the panel's one line; the tooltip holds it whole
        getChildren().setAll(heading, top, list, order, note, saveNote, bottom, message);
        rename.disableProperty().bind(model.chosen.isNull());
        delete.disableProperty().bind(model.chosen.isNull());
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows));
        cite.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.rows));
        var noRow = list.getSelectionModel().selectedItemProperty().isNull();
        up.disableProperty().bind(noRow);
        down.disableProperty().bind(noRow);
        remove.disableProperty().bind(noRow);
        saveNote.disableProperty().bind(noRow);
        note.disableProperty().bind(noRow);
    }

    /**
     * Shows the note of the row selected. The note being written is kept first when another article is selected (it
     * was lost, unsaved, when the reader went on to the next article); the same article read again (the rows come
     * back after a move or another article's removal) leaves what is being typed as it is.
     */
    private void showNote(CollectionsViewModel.Row row) {
        boolean same = row.id().equals(notedArticle) && java.util.Objects.equals(model.chosen.get(), notedCollection);
        if (!same) {
            keepNote();
            notedCollection = model.chosen.get();
            notedArticle = row.id();
            note.setText(row.note());
        } else if (note.getText().equals(notedAs)) {
            note.setText(row.note()); // unchanged here: what the shelf holds now
        }
        notedAs = row.note();
    }

    /** Keeps the note written in the editor on the article it was written for, when it differs from the kept one. */
    void keepNote() {
        if (notedArticle != null && !note.getText().equals(notedAs)) {
            notedAs = note.getText();
            model.note(notedCollection, notedArticle, notedAs);
        }
    }

    /** A note written on an article of a collection and not kept yet. */
    record UnkeptNote(String collection, String article, String text) {
    }

    /**
     * The note written and not yet kept, for the window built again in another language to keep (this window's
     * background work stops with it); empty if none.
     */
    java.util.Optional<UnkeptNote> unkeptNote() {
        return notedArticle == null || note.getText().equals(notedAs) ? java.util.Optional.empty()
                : java.util.Optional.of(new UnkeptNote(notedCollection, notedArticle, note.getText()));
    }

    private void moveSelected(int delta) {
        int index = list.getSelectionModel().getSelectedIndex();
        CollectionsViewModel.Row row = list.getSelectionModel().getSelectedItem();
        if (row != null) {
            model.move(row.id(), Math.max(0, Math.min(model.rows.size() - 1, index + delta)));
        }
    }

    /**
     * The article selected before the list came back (moved, noted, another one removed) stays selected, wherever it
     * now stands: the rows are new objects each time the collection is read.
     */
    private void keepSelection(String id) {
        for (int i = 0; id != null && i < model.rows.size(); i++) {
            if (model.rows.get(i).id().equals(id)) {
                list.getSelectionModel().select(i);
                return;
            }
        }
    }

    private void chooseAndCite(CitationFormat format) {
        FileChooser files = new FileChooser();
        files.setTitle(Messages.get("collections.cite"));
        files.setInitialFileName(safeFileName(model.chosen.get()) + "." + format.extension());
        File file = files.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.cite(format, file.toPath());
        }
    }

    /** A collection's name as a file name: its letters kept (Arabic included), path separators and controls not. */
    static String safeFileName(String name) {
        String safe = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() || safe.startsWith(".") ? "arshif" + safe : safe;
    }

    private java.util.Optional<String> ask(String titleKey, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.setTitle(Messages.get(titleKey));
        dialog.setHeaderText(null);
        dialog.setContentText(Messages.get("collections.name"));
        TextMenus.install(dialog.getEditor());
        // JavaFX's own OK and Cancel are English whatever the window's language
        dialog.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(Messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(Messages.get("dialog.cancel"),
                        javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.initOwner(getScene().getWindow());
        dialog.getDialogPane().setNodeOrientation(getEffectiveNodeOrientation());
        return dialog.showAndWait();
    }

    private void confirmDelete() {
        String name = model.chosen.get();
        if (name == null) {
            return;
        }
        javafx.scene.control.ButtonType delete = new javafx.scene.control.ButtonType(Messages.get("collections.delete"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(Messages.get("collections.keep"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        var alert = Dialogs.alert(javafx.scene.control.Alert.AlertType.CONFIRMATION, Messages.get("collections.title"),
                Messages.format("collections.delete.confirm", name), delete, keep);
        alert.initOwner(getScene().getWindow());
        if (alert.showAndWait().filter(delete::equals).isPresent()) {
            model.delete();
        }
    }

    private static Button button(String id, String key, Runnable action) {
        Button button = new Button(Messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // labels whole; the chooser gives way
        return button;
    }

    /** Title on one line, then date and source, then the note's first line when there is a note. */
    private static final class RowCell extends ListCell<CollectionsViewModel.Row> {
        private final Label title = new Label();
        private final Label meta = new Label();
        private final Label noted = new Label();
        private final VBox box = new VBox(1, title, meta, noted);

        RowCell() {
            title.getStyleClass().add("collection-title");
            meta.getStyleClass().add("hit-meta");
            noted.getStyleClass().add("collection-note");
            noted.managedProperty().bind(noted.visibleProperty());
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CollectionsViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            title.setText(row.missing() ? Messages.format("collections.missing", row.id()) : row.title());
            String date = row.date() == null ? Messages.get("results.undated")
                    : DisplayDates.gregorian(row.date(), Messages.locale());
            String mark = Messages.isRightToLeft() ? "\u200F" : "\u200E";
            String noteLine = row.note().lines().findFirst().orElse("");
            meta.setText(String.join(mark + "  ·  ", List.of(date, row.source().isEmpty()
                    ? Messages.get("results.noSource") : row.source())) + mark);
            noted.setText(noteLine);
            noted.setVisible(!noteLine.isEmpty());
            setGraphic(box);
        }
    }
}
