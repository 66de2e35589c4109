package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200-article export counted word by word, as the measure on real news counts it: every word of every
 * title and paragraph must come back whole from PDFBox and from pdftotext (when installed), at least 99.8 % of them,
 * the words where lam meets a non-final kaf and the words with tanween included, and numbers and Latin inside Arabic
 * must keep their place (95 % of "Arabic, number or Latin, Arabic" sequences), once every direction control is set
 * aside; and the text as a reader copies it (PDFBox's as extracted, pdftotext's with only poppler's own embeddings set
 * apart) must give back at least as much as it did when last measured.
 *
 * <p>The articles are made, with a fixed seed, from the sentences of the seed article (in the repository) mixed with
 * sentences written to hold what broke before: lam-kaf words, tanween and harakat, digits, percentages, brackets,
 * Latin names, quotes, a paragraph opening with a Latin word, an interview answer opening with a dash.
 */
class PdfWordCountTest {

    private static final List<String> HARD = List.of(
            PdfTextLayerTest.LAM_KAF, PdfTextLayerTest.TANWEEN, PdfTextLayerTest.VOWELED, PdfTextLayerTest.MIXED,
            "وأكد المتحدث باسم الوزارة أن المملكة لن تقبل بذلك، لكنه أشار إلى أن المركز الإلكتروني سيعمل قريباً.",
            "بلغت نسبة النمو 4.7% خلال الربع الثاني من عام 2015 مقارنةً بـ 3.2% في العام الذي سبقه.",
            "وقال الدكتور خالد المالكي لوكالة Reuters إن المشاركة كانت «واسعة جداً» في الدورة (الثالثة) هذا العام.",
            "وتضم القائمة 12 مدينةً منها جدة والرياض والدمام، إضافةً إلى مدن أخرى في المنطقة الشرقية.",
            "ذكرى الحرب الكبرى ما زالت حاضرةً في ذاكرة الناس، ولكنهم يتطلعون إلى مستقبلٍ أفضل.",
            "أعلنت شركة Apple عن جهاز iPhone جديد في مؤتمر عقد يوم 24 يوليو في مدينة San Francisco الأمريكية.");

    /**
     * Words, lam-kaf words, tanween words and sequences found as extracted, measured on 1 December (third round):
     * PDFBox's text as it is, pdftotext's (poppler 22.12) with only poppler's own U+202A-U+202C set apart. What is
     * still missed is the direction controls poppler needs inside words and brackets isolated for PDFBox
     * (docs/pdf-text-layer.md).
     */
    private static final long[] PDFBOX_AS_EXTRACTED = {91_375, 1_844, 2_258, 2_041};
    private static final long[] PDFTOTEXT_WITHOUT_ITS_OWN_CONTROLS = {81_720, 1_660, 1_821, 1_505};

    @TempDir
    Path dir;

    @Test
    void twoHundredArticlesComeBackWordByWord() throws IOException, InterruptedException {
        List<Article> articles = articles(new Random(2015), 200);
        Path pdf = dir.resolve("two-hundred.pdf");
        ExportReport report = new PdfExporter(PdfOptions.defaults()).export(articles, Map.of(), pdf, ExportMonitor.NONE);
        assertEquals(200, report.articles());

        Map<String, String> extracted = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            extracted.put("PDFBox", new PDFTextStripper().getText(document));
        }
        String poppler = ExtractedWords.pdftotext(pdf);
        if (poppler != null) {
            extracted.put("pdftotext", poppler);
        }
        for (Map.Entry<String, String> reader : extracted.entrySet()) {
            // As a search of the copied text sees it: PDFBox's text as extracted, pdftotext's with only the
            // embeddings poppler writes into any right-to-left line of any PDF set apart (docs/pdf-text-layer.md).
            boolean pdfBox = reader.getKey().equals("PDFBox");
            ExtractedWords.Report asExtracted = ExtractedWords.compare(articles, reader.getValue(),
                    pdfBox ? ExtractedWords.Removed.NONE : ExtractedWords.Removed.POPPLERS_OWN);
            String seen = reader.getKey() + " as extracted: words " + asExtracted.words() + ", lam-kaf "
                    + asExtracted.lamKaf() + ", tanween " + asExtracted.tanween() + ", sequences "
                    + asExtracted.sequences();
            System.out.println(seen);
            // Today's figures (1 December, third round): fewer is a regression of the text a reader copies.
            long[] least = pdfBox ? PDFBOX_AS_EXTRACTED : PDFTOTEXT_WITHOUT_ITS_OWN_CONTROLS;
            assertTrue(asExtracted.words().found() >= least[0] && asExtracted.lamKaf().found() >= least[1]
                    && asExtracted.tanween().found() >= least[2] && asExtracted.sequences().found() >= least[3],
                    seen + "; at least " + java.util.Arrays.toString(least) + " (words, lam-kaf, tanween, sequences)");
            ExtractedWords.Report counted = ExtractedWords.compare(articles, reader.getValue(),
                    ExtractedWords.Removed.ALL);
            String what = reader.getKey() + ": words " + counted.words() + ", lam-kaf " + counted.lamKaf()
                    + ", tanween " + counted.tanween() + ", sequences " + counted.sequences() + "; missed: "
                    + counted.misses();
            System.out.println(what); // the figures, in the build's log
            assertTrue(counted.words().total() > 40_000 && counted.lamKaf().total() > 500
                    && counted.tanween().total() > 500 && counted.sequences().total() > 300, "a real measure: " + what);
            assertTrue(counted.words().ratio() >= 0.998, what);
            assertTrue(counted.lamKaf().ratio() >= 0.998, what);
            assertTrue(counted.tanween().ratio() >= 0.998, what);
            assertTrue(counted.sequences().ratio() >= 0.95, what);
        }
    }

    /** Articles of 3 to 6 paragraphs, each of 2 to 5 sentences, a third of them from {@link #HARD}. */
    static List<Article> articles(Random random, int count) throws IOException {
        List<String> seed = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("seeds/000_3e452db34f5d0aa1.txt"), StandardCharsets.UTF_8)) {
            for (String sentence : line.split("(?<=\\.)\\s+")) {
                if (sentence.split("\\s+").length >= 5) {
                    seed.add(sentence.strip());
                }
            }
        }
        List<Article> articles = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 3 + random.nextInt(4); p > 0; p--) {
                StringBuilder paragraph = new StringBuilder();
                switch (random.nextInt(8)) {
                    case 0 -> paragraph.append("- ");
                    case 1 -> paragraph.append("Reuters: ");
                    default -> { }
                }
                for (int s = 2 + random.nextInt(4); s > 0; s--) {
                    List<String> pool = random.nextInt(3) == 0 ? HARD : seed;
                    paragraph.append(pool.get(random.nextInt(pool.size()))).append(s > 1 ? " " : "");
                }
                paragraphs.add(paragraph.toString());
            }
            String[] titleWords = seed.get(random.nextInt(seed.size())).split("\\s+");
            String title = String.join(" ", List.of(titleWords).subList(0, Math.min(titleWords.length, 6 + a % 5)));
            articles.add(new Article("a" + a, title, false, LocalDate.of(2017, 10, 1).plusDays(a % 60), "وكالة",
                    "", "", paragraphs, "test"));
        }
        return articles;
    }
}
