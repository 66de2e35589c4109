package org.arshif.ui;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.ServerLogin;
import org.arshif.model.Problem;

/**
 * File → Open shared archive…: the collection's address, a user and password, and whether to remember the connection
 * (in the credentials file only the user's account may read, never in the window's settings). The cluster is asked
 * in the background; the dialog stays open, saying why, when it is down, too slow or refuses the credentials, and
 * Cancel works at any moment (an answer that comes after it is closed is closed too).
 */
final class SharedArchiveDialog {

    /** What the window does with the archive opened: shows it. */
    interface Opened {
        void accept(ArchiveLocation location, Archive archive);
    }

    final Dialog<ButtonType> dialog = new Dialog<>();
    final TextField address = new TextField();
    final TextField user = new TextField();
    final PasswordField password = new PasswordField();
    final CheckBox remember = new CheckBox(Messages.get("shared.remember"));
    /** Why the last try failed, or that it is connecting; empty at first. */
    final VBox message = new VBox();
    final ProgressIndicator connecting = new ProgressIndicator();
    private final ButtonType open = new ButtonType(Messages.get("shared.open"), ButtonBar.ButtonData.OK_DONE);
    private final ArchiveProvider archives;
    private final Background background;
    private final Opened opened;
    /** Counts the tries: an answer to an older try, or one after the dialog closed, is not shown. */
    private long attempt;

    SharedArchiveDialog(Window owner, ArchiveProvider archives, Background background, Opened opened) {
        this.archives = archives;
        this.background = background;
        this.opened = opened;
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("shared.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("shared-dialog");
        dialog.getDialogPane().setNodeOrientation(Messages.isRightToLeft()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        address.setId("shared-address");
        address.setPromptText("https://solr1.newsroom:8983/solr/arshif");
        address.setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // an address reads left to right in any language
        address.setPrefColumnCount(34);
        user.setId("shared-user");
        password.setId("shared-password");
        remember.setId("shared-remember");
        message.setId("shared-message");
        message.getStyleClass().add("shared-message");
        connecting.setId("shared-connecting");
        connecting.setPrefSize(18, 18);
        connecting.setVisible(false);
        connecting.managedProperty().bind(connecting.visibleProperty()); // no empty room while not connecting
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(Messages.get("shared.address")), address);
        form.addRow(1, new Label(Messages.get("shared.user")), user);
        form.addRow(2, new Label(Messages.get("shared.password")), password);
        form.add(remember, 1, 3);
        VBox content = new VBox(10, form, Dialogs.message(Messages.get("shared.note")), connecting, message);
        dialog.getDialogPane().setContent(content);
        ButtonType cancel = new ButtonType(Messages.get("shared.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, cancel);
        dialog.getDialogPane().lookupButton(open).setId("shared-open");
        dialog.getDialogPane().lookupButton(cancel).setId("shared-cancel");
        // Open tries, and the dialog stays until the cluster has said yes.
        dialog.getDialogPane().lookupButton(open).addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            tryToOpen();
        });
        dialog.setOnHidden(e -> attempt++); // closed or cancelled: whatever answers later is not shown
    }

    /** Fills the dialog (the last address and user, why the last open failed) and shows it. */
    SharedArchiveDialog show(String lastAddress, String lastUser, String why) {
        address.setText(lastAddress);
        user.setText(lastUser);
        say(why);
        dialog.show();
        Platform.runLater((lastAddress.isBlank() ? address : lastUser.isBlank() ? user : password)::requestFocus);
        return this;
    }

    /** Asks the cluster in the background; while it answers, Open waits and Cancel closes. */
    void tryToOpen() {
        ArchiveLocation location;
        try {
            location = ArchiveLocation.server(address.getText());
        } catch (Problem.Refused refused) {
            say(Messages.describe(refused));
            address.requestFocus();
            return;
        }
        // No user: the credentials of the environment or the credentials file, or none (a cluster without them).
        ArchiveProvider provider = user.getText().isBlank() ? archives : archives.loggedIn(
                new ServerLogin(user.getText().strip(), password.getText(), remember.isSelected()));
        long mine = ++attempt;
        busy(true);
        say(Messages.format("shared.connecting", location.where()));
        background.write(() -> provider.openWritable(location, ImportMonitor.NONE), archive -> {
            if (mine != attempt) {
                background.write(() -> {
                    archive.close();
                    return archive;
                }, closed -> { }, failure -> { });
                return;
            }
            dialog.close();
            opened.accept(location, archive);
        }, failure -> {
            if (mine != attempt) {
                return;
            }
            busy(false);
            say(Messages.describe(failure));
            (refusedCredentials(failure) ? password : address).requestFocus();
        });
    }

    private static boolean refusedCredentials(Exception failure) {
        return failure instanceof org.arshif.archive.ArchiveException refused && refused.problem()
                .map(p -> p.code() == Problem.Code.SERVER_CREDENTIALS_REFUSED).orElse(false);
    }

    private void busy(boolean asking) {
        connecting.setVisible(asking);
        dialog.getDialogPane().lookupButton(open).setDisable(asking);
    }

    /** Says why (set by Arshif's line breaker: the sentence is Arabic, or holds it); nothing for a blank text. */
    private void say(String text) {
        message.getChildren().setAll(text == null || text.isBlank() ? java.util.List.of()
                : java.util.List.of(Dialogs.message(text)));
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene(); // a longer or shorter message
        }
    }

    /** What the dialog says now, line by line (for tests). */
    String said() {
        return message.getChildren().isEmpty() ? "" : ((VBox) message.getChildren().getFirst()).getChildren().stream()
                .map(line -> ((ArabicParagraph) line).getText()).collect(java.util.stream.Collectors.joining("\n"));
    }
}
