package org.arshif.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.arshif.archive.lucene.ArchiveDocumentsForBench;
import org.arshif.model.Article;

/**
 * The floor under {@code arshif import} for {@link ImportProcessBenchmark}: raw Lucene's import
 * ({@link RawLuceneBaseline}: one writer, one thread, one commit, the record's text as the JSON gives it) writing the
 * documents the archive writes instead of raw's — Arshif's analysis (exact form and stem of every word, stop words
 * kept), title and body with positions and offsets, the lead, the copy fingerprint's band keys and sketch, dates
 * written in the text, the id's doc values. No cleaning, no field mapping or ids worked out, no second thread, no
 * copy groups or run-together words after: what Lucene alone costs for what the archive holds.
 *
 * <pre>java -cp ... org.arshif.bench.ArchiveDocumentsImport INDEX_DIR DATE_FIELD FILE...</pre>
 */
public final class ArchiveDocumentsImport {

    private ArchiveDocumentsImport() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        String dateField = args[1];
        try (RawLuceneBaseline raw = new RawLuceneBaseline(Path.of(args[0]))) {
            long[] number = new long[1];
            System.out.println(raw.index(files, ArchiveDocumentsForBench.analyzer(),
                    node -> document(node, dateField, ++number[0])) + " documents");
        }
    }

    private static Document document(JsonNode node, String dateField, long number) {
        String date = node.path(dateField).asText("");
        List<String> paragraphs = Arrays.stream(node.path("content").asText("").split("\n"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        Article article = new Article("r" + number, node.path("title").asText(""), false,
                date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null, node.path("source").asText(""),
                node.path("author").asText(""), node.path("url").asText(""), paragraphs, "", date);
        return ArchiveDocumentsForBench.document(article);
    }
}
