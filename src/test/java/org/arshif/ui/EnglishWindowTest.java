package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.geometry.NodeOrientation;
import javafx.stage.Stage;
import org.arshif.archive.LuceneArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EnglishWindowTest {

    @TempDir
    static Path dir;
    static LuceneArchive archive;
    MainWindow window;

    @BeforeAll
    static void archive() throws Exception {
        archive = UiTestSupport.filledArchive(dir.resolve("archive"));
        System.setProperty("arshif.config", dir.resolve("config").toString());
    }

    @AfterAll
    static void close() throws Exception {
        Messages.use(Messages.ARABIC);
        archive.close();
    }

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ENGLISH);
        window = new MainWindow(Settings.load());
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.attach(archive);
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
