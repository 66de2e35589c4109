package org.arshif.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.importer.ArchiveOpener;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;
import org.arshif.pdf.ExportMonitor;
import org.arshif.pdf.ExtractedWords;
import org.arshif.pdf.ExtractedWords.Removed;
import org.arshif.pdf.ExtractedWords.Report;
import org.arshif.pdf.PdfExporter;
import org.arshif.pdf.PdfOptions;

/**
 * How much of an export's text a PDF reader gives back as written: the articles of a query are exported (or an
 * existing PDF of the same query is read), then the text of {@code pdftotext} (poppler, as Evince and Okular read
 * it) and of PDFBox's {@link PDFTextStripper} is compared with the articles, word by word ({@link ExtractedWords}).
 *
 * <pre>
 * mvn -o -q test-compile
 * mvn -o -q exec:exec -Pbench -Dbench.heap=1g -Dbench.main=org.arshif.bench.PdfTextLayerEvaluation \
 *     -Dbench.args="--archive=/tmp/pdfarch --query=المملكة --limit=200 --out=/tmp/eval200.pdf"
 * </pre>
 * With {@code --pdf=FILE} the given PDF (an export of the same query, e.g. by an older build) is read instead of
 * exporting; with {@code --pdfjs=extract.mjs} the text pdf.js gives is compared too (the script is in
 * docs/pdf-text-layer.md).
 */
public final class PdfTextLayerEvaluation {

    public static void main(String[] args) throws Exception {
        Map<String, String> flags = new HashMap<>();
        for (String token : String.join(" ", args).trim().split("\\s+")) {
            String[] pair = token.replaceFirst("^--", "").split("=", 2);
            flags.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
        List<Article> articles = new ArrayList<>();
        try (Archive archive = new ArchiveOpener(new org.arshif.archive.lucene.LuceneArchiveProvider()).openReadable(ArchiveLocation.resolve(flags.get("archive")))) {
            SearchQuery query = new SearchQuery(flags.get("query"), null, null, null, SortOrder.RELEVANCE, 0,
                    Integer.parseInt(flags.getOrDefault("limit", "200")));
            for (SearchHit hit : archive.search(query).hits()) {
                articles.add(archive.get(hit.id()).orElseThrow());
            }
        }
        Path pdf;
        if (flags.containsKey("pdf")) {
            pdf = Path.of(flags.get("pdf"));
        } else {
            pdf = Path.of(flags.getOrDefault("out", "text-layer-evaluation.pdf"));
            new PdfExporter(PdfOptions.defaults()).export(articles, Map.of(), pdf, ExportMonitor.NONE);
        }
        System.out.printf(Locale.ROOT, "%d articles, %s%n", articles.size(), pdf);
        Map<String, String> extracted = new LinkedHashMap<>();
        String poppler = ExtractedWords.pdftotext(pdf);
        if (poppler != null) {
            extracted.put("pdftotext", poppler);
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            extracted.put("PDFBox", new PDFTextStripper().getText(document));
        }
        if (flags.containsKey("pdfjs")) {
            // The text of pdf.js (Firefox's reader), one item after another, from a node script given by path.
            Path text = Files.createTempFile("arshif-eval", ".txt");
            Process node = new ProcessBuilder("node", flags.get("pdfjs"), pdf.toString(), text.toString()).inheritIO().start();
            if (node.waitFor() == 0) {
                extracted.put("pdf.js", Files.readString(text));
            }
            Files.deleteIfExists(text);
        }
        System.out.println("| reader | text | words | lam-kaf words | tanween words | Arabic + number/Latin + Arabic "
                + "| bidi controls | words holding one |");
        System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (Map.Entry<String, String> entry : extracted.entrySet()) {
            // As extracted first: what a search of the copied text finds. Poppler's own controls, which it adds to
            // any right-to-left line of any PDF, set apart for pdftotext; all controls removed for reference.
            List<Removed> ways = entry.getKey().equals("pdftotext")
                    ? List.of(Removed.NONE, Removed.POPPLERS_OWN, Removed.ALL) : List.of(Removed.NONE, Removed.ALL);
            for (Removed removed : ways) {
                Report report = ExtractedWords.compare(articles, entry.getValue(), removed);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %d | %d |%n", entry.getKey(),
                        removed.label, report.words(), report.lamKaf(), report.tanween(), report.sequences(),
                        report.controls(), report.dirtyWords());
                if (flags.containsKey("misses")) {
                    System.out.println(report.misses());
                }
            }
        }
    }
}
