package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.arshif.layout.Line;
import org.arshif.layout.ParagraphDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Justified lines mixing Arabic with Latin runs that end in a full stop («Apple Inc.», «much faster.»), numbers and
 * brackets: every piece of a line (the characters of a word at one bidi level) stands in its own place, side by side
 * with the others in the order of the Unicode bidi algorithm ({@link Bidi} on the paragraph, as the PDF sets it),
 * inside the column, and the line still touches both edges. Issue 11: one such line in three drew «Inc.» over
 * «Apple» because the words' places came from the flow's own ordering of the justified gaps.
 */
@ExtendWith(ApplicationExtension.class)
class MixedJustifiedLinesTest {

    /** Right to left by word count, Latin runs ending in full stops. */
    static final String ARABIC_WITH_LATIN = "أعلنت شركة Apple Inc. عن جهاز جديد أسرع بكثير من الجهاز السابق، وقالت إن"
            + " the new device is much faster. ويصل إلى الأسواق الشهر المقبل بسعر 999 دولاراً (نحو 3,750 ريالاً)"
            + " وقالت Samsung Electronics Co. إن أرباحها ارتفعت 12.5% في الربع الثالث (Q3 2026) مقارنة بالعام الماضي.";
    /** Left to right by word count, with Arabic phrases, brackets and numbers. */
    static final String LATIN_WITH_ARABIC = "Reuters reported that Saudi Aramco Ltd. signed a deal with وزارة الطاقة"
            + " on Monday. The agreement, worth $4.2 billion (about 15.75 billion riyals), starts in 2027 and covers"
            + " the plant at رأس تنورة near Dammam. قال المتحدث إن العمل سيبدأ قريباً. Prices rose 3.5% (عن العام الماضي)"
            + " to 88.10 dollars a barrel, the company said in a statement on its website.";
    /** Right to left, a Latin sentence inside and Arabic-Indic digits. */
    static final String SENTENCE_INSIDE = "ذكرت وكالة رويترز أن It was a very good year for the company. ثم أضافت أن"
            + " المبيعات بلغت ١٢٣٫٥ مليون دولار في عام ٢٠٢٦، وأن شركة Microsoft Corp. (مايكروسوفت) ستفتتح مكتباً"
            + " في الرياض. وقال Mr. Smith إن ذلك «خطوة مهمة» للسوق.";

    ArabicParagraph paragraph;

    @Start
    void start(Stage stage) {
        Fonts.load();
        paragraph = new ArabicParagraph(ARABIC_WITH_LATIN);
        paragraph.setFont(Fonts.reading(20));
        paragraph.setFill(Color.BLACK);
        paragraph.setJustified(true);
        stage.setScene(new Scene(new Pane(paragraph), 720, 900));
        stage.sizeToScene(); // TestFX keeps one stage: another test may have resized it
        stage.show();
    }

    /** Characters {@code [start, end)} of the paragraph that a line draws as one piece: one word, one bidi level. */
    private record Piece(int start, int end, int visualOrder, Bounds box) {
    }

    /** A word's node or its ink: what it is, the characters {@code [start, end)} it stands for, where it lies. */
    private record Drawn(String name, int start, int end, Bounds box) {
    }

    @Test
    void aRightToLeftParagraphWithLatinRunsAndFullStops(FxRobot robot) {
        everyLineIsSetInBidiOrderWithoutOverlaps(robot, ARABIC_WITH_LATIN, true);
    }

    @Test
    void aLeftToRightParagraphWithArabicPhrasesBracketsAndNumbers(FxRobot robot) {
        everyLineIsSetInBidiOrderWithoutOverlaps(robot, LATIN_WITH_ARABIC, false);
    }

    @Test
    void aRightToLeftParagraphWithALatinSentenceAndArabicIndicDigits(FxRobot robot) {
        everyLineIsSetInBidiOrderWithoutOverlaps(robot, SENTENCE_INSIDE, true);
    }

