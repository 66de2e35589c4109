package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.arshif.layout.Line;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ArabicParagraphTest {

    static final String SEED_PARAGRAPH = "إنطلقت بكازاخستان اليوم جولة جديدة من مفاوضات أستانا حول الأزمة السورية، التي تجمع بين"
            + " النظام السوري وممثلين عن فصائل من المعارضة السورية ، للتباحث في وضع حد للنزاع الذي أودى بحياة كثر من"
            + " 330 الف شخص وأدى الى نزوحالملايين من الاشخاص في غضون 6 سنوات من جهة ، وتأكيد أسس عمل للتباحث في مسألة"
            + " ”اطلاق سراح الرهائن والاسرى ونقل الجثث والبحث عن مفقودين” من جهة أخرى (أستانا-7) وUN.";

    ArabicParagraph paragraph;
    StackPane box;

    @Start
    void start(Stage stage) {
        Fonts.load();
        paragraph = new ArabicParagraph(SEED_PARAGRAPH);
        paragraph.setFont(Fonts.reading(20));
        box = new StackPane(paragraph);
        stage.setScene(new Scene(box, 420, 600));
        stage.show();
    }

    private void resize(FxRobot robot, double width) {
        robot.interact(() -> {
            box.getScene().getWindow().setWidth(width);
            box.requestLayout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void noLineIsWiderThanItsBoxAndEveryCharacterIsShownOnce(FxRobot robot) {
        for (double width : new double[] {420, 260, 700, 180}) {
            resize(robot, width);
            double box = paragraph.getWidth();
            List<Line> lines = paragraph.getLines();
            List<Pane> nodes = paragraph.lineNodes();
            assertEquals(lines.size(), nodes.size());
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                Bounds bounds = placed(nodes.get(i));
                assertTrue(bounds.getWidth() <= box + 0.5, "line " + i + " is " + bounds.getWidth() + " wide in " + box);
                assertTrue(bounds.getMinX() >= -0.5 && bounds.getMaxX() <= box + 0.5, "line " + i + " leaves the box");
                joined.append(SEED_PARAGRAPH, lines.get(i).start(), lines.get(i).end());
                assertEquals(lines.get(i).visibleText(SEED_PARAGRAPH), textOf(nodes.get(i)));
            }
            assertEquals(SEED_PARAGRAPH, joined.toString());
            assertTrue(lines.size() > 1, "a long paragraph wraps at " + width);
        }
    }

    @Test
    void aCutParagraphsEllipsisStaysInsideTheBox(FxRobot robot) {
        // The results list cuts titles to one line and snippets to two: the «…» ran 12 px past the edge.
        for (int maxLines : new int[] {1, 2}) {
            robot.interact(() -> paragraph.setMaxLines(maxLines));
            for (double width : new double[] {420, 333, 260}) {
                resize(robot, width);
                double box = paragraph.getWidth();
                List<Pane> nodes = paragraph.lineNodes();
                assertEquals(maxLines, nodes.size());
                assertTrue(textOf(nodes.getLast()).endsWith("…"), textOf(nodes.getLast()));
                for (Pane node : nodes) {
                    Bounds bounds = placed(node);
                    assertTrue(bounds.getMinX() >= -0.5 && bounds.getMaxX() <= box + 0.5,
                            maxLines + " lines at " + width + ": «" + textOf(node) + "» lies at " + bounds.getMinX()
                                    + ".." + bounds.getMaxX() + " in a box of " + box);
                }
            }
        }
        robot.interact(() -> paragraph.setMaxLines(Integer.MAX_VALUE));
    }

    @Test
    void rightToLeftLinesAreRightAligned(FxRobot robot) {
        resize(robot, 420);
        double right = paragraph.getWidth();
        for (Pane node : paragraph.lineNodes()) {
            assertEquals(right, placed(node).getMaxX(), 0.5, textOf(node));
        }
    }

    @Test
    void aMarkLandsOnItsWordNotOnTheMirroredPlace(FxRobot robot) {
        resize(robot, 420);
        // The first word of a right-to-left line is drawn at its right end.
        robot.interact(() -> paragraph.setMarks(List.of(new Snippet.Span(0, "إنطلقت".length()))));
        WaitForAsyncUtils.waitForFxEvents();
        Bounds mark = paragraph.markShape().getBoundsInParent();
        Bounds firstLine = paragraph.lineNodes().getFirst().getBoundsInParent();
        assertFalse(mark.isEmpty());
        assertTrue(mark.getMinX() > firstLine.getMinX() + firstLine.getWidth() * 0.6,
                "mark at " + mark + " should be at the right end of " + firstLine);
        assertTrue(mark.getMaxY() <= firstLine.getMaxY() + 1);
    }

    @Test
    void aStemOnlyMarkIsAKindOfItsOwn(FxRobot robot) {
        resize(robot, 420);
        int sovereign = SEED_PARAGRAPH.indexOf("السورية");
        int syrian = SEED_PARAGRAPH.indexOf("السوري ");
        robot.interact(() -> paragraph.setMarks(List.of(
                new Snippet.Span(sovereign, sovereign + "السورية".length(), Snippet.Kind.EXACT),
                new Snippet.Span(syrian, syrian + "السوري".length(), Snippet.Kind.STEM_ONLY))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(paragraph.markShape().getElements().isEmpty(), "the exact word is marked");
        assertFalse(paragraph.stemOnlyMarkShape().getElements().isEmpty(), "the stem-only word is marked too");
        // Each kind is styled by its own class; the themes give the stem-only kind a dashed frame (ThemeContrastTest).
        assertTrue(paragraph.markShape().getStyleClass().contains("match-mark"));
        assertTrue(paragraph.stemOnlyMarkShape().getStyleClass().contains("stem-only-mark"));
        // Each shape covers its own word: the exact one is not drawn over the stem-only one.
        Bounds exact = paragraph.markShape().getBoundsInParent();
        Bounds stemOnly = paragraph.stemOnlyMarkShape().getBoundsInParent();
        assertFalse(exact.intersects(stemOnly), exact + " / " + stemOnly);
    }

    @Test
    void selectionCopiesTheLogicalText(FxRobot robot) {
        resize(robot, 420);
        robot.interact(() -> paragraph.select(7, 17));
        assertEquals("بكازاخستان", paragraph.getSelectedText());
    }

    @Test
    void leftToRightParagraphsAreLeftAligned(FxRobot robot) {
        robot.interact(() -> paragraph.setText("Astana talks resume in Kazakhstan with Russia, Iran and Turkey as guarantors"));
        resize(robot, 300);
        for (Pane node : paragraph.lineNodes()) {
            assertEquals(0, placed(node).getMinX(), 0.5);
        }
    }

    /** What a line shows: its words, and a space for each gap region between them. */
    static String textOf(Pane line) {
        StringBuilder text = new StringBuilder();
        line.getChildren().forEach(node -> text.append(node instanceof Text word ? word.getText() : node instanceof Region ? " " : ""));
        return text.toString();
    }

    /** Where a node's advance box (not the ink, which may overhang it) lies in its parent. */
    static Bounds placed(javafx.scene.Node node) {
        Bounds box = node.getLayoutBounds();
        return new javafx.geometry.BoundingBox(node.getLayoutX() + box.getMinX(), node.getLayoutY() + box.getMinY(),
                box.getWidth(), box.getHeight());
    }

    /** The extent of a line's words (their advance boxes), in the paragraph's coordinates. */
    static Bounds wordsExtent(Pane line) {
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (var node : line.getChildren()) {
            if (node instanceof Text) {
                Bounds bounds = line.localToParent(placed(node));
                minX = Math.min(minX, bounds.getMinX());
                maxX = Math.max(maxX, bounds.getMaxX());
            }
        }
        return new javafx.geometry.BoundingBox(minX, 0, maxX - minX, 1);
    }

    /** The word node of a line showing exactly {@code word}, in the paragraph's coordinates. */
    static Bounds wordBounds(Pane line, String word) {
        return line.getChildren().stream()
                .filter(node -> node instanceof Text text && text.getText().equals(word))
                .map(node -> line.localToParent(placed(node)))
                .findFirst().orElseThrow(() -> new AssertionError(word + " not in " + textOf(line)));
    }

    @Test
    void justifiedLinesTouchBothEdgesAndTheLastLineStaysRight(FxRobot robot) {
        robot.interact(() -> paragraph.setJustified(true));
        for (double width : new double[] {420, 300}) {
            resize(robot, width);
            double right = paragraph.getWidth();
            List<Pane> lines = paragraph.lineNodes();
            assertTrue(lines.size() > 2);
            for (int i = 0; i < lines.size() - 1; i++) {
                Bounds words = wordsExtent(lines.get(i));
                assertEquals(0, words.getMinX(), 0.5, "line " + i + " starts at the left edge: " + textOf(lines.get(i)));
                assertEquals(right, words.getMaxX(), 0.5, "line " + i + " ends at the right edge");
            }
            Pane last = lines.getLast();
            assertEquals(right, wordsExtent(last).getMaxX(), 0.5, "the last line is right-aligned");
            assertTrue(wordsExtent(last).getMinX() > 20, "the last line is not stretched");
            // The stretched line's first word is still at its right end: justification keeps the order.
            Bounds firstWord = wordBounds(lines.getFirst(), "إنطلقت");
            assertEquals(right, firstWord.getMaxX(), 0.5);
        }
    }

    @Test
    void aParagraphOpeningWithALatinWordReadsRightToLeft(FxRobot robot) {
        robot.interact(() -> {
            paragraph.setJustified(true);
            paragraph.setText("Reuters قالت وكالة الأنباء إن جولة جديدة من المفاوضات ستبدأ في أستانا الأسبوع المقبل"
                    + " بمشاركة وفود من روسيا وتركيا وإيران");
        });
        resize(robot, 300);
        assertTrue(paragraph.isRightToLeft());
        Pane first = paragraph.lineNodes().getFirst();
        Bounds latin = wordBounds(first, "Reuters");
        Bounds next = wordBounds(first, "قالت");
        assertEquals(paragraph.getWidth(), latin.getMaxX(), 0.5, "the Latin word opens the line at its right end");
        assertTrue(next.getMaxX() < latin.getMinX(), "the Arabic word that follows stands to its left");
    }

    @Test
    void theIndexUnderAPointIsTheGlyphThere(FxRobot robot) throws Exception {
        resize(robot, 420);
        Pane first = paragraph.lineNodes().getFirst();
        Bounds word = wordBounds(first, "إنطلقت");
        double y = word.getCenterY();
        // The right edge of the first word is the paragraph's start; its left edge the end of that word.
        assertEquals(0, (int) UiTestSupport.onFx(() -> paragraph.indexAt(word.getMaxX() - 1, y)));
        assertEquals("إنطلقت".length(), (int) UiTestSupport.onFx(() -> paragraph.indexAt(word.getMinX() + 1, y)));
        Bounds second = wordBounds(first, "بكازاخستان");
        assertEquals(7 + "بكازاخستان".length(),
                (int) UiTestSupport.onFx(() -> paragraph.indexAt(second.getMinX() + 1, second.getCenterY())));
        // Beyond the right edge is the line's start, beyond the left its end.
        assertEquals(0, (int) UiTestSupport.onFx(() -> paragraph.indexAt(paragraph.getWidth() + 50, y)));
        Line line = paragraph.getLines().getFirst();
        assertEquals(line.start() + line.visibleText(SEED_PARAGRAPH).length(),
                (int) UiTestSupport.onFx(() -> paragraph.indexAt(-50, y)));
    }

    /**
     * The hostile review's 7,000-word article kept the FX thread busy: every pulse laid out every paragraph again.
     * The words of a justified line, measured inside their flow on each pass, came out a few hundred-thousandths of
     * a pixel wider or narrower depending on where the flow stood, the line moved by that much, and a moved line
     * asks for another layout. A paragraph laid out once, with nothing changed, must not need laying out again.
     */
    @Test
    void aLaidOutParagraphIsNotLaidOutAgainWhenNothingChanges(FxRobot robot) throws Exception {
        robot.interact(() -> {
            paragraph.setJustified(true);
            paragraph.setLineSpacing(1.2);
            paragraph.setText(newsWords(400, 14));
        });
        for (double width : new double[] {781, 706, 600, 420}) {
            resize(robot, width);
            robot.interact(() -> {
                box.getScene().getRoot().applyCss();
                box.getScene().getRoot().layout();
            });
            int askedAgain = UiTestSupport.onFx(
                    () -> UiTestSupport.layoutsAskedAgain(box.getScene(), List.of(paragraph), 3));
            assertEquals(0, askedAgain, "passes that laid the paragraph out again at " + width + " px");
            assertFalse(paragraph.isNeedsLayout(), "the paragraph asks for another layout at " + width + " px");
        }
    }

    /** {@code count} words drawn from the commonest words of Saudi news, the same words on every run. */
    static String newsWords(int count, long seed) {
        String[] words = {"المملكة", "الخدمات", "الوزير", "التعليم", "النفط", "الرياض", "الاقتصاد", "الأسواق",
                "الشركات", "التنمية", "المشروع", "الحكومة", "الصحة", "المدارس", "المواطنين"};
        Random pick = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(words[pick.nextInt(words.length)]);
        }
        return text.toString();
    }
}
