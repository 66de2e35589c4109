package org.arshif.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineBreakerTest {

    /** A stand-in font: every character 7 units wide, spaces 3. */
    static final TextMeasurer MONO = text -> text.chars().mapToDouble(c -> c == ' ' ? 3 : 7).sum();

    static String seedText() throws IOException {
        try (InputStream in = LineBreakerTest.class.getResourceAsStream("/seeds/000_3e452db34f5d0aa1.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace('\n', ' ');
        }
    }

    static void assertWellBroken(String text, List<Line> lines, double width, TextMeasurer measurer) {
        StringBuilder joined = new StringBuilder();
        int expectedStart = 0;
        for (Line line : lines) {
            assertEquals(expectedStart, line.start(), "lines are contiguous");
            assertTrue(line.end() > line.start(), "no empty line");
            joined.append(text, line.start(), line.end());
            expectedStart = line.end();
            assertTrue(line.width() <= width + 1e-9, "line wider than the box: " + line.width() + " > " + width);
            assertEquals(measurer.width(line.visibleText(text)), line.width(), 1e-9);
        }
        assertEquals(text, joined.toString(), "every character exactly once, in order");
    }

    @ParameterizedTest
    @ValueSource(doubles = {80, 150, 333, 700, 2000})
    void seedParagraphFitsEveryWidthAndKeepsEveryCharacterOnce(double width) throws IOException {
        String text = seedText();
        List<Line> lines = new LineBreaker(text, MONO).breakLines(width);
        assertWellBroken(text, lines, width, MONO);
    }

    @Test
    void breaksAtSpacesNotInsideWords() {
        String text = "جولة جديدة من مفاوضات أستانا";
        List<Line> lines = new LineBreaker(text, MONO).breakLines(80);
        for (Line line : lines) {
            String visible = line.visibleText(text);
            assertTrue(List.of(text.split(" ")).containsAll(List.of(visible.split(" "))), visible);
        }
        assertTrue(lines.size() > 1);
    }

    @Test
    void noLineOpensWithPunctuationOrInsideAQuotedWord() {
        String text = "شاهدنا فيلمه «أخناتون»؛ وقد سمعت عن لـ«داعش» و\"الشباب\"، أبرز\" الأسماء - وغيرها";
        for (double width = 75; width <= 400; width += 7) { // the longest word (70) fits: no word is cut
            for (Line line : new LineBreaker(text, MONO).breakLines(width)) {
                int start = line.start();
                assertTrue(start == 0 || text.charAt(start - 1) == ' ', "a line opens inside a word at " + width
                        + ": " + line.visibleText(text));
            }
        }
    }

    @Test
    void aWordWiderThanTheBoxIsCutBetweenCharacters() {
        String text = "انظر https://example.org/a/very/long/address/that/cannot/fit ثم";
        List<Line> lines = new LineBreaker(text, MONO).breakLines(100);
        assertWellBroken(text, lines, 100, MONO);
    }

    @Test
    void emptyParagraphHasNoLine() {
        assertEquals(List.of(), new LineBreaker("", MONO).breakLines(100));
    }

    @Test
    void oneMeasurementServesEveryWidth() {
        int[] calls = {0};
        TextMeasurer counting = text -> {
            calls[0]++;
            return MONO.width(text);
        };
        LineBreaker breaker = new LineBreaker("كلمة ".repeat(200).strip(), counting);
        int afterSegments = calls[0];
        breaker.breakLines(300);
        breaker.breakLines(500);
        int lines = breaker.breakLines(300).size() + breaker.breakLines(500).size();
        assertTrue(calls[0] - afterSegments <= 2 * lines, "re-layout measures each line once, not each segment");
    }

    @Test
    void aCutParagraphsLastLineLeavesRoomForTheEllipsis() {
        String text = "جولة جديدة من مفاوضات أستانا حول الأزمة السورية تجمع النظام والمعارضة";
        LineBreaker breaker = new LineBreaker(text, MONO);
        List<Line> full = breaker.breakLines(170);
        assertTrue(full.size() > 2);
        List<Line> cut = breaker.breakLines(170, 2, 12);
        assertEquals(2, cut.size());
        assertEquals(full.getFirst(), cut.getFirst(), "the lines before the last are as they were");
        assertEquals(full.get(1).start(), cut.get(1).start());
        assertTrue(cut.get(1).width() + 12 <= 170, "the last line and its «…» fit: " + cut.get(1).width());
        assertTrue(full.get(1).width() + 12 > 170, "the test needs a last line that would not have left room");
        assertEquals(full, breaker.breakLines(170, full.size(), 12), "nothing cut: the lines are the same");
    }
}
