package org.arshif.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.arshif.archive.CollectingSink;
import org.arshif.importer.BundledSeeds;
import org.arshif.model.Article;
import org.arshif.pdf.ExportMonitor;
import org.arshif.pdf.ExportReport;
import org.arshif.pdf.PdfExporter;
import org.arshif.pdf.PdfOptions;

/**
 * Times a 200-article export (the seed article repeated, as the note's measurement did) and, in the same run, the
 * naive baseline: plain PDFBox writing the same paragraphs unshaped, one showText per line cut at a fixed length,
 * with the same font embedded and subset. Three runs each after one warm-up; the median is reported.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.ExportBenchmark</pre>
 */
public final class ExportBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 && args[0].startsWith("--articles=") ? Integer.parseInt(args[0].substring(11)) : 200;
        Article seed = seed();
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(new Article("s" + i, seed.title() + " " + (i + 1), false, seed.date(), "وكالة " + (i % 12),
                    "", "", seed.paragraphs(), "bench"));
        }
        Path folder = Files.createTempDirectory("arshif-export-bench");
        PdfExporter exporter = new PdfExporter(PdfOptions.defaults());
        double[] arshif = new double[3];
        double[] naive = new double[3];
        ExportReport report = null;
        exporter.export(articles.subList(0, 20), Map.of(), folder.resolve("warm.pdf"), ExportMonitor.NONE);
        naive(articles.subList(0, 20), folder.resolve("warm-naive.pdf"));
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            report = exporter.export(articles, Map.of(), folder.resolve("arshif.pdf"), ExportMonitor.NONE);
            arshif[run] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            naive(articles, folder.resolve("naive.pdf"));
            naive[run] = (System.nanoTime() - start) / 1e9;
        }
        java.util.Arrays.sort(arshif);
        java.util.Arrays.sort(naive);
        long size = Files.size(folder.resolve("arshif.pdf"));
        System.out.printf(Locale.ROOT, "| export of %d articles | pages | seconds (median of 3) | pages/s | size KB |%n", count);
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        System.out.printf(Locale.ROOT, "| naive PDFBox (unshaped showText, no bidi, no justification) | %d | %.2f | %.0f | %d |%n",
                naivePages, naive[1], naivePages / naive[1], Files.size(folder.resolve("naive.pdf")) >> 10);
        System.out.printf(Locale.ROOT, "| Arshif (shaped, bidi, justified, ToUnicode, outline, cover) | %d | %.2f | %.0f | %d |%n",
                report.pages(), arshif[1], report.pages() / arshif[1], size >> 10);
        System.out.printf(Locale.ROOT, "%nArshif time / naive time: %.2f%n", arshif[1] / naive[1]);
    }

    private static int naivePages;

    /** The baseline: same text, same embedded font, no shaping (PDFBox cannot join Arabic), fixed 90-character lines. */
    private static void naive(List<Article> articles, Path target) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font font;
            try (InputStream in = ExportBenchmark.class.getResourceAsStream("/fonts/amiri/Amiri-Regular.ttf")) {
                font = PDType0Font.load(document, in, true);
            }
            int pages = 0;
            for (Article article : articles) {
                PDPage page = new PDPage();
                document.addPage(page);
                pages++;
                PDPageContentStream content = new PDPageContentStream(document, page);
                float y = 760;
                for (String paragraph : article.paragraphs()) {
                    for (int at = 0; at < paragraph.length(); at += 90) {
                        if (y < 70) {
                            content.close();
                            page = new PDPage();
                            document.addPage(page);
                            pages++;
                            content = new PDPageContentStream(document, page);
                            y = 760;
                        }
                        content.beginText();
                        content.setFont(font, 13);
                        content.newLineAtOffset(60, y);
                        content.showText(paragraph.substring(at, Math.min(paragraph.length(), at + 90)));
                        content.endText();
                        y -= 22;
                    }
                }
                content.close();
            }
            naivePages = pages;
            document.save(target.toFile());
        }
    }

    private static Article seed() throws IOException {
        return CollectingSink.readAll(new BundledSeeds()).articles.getFirst();
    }
}
