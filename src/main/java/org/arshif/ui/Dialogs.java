package org.arshif.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.VBox;

/**
 * Dialogs whose message is Arabic, or holds Arabic (a path, a reason): JavaFX cannot wrap a right-to-left
 * paragraph on Linux (a wrong layout, or an exception from {@code PrismTextLayout} that left the window without its
 * dialog), so the message is set by Arshif's own line breaker, one {@link ArabicParagraph} per line of it.
 */
final class Dialogs {

    /** Wide enough for a path or a sentence on few lines, narrow enough for a small screen. */
    private static final double MESSAGE_WIDTH = 480;

    private Dialogs() {
    }

    /**
     * An alert in the window's direction, its message wrapped by Arshif, with the given buttons (none: OK, in the
     * window's language: JavaFX's own OK follows the JVM's locale, never Arabic).
     */
    static Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons.length > 0 ? buttons
                : new ButtonType[] {new ButtonType(Messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE)});
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setNodeOrientation(Messages.isRightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        alert.getDialogPane().setContent(message(message));
        return alert;
    }

    /** A message as paragraphs set by Arshif's line breaker, at most {@link #MESSAGE_WIDTH} wide. */
    static VBox message(String text) {
        VBox paragraphs = new VBox(6);
        paragraphs.setPrefWidth(MESSAGE_WIDTH);
        paragraphs.getStyleClass().add("dialog-message");
        for (String line : text.split("\n")) {
            ArabicParagraph paragraph = new ArabicParagraph(line);
            // The interface's bundled face: its words are drawn as shaped, in the line's order (JavaFX's own
            // drawing of a right-to-left flow set them left to right).
            paragraph.setFont(Fonts.ui(14));
            paragraph.setMaxWidth(Double.MAX_VALUE);
            paragraphs.getChildren().add(paragraph);
        }
        return paragraphs;
    }
}
