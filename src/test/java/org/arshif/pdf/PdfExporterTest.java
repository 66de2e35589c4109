package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arshif.archive.CollectingSink;
import org.arshif.archive.TestArticles;
import org.arshif.importer.BundledSeeds;
import org.arshif.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfExporterTest {

    @TempDir
    Path dir;
    static Article seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = CollectingSink.readAll(new BundledSeeds()).articles.getFirst();
    }

    private static String text(PDDocument document) throws IOException {
        return new PDFTextStripper().getText(document);
    }

    /** Non-space characters of {@code expected} found in order in {@code actual} (longest common subsequence). */
    static double inOrderShare(String expected, String actual) {
        String a = expected.replaceAll("\\s+", "");
        String b = actual.replaceAll("\\s+", "");
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                current[j] = a.charAt(i - 1) == b.charAt(j - 1) ? previous[j - 1] + 1
                        : Math.max(previous[j], current[j - 1]);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return (double) previous[b.length()] / a.length();
    }

    @Test
    void seedArticleReadsBackAsBaseLettersInLogicalOrder() throws IOException {
        Path pdf = dir.resolve("seed.pdf");
        ExportReport report = new PdfExporter(PdfOptions.defaults()).export(List.of(seed), Map.of(), pdf, ExportMonitor.NONE);
        assertEquals(1, report.articles());
        assertEquals(0, report.missingCharacters());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(report.pages(), document.getNumberOfPages());
            assertTrue(document.getNumberOfPages() >= 2, "the seed fills more than a page");
            // Read as a reader does, gaps included: PDFBox's own stripper, then every word of the seed in order.
            String extracted = PdfTextLayerTest.plain(text(document));
            double share = inOrderShare(String.join(" ", seed.paragraphs()), extracted);
            assertTrue(share >= 0.999, "only " + share + " of the seed's characters came back in order");
            for (String paragraph : seed.paragraphs()) {
                String firstWords = String.join(" ", java.util.Arrays.asList(paragraph.split(" ")).subList(0,
                        Math.min(8, paragraph.split(" ").length)));
                assertTrue(extracted.contains(firstWords), "not verbatim: " + firstWords);
            }
            assertTrue(extracted.contains("أستانا"), "a word extracts as written");
            assertTrue(extracted.codePoints().noneMatch(cp -> (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)),
                    "no presentation forms in the text layer");
        }
    }

    @Test
    void aCollectionsNotesAreSetUnderTheirArticlesTitlesRightAlignedAndReadBack() throws Exception {
        Path pdf = dir.resolve("collection.pdf");
        Article oil = TestArticles.article("oil", "أسعار النفط ترتفع", LocalDate.of(2017, 10, 1), "الاقتصادية",
                "ارتفعت أسعار النفط في الأسواق العالمية.");
        String note = "مصدر رئيسي للفصل الثالث، يُقارن بتقرير أوبك";
        new PdfExporter(new PdfOptions(null, "بحث النفط", null, null)).export(List.of(seed, oil), Map.of(),
                Map.of("oil", note + "\nسطر ثان من الملاحظة"), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            int oilPage = document.getNumberOfPages(); // the short article is the last page
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(oilPage);
            stripper.setEndPage(oilPage);
            String page = PdfTextLayerTest.plain(stripper.getText(document));
            int title = page.indexOf("أسعار النفط ترتفع");
            int heading = page.indexOf("ملاحظة الباحث");
            int noted = page.indexOf(note);
            int second = page.indexOf("سطر ثان من الملاحظة");
            int body = page.indexOf("ارتفعت أسعار النفط");
            assertTrue(title >= 0 && title < heading && heading < noted && noted < second && second < body,
                    "title, then the note headed as the researcher's, then the article: " + page);
            String all = PdfTextLayerTest.plain(text(document));
            assertEquals(1, all.split("ملاحظة الباحث", -1).length - 1, "the seed has no note: " + all);

            // right-aligned like the Arabic text around it: the note's line ends at the right margin
            float[] right = {0};
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    if (PdfTextLayerTest.plain(text).contains("مصدر رئيسي")) {
                        right[0] = (float) glyphs.stream().mapToDouble(g -> g.getXDirAdj() + g.getWidthDirAdj())
                                .max().orElse(0);
                    }
                }
            };
            positions.setStartPage(oilPage);
            positions.setEndPage(oilPage);
            positions.getText(document);
            float margin = document.getPage(oilPage - 1).getMediaBox().getWidth() - 62;
            assertEquals(margin, right[0], 2, "the note's line ends at the right margin");
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        org.junit.jupiter.api.Assumptions.assumeTrue(poppler != null, "pdftotext (poppler-utils) is not installed");
        String popplerText = PdfTextLayerTest.plain(poppler);
        assertTrue(popplerText.contains("ملاحظة الباحث") && popplerText.contains(note)
                && popplerText.contains("سطر ثان من الملاحظة"), popplerText);
    }

    @Test
    void theAuthorsAreTheDocumentsAuthorInInfoAndXmp() throws IOException {
        Article one = new Article("a1", "عنوان أول", false, LocalDate.of(2015, 7, 23), "الرياض",
                "عبد اللطيف الملحم", "", List.of("نص المقالة الأولى."), "test");
        Article two = new Article("a2", "عنوان ثان", false, LocalDate.of(2015, 7, 23), "الرياض",
                "Tom & <Jerry>", "", List.of("نص المقالة الثانية."), "test");
        Article none = new Article("a3", "عنوان ثالث", false, LocalDate.of(2015, 7, 23), "الرياض", "", "",
                List.of("نص بلا كاتب."), "test");
        Path single = dir.resolve("author-one.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(one), Map.of(), single, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(single.toFile())) {
            assertEquals("عبد اللطيف الملحم", document.getDocumentInformation().getAuthor());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>عبد اللطيف الملحم</rdf:li></rdf:Seq></dc:creator>"),
                    xmp);
        }
        Path several = dir.resolve("author-several.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(one, none, two, one), Map.of(), several,
                ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(several.toFile())) {
            assertEquals("عبد اللطيف الملحم، Tom & <Jerry>", document.getDocumentInformation().getAuthor());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp.contains("<rdf:li>عبد اللطيف الملحم</rdf:li><rdf:li>Tom &amp; &lt;Jerry&gt;</rdf:li>"), xmp);
        }
        Path anonymous = dir.resolve("author-none.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(none), Map.of(), anonymous, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(anonymous.toFile())) {
            assertEquals(null, document.getDocumentInformation().getAuthor());
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertFalse(xmp.contains("dc:creator"), xmp);
        }
    }

    @Test
    void documentInformationLanguageOutlineAndEmbeddedSubsetFonts() throws IOException {
        Path pdf = dir.resolve("info.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(seed), Map.of(), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var info = document.getDocumentInformation();
            assertEquals(seed.title(), info.getTitle());
            assertEquals("Arshif", info.getCreator());
            assertFalse(info.getSubject().isBlank());
            assertTrue(info.getCreationDate() != null);
            assertEquals("ar", document.getDocumentCatalog().getLanguage());
            PDOutlineItem first = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals(seed.title(), first.getTitle());
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
                assertTrue(font.getCOSObject().containsKey(COSName.TO_UNICODE));
            }
        }
    }

    @Test
    void twoHundredArticlesEachInTheOutlineAfterAContentsCover() throws IOException {
        List<Article> articles = new ArrayList<>();
        List<Article> sample = TestArticles.sample();
        for (int i = 0; i < 200; i++) {
            Article base = i % 10 == 0 ? seed : sample.get(i % sample.size());
            articles.add(new Article("a" + i, base.title() + " " + i, false, base.date(), base.source(), base.author(),
                    base.url(), base.paragraphs(), base.origin()));
        }
        Path pdf = dir.resolve("many.pdf");
        int[] progress = {0};
        ExportReport report = new PdfExporter(PdfOptions.defaults()).export(articles, Map.of(), pdf, new ExportMonitor() {
            @Override
            public void progress(int done, int total) {
                progress[0] = done * 100 / total;
            }
        });
        assertEquals(100, progress[0]);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
            assertEquals(200, titles.size());
            assertEquals(articles.stream().map(Article::title).toList(), titles);
            assertTrue(document.getNumberOfPages() > 200, "a cover, then each article on a new page");
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String cover = firstPage.getText(document);
            assertTrue(cover.contains("المحتويات"), cover);
            assertTrue(cover.contains("جنيف"), "the contents list the articles");
        }
    }

    @Test
    void letterPaperAndEnglishLabels() throws IOException {
        Path pdf = dir.resolve("letter.pdf");
        new PdfExporter(new PdfOptions(PdfOptions.PageSize.LETTER, "Test archive", java.util.Locale.ENGLISH,
                LocalDate.of(2026, 11, 29))).export(TestArticles.sample(), Map.of(), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(792, document.getPage(0).getMediaBox().getHeight(), 0.5);
            assertTrue(text(document).contains("Contents"));
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void anUndatedArticleShowsTheDateItsSourceWroteThatCouldNotBeRead() throws IOException {
        Article written = new Article("w", "خبر بتاريخ لا يُقرأ", false, null, "س", "", "",
                List.of("نص الخبر عن المحادثات."), "feed.jsonl#1", "الخميس الماضي");
        Path pdf = dir.resolve("undated.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(written), Map.of(), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfTextLayerTest.plain(text(document));
            assertTrue(text.contains("بلا تاريخ") && text.contains("الخميس الماضي"), text);
        }
    }

    @Test
    void symbolsComeFromTheBundledSymbolFontAndWhatIsStillMissingIsNamed() throws IOException {
        Article odd = TestArticles.article("odd", "رموز غريبة", LocalDate.of(2020, 1, 1), "س",
                "قائمة: ● أولاً ■ ثانياً ▪ ثالثاً ► رابعاً ★ خامساً ✓ تم.",
                "نص فيه رموز لا يغطيها خط: 中文 و😀😀 ثم نص عربي بعدها.");
        Path pdf = dir.resolve("odd.pdf");
        ExportReport report = new PdfExporter(PdfOptions.defaults()).export(List.of(odd), Map.of(), pdf, ExportMonitor.NONE);
        assertEquals(4, report.missingCharacters(), report.missingSummary(10));
        assertEquals("😀 U+1F600 ×2, 中 U+4E2D ×1, 文 U+6587 ×1", report.missingSummary(10));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = PdfTextLayerTest.plain(text(document));
            assertTrue(text.contains("قائمة: ● أولاً ■ ثانياً ▪ ثالثاً ► رابعاً ★ خامساً ✓ تم."), text);
            assertTrue(text.contains("بعدها"));
            boolean symbolFontEmbedded = false;
            for (COSName name : document.getPage(0).getResources().getFontNames()) {
                symbolFontEmbedded |= document.getPage(0).getResources().getFont(name).getName().contains("NotoSansSymbols2");
            }
            assertTrue(symbolFontEmbedded, "the symbols are drawn with Noto Sans Symbols 2");
        }
    }

    @Test
    void aFailedExportLeavesNoFileBehind() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        Path target = notAFolder.resolve("out.pdf");
        PdfExportException e = assertThrows(PdfExportException.class, () ->
                new PdfExporter(PdfOptions.defaults()).export(List.of(seed), Map.of(), target, ExportMonitor.NONE));
        assertTrue(e.getMessage().contains("out.pdf"), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(notAFolder), files.toList());
        }
    }

    @Test
    void aNewFileGetsItsModeFromTheUmaskAndKillsLeaveNoPartFilesForLong() throws Exception {
        // A part file of an export whose process is gone, one of the old naming left for over an hour, one of
        // this process (an export running now), and a file that merely looks alike.
        // Its process id is one that just ended: the highest running id plus a margin was once taken meanwhile by a
        // thread of a Solr test run beside it (threads count as processes in /proc), and ids are handed out in turn.
        Process ended = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ended.waitFor();
        long gone = ended.pid();
        Path dead = Files.writeString(dir.resolve(".arshif-export-" + gone + "-7.pdf.part"), "x");
        Path oldNaming = Files.writeString(dir.resolve(".arshif-export-123456.pdf.part"), "x");
        Files.setLastModifiedTime(oldNaming, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path live = Files.writeString(dir.resolve(".arshif-export-" + ProcessHandle.current().pid() + "-9.pdf.part"), "x");
        Path other = Files.writeString(dir.resolve("notes.pdf.part"), "x");
        Path pdf = dir.resolve("fresh.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(seed, seed), Map.of(), pdf, ExportMonitor.NONE);
        assertFalse(Files.exists(dead), "the part file of a killed export is removed");
        assertFalse(Files.exists(oldNaming));
        assertTrue(Files.exists(live), "a running export's part file is left alone");
        assertTrue(Files.exists(other));
        // The mode a new file gets here (umask applied), compared with a file created the ordinary way.
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(Files.getPosixFilePermissions(probe), Files.getPosixFilePermissions(pdf));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES, document.getDocumentCatalog().getPageMode(),
                    "several articles: the bookmarks panel opens");
        }
    }

    @Test
    void taggedStructureReadsBackAsHeadingsAndParagraphsInReadingOrder() throws IOException {
        Article latin = TestArticles.article("l", "Reuters report", LocalDate.of(2015, 7, 24), "Reuters",
                "Oil prices rose on Friday in London and New York.", "ارتفعت أسعار النفط يوم الجمعة في لندن ونيويورك.");
        Path pdf = dir.resolve("tagged.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(seed, latin), Map.of(), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            var catalog = document.getDocumentCatalog();
            assertTrue(catalog.getMarkInfo().isMarked());
            assertEquals("ar", catalog.getLanguage());
            var root = catalog.getStructureTreeRoot();
            var top = root.getKids();
            assertEquals(1, top.size());
            var documentElement = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) top.getFirst();
            assertEquals("Document", documentElement.getStructureType());
            List<String> roles = new ArrayList<>();
            List<org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement> elements = new ArrayList<>();
            for (Object kid : documentElement.getKids()) {
                var element = (org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement) kid;
                roles.add(element.getStructureType());
                elements.add(element);
            }
            // Cover: archive name, export line, contents heading, two entries; then each article: title, meta, paragraphs.
            List<String> expected = new ArrayList<>(List.of("H1", "P", "H2", "P", "P", "H1", "P"));
            seed.paragraphs().forEach(p -> expected.add("P"));
            expected.addAll(List.of("H1", "P", "P", "P"));
            assertEquals(expected, roles);
            int latinTitle = roles.lastIndexOf("H1");
            assertEquals("en", elements.get(latinTitle).getLanguage(), "a Latin heading says its language");
            assertEquals("en", elements.get(latinTitle + 2).getLanguage());
            assertEquals(null, elements.get(latinTitle + 3).getLanguage(), "an Arabic paragraph has the document's");
            // Every page takes part, every element points at marked content on a page, and the parent tree leads back.
            for (PDPage page : document.getPages()) {
                assertTrue(page.getStructParents() >= 0);
            }
            for (var element : elements) {
                assertFalse(element.getKids().isEmpty(), element.getStructureType());
                assertTrue(element.getKids().getFirst()
                        instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference);
            }
            assertEquals(document.getNumberOfPages(), root.getParentTree().getNumbers().size());
            // The paragraphs' text is still read whole: the structure wraps the text layer, not the drawn glyphs.
            assertTrue(PdfTextLayerTest.plain(text(document)).contains("Oil prices rose on Friday in London and New York."));
        }
    }

    @Test
    void cancellingWritesNothing() {
        Path target = dir.resolve("cancelled.pdf");
        assertThrows(PdfExportException.class, () -> new PdfExporter(PdfOptions.defaults())
                .export(List.of(seed, seed), Map.of(), target, new ExportMonitor() {
                    @Override
                    public boolean isCancelled() {
                        return true;
                    }
                }));
        assertFalse(Files.exists(target));
    }
}