    @Test
    void aShownPageIsNotLaidOutAgainOnEveryPulse(FxRobot robot) throws Exception {
        // As the reading pane holds its paragraphs: a column in a scroll pane, justified, lines placed on a layout pass.
        List<ArabicParagraph> shown = new ArrayList<>();
        robot.interact(() -> {
            javafx.scene.layout.VBox page = new javafx.scene.layout.VBox(12);
            for (String text : List.of(ARABIC_WITH_LATIN, LATIN_WITH_ARABIC, SENTENCE_INSIDE)) {
                ArabicParagraph each = new ArabicParagraph(text);
                each.setFont(Fonts.reading(20));
                each.setJustified(true);
                shown.add(each);
            }
            page.getChildren().setAll(shown);
            javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(page);
            scroll.setFitToWidth(true);
            paragraph.getScene().setRoot(scroll);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> piecesBefore = new ArrayList<>();
        int[] layoutsAsked = {0};
        robot.interact(() -> {
            for (ArabicParagraph each : shown) {
                assertTrue(each.getLines().size() > 2);
                each.lineNodes().forEach(line -> piecesBefore.addAll(line.getChildren()));
                each.needsLayoutProperty().addListener((obs, was, now) -> layoutsAsked[0] += now ? 1 : 0);
            }
        });
        // Pulses go on while anything asks for layout: a page that asked again on each of its own passes would count
        // dozens here.
        for (int i = 0; i < 10; i++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(0, layoutsAsked[0], "layout passes asked for by a page that is only shown");
        robot.interact(() -> {
            // A pass at the same width (a mark, the selection) places the same nodes again: no line is built anew.
            shown.getFirst().select(3, 30);
            shown.getFirst().layout();
            List<Node> piecesAfter = new ArrayList<>();
            shown.forEach(each -> each.lineNodes().forEach(line -> piecesAfter.addAll(line.getChildren())));
            assertEquals(piecesBefore.size(), piecesAfter.size());
            for (int i = 0; i < piecesBefore.size(); i++) {
                assertTrue(piecesBefore.get(i) == piecesAfter.get(i), "node " + i + " was built again");
            }
        });
    }

    private void everyLineIsSetInBidiOrderWithoutOverlaps(FxRobot robot, String text, boolean rightToLeft) {
        robot.interact(() -> paragraph.setText(text));
        assertEquals(rightToLeft, ParagraphDirection.isRightToLeft(text));
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        // The paragraph is sized directly (a window resize per width took seconds on the headless platform).
        robot.interact(() -> {
            for (double width = 300; width <= 700; width += 50) {
                paragraph.resize(width, paragraph.prefHeight(width));
                paragraph.layout();
                checkLines(text, bidi, width);
            }
        });
    }

    private void checkLines(String text, Bidi bidi, double width) {
        List<Line> lines = paragraph.getLines();
        List<? extends Parent> nodes = paragraph.lineNodes();
        assertEquals(lines.size(), nodes.size());
        double column = paragraph.getWidth();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String where = "at " + width + " px, line " + i + " «" + line.visibleText(text) + "»: ";
            List<Piece> pieces = pieces(text, bidi, line);
            // The words' nodes and the ink drawn over them, each a box on the line with the characters it stands for.
            List<Drawn> drawn = new ArrayList<>();
            int at = line.start();
            for (Node node : nodes.get(i).getChildrenUnmodifiable()) {
                if (node instanceof Text word) {
                    Bounds box = paragraph.sceneToLocal(word.localToScene(word.getLayoutBounds()));
                    drawn.add(new Drawn("«" + word.getText() + "»", at, at + word.getText().length(), box));
                    for (ArabicParagraph.Word inked : paragraph.words()) {
                        if (inked.text() == word && inked.ink() != null) {
                            Bounds ink = inked.ink().getBoundsInParent();
                            drawn.add(new Drawn("the ink of «" + word.getText() + "»", at, at + word.getText().length(),
                                    new javafx.geometry.BoundingBox(inked.ink().getLayoutX(), ink.getMinY(),
                                            inked.advance(), ink.getHeight())));
                        }
                    }
                    at += word.getText().length();
                } else if (node instanceof Region) {
                    at++; // a space
                }
            }
            assertEquals(line.start() + line.visibleText(text).length(), at, where + "the nodes hold the line's characters");
            for (Drawn thing : drawn) {
                assertTrue(thing.box().getMinX() >= -0.5 && thing.box().getMaxX() <= column + 0.5,
                        where + thing.name() + " at " + span(thing.box()) + " leaves the column of " + column);
                // A word's node and its ink stand on that word's own pieces: they overlap no other piece.
                for (Piece piece : pieces) {
                    boolean own = piece.start() < thing.end() && thing.start() < piece.end();
                    if (!own && overlap(thing.box(), piece.box()) > 1) {
                        throw new AssertionError(where + thing.name() + " at " + span(thing.box()) + " is drawn over «"
                                + text.substring(piece.start(), piece.end()) + "» at " + span(piece.box()));
                    }
                }
            }
            // The pieces, as selecting them shows them: side by side, inside the column, in the bidi visual order.
            List<Piece> leftToRight = new ArrayList<>(pieces);
            leftToRight.sort(Comparator.comparingDouble(p -> p.box().getCenterX()));
            List<Piece> bidiOrder = new ArrayList<>(pieces);
            bidiOrder.sort(Comparator.comparingInt(Piece::visualOrder));
            assertEquals(names(text, bidiOrder), names(text, leftToRight), where + "visual order");
            for (int p = 1; p < leftToRight.size(); p++) {
                Bounds left = leftToRight.get(p - 1).box();
                Bounds right = leftToRight.get(p).box();
                assertTrue(left.getMaxX() <= right.getMinX() + 0.5, where + "«" + names(text, List.of(leftToRight.get(p - 1)))
                        + "» at " + span(left) + " runs into «" + names(text, List.of(leftToRight.get(p))) + "» at " + span(right));
            }
            assertTrue(leftToRight.getFirst().box().getMinX() >= -0.5 && leftToRight.getLast().box().getMaxX() <= column + 0.5,
                    where + "leaves the column");
            boolean last = i == lines.size() - 1;
            if (!last) {
                assertEquals(0, leftToRight.getFirst().box().getMinX(), 1, where + "justified: touches the left edge");
                assertEquals(column, leftToRight.getLast().box().getMaxX(), 1, where + "justified: touches the right edge");
            }
        }
    }

    /** The line's pieces, each with its place in the bidi order and the box that selecting it draws. */
    private List<Piece> pieces(String text, Bidi bidi, Line line) {
        int end = line.start() + line.visibleText(text).length();
        int[] visual = visualPositions(bidi.createLineBidi(line.start(), end));
        List<Piece> pieces = new ArrayList<>();
        int start = line.start();
        for (int at = line.start() + 1; at <= end; at++) {
            boolean cut = at == end || text.charAt(at) == ' ' || text.charAt(at - 1) == ' '
                    || bidi.getLevelAt(at) != bidi.getLevelAt(at - 1);
            if (cut) {
                if (text.charAt(start) != ' ') {
                    int order = Integer.MAX_VALUE;
                    for (int c = start; c < at; c++) {
                        order = Math.min(order, visual[c - line.start()]);
                    }
                    paragraph.select(start, at);
                    paragraph.layout();
                    pieces.add(new Piece(start, at, order, paragraph.selectionShape().getBoundsInLocal()));
                }
                start = at;
            }
        }
        paragraph.select(0, 0);
        return pieces;
    }

    /**
     * Where each character of a line stands, left to right, once its runs are ordered (UAX #9 rule L2, by the JDK's
     * {@link Bidi#reorderVisually}): worked out here, apart from the code under test.
     */
    private static int[] visualPositions(Bidi line) {
        int runs = line.getRunCount();
        byte[] levels = new byte[runs];
        Integer[] order = new Integer[runs];
        for (int r = 0; r < runs; r++) {
            levels[r] = (byte) line.getRunLevel(r);
            order[r] = r;
        }
        Bidi.reorderVisually(levels, 0, order, 0, runs);
        int[] positions = new int[line.getLength()];
        int next = 0;
        for (int r : order) {
            int start = line.getRunStart(r);
            int limit = line.getRunLimit(r);
            for (int i = 0; i < limit - start; i++) {
                positions[(levels[r] & 1) == 1 ? limit - 1 - i : start + i] = next++;
            }
        }
        return positions;
    }

    private static double overlap(Bounds a, Bounds b) {
        return Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
    }

    private static String span(Bounds box) {
        return String.format("%.1f..%.1f", box.getMinX(), box.getMaxX());
    }

    private static String names(String text, List<Piece> pieces) {
        return String.join(" | ", pieces.stream().map(p -> text.substring(p.start(), p.end())).toList());
    }
}
