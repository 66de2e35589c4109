package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Titles in the contents, the running head and the heading: dates kept whole, and long titles bounded. */
class PdfTitlesTest {

    @TempDir
    Path dir;

    private static final LocalDate JULY_24 = LocalDate.of(2015, 7, 24);

    private String coverText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            return PdfTextLayerTest.plain(stripper.getText(document));
        }
    }

    @Test
    void aLatinTitleKeepsItsArabicDateWhole() throws IOException, InterruptedException {
        List<Article> articles = List.of(
                TestArticles.article("a", "Saudi Aramco results beat forecasts", JULY_24, "رويترز", "نص عربي قصير."),
                TestArticles.article("b", "أرامكو تعلن نتائجها", JULY_24, "واس", "نص عربي آخر."));
        Path pdf = dir.resolve("contents.pdf");
        new PdfExporter(PdfOptions.defaults()).export(articles, Map.of(), pdf, ExportMonitor.NONE);
        String cover = coverText(pdf);
        assertTrue(cover.contains("Saudi Aramco results beat forecasts (24 يوليو 2015)"), cover);
        assertTrue(cover.contains("أرامكو تعلن نتائجها (24 يوليو 2015)"), cover);
        String poppler = ExtractedWords.pdftotext(pdf);
        Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        assertTrue(PdfTextLayerTest.plain(poppler).contains("أرامكو تعلن نتائجها (24 يوليو 2015)"), poppler);
    }

    @Test
    void englishLabelsKeepTheDateOfAnArabicTitleWhole() throws IOException {
        List<Article> articles = List.of(
                TestArticles.article("a", "أرامكو تعلن نتائجها", JULY_24, "واس", "نص عربي."),
                TestArticles.article("b", "الأمطار في جدة", JULY_24, "واس", "نص عربي آخر."));
        Path pdf = dir.resolve("contents-en.pdf");
        new PdfExporter(new PdfOptions(PdfOptions.PageSize.A4, "Archive", Locale.ENGLISH, JULY_24))
                .export(articles, Map.of(), pdf, ExportMonitor.NONE);
        String cover = coverText(pdf);
        assertTrue(cover.contains("أرامكو تعلن نتائجها (24 July 2015)"), cover);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a speed check: shortening was quadratic
    void titlesOfTwentyThousandCharactersAndOfAMegabyteAreBoundedNotHung() throws IOException {
        String words = "عنوان طويل جدا يتكرر ";
        String twentyThousand = words.repeat(20_000 / words.length() + 1).substring(0, 20_000);
        String megabyte = "كلمة".repeat(262_144); // one word of a million characters: no space to cut at
        List<Article> articles = List.of(
                TestArticles.article("a", twentyThousand, JULY_24, "س", "فقرة أولى. ".repeat(400)),
                TestArticles.article("b", megabyte, JULY_24, "س", "فقرة ثانية."));
        Path pdf = dir.resolve("long.pdf");
        ExportReport report = new PdfExporter(PdfOptions.defaults()).export(articles, Map.of(), pdf, ExportMonitor.NONE);
        assertEquals(2, report.articles());
        assertEquals(2, report.shortenedTitles(), "both cut titles are reported");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var outline = document.getDocumentCatalog().getDocumentOutline().children().iterator();
            String first = outline.next().getTitle();
            assertTrue(first.length() <= PdfExporter.TITLE_LIMIT + 1 && first.endsWith("…"), first);
            assertTrue(twentyThousand.startsWith(first.substring(0, first.length() - 1)));
            String cover = coverText(pdf);
            assertTrue(cover.contains("عنوان طويل جدا"), "the contents line shows the title's beginning");
            assertTrue(cover.contains("… (24 يوليو 2015)"), "shortened with an ellipsis, the date kept: " + cover);
        }
    }

    @Test
    void aTitleCutWhereThereIsNoSpaceNeverSplitsACharacter() {
        String title = "ب".repeat(PdfExporter.TITLE_LIMIT - 1) + "😀" + "ج".repeat(20);
        String bounded = PdfExporter.bounded(title);
        assertEquals("ب".repeat(PdfExporter.TITLE_LIMIT - 1) + "…", bounded, "cut before the emoji, not inside it");
    }

    @Test
    void shortenedKeepsWholeWordsAndFitsOneLine() {
        TextSetter setter = new TextSetter(FontFace.load("/fonts/amiri/Amiri-Regular.ttf"),
                FontFace.load("/fonts/vazirmatn/Vazirmatn-Regular.ttf"));
        String title = "وزير الخارجية يلتقي نظيره الأمريكي في واشنطن لبحث العلاقات الثنائية والقضايا الإقليمية";
        String shortened = PdfExporter.shortened(setter, title, 11, 150);
        assertTrue(shortened.endsWith("…"), shortened);
        String kept = shortened.substring(0, shortened.length() - 1);
        assertTrue(title.startsWith(kept + " "), "whole words: " + shortened);
        assertEquals(1, setter.set(shortened, 11, 150, false).size());
        String next = title.substring(0, title.indexOf(' ', kept.length() + 1)) + "…";
        assertTrue(setter.set(next, 11, 150, false).size() > 1, "one more word would not fit: " + next);
        assertEquals("قصير", PdfExporter.shortened(setter, "قصير", 11, 150));
    }

    /**
     * Both guillemets of a title from the same font in the same form (hostile review, issue 11, item 5): the one
     * opening «Apple» in an Arabic title is a bidi run of its own, which the JDK laid out as Latin (Amiri's larger
     * Latin form), the others in runs with Arabic letters (Amiri's Arabic form).
     */
    @Test
    void everyGuillemetOfATitleIsTheSameGlyph() {
        String title = "«Apple» تطلق «iPhone» الجديد";
        for (String face : List.of("/fonts/amiri/Amiri-Bold.ttf", "/fonts/amiri/Amiri-Regular.ttf")) {
            TextSetter setter = new TextSetter(FontFace.load(face), FontFace.load("/fonts/vazirmatn/Vazirmatn-Regular.ttf"));
            for (float size : new float[] {20, 11}) {
                SetLine line = setter.set(title, size, 500, false).getFirst();
                java.util.Map<Character, java.util.Set<String>> glyphs = new java.util.HashMap<>();
                for (ShapedRun run : line.runs()) {
                    for (int g = 0; g < run.glyphs().length; g++) {
                        char c = title.charAt(run.charStart()[g]);
                        if (c == '«' || c == '»') {
                            glyphs.computeIfAbsent(c, k -> new java.util.HashSet<>())
                                    .add(run.face().resource + "#" + run.glyphs()[g]);
                        }
                    }
                }
                assertEquals(1, glyphs.get('«').size(), face + ": " + glyphs);
                assertEquals(1, glyphs.get('»').size(), face + ": " + glyphs);
            }
        }
    }
}
