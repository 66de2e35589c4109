package org.arshif.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.text.TextCleaner;

/**
 * Known-item search quality on a real corpus (see {@code docs/search-quality.md}): for articles sampled with a fixed
 * seed, the query is the article's title and the index holds the bodies only; reports MRR@10, Recall@1 and Recall@10
 * for Arshif's search and, in the same run on the same documents, for raw Lucene with {@link ArabicAnalyzer} and OR.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.SearchQualityEvaluation \
 *     -Dbench.args="--corpus=../shared/corpus/saudinewsnet-sample --sample=300 --seed=2026"</pre>
 */
public final class SearchQualityEvaluation {

    record Doc(String id, String title, String body) {
    }

    record Scores(double mrr, double recallAt1, double recallAt10) {
        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", name, mrr, recallAt1, recallAt10);
        }
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        String corpus = "../shared/corpus/saudinewsnet-sample";
        int sample = 300;
        long seed = 2026;
        for (String arg : String.join(" ", args).split("\\s+")) {
            if (arg.startsWith("--corpus=")) {
                corpus = arg.substring(9);
            } else if (arg.startsWith("--sample=")) {
                sample = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--seed=")) {
                seed = Long.parseLong(arg.substring(7));
            }
        }
        Path folder = Path.of(corpus);
        if (!Files.isDirectory(folder)) {
            System.out.println("The corpus " + folder + " is absent on this machine: nothing to evaluate.");
            return;
        }
        List<Doc> docs = load(folder);
        List<Doc> withTitles = new ArrayList<>(docs.stream().filter(d -> !d.title().isBlank()).toList());
        Collections.shuffle(withTitles, new Random(seed));
        List<Doc> queries = withTitles.subList(0, Math.min(sample, withTitles.size()));
        System.out.printf(Locale.ROOT, "Corpus %s: %,d articles; %d queries (titles), sampled with seed %d%n%n",
                folder, docs.size(), queries.size(), seed);
        System.out.println("| system | MRR@10 | Recall@1 | Recall@10 |");
        System.out.println("| --- | ---: | ---: | ---: |");
        Scores raw = rawLucene(docs, queries);
        System.out.println(raw.row("raw Lucene, ArabicAnalyzer, OR"));
        List<List<SearchHit>> arshifRankings = arshif(docs, queries);
        Scores strict = score(queries, arshifRankings.stream()
                .map(hits -> hits.stream().map(hit -> Set.of(hit.id())).toList()).toList());
        System.out.println(strict.row("Arshif, the article's own row only"));
        Scores arshif = score(queries, arshifRankings.stream()
                .map(hits -> hits.stream().map(SearchQualityEvaluation::rowIds).toList()).toList());
        System.out.println(arshif.row("Arshif, the row showing the article (itself or as a copy)"));
        System.out.printf(Locale.ROOT, "%nArshif MRR@10 / raw: %.3f; Recall@10 / raw: %.3f%n",
                arshif.mrr() / raw.mrr(), arshif.recallAt10() / raw.recallAt10());
    }

    /** Every record of the corpus's JSON files (zipped or not), with a stable id. */
    static List<Doc> load(Path folder) throws IOException {
        List<Doc> docs = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        try (var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                List<JsonNode> arrays = new ArrayList<>();
                if (file.toString().endsWith(".zip")) {
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            if (entry.getName().endsWith(".json")) {
                                arrays.add(mapper.readTree(zip.readAllBytes()));
                            }
                        }
                    }
                } else if (file.toString().endsWith(".json")) {
                    arrays.add(mapper.readTree(file.toFile()));
                }
                for (JsonNode array : arrays) {
                    for (JsonNode record : array) {
                        String body = record.path("content").asText("");
                        if (!body.isBlank()) {
                            docs.add(new Doc("d" + docs.size(), record.path("title").asText(""), body));
                        }
                    }
                }
            }
        }
        return docs;
    }

    static Scores rawLucene(List<Doc> docs, List<Doc> queries) throws Exception {
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Doc doc : docs) {
                    Document d = new Document();
                    d.add(new StringField("id", doc.id(), Field.Store.YES));
                    d.add(new TextField("content", doc.body(), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser("content", analyzer);
                List<List<Set<String>>> rankings = new ArrayList<>();
                for (Doc query : queries) {
                    List<Set<String>> ids = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(parser.parse(QueryParser.escape(query.title())), 10).scoreDocs) {
                        ids.add(Set.of(searcher.storedFields().document(hit.doc).get("id")));
                    }
                    rankings.add(ids);
                }
                return score(queries, rankings);
            }
        }
    }

    /** The articles a result row shows: the hit and the copies folded into it. */
    static Set<String> rowIds(SearchHit hit) {
        Set<String> ids = new HashSet<>();
        ids.add(hit.id());
        hit.copies().forEach(copy -> ids.add(copy.id()));
        return ids;
    }

    /** Arshif's first ten rows for each query. */
    static List<List<SearchHit>> arshif(List<Doc> docs, List<Doc> queries) throws Exception {
        Path folder = Files.createTempDirectory("arshif-eval");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(sink -> docs.forEach(doc -> sink.accept(new Article(doc.id(), "", false,
                    LocalDate.of(2015, 7, 22), "", "", "", List.of(TextCleaner.clean(doc.body())), "eval"))),
                    ImportMonitor.NONE);
            List<List<SearchHit>> rankings = new ArrayList<>();
            for (Doc query : queries) {
                rankings.add(archive.search(SearchQuery.of(query.title()).withPage(0, 10)).hits());
            }
            return rankings;
        }
    }

    /** Scores rankings whose rows each show a set of articles: a row holding the query's article is a find. */
    static Scores score(List<Doc> queries, List<List<Set<String>>> rankings) {
        double reciprocal = 0;
        int atOne = 0;
        int atTen = 0;
        for (int i = 0; i < queries.size(); i++) {
            String wanted = queries.get(i).id();
            List<Set<String>> rows = rankings.get(i);
            int rank = -1;
            for (int r = 0; r < rows.size() && rank < 0; r++) {
                rank = rows.get(r).contains(wanted) ? r : -1;
            }
            if (rank >= 0) {
                reciprocal += 1.0 / (rank + 1);
                atTen++;
                atOne += rank == 0 ? 1 : 0;
            }
        }
        int n = queries.size();
        return new Scores(reciprocal / n, (double) atOne / n, (double) atTen / n);
    }
}
