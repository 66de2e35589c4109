package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
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
            List<Text> nodes = paragraph.lineNodes();
            assertEquals(lines.size(), nodes.size());
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < lines.size(); i++) {
                Bounds bounds = nodes.get(i).getBoundsInParent();
                assertTrue(bounds.getWidth() <= box + 0.5, "line " + i + " is " + bounds.getWidth() + " wide in " + box);
                assertTrue(bounds.getMinX() >= -0.5 && bounds.getMaxX() <= box + 0.5, "line " + i + " leaves the box");
                joined.append(SEED_PARAGRAPH, lines.get(i).start(), lines.get(i).end());
                assertEquals(lines.get(i).visibleText(SEED_PARAGRAPH), nodes.get(i).getText());
            }
            assertEquals(SEED_PARAGRAPH, joined.toString());
            assertTrue(lines.size() > 1, "a long paragraph wraps at " + width);
        }
    }

    @Test
    void rightToLeftLinesAreRightAligned(FxRobot robot) {
        resize(robot, 420);
        double right = paragraph.getWidth();
        for (Text node : paragraph.lineNodes()) {
            assertEquals(right, node.getBoundsInParent().getMaxX(), 1.0, node.getText());
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
    void aStemOnlyMarkIsDrawnLighterThanAnExactMark(FxRobot robot) {
        resize(robot, 420);
        int sovereign = SEED_PARAGRAPH.indexOf("السورية");
        int syrian = SEED_PARAGRAPH.indexOf("السوري ");
        robot.interact(() -> paragraph.setMarks(List.of(
                new Snippet.Span(sovereign, sovereign + "السورية".length(), Snippet.Kind.EXACT),
                new Snippet.Span(syrian, syrian + "السوري".length(), Snippet.Kind.STEM_ONLY))));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(paragraph.markShape().getElements().isEmpty(), "the exact word is marked");
        assertFalse(paragraph.stemOnlyMarkShape().getElements().isEmpty(), "the stem-only word is marked too");
        assertEquals(paragraph.markShape().getFill(), paragraph.stemOnlyMarkShape().getFill(), "in the same colour");
        assertTrue(paragraph.stemOnlyMarkShape().getOpacity() < paragraph.markShape().getOpacity(), "but lighter");
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
        for (Text node : paragraph.lineNodes()) {
            assertEquals(0, node.getBoundsInParent().getMinX(), 1.0);
        }
    }
}
