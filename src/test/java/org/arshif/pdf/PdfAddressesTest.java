package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.arshif.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail addresses, handles and web addresses in Arabic paragraphs (hostile review, issue 11, item 3): a signature
 * «تويتر @aljamili aaljamili@yahoo.com» ending a paragraph, or standing alone as the last one, came back from
 * pdftotext as {@code @aljamili aaljamili@yahoo.comتويتر}: counted by the pieces of its addresses it was a Latin
 * paragraph, set left to right, and poppler reads such a line on an Arabic page in reverse stretches. On the page the
 * handle's @ stood on the far side of it («aljamili@»). Read back by PDFBox and pdftotext, gaps included.
 */
class PdfAddressesTest {

    static final String SIGNATURE = "تويتر @aljamili aaljamili@yahoo.com";
    static final String HANDLE = "تويتر @aljamili";
    static final String ADDRESSES = "البريد aaljamili@yahoo.com وتويتر @aljamili ثم #السعودية والموقع "
            + "www.spa.gov.sa/news?id=1 انتهى";
    static final List<String> PARAGRAPHS = new ArrayList<>();

    static {
        String sentence = "ويرى الكاتب أن الحلول الممكنة كثيرة ولكنها تحتاج إلى إرادة حقيقية من الجميع";
        for (int words = 0; words < 14; words += 2) {
            // The signature at the end of paragraphs of every length: on the last line, split over two, alone.
            PARAGRAPHS.add(sentence + " كلمة".repeat(words) + ". للتواصل: " + SIGNATURE);
        }
        PARAGRAPHS.add(ADDRESSES);
        PARAGRAPHS.add(HANDLE);
        PARAGRAPHS.add(SIGNATURE); // the article's last paragraph
    }

    @TempDir
    static Path dir;
    static Path pdf;

    @BeforeAll
    static void export() throws IOException {
        Article article = new Article("sig", "مقال بتوقيع", false, LocalDate.of(2015, 7, 24), "الجزيرة", "", "",
                PARAGRAPHS, "test");
        pdf = dir.resolve("addresses.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(article), Map.of(), pdf, ExportMonitor.NONE);
    }

    @Test
    void pdfBoxGivesBackEveryAddressWhereItWasWritten() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfTextLayerTest.plain(new PDFTextStripper().getText(document));
            for (String paragraph : PARAGRAPHS) {
                assertTrue(text.contains(paragraph), "PDFBox lost\n" + paragraph + "\nin\n" + text);
            }
        }
    }

    @Test
    void pdftotextGivesBackEveryAddressWhereItWasWritten() throws IOException, InterruptedException {
        String text = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(text != null, "pdftotext (poppler-utils) is not installed");
        String plain = PdfTextLayerTest.plain(text);
        for (String paragraph : PARAGRAPHS) {
            assertTrue(plain.contains(paragraph), "pdftotext lost\n" + paragraph + "\nin\n" + plain);
        }
    }

    /** The handle reads as written: its @ at its left, the paragraph set right to left (تويتر at the right). */
    @Test
    void aHandleKeepsItsAtOnItsLeftInARightToLeftLine() throws IOException {
        Path handle = dir.resolve("handle.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(new Article("h", "مقال", false, LocalDate.of(2015, 7, 24), "", "", "",
                List.of(HANDLE), "test")), Map.of(), handle, ExportMonitor.NONE);
        Map<String, Float> lefts = new java.util.HashMap<>();
        try (PDDocument document = Loader.loadPDF(handle.toFile())) {
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    lefts.putIfAbsent(text.getUnicode(), text.getXDirAdj());
                }
            }.getText(document);
        }
        assertTrue(lefts.get("@") < lefts.get("j"), "the @ stands left of aljamili: " + lefts);
        assertTrue(lefts.get("ر") > lefts.get("j"), "تويتر stands right of the handle: " + lefts);
    }
}
