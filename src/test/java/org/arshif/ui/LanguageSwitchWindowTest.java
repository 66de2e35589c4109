package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * View → Language switches the window's language at once, no restart: the window is built again in the new
 * language in the same stage, and the reader finds it as it was (query, result selected, article open).
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchWindowTest extends WindowTestBase {

    @Override
    Locale language() {
        return Messages.ARABIC;
    }

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(stage);
        switchLanguageInPlace(stage);
    }

    @AfterEach
    void backToArabic() {
        Messages.use(Messages.ARABIC);
    }

    @Test
    void choosingEnglishRebuildsTheWindowInEnglishKeepingWhatItShowed(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.total.get() == 6 && !window.model.searching.get());
        robot.clickOn("#query").write("أستانا");
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(1));
        waitUntil(() -> window.reader.shown.get() != null && window.results.getSelectionModel().getSelectedIndex() == 1);
        String openId = window.reader.shown.get().article().id();
        MainWindow arabic = window;
        assertEquals("ملف", menuTexts().getFirst());

        robot.interact(() -> languageItem(1).fire());
        waitUntil(() -> window != arabic && window.model.total.get() == 2 && !window.model.searching.get()
                && window.reader.shown.get() != null);
        assertNotSame(arabic, window);
        assertEquals(stage.getScene(), window.root.getScene(), "the new window is in the same stage");
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.root.getNodeOrientation());
        assertEquals(List.of("File", "View", "Help"), menuTexts());
        assertEquals("Search the archive…", onFx(() -> window.searchBar.queryField.getPromptText()));
        assertEquals("أستانا", window.searchBar.queryField.getText(), "the query is kept");
        waitUntil(() -> window.results.getSelectionModel().getSelectedIndex() == 1);
        waitUntil(() -> window.reader.shown.get() != null && openId.equals(window.reader.shown.get().article().id()));
        assertTrue(onFx(() -> window.status.activity.getText()).chars()
                .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                "the status bar speaks English, and asks for no restart");

        robot.interact(() -> languageItem(0).fire());
        waitUntil(() -> window.root.getNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT
                && window.model.total.get() == 2 && !window.model.searching.get());
        assertEquals("ملف", menuTexts().getFirst());
        waitUntil(() -> window.results.getSelectionModel().getSelectedIndex() == 1);
    }

    private List<String> menuTexts() throws Exception {
        return onFx(() -> ((MenuBar) window.root.lookup(".menu-bar")).getMenus().stream().map(Menu::getText).toList());
    }

    /** View → Language → Arabic (0) or English (1). */
    private MenuItem languageItem(int index) {
        Menu view = ((MenuBar) window.root.lookup(".menu-bar")).getMenus().get(1);
        Menu language = (Menu) view.getItems().getLast();
        return language.getItems().get(index);
    }
}
