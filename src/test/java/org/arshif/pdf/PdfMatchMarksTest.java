package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search's matches marked in the PDF (export --mark): a word matching only through the query word's stem is marked
 * lighter than an exact match, as the window and the result snippets draw it. Read back from the page's drawing: each
 * filled rectangle with its fill colour, and the words of the text layer that stand inside it.
 */
class PdfMatchMarksTest {

    private static final String PARAGRAPH = "أكدت السعودية أن برنامج السعودة مستمر وأن السعودية ماضية فيه.";

    @TempDir
    Path dir;

    /** A filled rectangle of the page and its fill colour. */
    private record Rectangle(float x, float y, float width, float height, float[] colour) {
        boolean holds(TextPosition text) {
            float middle = text.getX() + text.getWidth() / 2;
            return middle > x && middle < x + width;
        }
    }

    private static List<Rectangle> rectangles(PDPage page) throws IOException {
        List<Rectangle> rectangles = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        float[] colour = {0, 0, 0};
        for (Object token : new PDFStreamParser(page).parse()) {
            if (!(token instanceof Operator operator)) {
                operands.add(token);
                continue;
            }
            float[] values = new float[operands.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = operands.get(i) instanceof COSNumber number ? number.floatValue() : Float.NaN;
            }
            switch (operator.getName()) {
                case "rg" -> colour = values;
                case "re" -> rectangles.add(new Rectangle(values[0], values[1], values[2], values[3], colour));
                default -> { }
            }
            operands.clear();
        }
        return rectangles;
    }

    @Test
    void aStemOnlyMatchIsMarkedLighterThanAnExactOne() throws IOException {
        int first = PARAGRAPH.indexOf("السعودية");
        int stem = PARAGRAPH.indexOf("السعودة");
        int second = PARAGRAPH.lastIndexOf("السعودية");
        ArticleMatches matches = new ArticleMatches(List.of(), List.of(List.of(
                new Snippet.Span(first, first + "السعودية".length(), Snippet.Kind.EXACT),
                new Snippet.Span(stem, stem + "السعودة".length(), Snippet.Kind.STEM_ONLY),
                new Snippet.Span(second, second + "السعودية".length(), Snippet.Kind.EXACT))));
        Article article = new Article("m", "برنامج السعودة", false, LocalDate.of(2015, 7, 24), "واس", "", "",
                List.of(PARAGRAPH), "test");
        Path pdf = dir.resolve("marks.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(article), Map.of("m", matches), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int pageIndex = document.getNumberOfPages() - 1; // the article's page, after the cover
            PDPage page = document.getPage(pageIndex);
            List<Rectangle> marks = rectangles(page).stream()
                    .filter(r -> r.colour().length == 3 && r.colour()[0] == 1f).toList();
            assertEquals(3, marks.size(), "one mark a matched word");
            // The words of the text layer inside each mark, as PDFBox reads them (the layer is flipped: y from the top).
            List<TextPosition> layer = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    // drawn glyphs read as U+200B, direction controls and spaces carry no letter
                    if (!text.getUnicode().replaceAll("[\\s\u200B\u200E\u200F\u061C\u2066-\u2069]", "").isEmpty()) {
                        layer.add(text);
                    }
                }
            };
            stripper.setStartPage(pageIndex + 1);
            stripper.setEndPage(pageIndex + 1);
            stripper.getText(document);
            float height = page.getMediaBox().getHeight();
            for (Rectangle mark : marks) {
                StringBuilder inside = new StringBuilder();
                layer.stream().filter(t -> mark.holds(t) && height - t.getY() > mark.y()
                                && height - t.getY() < mark.y() + mark.height())
                        .forEach(t -> inside.append(t.getUnicode()));
                String word = new StringBuilder(inside).reverse().toString(); // the layer reads in drawn order
                float[] expected = word.equals("السعودة") ? PdfExporter.STEM_ONLY_MARK : PdfExporter.EXACT_MARK;
                assertTrue(word.equals("السعودة") || word.equals("السعودية"), "a mark over «" + word + "»");
                assertArrayEquals(expected, mark.colour(), 0.001f, "the mark over «" + word + "»");
            }
            float[][] colours = marks.stream().map(Rectangle::colour).toArray(float[][]::new);
            assertTrue(colours[0][2] != colours[1][2] || colours[1][2] != colours[2][2], "two kinds of mark");
        }
    }
}
