package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The hostile review's case: View → Language while an import ran built the window again and dropped the import with
 * the old window (0 of 20,000 added, no word said, and the dropped records went in with the next import). The switch
 * now waits for the job to end; the import is whole and the window then speaks the new language.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchDuringImportTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        show(stage);
        switchLanguageInPlace(stage);
    }

    @Test
    void aLanguageChosenDuringAnImportAppliesWhenTheImportEnds(FxRobot robot) throws Exception {
        long before = archive.stats().articles();
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"title\":\"عنوان ").append(i)
                    .append("\",\"body\":\"نص المقال رقم ").append(i).append(" عن الحكومة والتعليم في المدارس ")
                    .append(i * 7).append("\",\"date\":\"2015-07-01\",\"source\":\"s\"}");
        }
        json.append("]");
        Path file = dir.resolve("big.json");
        Files.writeString(file, json);
        MainWindow importing = window;
        robot.interact(() -> importing.importPaths(java.util.List.of(file)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> importing.status.progress.isVisible());
        robot.interact(() -> importing.chooseLanguage("en"));
        assertTrue(window == importing, "the window is not built again while the import runs");
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> window != importing);
        robot.interact(() -> robot.lookup(".dialog-pane").queryAll().forEach(pane -> pane.getScene().getWindow().hide()));
        assertEquals(before + 5000, archive.stats().articles(), "every record of the import is in the archive");
        assertTrue(!window.root.getNodeOrientation().equals(javafx.geometry.NodeOrientation.RIGHT_TO_LEFT),
                "the window speaks English after the import");
        Messages.use(Messages.ARABIC);
    }
}
