package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Moving between the matches of the article in the reading pane: F3 and Shift+F3, Enter again in the search field,
 * the buttons and their counter, the current match marked apart from the others and scrolled into view.
 */
@ExtendWith(ApplicationExtension.class)
class MatchNavigationWindowTest extends WindowTestBase {

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    /** Searches {@code query} and opens the article {@code id} from the results. */
    private void open(FxRobot robot, String query, String id) throws Exception {
        robot.interact(() -> {
            window.model.query.set(query);
            window.model.search();
        });
        waitUntil(() -> !window.model.searching.get() && window.results.getItems() != null
                && window.results.getItems().stream().anyMatch(hit -> hit != null && hit.id().equals(id)));
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(
                window.results.getItems().stream().map(hit -> hit.id()).toList().indexOf(id)));
        waitUntil(() -> window.reader.shown.get() != null && window.reader.shown.get().article().id().equals(id)
                && !window.readerView.paragraphs().isEmpty());
    }

    /** Read between the FX events {@code waitUntil} waits for, as the other window tests read labels. */
    private String counter() {
        return window.matchBar.counter.getText();
    }

    /** The paragraphs (the title first) whose current-match mark is drawn. */
    private List<Integer> drawnCurrent() throws Exception {
        return onFx(() -> {
            List<ArabicParagraph> all = new ArrayList<>();
            all.add(window.readerView.titleParagraph());
            all.addAll(window.readerView.paragraphs());
            List<Integer> drawn = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                all.get(i).layout();
                if (!all.get(i).currentMarkShape().getElements().isEmpty()) {
                    drawn.add(i - 1); // -1: the title
                }
            }
            return drawn;
        });
    }

    @Test
    void f3AndShiftF3MoveTheCurrentMatchAndTheCounter(FxRobot robot) throws Exception {
        open(robot, "أستانا", MainWindowTest.SEED);
        List<ArticleMatches.Place> places = window.reader.shown.get().matches().inReadingOrder();
        int total = places.size();
        assertTrue(total >= 4, "the seed names Astana several times: " + total);
        assertEquals("1 من " + total, counter());
        assertEquals(List.of(places.get(0).paragraph()), drawnCurrent());

        robot.type(KeyCode.F3);
        waitUntil(() -> window.reader.currentMatch.get() == 1);
        assertEquals("2 من " + total, counter());
        ArticleMatches.Place second = places.get(1);
        assertEquals(List.of(second.paragraph()), drawnCurrent(), "only the current match is drawn as current");
        ArabicParagraph holder = onFx(() -> second.paragraph() == ArticleMatches.TITLE
                ? window.readerView.titleParagraph() : window.readerView.paragraphs().get(second.paragraph()));
        assertEquals(second.span(), holder.getCurrentMark());
        assertTrue(holder.getMarks().contains(second.span()), "the current match is one of the marks");

        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        waitUntil(() -> window.reader.currentMatch.get() == 0);
        robot.press(KeyCode.SHIFT).type(KeyCode.F3).release(KeyCode.SHIFT);
        waitUntil(() -> window.reader.currentMatch.get() == total - 1);
        assertEquals(total + " من " + total, counter(), "from the first back round to the last");
        robot.type(KeyCode.F3);
        waitUntil(() -> window.reader.currentMatch.get() == 0);

        robot.clickOn("#reader-next-match").clickOn("#reader-next-match");
        waitUntil(() -> window.reader.currentMatch.get() == 2);
        assertEquals("3 من " + total, counter());
        robot.clickOn("#reader-previous-match");
        waitUntil(() -> window.reader.currentMatch.get() == 1);
    }

    @Test
    void enterInTheSearchFieldGoesToTheNextMatchWhenTheQueryIsUnchanged(FxRobot robot) throws Exception {
        open(robot, "أستانا", MainWindowTest.SEED);
        robot.clickOn("#query").type(KeyCode.ENTER);
        waitUntil(() -> window.reader.currentMatch.get() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> window.reader.currentMatch.get() == 2);
        // A changed query is searched, and the article opens again at its first match.
        robot.write(" المفاوضات").type(KeyCode.ENTER);
        waitUntil(() -> window.model.wasSearched("أستانا المفاوضات") && !window.model.searching.get());
        waitUntil(() -> window.reader.shown.get() != null && window.reader.currentMatch.get() == 0
                && counter().startsWith("1 من "));
    }

    @Test
    void aLongArticleOpensScrolledAtItsFirstMatchMarkedAsCurrent(FxRobot robot) throws Exception {
        LuceneArchive longOne = LuceneArchive.open(dir.resolve("long-" + System.nanoTime()));
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            paragraphs.add("الفقرة " + (i + 1) + " من تقرير طويل عن أحوال الطقس والزراعة في القرى الجبلية، "
                    + "كتبت لتملأ الصفحة قبل أن يصل القارئ إلى ما يبحث عنه في آخر المقال بعد فقرات كثيرة.");
        }
        paragraphs.set(61, "وفي الفقرة الثانية والستين يذكر التقرير محادثات أستانا للمرة الأولى.");
        paragraphs.set(70, "ثم يعود إلى أستانا في الفقرة الحادية والسبعين.");
        Article article = new Article("long", "تقرير طويل", false, LocalDate.of(2019, 3, 1), "س", "", "",
                paragraphs, "test#long");
        longOne.importArticles(TestArticles.sourceOf(List.of(article)), ImportMonitor.NONE);
        robot.interact(() -> window.attach(longOne));
        open(robot, "أستانا", "long");
        assertEquals("1 من 2", counter());
        waitUntil(() -> window.readerView.getVvalue() > 0.5);
        ArabicParagraph first = onFx(() -> window.readerView.paragraphs().get(61));
        assertNotNull(first.getCurrentMark());
        assertNull(onFx(() -> window.readerView.paragraphs().get(70).getCurrentMark()));
        waitUntil(() -> inView(first));

        robot.type(KeyCode.F3);
        ArabicParagraph second = onFx(() -> window.readerView.paragraphs().get(70));
        waitUntil(() -> second.getCurrentMark() != null && first.getCurrentMark() == null);
        waitUntil(() -> inView(second));
        longOne.close();
    }

    /** True when the paragraph's current-match mark lies inside the reading pane's visible part. */
    private boolean inView(ArabicParagraph paragraph) {
        if (paragraph.currentMarkShape().getElements().isEmpty()) {
            return false;
        }
        Bounds mark = paragraph.currentMarkShape().localToScene(paragraph.currentMarkShape().getBoundsInLocal());
        Bounds pane = window.readerView.localToScene(window.readerView.getBoundsInLocal());
        return mark.getMinY() >= pane.getMinY() && mark.getMaxY() <= pane.getMaxY();
    }
}
