package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Problem;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A wire story printed by four articles in three papers (one printed it twice), in the Arabic window: the row says
 * how many copies and sources, the total says texts and articles, the reading pane lists every copy and opens any,
 * and two copies compare side by side with their differing words marked.
 */
@ExtendWith(ApplicationExtension.class)
class CopiesWindowTest extends WindowTestBase {

    static final LocalDate DAY = LocalDate.of(2015, 7, 22);
    static final String PARAGRAPH_TWO = "وأكد المتحدث أن المستشفى سيخدم سكان المنطقة الشمالية كلها.";
    private LuceneArchive papers;

    @Override
    java.util.Locale language() {
        return Messages.ARABIC;
    }

    @Start
    void start(Stage stage) {
        show(stage);
        switchLanguageInPlace(stage);
    }

    @BeforeEach
    void openPapers(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        papers = LuceneArchive.open(dir.resolve("papers-" + System.nanoTime()));
        papers.importArticles(TestArticles.sourceOf(List.of(
                TestArticles.article("riyadh", "افتتاح مستشفى تبوك", DAY, "الرياض", TestArticles.STORY, PARAGRAPH_TWO),
                TestArticles.article("yaum", "الصحة تفتتح مستشفى جديداً في تبوك", DAY.plusDays(1), "اليوم",
                        TestArticles.SAME_STORY_EDITED, PARAGRAPH_TWO),
                TestArticles.article("madina", "مستشفى جديد في تبوك", DAY, "المدينة", TestArticles.STORY,
                        PARAGRAPH_TWO),
                TestArticles.article("riyadh-late", "مستشفى تبوك يفتح أبوابه", DAY.plusDays(2), "الرياض",
                        TestArticles.STORY, PARAGRAPH_TWO),
                TestArticles.article("visit", "أمير تبوك يزور المستشفى الجديد", DAY, "الوطن",
                        TestArticles.SAME_SUBJECT))), ImportMonitor.NONE);
        robot.interact(() -> {
            window.model.query.set("مستشفى تبوك");
            window.attach(papers);
        });
        // The query set above also asks again after the typing pause: that search must have answered before a test
        // closes the archive, or its failure (which now clears the list: SearchFailureWindowTest) races the test.
        Thread.sleep((long) SearchBarView.TYPING_PAUSE.toMillis() * 3);
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());
    }

    @AfterEach
    void closePapers() throws Exception {
        for (Window open : List.copyOf(Window.getWindows())) {
            if (open instanceof Stage stage && stage.getScene() != null
                    && stage.getScene().getRoot() instanceof CompareWindow) {
                org.testfx.api.FxToolkit.setupFixture(stage::close);
            }
        }
        papers.close();
        Messages.use(Messages.ARABIC);
    }

    /** The comparison windows open now. */
    private static List<CompareWindow> comparisons() throws Exception {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getScene().getRoot() instanceof CompareWindow)
                .map(w -> (CompareWindow) w.getScene().getRoot()).toList());
    }

    /** The row listing article {@code id}, or -1. */
    private int rowOf(String id) throws Exception {
        return onFx(() -> {
            var items = window.results.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).id().equals(id)) {
                    return i;
                }
            }
            return -1;
        });
    }

    @Test
    void aLanguageSwitchKeepsTheCopyOpenTheRowsSelectedAndTheComparisonInTheNewLanguage(FxRobot robot)
            throws Exception {
        openStory(robot);
        String row = onFx(() -> window.results.getSelectionModel().getSelectedItem().id());
        int storyRow = rowOf(row);
        int visitRow = rowOf("visit");
        // Both rows selected, the story's the lead (it is open); then another copy of it opened from the list.
        robot.interact(() -> {
            window.results.getSelectionModel().clearAndSelect(visitRow);
            window.results.getSelectionModel().select(storyRow);
        });
        waitUntil(() -> row.equals(openId()) && window.copiesView.isVisible());
        String copy = row.equals("yaum") ? "madina" : "yaum";
        robot.clickOn(child(line(copy), Hyperlink.class));
        waitUntil(() -> copy.equals(openId()));
        String other = copy.equals("riyadh") ? "riyadh-late" : "riyadh";
        robot.clickOn(child(line(other), Button.class));
        CompareWindow arabic = comparisons().getFirst();
        waitUntil(() -> arabic.paragraphs.size() == 2);
        Stage compareStage = onFx(() -> (Stage) arabic.getScene().getWindow());
        MainWindow before = window;

        robot.interact(() -> window.chooseLanguage("en"));
        waitUntil(() -> window != before && !window.model.searching.get() && copy.equals(openId()));
        assertEquals(List.of(Math.min(visitRow, storyRow), Math.max(visitRow, storyRow)), onFx(() -> window.selectedRows()),
                "both rows stay selected");
        assertEquals(storyRow, onFx(() -> window.results.getSelectionModel().getSelectedIndex()),
                "the lead row stays the lead");
        assertTrue(window.copiesView.isVisible(), "the copy is listed with its copies");
        assertTrue(line(copy).getStyleClass().contains("copy-open"));
        assertEquals("This text was printed 4 times by 3 sources:", window.copiesView.heading.getText());

        // The comparison is the same window, built again in English on the same two copies.
        assertEquals(1, comparisons().size());
        CompareWindow english = comparisons().getFirst();
        assertEquals(compareStage, onFx(() -> english.getScene().getWindow()));
        assertEquals("Two copies compared", onFx(compareStage::getTitle));
        waitUntil(() -> english.paragraphs.size() == 2);
        assertTrue(english.summary.getText().startsWith("The marked words are not in the other copy"),
                english.summary.getText());
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, english.getNodeOrientation());
        assertEquals(List.of(copy, other), List.of(english.firstId, english.secondId));

        // A new theme paints the comparison too.
        robot.interact(() -> window.applyTheme(MainWindow.Theme.DARK));
        assertTrue(onFx(() -> english.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css"))));
        robot.interact(() -> window.applyTheme(MainWindow.Theme.LIGHT));
        assertTrue(onFx(() -> english.getScene().getStylesheets().stream().anyMatch(s -> s.endsWith("light.css"))));
        // Closed, it is no longer carried nor painted.
        robot.interact(compareStage::close);
        assertEquals(List.of(), window.copiesView.comparisons);
    }

    @Test
    void aComparisonOnAClosedArchiveSaysSoInsteadOfReadingForever(FxRobot robot) throws Exception {
        openStory(robot);
        String open = openId();
        String other = open.equals("yaum") ? "madina" : "yaum";
        papers.close(); // a rebuild or a failure closed it under the window
        robot.clickOn(child(line(other), Button.class));
        CompareWindow compare = comparisons().getFirst();
        String closed = Problem.of(Problem.Code.ARCHIVE_CLOSED, papers.folder()).text(Messages.ARABIC);
        waitUntil(() -> compare.summary.getText().equals("تعذّرت المقارنة: " + closed));
        assertEquals(List.of(), compare.paragraphs);
    }

    @Test
    void aComparisonWithNoArchiveOrAFailingOneSaysWhyInTheWindowsLanguage(FxRobot robot) throws Exception {
        CopiesViewModel none = new CopiesViewModel(window.background, window.reader, () -> null, () -> "");
        Stage first = onFx(() -> CompareWindow.show(null, none, "riyadh", "yaum"));
        CompareWindow noArchive = (CompareWindow) first.getScene().getRoot();
        waitUntil(() -> noArchive.summary.getText().equals("تعذّرت المقارنة: لا أرشيف مفتوح الآن"));

        // An archive that breaks with an error, not an exception (a stack overflow on a hostile text), in English.
        org.arshif.archive.Archive breaking = (org.arshif.archive.Archive) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {org.arshif.archive.Archive.class},
                (proxy, method, args) -> {
                    throw new StackOverflowError();
                });
        CopiesViewModel failing = new CopiesViewModel(window.background, window.reader, () -> breaking, () -> "");
        Messages.use(Messages.ENGLISH);
        Stage second = onFx(() -> CompareWindow.show(null, failing, "riyadh", "yaum"));
        CompareWindow failed = (CompareWindow) second.getScene().getRoot();
        waitUntil(() -> failed.summary.getText().equals("Could not compare: an unexpected error (StackOverflowError)"));
        assertEquals("Two copies compared", onFx(second::getTitle));
    }

    /** Opens the story's row in the results (it is the row with copies) and waits for its copies to be listed. */
    private void openStory(FxRobot robot) throws Exception {
        int row = onFx(() -> {
            var items = window.results.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && !items.get(i).copies().isEmpty()) {
                    return i;
                }
            }
            return -1;
        });
        assertTrue(row >= 0);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(row));
        waitUntil(() -> window.copiesView.isVisible() && window.copiesView.lines.getChildren().size() == 4);
    }

    private HBox line(String id) throws Exception {
        return onFx(() -> window.copiesView.lines.getChildren().stream().map(HBox.class::cast)
                .filter(line -> id.equals(line.getUserData())).findFirst().orElseThrow());
    }

    private static <T extends Node> T child(HBox line, Class<T> kind) {
        return line.getChildren().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElse(null);
    }

    /** The article open in the reading pane (read as the other window tests read properties, between FX events). */
    private String openId() {
        ReaderViewModel.Shown shown = window.reader.shown.get();
        return shown == null ? null : shown.article().id();
    }

    @Test
    void theRowSaysHowManyCopiesInHowManySourcesAndTheTotalSaysTextsAndArticles(FxRobot robot) throws Exception {
        assertEquals("نصان · 5 مقالات", robot.lookup("#count").queryLabeled().getText());
        assertEquals(Messages.get("search.countTextsTip"),
                robot.lookup("#count").queryLabeled().getTooltip().getText());
        waitUntil(() -> robot.lookup(".hit-meta").queryAll().stream()
                .anyMatch(node -> ((Label) node).getText().contains("4 نسخ في 3 مصادر")));
        Label meta = robot.lookup(".hit-meta").queryAll().stream().map(Label.class::cast)
                .filter(label -> label.getText().contains("نسخ")).findFirst().orElseThrow();
        assertNotNull(meta.getTooltip(), "the row's copies are listed in its tooltip");
        String tip = meta.getTooltip().getText();
        for (String headline : List.of("افتتاح مستشفى تبوك", "الصحة تفتتح مستشفى جديداً في تبوك",
                "مستشفى جديد في تبوك", "مستشفى تبوك يفتح أبوابه")) {
            assertTrue(tip.contains(headline), tip);
        }
        assertEquals(4, tip.lines().count(), tip);
        Label single = robot.lookup(".hit-meta").queryAll().stream().map(Label.class::cast)
                .filter(label -> label.getText().contains("الوطن")).findFirst().orElseThrow();
        assertFalse(single.getText().contains("نسخ"), single.getText());
        assertEquals(null, single.getTooltip(), "a row without copies has no copies tooltip");
    }

    @Test
    void theReadingPaneListsEveryCopyWithItsSourceDateAndOwnHeadlineInArabic(FxRobot robot) throws Exception {
        openStory(robot);
        assertEquals("نُشر هذا النص 4 مرات في 3 مصادر:", window.copiesView.heading.getText());
        // By date, then source: the two copies of the 22nd (الرياض before المدينة: ر before م), the 23rd, the 24th.
        List<String> ids = onFx(() -> window.copiesView.lines.getChildren().stream()
                .map(node -> (String) node.getUserData()).toList());
        assertEquals(List.of("riyadh", "madina", "yaum", "riyadh-late"), ids);
        HBox yaum = line("yaum");
        assertEquals("الصحة تفتتح مستشفى جديداً في تبوك", child(yaum, Hyperlink.class).getText());
        String place = child(yaum, Label.class).getText();
        assertTrue(place.startsWith("اليوم"), place);
        assertTrue(place.contains("23 يوليو 2015"), place);
        // Nothing in the list is in a Latin script: words from the bundle, Arabic month names, Western digits.
        List<String> texts = onFx(() -> robot.from(window.copiesView).lookup((Node node) -> node instanceof Labeled)
                .queryAll().stream().map(node -> ((Labeled) node).getText()).toList());
        assertTrue(texts.size() >= 13, texts.toString());
        for (String text : texts) {
            assertFalse(text.chars().anyMatch(c -> c < 128 && Character.isLetter(c)), text);
        }
        // The open copy is marked and has nothing to compare with; every other has «قارن».
        String open = openId();
        HBox openLine = line(open);
        assertTrue(openLine.getStyleClass().contains("copy-open"));
        assertEquals("مفتوحة الآن", ((Label) openLine.getChildren().getLast()).getText());
        assertEquals(null, child(openLine, Button.class));
        assertEquals(3, onFx(() -> window.copiesView.lines.getChildren().stream()
                .filter(line -> child((HBox) line, Button.class) != null).count()).intValue());
    }

    @Test
    void aCopysHeadlineOpensItInThePaneAndTheListStays(FxRobot robot) throws Exception {
        openStory(robot);
        String first = openId();
        String other = first.equals("yaum") ? "madina" : "yaum";
        robot.clickOn(child(line(other), Hyperlink.class));
        waitUntil(() -> other.equals(openId()));
        assertEquals(child(line(other), Hyperlink.class).getText(), onFx(() -> window.readerView.titleParagraph().getText()));
        assertTrue(window.copiesView.isVisible());
        assertEquals(4, window.copiesView.lines.getChildren().size(), "the list stays");
        assertTrue(line(other).getStyleClass().contains("copy-open"));
        assertFalse(line(first).getStyleClass().contains("copy-open"));
        // The query's matches are marked in the copy as in the row's own article.
        assertTrue(onFx(() -> window.reader.matchCount()) > 0);
        // The results still have the row selected; another row without copies hides the list.
        robot.interact(() -> window.step(1));
        robot.interact(() -> window.step(-1));
        waitUntil(() -> true);
        int visitRow = onFx(() -> {
            var items = window.results.getItems();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) != null && items.get(i).id().equals("visit")) {
                    return i;
                }
            }
            return -1;
        });
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(visitRow));
        waitUntil(() -> "visit".equals(openId()) && !window.copiesView.isVisible());
        assertFalse(window.copiesView.isManaged());
    }

    @Test
    void twoCopiesSideBySideRightToLeftWithTheirDifferingWordsMarked(FxRobot robot) throws Exception {
        openStory(robot);
        if (!"riyadh".equals(openId())) {
            robot.clickOn(child(line("riyadh"), Hyperlink.class));
            waitUntil(() -> "riyadh".equals(openId()));
        }
        robot.clickOn(child(line("yaum"), Button.class));
        CompareWindow compare = onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getScene().getRoot() instanceof CompareWindow)
                .map(w -> (CompareWindow) w.getScene().getRoot()).findFirst().orElseThrow());
        waitUntil(() -> compare.paragraphs.size() == 2);
        assertEquals("مقارنة نسختين", ((Stage) compare.getScene().getWindow()).getTitle());
        // Headline and body: 1 + 5 places in the first, 2 + 3 in the second (الأسرة and الأسرّة differ by a shadda
        // only: the same word).
        assertEquals("الكلمات المظللة لا توجد في النسخة الأخرى: 6 مواضع في الأولى، و5 مواضع في الثانية.",
                compare.summary.getText());
        List<ArabicParagraph> riyadh = compare.paragraphs.get(0);
        List<ArabicParagraph> yaum = compare.paragraphs.get(1);
        assertEquals("افتتاح مستشفى تبوك", riyadh.getFirst().getText(), "the open copy comes first");
        assertEquals(List.of("افتتاح"), marked(riyadh.getFirst()));
        assertEquals(List.of("الصحة تفتتح", "جديداً في"), marked(yaum.getFirst()));
        // «تبوك» both have: it splits the first copy's changed opening in two.
        assertEquals(List.of("أعلنت", "اليوم افتتاح", "جديد في مدينة", "بسعة ثلاثمئة سرير،", "أربعمئة"),
                marked(riyadh.get(1)));
        assertEquals(List.of("افتتحت", "الجديد.", "اربعمئة"), marked(yaum.get(1)));
        assertEquals(List.of(), marked(riyadh.get(2)), "the second paragraphs are the same");
        assertEquals(List.of(), marked(yaum.get(2)));
        // The marks are drawn, on the differing words' lines; both columns read right to left, the first on the right.
        assertFalse(onFx(() -> riyadh.get(1).markShape().getElements().isEmpty()));
        assertTrue(onFx(() -> riyadh.get(1).isRightToLeft() && yaum.get(1).isRightToLeft()));
        double firstX = onFx(() -> riyadh.get(1).localToScene(riyadh.get(1).getBoundsInLocal()).getMinX());
        double secondX = onFx(() -> yaum.get(1).localToScene(yaum.get(1).getBoundsInLocal()).getMinX());
        assertTrue(firstX > secondX, firstX + " vs " + secondX);
        // Each column's lines fit its half of the window: the application broke them.
        double columnWidth = onFx(() -> riyadh.get(1).getWidth());
        assertTrue(columnWidth > 300 && columnWidth < compare.getWidth() / 2, "column " + columnWidth);
        assertTrue(onFx(() -> riyadh.get(1).getLines().size()) > 2);
    }

    /** The marked words of a paragraph, as written. */
    private static List<String> marked(ArabicParagraph paragraph) throws Exception {
        return onFx(() -> paragraph.getMarks().stream().map((Snippet.Span span) ->
                paragraph.getText().substring(span.start(), span.end())).toList());
    }
}
