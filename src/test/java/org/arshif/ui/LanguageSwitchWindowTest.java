package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
        waitForTheSampleArchive();
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

    @Test
    void theRowsTheMatchTheScrollAndTheTimelinesZoomAreCarriedByArticle(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        // October 2017 on the timeline (zoomed in to its days), three articles, two selected, the seed the lead.
        robot.interact(() -> {
            window.model.query.set("أستانا OR النفط");
            window.model.selectPublished(java.time.LocalDate.of(2017, 10, 1), java.time.LocalDate.of(2017, 10, 31));
        });
        waitUntil(() -> window.model.total.get() == 3 && !window.model.searching.get());
        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY);
        List<String> ids = onFx(() -> window.results.getItems().stream().map(hit -> hit.id()).toList());
        int seed = ids.indexOf(MainWindowTest.SEED);
        int other = seed == 0 ? 2 : 0;
        robot.interact(() -> {
            window.results.getSelectionModel().clearAndSelect(other);
            window.results.getSelectionModel().select(seed); // the lead; the third row not selected
        });
        waitUntil(() -> window.reader.shown.get() != null
                && window.reader.shown.get().article().id().equals(MainWindowTest.SEED)
                && !window.readerView.paragraphs().isEmpty());
        int matches = onFx(() -> window.reader.matchCount());
        assertTrue(matches >= 4, "the seed names Astana several times: " + matches);
        robot.interact(() -> {
            window.reader.nextMatch();
            window.reader.nextMatch();
        });
        robot.interact(() -> window.readerView.setVvalue(0.6));
        double scroll = onFx(() -> window.readerView.getVvalue());
        assertEquals(0.6, scroll, 1e-9, "the seed is longer than the pane");
        MainWindow arabic = window;

        robot.interact(() -> languageItem(1).fire());
        waitUntil(() -> window != arabic && window.model.total.get() == 3 && !window.model.searching.get()
                && window.reader.shown.get() != null && window.reader.currentMatch.get() == 2);
        assertEquals(MainWindowTest.SEED, window.reader.shown.get().article().id());
        assertEquals(java.util.Set.of(ids.get(other), MainWindowTest.SEED), java.util.Set.copyOf(onFx(
                () -> window.results.getSelectionModel().getSelectedItems().stream().map(hit -> hit.id()).toList())),
                "the selected rows stay selected, and only they");
        assertEquals(seed, onFx(() -> window.results.getSelectionModel().getSelectedIndex()));
        assertEquals(scroll, onFx(() -> window.readerView.getVvalue()), 0.01, "the pane is where it was");
        assertEquals(java.time.LocalDate.of(2017, 10, 1), window.model.from.get());
        assertEquals(java.time.LocalDate.of(2017, 10, 31), window.model.to.get());
        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY && window.timeline.wider.isVisible());
        assertEquals("3 of " + matches, window.matchBar.counter.getText(), "at the third match, as before");
    }

    @Test
    void datesTypedOrRefusedAreCarriedAndSaidInTheNewLanguage(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.clickOn("#to").write("31/02/2015").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> !window.searchBar.toField.problemProperty().get().isEmpty());
        robot.clickOn("#from").write("8 شوال 1436"); // typed, not yet entered, when the language is chosen
        MainWindow arabic = window;

        robot.interact(() -> languageItem(1).fire());
        waitUntil(() -> window != arabic && !window.model.searching.get());
        java.time.LocalDate shawwal8 = java.time.LocalDate.from(java.time.chrono.HijrahDate.of(1436, 10, 8));
        assertEquals(shawwal8, window.model.from.get(), "the date being typed is taken");
        assertEquals(null, window.model.to.get());
        assertEquals("31/02/2015", window.searchBar.toField.editor.getText(), "the refused text stays as typed");
        String why = window.searchBar.toField.problemProperty().get();
        assertTrue(!why.isEmpty() && why.chars().noneMatch(c -> Character.UnicodeScript.of(c)
                == Character.UnicodeScript.ARABIC), "the reason is said in English: " + why);
    }

    @Test
    void theWindowReplacedStopsFollowingAnotherWritersCommitsAndTheNewOneFollows(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        java.nio.file.Path folder = dir.resolve("shared-" + System.nanoTime());
        try (org.arshif.archive.lucene.LuceneArchive writer = org.arshif.archive.lucene.LuceneArchive.open(folder)) {
            writer.importArticles(org.arshif.archive.TestArticles.seeds(), org.arshif.archive.ImportMonitor.NONE);
            try (org.arshif.archive.lucene.LuceneArchive reader =
                         org.arshif.archive.lucene.LuceneArchive.openReadOnly(folder)) {
                robot.interact(() -> window.attach(reader));
                waitUntil(() -> window.model.total.get() == 1 && !window.model.searching.get());
                MainWindow arabic = window;
                assertTrue(arabic.model.watching());

                robot.interact(() -> languageItem(1).fire());
                waitUntil(() -> window != arabic && window.model.total.get() == 1 && !window.model.searching.get());
                assertTrue(!arabic.model.watching(), "the replaced window no longer looks at the archive");
                assertTrue(window.model.watching());
                writer.importArticles(org.arshif.archive.TestArticles.sourceOf(
                        org.arshif.archive.TestArticles.sample()), org.arshif.archive.ImportMonitor.NONE);
                waitUntil(() -> window.model.total.get() == 1 + org.arshif.archive.TestArticles.sample().size());
                window.shutdown();
            }
        }
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
