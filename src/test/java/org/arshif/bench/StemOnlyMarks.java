package org.arshif.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.ArabicSearchAnalyzer;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.bench.SearchQualityEvaluation.Doc;
import org.arshif.model.Article;
import org.arshif.model.MarkedArticle;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.Snippet;
import org.arshif.text.TextCleaner;

/**
 * False friends among stem-only marks: for 30 common words and names, every word the reading pane marks lighter
 * (stem only) in the first ten hits, counted by written form, each said to be the query's word or not by the
 * short-query judge ({@link ShortQueries#holds}: clitics, pronouns, gender and number). The list is printed for a
 * reader to check the judge.
 *
 * <pre>java -cp … org.arshif.bench.StemOnlyMarks --corpus=../shared/corpus/saudinewsnet-sample</pre>
 */
final class StemOnlyMarks {

    static final List<String> QUERIES = List.of("الدولة", "جامعة", "كلية", "سنة", "المملكة", "الحكومة", "وزارة",
            "الأمير", "الملك", "السعودية", "الرياض", "جدة", "مكة", "المدينة", "الشرطة", "التعليم", "الصحة", "النفط",
            "الأسعار", "السوق", "الطلاب", "المدارس", "الحج", "رمضان", "العيد", "الهلال", "النصر", "اليمن", "الحوثيين",
            "سلمان");

    private StemOnlyMarks() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        String corpus = "../shared/corpus/saudinewsnet-sample";
        for (String arg : args) {
            if (arg.startsWith("--corpus=")) {
                corpus = arg.substring(9);
            }
        }
        if (!Files.isDirectory(Path.of(corpus))) {
            System.out.println("The corpus " + corpus + " is absent on this machine: nothing to count.");
            return;
        }
        List<Doc> docs = SearchQualityEvaluation.load(Path.of(corpus));
        Map<String, Integer> articles = new TreeMap<>();
        docs.forEach(doc -> ShortQueries.wordsOf(doc.title() + " " + doc.body())
                .forEach(w -> articles.merge(w, 1, Integer::sum)));
        Path folder = Files.createTempDirectory("arshif-stem-marks");
        int marks = 0;
        int falseFriends = 0;
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(sink -> docs.forEach(doc -> sink.accept(new Article(doc.id(), doc.title(), false,
                    LocalDate.of(2015, 7, 22), "", "", "", List.of(TextCleaner.clean(doc.body())), "eval"))),
                    ImportMonitor.NONE);
            for (String query : QUERIES) {
                Pattern word = ShortQueries.holds(ArabicSearchAnalyzer.normaliseWord(query), articles);
                Map<String, Integer> stemOnly = new TreeMap<>();
                for (SearchHit hit : archive.search(SearchQuery.of(query).withPage(0, 10)).hits()) {
                    MarkedArticle read = archive.read(hit.id(), query).orElseThrow();
                    collect(read.article().title(), read.matches().title(), stemOnly);
                    for (int p = 0; p < read.article().paragraphs().size(); p++) {
                        collect(read.article().paragraphs().get(p), read.matches().paragraphs().get(p), stemOnly);
                    }
                }
                StringBuilder line = new StringBuilder(query + ":");
                for (var e : stemOnly.entrySet()) {
                    boolean isTheWord = word.matcher(ArabicSearchAnalyzer.normaliseWord(e.getKey())).matches();
                    marks += e.getValue();
                    falseFriends += isTheWord ? 0 : e.getValue();
                    line.append(' ').append(e.getKey()).append('×').append(e.getValue()).append(isTheWord ? "" : " ✗");
                }
                System.out.println(line);
            }
        } finally {
            SearchQualityEvaluation.deleteTree(folder);
        }
        System.out.printf(Locale.ROOT, "%nstem-only marks in the first ten of %d queries: %d; not the query's word"
                + " (✗): %d%n", QUERIES.size(), marks, falseFriends);
    }

    private static void collect(String text, List<Snippet.Span> spans, Map<String, Integer> stemOnly) {
        for (Snippet.Span span : spans) {
            if (span.kind() == Snippet.Kind.STEM_ONLY) {
                stemOnly.merge(text.substring(span.start(), span.end()), 1, Integer::sum);
            }
        }
    }
}
