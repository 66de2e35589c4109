package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arshif.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article's byline (date, source, author) is a line of the document's own: set in the document's direction with
 * each value kept to its field, whatever script the values are written in (hostile review, issue 11, item 2: in an
 * English export an Arabic author of four names outnumbered the English words, the byline was set right to left and
 * read «Author» first). Read back by PDFBox and pdftotext, gaps included.
 */
class PdfBylineTest {

    private static final LocalDate JULY_24 = LocalDate.of(2015, 7, 24);
    /** Seven Arabic words: more than the byline's English ones (July, Shawwal, AH, Source, Reuters, Author). */
    private static final String ARABIC_AUTHOR = "عبدالله بن محمد بن سعد الجميلي العتيبي";

    @TempDir
    Path dir;

    private Path export(Article article, Locale locale) throws PdfExportException {
        Path pdf = dir.resolve("byline-" + locale.getLanguage() + ".pdf");
        new PdfExporter(new PdfOptions(PdfOptions.PageSize.A4, "Archive", locale, JULY_24))
                .export(List.of(article), Map.of(), pdf, ExportMonitor.NONE);
        return pdf;
    }

    private static String pdfBox(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return PdfTextLayerTest.plain(new PDFTextStripper().getText(document));
        }
    }

    @Test
    void anEnglishBylineWithALongArabicAuthorReadsInOrder() throws IOException, InterruptedException {
        // An English article (the page reads left to right for poppler too) by an Arabic author, from an Arabic source.
        Article article = new Article("en", "Oil prices rise as demand recovers", false, JULY_24, "Reuters",
                ARABIC_AUTHOR, "", List.of("Oil prices rose on Friday as demand in Asia recovered faster than "
                + "expected, traders said, and stocks in the region followed."), "test");
        Path pdf = export(article, Locale.ENGLISH);
        String byline = "24 July 2015 · 8 Shawwal 1436 AH · Source: Reuters · Author: " + ARABIC_AUTHOR;
        String text = pdfBox(pdf);
        assertTrue(text.contains(byline), text);
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        assertTrue(PdfTextLayerTest.plain(poppler).contains(byline), PdfTextLayerTest.plain(poppler));
    }

    /**
     * An Arabic article in an English export: the byline is set left to right, its fields in order from the left
     * margin. (pdftotext reads this page right to left, as it has more Arabic letters than Latin ones, and then reads
     * every left-to-right line mixing the two scripts in reverse stretches: not checked, see docs/pdf-text-layer.md.)
     */
    @Test
    void anEnglishBylineOfAnArabicArticleStandsLeftToRightAndReadsInOrderInPdfBox() throws IOException {
        Article article = new Article("ar", "أرامكو تعلن نتائجها", false, JULY_24, "واس", ARABIC_AUTHOR, "",
                List.of("أعلنت شركة أرامكو السعودية نتائجها للربع الثاني من العام."), "test");
        Path pdf = export(article, Locale.ENGLISH);
        assertTrue(pdfBox(pdf).contains("24 July 2015 · 8 Shawwal 1436 AH · Source: واس · Author: " + ARABIC_AUTHOR),
                pdfBox(pdf));
        java.util.Map<String, Float> lefts = new java.util.HashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
                    lefts.putIfAbsent(text.getUnicode(), text.getXDirAdj());
                }
            }.getText(document);
        }
        // J of July, S of Source, A of Author: left to right from the left margin.
        assertTrue(lefts.get("J") < 100 && lefts.get("J") < lefts.get("S") && lefts.get("S") < lefts.get("A"),
                lefts.toString());
    }

    @Test
    void anArabicBylineWithALongLatinAuthorReadsInOrder() throws IOException, InterruptedException {
        Article article = new Article("ar", "أرامكو تعلن نتائجها", false, JULY_24, "Reuters",
                "John Michael Smith and Peter Jones", "", List.of("أعلنت شركة أرامكو السعودية نتائجها."), "test");
        Path pdf = export(article, Locale.forLanguageTag("ar"));
        String byline = "24 يوليو 2015 · 8 شوال 1436 هـ · المصدر: Reuters · الكاتب: John Michael Smith and Peter Jones";
        String text = pdfBox(pdf);
        assertTrue(text.contains(byline), text);
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        assertTrue(PdfTextLayerTest.plain(poppler).contains(byline), PdfTextLayerTest.plain(poppler));
    }
}
