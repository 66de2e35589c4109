package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading pane draws words as the JDK's HarfBuzz shapes them (glyph offsets included), over transparent
 * {@code Text} nodes that still set the lines and answer hit tests. The expected glyph positions come from a
 * {@link GlyphVector} of the bundled Amiri built here, independently of the code under test.
 */
@ExtendWith(ApplicationExtension.class)
class WordInkTest {

    static final double SIZE = 40;
    /** Words whose letters Amiri places by offsets: a raa/dhal/waw before a kaf, tanween, a lam-kaf. */
    static final String WORDS = "مركز بدلاً طريقًا وكذلك الدكتور لكن المملكة";

    ArabicParagraph paragraph;
    StackPane box;

    @Start
    void start(Stage stage) {
        Fonts.load();
        paragraph = new ArabicParagraph(WORDS);
        paragraph.setFont(Fonts.reading(SIZE));
        paragraph.setFill(Color.BLACK);
        box = new StackPane(paragraph);
        box.setStyle("-fx-background-color: white;");
        stage.setScene(new Scene(box, 1000, 300));
        stage.sizeToScene(); // TestFX keeps one stage: another test may have narrowed it
        stage.show();
    }

    private static GlyphVector harfBuzz(String word) throws Exception {
        try (InputStream in = WordInkTest.class.getResourceAsStream("/fonts/amiri/Amiri-Regular.ttf")) {
            java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in).deriveFont(Map.of(
                    TextAttribute.SIZE, (float) SIZE, TextAttribute.KERNING, TextAttribute.KERNING_ON,
                    TextAttribute.LIGATURES, TextAttribute.LIGATURES_ON));
            char[] chars = word.toCharArray();
            return font.layoutGlyphVector(new FontRenderContext(null, true, true), chars, 0, chars.length,
                    java.awt.Font.LAYOUT_RIGHT_TO_LEFT);
        }
    }

    private ArabicParagraph.Word word(String characters) {
        return paragraph.words().stream().filter(w -> w.text().getText().equals(characters)).findFirst()
                .orElseThrow(() -> new AssertionError("no word «" + characters + "» among " + paragraph.words().stream()
                        .map(w -> "«" + w.text().getText() + "»").toList()));
    }

    /** A word's text node's box, in the paragraph's coordinates. */
    private static Bounds boxOf(ArabicParagraph.Word word) {
        Text text = word.text();
        return text.getParent().localToParent(text.localToParent(text.getLayoutBounds()));
    }

    /** A point well inside glyph {@code g} of the vector and outside every other glyph (null if there is none). */
    private static Point2D ownPoint(GlyphVector vector, int g) {
        Shape glyph = vector.getGlyphOutline(g);
        Rectangle2D bounds = glyph.getBounds2D();
        for (double y = bounds.getMinY(); y <= bounds.getMaxY(); y += 0.25) {
            for (double x = bounds.getMinX(); x <= bounds.getMaxX(); x += 0.25) {
                if (insideOnly(vector, g, x, y) && insideOnly(vector, g, x - 0.4, y) && insideOnly(vector, g, x + 0.4, y)
                        && insideOnly(vector, g, x, y - 0.4) && insideOnly(vector, g, x, y + 0.4)) {
                    return new Point2D.Double(x, y);
                }
            }
        }
        return null;
    }

    private static boolean insideOnly(GlyphVector vector, int g, double x, double y) {
        for (int other = 0; other < vector.getNumGlyphs(); other++) {
            if (vector.getGlyphOutline(other).contains(x, y) != (other == g)) {
                return false;
            }
        }
        return true;
    }

    /** The glyphs of the vector at their pen positions, as JavaFX drew them: offsets dropped. */
    private static Rectangle2D withoutOffsets(GlyphVector vector) {
        Path2D.Double drawn = new Path2D.Double();
        double pen = 0;
        for (int g = 0; g < vector.getNumGlyphs(); g++) {
            Shape glyph = vector.getGlyphOutline(g);
            Point2D at = vector.getGlyphPosition(g);
            drawn.append(AffineTransform.getTranslateInstance(pen - at.getX(), -at.getY())
                    .createTransformedShape(glyph), false);
            pen += vector.getGlyphMetrics(g).getAdvanceX();
        }
        return drawn.getBounds2D();
    }

    @Test
    void theRaaOfMarkazSitsUnderTheKafAsHarfBuzzPlacesIt(FxRobot robot) throws Exception {
        GlyphVector vector = harfBuzz("مركز");
        Rectangle2D shaped = vector.getVisualBounds();
        robot.interact(() -> {
            SVGPath ink = word("مركز").ink();
            assertNotNull(ink, "مركز is drawn from its outline");
            assertEquals(shaped.getWidth(), ink.getBoundsInLocal().getWidth(), 0.5,
                    "the drawn word is as wide as HarfBuzz's");
            assertTrue(withoutOffsets(vector).getWidth() - shaped.getWidth() > 3,
                    "without the raa's offset the word would be wider (the gap of «مر كز»)");
            for (int g = 0; g < vector.getNumGlyphs(); g++) {
                Point2D inside = ownPoint(vector, g);
                if (inside != null) {
                    assertTrue(ink.contains(inside.getX(), inside.getY()), "glyph " + g + " is drawn at " + inside);
                }
            }
            // The raa (visual glyph 2) stands 391 units left of its pen position: its ink is where HarfBuzz put it.
            double pen = vector.getGlyphPosition(1).getX() + vector.getGlyphMetrics(1).getAdvanceX();
            assertTrue(pen - vector.getGlyphPosition(2).getX() > 10, "the raa is placed by an offset");
            assertNotNull(ownPoint(vector, 2), "the raa has ink of its own");
        });
    }

    @Test
    void theTanweenOfBadalanIsWhereHarfBuzzPutsIt(FxRobot robot) throws Exception {
        GlyphVector vector = harfBuzz("بدلاً");
        robot.interact(() -> {
            SVGPath ink = word("بدلاً").ink();
            int tanween = -1;
            int[] chars = vector.getGlyphCharIndices(0, vector.getNumGlyphs(), null);
            for (int g = 0; g < chars.length; g++) {
                if ("بدلاً".charAt(chars[g]) == '\u064B') {
                    tanween = g;
                }
            }
            assertTrue(tanween >= 0, "the fathatan has a glyph");
            Point2D inside = ownPoint(vector, tanween);
            assertNotNull(inside);
            assertTrue(ink.contains(inside.getX(), inside.getY()), "the tanween is drawn at " + inside);
            assertEquals(vector.getVisualBounds().getWidth(), ink.getBoundsInLocal().getWidth(), 0.5);
        });
    }

    @Test
    void eachOutlineLiesOnItsTransparentWordWhichStillAnswersHitTests(FxRobot robot) {
        for (double width : new double[] {1000, 330, 190}) {
            robot.interact(() -> {
                box.getScene().getWindow().setWidth(width);
                paragraph.setJustified(true);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                List<ArabicParagraph.Word> words = paragraph.words();
                assertEquals(WORDS.split(" ").length, words.size());
                int searchFrom = 0;
                for (ArabicParagraph.Word word : words) {
                    String characters = word.text().getText();
                    assertNotNull(word.ink(), characters);
                    assertEquals(Color.TRANSPARENT, word.text().getFill(), characters);
                    Bounds box = boxOf(word);
                    // Both widths are HarfBuzz's advances: JavaFX's (Pango) for the node, the JDK's for the ink.
                    assertEquals(box.getWidth(), word.advance(), box.getWidth() / 100, characters);
                    assertEquals(box.getMinX() + (box.getWidth() - word.advance()) / 2, word.ink().getLayoutX(), 0.01);
                    double baseline = box.getMinY() + word.text().getBaselineOffset();
                    assertEquals(baseline, word.ink().getLayoutY(), 0.5, characters);
                    Bounds ink = word.ink().getBoundsInParent();
                    assertTrue(ink.getCenterX() > box.getMinX() && ink.getCenterX() < box.getMaxX(), characters);
                    int start = WORDS.indexOf(characters, searchFrom);
                    searchFrom = start + characters.length();
                    int hit = paragraph.indexAt(box.getCenterX(), box.getCenterY());
                    assertTrue(hit >= start && hit <= start + characters.length(),
                            characters + " at " + start + " answers the hit test with " + hit);
                }
            });
        }
    }

    /**
     * A guillemet alone in a right-to-left run (the opening one of «Apple» in an Arabic title, between the line's start
     * and a Latin word) is drawn in its Arabic form, as one in a run with Arabic letters: left to the Latin script,
     * Amiri drew it in its larger Latin form. The two guillemets of «Apple» are as wide as those of «الرياض», at the
     * bold and the regular reading face alike.
     */
    @Test
    void aGuillemetAloneInARightToLeftRunIsTheArabicOne(FxRobot robot) {
        for (javafx.scene.text.Font font : List.of(Fonts.reading(SIZE), Fonts.readingBold(SIZE))) {
            robot.interact(() -> {
                paragraph = new ArabicParagraph("«Apple» تطلق «الرياض» Apple الرياض");
                paragraph.setFont(font);
                box.getChildren().setAll(paragraph);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                // The pane sets «Apple» as three words (a word ends where the direction changes).
                double latin = word("«").advance() + word("»").advance();
                double arabic = word("«الرياض»").advance() - word("الرياض").advance();
                assertTrue(latin > 0 && arabic > 0, latin + " " + arabic);
                assertEquals(arabic, latin, 0.01, font.getName() + ": the guillemets of «Apple» against «الرياض»");
            });
        }
    }

    @Test
    void marksSelectionColourAndSizeStillFollowTheWords(FxRobot robot) {
        int lakin = WORDS.indexOf("لكن");
        robot.interact(() -> {
            paragraph.setMarks(List.of(new Snippet.Span(lakin, lakin + 3)));
            paragraph.select(0, "مركز بدلاً".length());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (ArabicParagraph.Word word : paragraph.words()) {
                Bounds ink = word.ink().getBoundsInParent();
                boolean marked = word.text().getText().equals("لكن");
                assertEquals(marked, paragraph.markShape().contains(ink.getCenterX(), ink.getCenterY()),
                        word.text().getText());
            }
            assertEquals("مركز بدلاً", paragraph.getSelectedText());
            paragraph.setFill(Color.web("#d04020"));
            assertEquals(Color.web("#d04020"), word("مركز").ink().getFill());
            paragraph.setFont(Fonts.reading(SIZE / 2));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertEquals(Color.web("#d04020"), word("مركز").ink().getFill());
            assertEquals(Color.TRANSPARENT, word("مركز").text().getFill());
            assertEquals(harfBuzzWidth("مركز") / 2, word("مركز").ink().getBoundsInLocal().getWidth(), 0.5);
            assertEquals("مركز بدلاً", paragraph.getSelectedText(), "a new size keeps the selection");
        });
    }

    @Test
    void theSnapshotShowsTheWordAsWideAsHarfBuzzInTheFillColour(FxRobot robot) throws Exception {
        double expected = harfBuzz("مركز").getVisualBounds().getWidth();
        robot.interact(() -> {
            paragraph.setText("مركز");
            paragraph.setFill(Color.web("#c00000"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            WritableImage image = paragraph.snapshot(null, null);
            int left = Integer.MAX_VALUE;
            int right = -1;
            double reddest = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = image.getPixelReader().getColor(x, y);
                    if (c.getOpacity() > 0.5 && c.getBrightness() < 0.9 || c.getOpacity() > 0.5 && c.getSaturation() > 0.5) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        reddest = Math.max(reddest, c.getSaturation());
                    }
                }
            }
            assertTrue(right > left, "the word leaves ink");
            assertEquals(expected, right - left + 1, 1.5, "ink columns of the snapshot");
            assertTrue(reddest > 0.9, "the ink has the paragraph's fill");
        });
    }

    @Test
    void theBoldTitleAndTheInterfaceFaceAreDrawnFromTheirOwnFiles(FxRobot robot) {
        for (javafx.scene.text.Font font : new javafx.scene.text.Font[] {Fonts.readingBold(30), Fonts.uiBold(15)}) {
            robot.interact(() -> paragraph.setFont(font));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                for (ArabicParagraph.Word word : paragraph.words()) {
                    assertNotNull(word.ink(), font.getName() + ": " + word.text().getText());
                    Bounds box = boxOf(word);
                    // A face other than the Text's would give other advances.
                    assertEquals(box.getWidth(), word.advance(), box.getWidth() / 100, font.getName());
                }
            });
        }
    }

    @Test
    void aWordTheLinesBidiSplitsIsDrawnPieceByPiece(FxRobot robot) {
        robot.interact(() -> paragraph.setText("قال iPhone 6s: اليوم (أستانا-7)"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            // The colon of «6s:» stands left of «iPhone», far from its «6s»: each piece has an outline of its own.
            for (String piece : new String[] {"قال", "iPhone", "6s", ":", "اليوم", "(أستانا-", "7", ")"}) {
                ArabicParagraph.Word word = word(piece);
                assertNotNull(word.ink(), piece);
                assertEquals(Color.TRANSPARENT, word.text().getFill(), piece);
                Bounds box = boxOf(word);
                assertEquals(box.getWidth(), word.advance(), Math.max(0.5, box.getWidth() / 100), piece);
            }
            Bounds iPhone = boxOf(word("iPhone"));
            assertTrue(boxOf(word(":")).getMaxX() <= iPhone.getMinX() + 0.5, "the colon stands left of iPhone");
            assertTrue(boxOf(word("6s")).getMinX() >= iPhone.getMaxX(), "6s stands right of iPhone");
            assertTrue(boxOf(word("7")).getMaxX() <= boxOf(word("(أستانا-")).getMinX() + 0.5, "7 ends the name, at its left");
        });
    }

    @Test
    void linesFarBelowTheScreenGetTheirInkWhenScrolledIntoView(FxRobot robot) {
        javafx.scene.control.ScrollPane[] scroll = new javafx.scene.control.ScrollPane[1];
        robot.interact(() -> {
            paragraph.setText((WORDS + " ").repeat(80).strip());
            scroll[0] = new javafx.scene.control.ScrollPane(paragraph);
            scroll[0].setFitToWidth(true);
            box.getChildren().setAll(scroll[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            List<ArabicParagraph.Word> words = paragraph.words();
            ArabicParagraph.Word first = words.getFirst();
            ArabicParagraph.Word last = words.getLast();
            assertNotNull(first.ink(), "the first line is on screen");
            assertEquals(null, last.ink(), "the last line, screens below, waits");
            assertEquals(Color.BLACK, last.text().getFill(), "meanwhile JavaFX draws it");
            scroll[0].setVvalue(1);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ArabicParagraph.Word last = paragraph.words().getLast();
            assertNotNull(last.ink(), "scrolled into view, the last line has its ink");
            assertEquals(Color.TRANSPARENT, last.text().getFill());
            Bounds box = boxOf(last);
            assertEquals(box.getMinX() + (box.getWidth() - last.advance()) / 2, last.ink().getLayoutX(), 0.01);
        });
    }

    private static double harfBuzzWidth(String word) {
        try {
            return harfBuzz(word).getVisualBounds().getWidth();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
