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
     * margin, and read in order as extracted. pdftotext reads this page right to left, as it has more Arabic letters
     * than Latin ones, and read the byline's stretches from the right
     * ({@code عبدالله … · Author:واس 24 July 2015 · … · Source:}) until poppler was given the line in its own order.
     */
    @Test
    void anEnglishBylineOfAnArabicArticleStandsLeftToRightAndReadsInOrder() throws IOException, InterruptedException {
        Article article = new Article("ar", "أرامكو تعلن نتائجها", false, JULY_24, "واس", ARABIC_AUTHOR, "",
                List.of("أعلنت شركة أرامكو السعودية نتائجها للربع الثاني من العام."), "test");
        Path pdf = export(article, Locale.ENGLISH);
        assertTrue(pdfBox(pdf).contains("24 July 2015 · 8 Shawwal 1436 AH · Source: واس · Author: " + ARABIC_AUTHOR),
                pdfBox(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfTextLayerTest.asExtracted(new PDFTextStripper().getText(document));
            assertTrue(text.contains("24 July 2015 · 8 Shawwal 1436 AH · Source: \u2067واس\u2069 · Author: \u2067"
                    + ARABIC_AUTHOR + "\u2069"), PdfTextLayerTest.visible(text));
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String text = PdfTextLayerTest.withoutPopplersOwnControls(poppler);
        assertTrue(text.contains("24 July 2015 · 8 Shawwal 1436 AH · Source: \u200Eواس · Author: \u200E"
                + ARABIC_AUTHOR), PdfTextLayerTest.visible(text));
        // The Arabic body on the same page is still read right to left.
        assertTrue(text.contains("أعلنت شركة أرامكو السعودية نتائجها للربع الثاني من العام."), text);
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

    /**
     * The mirror: an English article in an Arabic export is a page poppler reads left to right, and it gave the
     * Arabic byline and an Arabic line holding a number with their stretches from the left
     * ({@code . وفداً شاركوا في الاجتماع أمس20 قال المتحدث إن}).
     */
    @Test
    void arabicLinesOnAPageOfEnglishTextReadInOrder() throws IOException, InterruptedException {
        Article article = new Article("en", "Saudi Aramco results beat forecasts", false, JULY_24, "رويترز", "", "",
                List.of("Saudi Aramco said on Friday that its results for the second quarter beat forecasts by "
                        + "analysts in Riyadh and London.", "قال المتحدث إن 20 وفداً شاركوا في الاجتماع أمس."), "test");
        Path pdf = export(article, Locale.forLanguageTag("ar"));
        String line = "قال المتحدث إن 20 وفداً شاركوا في الاجتماع أمس.";
        assertTrue(pdfBox(pdf).contains(line), pdfBox(pdf));
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String text = PdfTextLayerTest.plain(poppler);
        assertTrue(text.contains(line), text);
        assertTrue(text.contains("24 يوليو 2015 · 8 شوال 1436 هـ · المصدر: رويترز"), text);
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
