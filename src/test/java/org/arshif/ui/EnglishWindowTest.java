package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class EnglishWindowTest extends WindowTestBase {

    @Override
    java.util.Locale language() {
        return Messages.ENGLISH;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    @Test
    void theRootIsLeftToRightInEnglishAndTheTextIsEnglish(FxRobot robot) throws Exception {
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.root().getEffectiveNodeOrientation());
        waitUntil(() -> window.model.total.get() == 6);
        assertEquals("6 articles", robot.lookup("#count").queryLabeled().getText());
        assertEquals("Search the archive…", window.searchBar.queryField.getPromptText());
    }
}
