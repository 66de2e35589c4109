package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Alert;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rebuild offer of a damaged archive, shown as a real dialog: a long Arabic message with a path, which JavaFX's
 * own wrapping cannot lay out right to left (on Linux it threw from PrismTextLayout and no dialog appeared).
 */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {

    @Start
    void start(Stage stage) {
        Fonts.load();
        stage.show();
    }

    @Test
    void aLongArabicMessageIsShownWrappedRightToLeft(FxRobot robot) {
        Messages.use(Messages.ARABIC);
        String question = Messages.format("rebuild.damaged", "/tmp/أرشيف الأخبار/archive",
                "file truncated: actual length 3000000 expected 10584432") + "\n\n"
                + Messages.format("rebuild.question", Messages.format("rebuild.originals", 2, 3))
                + "\n\u2068/home/user/صحف/2015-07-22.zip\u2069";
        List<Throwable> thrown = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> thrown.add(e));
        Alert[] shown = new Alert[1];
        try {
            robot.interact(() -> {
                shown[0] = Dialogs.alert(Alert.AlertType.WARNING, Messages.get("error.title"), question);
                shown[0].show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), thrown);
            VBox message = (VBox) shown[0].getDialogPane().getContent();
            ArabicParagraph first = (ArabicParagraph) message.getChildren().getFirst();
            assertTrue(first.isRightToLeft());
            assertTrue(first.getLines().size() > 1, "wrapped: " + first.getLines().size() + " lines");
            assertTrue(first.getWidth() <= 480 + 0.5, "within the dialog: " + first.getWidth());
            assertEquals(question.split("\n").length, message.getChildren().size());
            // Drawn as shaped, from a bundled face: with the system font, JavaFX drew the flow's words left to right.
            for (var node : message.getChildren()) {
                assertTrue(Fonts.shapingFace(((ArabicParagraph) node).getFont()).isPresent());
            }
        } finally {
            robot.interact(() -> shown[0].close());
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }
}
