package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.event.Event;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.arshif.model.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Selecting and copying the seed article's text in the reading pane of a real window, with the mouse and keys. */
@ExtendWith(ApplicationExtension.class)
class ReaderSelectionTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @BeforeEach
    void openTheSeed(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        // The text size is remembered between windows: every test starts at the default one.
        robot.interact(() -> window.reader.textSize.set(20));
        int row = onFx(() -> window.results.getItems().stream().map(SearchHit::id).toList().indexOf(MainWindowTest.SEED));
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(row));
        waitUntil(() -> window.readerView.paragraphs().size() == 20);
        robot.interact(() -> window.readerView.setVvalue(0));
        robot.interact(() -> putOnClipboard("nothing yet"));
    }

    private static void putOnClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static String clipboard() throws Exception {
        return onFx(() -> Clipboard.getSystemClipboard().getString());
    }

    private ArabicParagraph paragraph(int index) throws Exception {
        return onFx(() -> window.readerView.paragraphs().get(index));
    }

    /** A word of a paragraph's first line, on the screen. */
    private static Bounds onScreen(ArabicParagraph paragraph, String word) throws Exception {
        return onScreen(paragraph, 0, word);
    }

    private static Bounds onScreen(ArabicParagraph paragraph, int line, String word) throws Exception {
        return onFx(() -> {
            Pane flow = paragraph.lineNodes().get(line);
            return paragraph.localToScreen(ArabicParagraphTest.wordBounds(flow, word));
        });
    }

    /** Just inside the right (start) or left (end) edge of a word of Arabic. */
    private static Point2D inside(Bounds word, boolean right) {
        return new Point2D(right ? word.getMaxX() - 1 : word.getMinX() + 1, word.getCenterY());
    }

    /**
     * The n-th press of a quick series at a point of the screen. The headless platform counts no multiple
     * clicks (every press is a first one), so the second and third are made as a real platform reports them.
     */
    private static void press(FxRobot robot, ArabicParagraph paragraph, Point2D screen, int clicks) {
        robot.interact(() -> {
            Point2D scene = paragraph.localToScene(paragraph.screenToLocal(screen));
            for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED)) {
                Event.fireEvent(paragraph, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                        MouseButton.PRIMARY, clicks, false, false, false, false, type == MouseEvent.MOUSE_PRESSED,
                        false, false, false, false, true, null));
            }
        });
    }

    private String selected() throws Exception {
        return onFx(window.readerView::selectedText);
    }

    @Test
    void draggingAcrossTheFirstWordsSelectsThemAndCtrlCCopiesThemInLogicalOrder(FxRobot robot) throws Exception {
        ArabicParagraph first = paragraph(0);
        assertTrue(onFx(first::getText).startsWith("إنطلقت بكازاخستان اليوم جولة"));
        Point2D from = inside(onScreen(first, "إنطلقت"), true);
        Point2D to = inside(onScreen(first, "اليوم"), false);
        assertTrue(from.getX() > to.getX(), "Arabic runs right to left: the drag goes leftwards");
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        // Under load the robot's last events may still be queued: wait for the release to be handled.
        waitUntil(() -> window.readerView.selectedText().endsWith("اليوم"));
        assertEquals("إنطلقت بكازاخستان اليوم", selected());
        assertFalse(onFx(() -> first.selectionShape().getElements().isEmpty()), "the selection is drawn");
        Bounds drawn = onFx(() -> first.localToScreen(first.selectionShape().getBoundsInParent()));
        assertTrue(drawn.getMaxX() > from.getX() && drawn.getMinX() < to.getX() + 4,
                "the highlight covers the dragged words: " + drawn + " from " + from + " to " + to);
        assertEquals("nothing yet", clipboard());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals("إنطلقت بكازاخستان اليوم", clipboard());
        robot.interact(() -> window.reader.zoom(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("إنطلقت بكازاخستان اليوم", selected(), "a new text size keeps the selection");
        assertFalse(onFx(() -> first.selectionShape().getElements().isEmpty()), "and draws it at the new size");
    }

    @Test
    void aDragIntoTheNextParagraphSelectsAcrossLinesAndParagraphs(FxRobot robot) throws Exception {
        ArabicParagraph first = paragraph(0);
        ArabicParagraph second = paragraph(1);
        String firstText = onFx(first::getText);
        String secondText = onFx(second::getText);
        String[] secondWords = secondText.split(" ");
        assertEquals("سيتم", secondWords[1]);
        // The end of the first paragraph and the start of the second, in the middle of the pane.
        robot.interact(() -> {
            double contentHeight = window.readerView.getContent().getLayoutBounds().getHeight();
            double viewport = window.readerView.getViewportBounds().getHeight();
            double middle = second.getBoundsInParent().getMinY() - viewport / 2;
            window.readerView.setVvalue(Math.max(0, Math.min(1, middle / (contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int lastLine = onFx(() -> first.getLines().size() - 1);
        String lastLineText = onFx(() -> first.getLines().get(lastLine).visibleText(firstText));
        String lineStart = lastLineText.substring(0, lastLineText.indexOf(' '));
        Point2D from = inside(onScreen(first, lastLine, lineStart), true);
        Point2D to = inside(onScreen(second, 0, "سيتم"), false);
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).drop();
        waitUntil(() -> window.readerView.selectedText().endsWith("سيتم"));
        int start = onFx(() -> first.getLines().get(lastLine).start());
        assertEquals(firstText.substring(start) + "\n" + secondWords[0] + " سيتم", selected());
        robot.press(KeyCode.CONTROL).type(KeyCode.INSERT).release(KeyCode.CONTROL);
        assertEquals(selected(), clipboard(), "Ctrl+Insert copies as Ctrl+C does");
    }

    @Test
    void doubleClickSelectsAWordAndTripleClickTheParagraph(FxRobot robot) throws Exception {
        ArabicParagraph first = paragraph(0);
        Point2D word = inside(onScreen(first, "بكازاخستان"), true).add(-15, 0);
        press(robot, first, word, 2);
        assertEquals("بكازاخستان", selected());
        press(robot, first, word, 3);
        assertEquals(onFx(first::getText), selected());
    }

    @Test
    void shiftArrowsExtendTheSelectionVisually(FxRobot robot) throws Exception {
        ArabicParagraph first = paragraph(0);
        robot.clickOn(inside(onScreen(first, "إنطلقت"), true).add(1, 0), MouseButton.PRIMARY);
        assertEquals("", selected());
        robot.press(KeyCode.SHIFT);
        for (int i = 0; i < "إنطلقت".length(); i++) {
            robot.type(KeyCode.LEFT);
        }
        robot.release(KeyCode.SHIFT);
        assertEquals("إنطلقت", selected(), "Shift+Left walks toward the end of Arabic text");
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 2).release(KeyCode.SHIFT);
        assertEquals("إنطل", selected());
        robot.press(KeyCode.SHIFT, KeyCode.CONTROL).type(KeyCode.LEFT).release(KeyCode.CONTROL, KeyCode.SHIFT);
        assertEquals("إنطلقت ", selected(), "Ctrl+Shift+Left ends the word");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        int secondLine = onFx(() -> first.getLines().get(1).start());
        assertTrue(selected().length() >= secondLine, "Shift+Down reaches the second line: " + selected());
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        assertEquals(selected(), clipboard());
    }

    @Test
    void theContextMenuOffersCopyOnlyWithASelection(FxRobot robot) throws Exception {
        ArabicParagraph first = paragraph(0);
        Point2D word = inside(onScreen(first, "بكازاخستان"), true).add(-15, 0);
        robot.clickOn(word, MouseButton.PRIMARY).clickOn(word, MouseButton.SECONDARY);
        assertEquals(List.of("نسخ الفقرة"), menuItems(robot));
        robot.type(KeyCode.ESCAPE);
        press(robot, first, word, 2);
        robot.clickOn(word, MouseButton.SECONDARY);
        assertEquals(List.of("نسخ", "نسخ الفقرة"), menuItems(robot));
        robot.clickOn("نسخ");
        assertEquals("بكازاخستان", clipboard());
    }

    private static List<String> menuItems(FxRobot robot) {
        return robot.lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class).stream()
                .filter(javafx.scene.Node::isVisible).map(Labeled::getText).toList();
    }
}
