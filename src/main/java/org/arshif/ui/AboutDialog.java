package org.arshif.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.arshif.model.BuildInfo;

/**
 * Help → About. Sentences are set by Arshif's line breaker ({@link Dialogs#message}); the version, date, run-time and
 * folder stand in cells of their own, left to right beside their Arabic names (inside an Arabic sentence a path
 * read "tmp/archive/" and a run-time's brackets turned round); the components are a table of name, version, licence.
 */
final class AboutDialog {

    private AboutDialog() {
    }

    static Alert create(AboutViewModel about) {
        Alert alert = Dialogs.alert(Alert.AlertType.NONE, Messages.get("about.title"), Messages.get("about.name"),
                new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane facts = new GridPane(16, 4);
        facts.setId("about-facts");
        facts.addRow(0, name("about.version"), value(about.versionProperty().get()));
        facts.addRow(1, name("about.built"), value(about.builtProperty().get()));
        facts.addRow(2, name("about.java"), value(about.javaRuntimeProperty().get()));
        org.arshif.archive.ArchiveLocation archive = about.archiveProperty().get();
        if (archive != null) {
            facts.addRow(3, name(archive.isServer() ? "about.sharedArchive" : "about.archive"), value(archive.where()));
            Label format = value("");
            format.setId("about-format");
            format.textProperty().bind(about.archiveFormatVersion);
            facts.addRow(4, name("about.format"), format);
        }
        VBox licences = Dialogs.message(Messages.get("about.licences"));
        Label files = value("arshif.jar: " + BuildInfo.LICENCE_TEXTS);
        files.setWrapText(true);
        ScrollPane table = new ScrollPane(components(about));
        table.setFitToWidth(true);
        table.setPrefViewportHeight(240);
        VBox content = new VBox(12, alert.getDialogPane().getContent(), facts, licences, files, table);
        content.setId("about");
        alert.getDialogPane().setContent(content);
        return alert;
    }

    /** Name, version, licence: one row a component, in the dialog's direction. */
    private static GridPane components(AboutViewModel about) {
        GridPane grid = new GridPane(16, 2);
        grid.setId("about-components");
        grid.setPadding(new Insets(6));
        grid.addRow(0, name("about.component"), name("about.componentVersion"), name("about.licence"));
        int row = 1;
        for (BuildInfo.Component component : about.components()) {
            grid.addRow(row++, cell(component.name()), cell(component.version()), cell(component.licence()));
        }
        return grid;
    }

    /** A fact's or column's name, in the interface's language. */
    private static Label name(String key) {
        Label label = new Label(Messages.get(key));
        label.setFont(Fonts.uiBold(13));
        return label;
    }

    /** A value written left to right (a version, a path), whatever the dialog's direction. */
    private static Label value(String text) {
        Label label = cell(text);
        label.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
        return label;
    }

    private static Label cell(String text) {
        Label label = new Label(text);
        label.setFont(Fonts.ui(13));
        return label;
    }

    /** The texts of a grid's cells, row by row (for tests). */
    static List<List<String>> rows(GridPane grid) {
        int rowCount = grid.getChildren().stream().mapToInt(GridPane::getRowIndex).max().orElse(-1) + 1;
        return java.util.stream.IntStream.range(0, rowCount).mapToObj(row -> grid.getChildren().stream()
                .filter(cell -> GridPane.getRowIndex(cell) == row)
                .sorted(java.util.Comparator.comparingInt(GridPane::getColumnIndex))
                .map(cell -> ((Label) cell).getText()).toList()).toList();
    }
}
