package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Contents lines read in the document's direction (hostile review, issue 11, item 1): in an Arabic export every
 * entry is a right-to-left line — title at the right, dot leaders, page number at the left — a Latin title a
 * left-to-right run inside it; in an English export the mirror. Read back by PDFBox and pdftotext as one line, title,
 * date and page number in that order, gaps included.
 */
class PdfContentsLineTest {

    private static final LocalDate JULY_24 = LocalDate.of(2015, 7, 24);

    @TempDir
    Path dir;

    private final List<Article> articles = List.of(
            TestArticles.article("a", "Saudi Aramco results beat forecasts", JULY_24, "رويترز", "نص عربي قصير."),
            TestArticles.article("b", "أرامكو تعلن نتائجها", JULY_24, "واس", "نص عربي آخر."),
            TestArticles.article("c", "Apple تطلق هاتفها الجديد في الرياض", JULY_24, "واس", "نص ثالث."));

    private Path export(Locale locale) throws PdfExportException {
        Path pdf = dir.resolve("contents-" + locale.getLanguage() + ".pdf");
        new PdfExporter(new PdfOptions(PdfOptions.PageSize.A4, "أرشيف", locale, JULY_24))
                .export(articles, Map.of(), pdf, ExportMonitor.NONE);
        return pdf;
    }

    /** Each text position of page 1 with the characters it stands for, as PDFBox reads them. */
    private static List<TextPosition> coverPositions(PDDocument document) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
                super.processTextPosition(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(document);
        return positions;
    }

    private static String coverText(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        return PdfTextLayerTest.plain(stripper.getText(document));
    }

    /**
     * The first text position reading {@code character} on the baseline of the first one reading {@code near}. (A
     * word of the text layer reaches into the spaces beside it: a page number's covers half the leaders.)
     */
    private static TextPosition on(List<TextPosition> positions, String near, String character) {
        TextPosition anchor = positions.stream().filter(p -> p.getUnicode().equals(near)).findFirst().orElseThrow();
        return positions.stream().filter(p -> p.getUnicode().equals(character)
                        && Math.abs(p.getYDirAdj() - anchor.getYDirAdj()) < 0.5f)
                .findFirst().orElseThrow(() -> new AssertionError("no «" + character + "» on the line of " + near));
    }

    private static float leftOf(List<TextPosition> positions, String near, String character) {
        return on(positions, near, character).getXDirAdj();
    }

    private static float rightOf(List<TextPosition> positions, String near, String character) {
        TextPosition position = on(positions, near, character);
        return position.getXDirAdj() + position.getWidthDirAdj();
    }

    @Test
    void anArabicExportSetsEveryContentsLineRightToLeftALatinTitleIncluded() throws IOException, InterruptedException {
        Path pdf = export(Locale.forLanguageTag("ar"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<TextPosition> positions = coverPositions(document);
            // The Latin title at the right, its page number (2) at the left margin.
            assertTrue(leftOf(positions, "S", "S") > width * 0.5f, "the Latin title stands at the right");
            assertTrue(leftOf(positions, "S", "2") < width * 0.15f, "its page number at the left");
            assertTrue(leftOf(positions, "S", "S") > leftOf(positions, "S", "("), "its date on its left");
            String text = coverText(document);
            assertTrue(text.contains("Saudi Aramco results beat forecasts (24 يوليو 2015) 2"), text);
            assertTrue(text.contains("أرامكو تعلن نتائجها (24 يوليو 2015) 3"), text);
            assertTrue(text.contains("Apple تطلق هاتفها الجديد في الرياض (24 يوليو 2015) 4"), text);
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String plain = PdfTextLayerTest.plain(poppler);
        assertTrue(plain.contains("Saudi Aramco results beat forecasts (24 يوليو 2015) 2"), plain);
        assertTrue(plain.contains("أرامكو تعلن نتائجها (24 يوليو 2015) 3"), plain);
        assertTrue(plain.contains("Apple تطلق هاتفها الجديد في الرياض (24 يوليو 2015) 4"), plain);
    }

    /**
     * An Arabic title in an English contents line, as extracted: PDFBox gives the title in its isolate, pdftotext
     * (its own embeddings set apart) with a left-to-right mark after it; before the mark poppler took the space and
     * bracket after the title into its right-to-left stretch: {@code ( أرامكو تعلن نتائجها24 July 2015) 3}.
     */
    @Test
    void anEnglishContentsLineWithAnArabicTitleReadsInOrderAsExtracted() throws IOException, InterruptedException {
        Path pdf = export(Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfTextLayerTest.asExtracted(new PDFTextStripper().getText(document));
            assertTrue(text.contains("\u2067أرامكو تعلن نتائجها\u2069 (24 July 2015) 3"), PdfTextLayerTest.visible(text));
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String text = PdfTextLayerTest.withoutPopplersOwnControls(poppler);
        assertTrue(text.contains("أرامكو تعلن نتائجها\u200E (24 July 2015) 3"), PdfTextLayerTest.visible(text));
    }

    @Test
    void anEnglishExportSetsEveryContentsLineLeftToRightAnArabicTitleIncluded() throws IOException {
        Path pdf = export(Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            float width = document.getPage(0).getMediaBox().getWidth();
            List<TextPosition> positions = coverPositions(document);
            // The Arabic title at the left, its page number (3) at the right margin.
            assertTrue(leftOf(positions, "ن", "ن") < width * 0.5f, "the Arabic title stands at the left");
            assertTrue(rightOf(positions, "ن", "3") > width * 0.85f, "its page number at the right");
            String text = coverText(document);
            assertTrue(text.contains("Saudi Aramco results beat forecasts (24 July 2015) 2"), text);
            assertTrue(text.contains("أرامكو تعلن نتائجها (24 July 2015) 3"), text);
        }
    }

    @Test
    void aContentsLineIsOneLineWithItsLeadersAsWideAsTheText() throws IOException {
        TextSetter setter = new TextSetter(FontFace.load("/fonts/amiri/Amiri-Regular.ttf"),
                FontFace.load("/fonts/vazirmatn/Vazirmatn-Regular.ttf"));
        String text = "\u2066Saudi Aramco\u2069  \u2067(24 يوليو 2015)\u2069 12";
        SetLine line = setter.setSpread(text, text.length() - 3, 11, 400, true);
        assertEquals(400, line.width(), 0.01f, "spread to the width");
        assertTrue(line.rightToLeft());
        // Right to left: the number's run is the leftmost, then the date, then the title.
        List<String> runs = line.runs().stream().map(run -> text.substring(run.start(), run.limit())).toList();
        assertEquals("12", runs.getFirst(), runs.toString());
        assertTrue(runs.indexOf("2015") < runs.indexOf("Saudi Aramco"), runs.toString());
    }
}
