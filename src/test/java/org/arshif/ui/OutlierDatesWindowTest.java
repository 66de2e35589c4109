package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An archive an older import filled with placeholder dates (0001-01-01, 9999-12-31) beside two years of news: the
 * window's timeline draws the two years at a readable width and counts the strays at its ends; the status bar does not
 * claim the archive runs from year 1 to 9999.
 */
@ExtendWith(ApplicationExtension.class)
class OutlierDatesWindowTest {

    @TempDir
    static Path dir;
    static LuceneArchive archive;
    MainWindow window;

    @BeforeAll
    static void openArchive() throws Exception {
        archive = LuceneArchive.open(dir.resolve("archive"));
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            LocalDate date = LocalDate.of(2016, 1, 15).plusMonths(i);
            articles.add(TestArticles.article("m" + i, "خبر الشهر " + i, date, "الحياة", "نص خبر الشهر رقم " + i + "."));
        }
        articles.add(TestArticles.article("first", "تاريخ نائب", LocalDate.of(1, 1, 1), "", "نص بتاريخ لا يصح."));
        articles.add(TestArticles.article("last", "تاريخ نائب آخر", LocalDate.of(9999, 12, 31), "", "نص آخر."));
        archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
        System.setProperty("arshif.config", dir.resolve("config").toString());
    }

    @AfterAll
    static void closeArchive() throws Exception {
        archive.close();
    }

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ARABIC);
        window = new MainWindow(Settings.load());
        stage.setScene(window.createScene(1200, 800));
        stage.show();
        window.attach(archive);
        UiTestSupport.watchFxThread();
    }

    @AfterEach
    void noFailureOnTheFxThread() {
        UiTestSupport.shutDownAndCheck(window);
    }

    @Test
    void theTimelineDrawsWhereTheArticlesAreAndCountsTheStraysAtItsEnds() throws Exception {
        waitUntil(() -> window.model.total.get() == 26 && !window.model.searching.get());
        waitUntil(() -> window.timeline.scale.bins().size() == 24);
        assertEquals(TimelineScale.Level.MONTH, window.timeline.scale.level());
        double slot = onFx(() -> window.timeline.slotWidth);
        assertTrue(slot > 10, "a month is a readable bar, not a pixel: " + slot);
        List<String> counts = onFx(() -> window.timeline.getChildrenUnmodifiable().stream()
                .filter(node -> node.getStyleClass().contains("timeline-outliers"))
                .map(node -> ((Label) node).getText()).toList());
        assertEquals(List.of("\u200E+1", "\u200E+1"), counts);

        String status = onFx(() -> window.status.archiveLabel.getText());
        assertTrue(status.startsWith("26 مقالاً في الأرشيف"), status);
        assertFalse(status.contains("إلى"), "no span from year 1 to 9999: " + status);
        assertTrue(status.contains("وبعض التواريخ لا تصح لخبر"), status);
    }

    @Test
    void theCalendarOpensAtTheLatestRealMonthNotAtAPlaceholder(org.testfx.api.FxRobot robot) throws Exception {
        waitUntil(() -> window.model.total.get() == 26 && !window.model.searching.get()
                && window.model.stats.get() != null);
        assertEquals(LocalDate.of(9999, 12, 31), window.model.stats.get().latest());
        robot.clickOn("#to-pick");
        CalendarPopup popup = window.searchBar.toField.popup();
        waitUntil(popup::isShowing);
        assertEquals(LocalDate.of(2017, 12, 1), popup.shownMonth(), "the last month of real news");
        assertEquals("ديسمبر 2017", popup.title.getText());
        robot.interact(popup::hide);
    }
}
