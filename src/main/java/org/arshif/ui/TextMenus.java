package org.arshif.ui;

import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;

/**
 * The context menu of a text field in the window's language. JavaFX's own menu takes its words from its
 * {@code controls*.properties}, which have no Arabic and follow the JVM's default locale (looked up on each use by
 * {@code ControlResources}): an Arabic window showed Undo, Cut, Paste, Select All. Setting the JVM's locale to Arabic
 * would change every number and date format of the process, so each field gets this menu instead.
 */
final class TextMenus {

    private TextMenus() {
    }

    /** Gives {@code field} the menu; its items are enabled as JavaFX's own are. */
    static <T extends TextInputControl> T install(T field) {
        MenuItem undo = item("text.undo", e -> field.undo());
        undo.disableProperty().bind(field.undoableProperty().not());
        MenuItem redo = item("text.redo", e -> field.redo());
        redo.disableProperty().bind(field.redoableProperty().not());
        MenuItem cut = item("text.cut", e -> field.cut());
        MenuItem copy = item("text.copy", e -> field.copy());
        MenuItem delete = item("text.delete", e -> field.deleteText(field.getSelection()));
        var nothingSelected = Bindings.createBooleanBinding(() -> field.getSelection().getLength() == 0,
                field.selectionProperty());
        cut.disableProperty().bind(nothingSelected.or(field.editableProperty().not()));
        copy.disableProperty().bind(nothingSelected);
        delete.disableProperty().bind(nothingSelected.or(field.editableProperty().not()));
        MenuItem paste = item("text.paste", e -> field.paste());
        paste.disableProperty().bind(field.editableProperty().not());
        MenuItem selectAll = item("text.selectAll", e -> field.selectAll());
        field.setContextMenu(new ContextMenu(undo, redo, new SeparatorMenuItem(), cut, copy, paste, delete,
                new SeparatorMenuItem(), selectAll));
        return field;
    }

    private static MenuItem item(String key, EventHandler<ActionEvent> action) {
        MenuItem item = new MenuItem(Messages.get(key));
        item.setOnAction(action);
        return item;
    }
}
