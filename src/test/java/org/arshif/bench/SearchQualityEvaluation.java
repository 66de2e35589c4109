package org.arshif.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.ArabicSearchAnalyzer;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.text.TextCleaner;

/**
 * Search quality on a real corpus (see {@code docs/search-quality.md}), Arshif against raw Lucene in the same run on
 * the same documents. (a) Known item: for articles sampled with a fixed seed, the query is the article's title and
 * the index holds the bodies only; MRR@10, Recall@1 and Recall@10, both rankings folded by Arshif's own copy groups
 * (a copy of a higher hit is dropped; a copy of the wanted article counts as finding it), and each article's own row
 * alone. (b) Short queries ({@link ShortQueries}): precision@10 on "the hit holds the query's word".
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.SearchQualityEvaluation \
 *     -Dbench.args="--corpus=../shared/corpus/saudinewsnet-sample --sample=300 --seeds=2026,7,99"</pre>
 *
 * <p>{@code --known-item-only}, {@code --short-queries-only}: one of the two; {@code --keep=DIR}: the archives kept
 * there for later runs; {@code --losses}: the titles each system ranks higher, with their cost and rule.
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
        List<Long> seeds = List.of(2026L);
        Path keep = null;
        boolean knownItem = true;
        boolean shortQueries = true;
        for (String arg : String.join(" ", args).split("\\s+")) {
            if (arg.startsWith("--corpus=")) {
                corpus = arg.substring(9);
            } else if (arg.startsWith("--sample=")) {
                sample = Integer.parseInt(arg.substring(9));
            } else if (arg.startsWith("--seed=") || arg.startsWith("--seeds=")) {
                seeds = java.util.Arrays.stream(arg.substring(arg.indexOf('=') + 1).split(","))
                        .map(Long::parseLong).toList();
            } else if (arg.startsWith("--keep=")) {
                keep = Path.of(arg.substring(7));
            } else if (arg.equals("--known-item-only")) {
                shortQueries = false;
            } else if (arg.equals("--short-queries-only")) {
                knownItem = false;
            } else if (arg.equals("--losses")) {
                printLosses = true;
            }
        }
        Path folder = Path.of(corpus);
        if (!Files.isDirectory(folder)) {
            System.out.println("The corpus " + folder + " is absent on this machine: nothing to evaluate.");
            return;
        }
        List<Doc> docs = load(folder);
        if (knownItem) {
            knownItem(docs, sample, seeds, keep == null ? null : keep.resolve("known-item"));
        }
        if (shortQueries) {
            ShortQueries.evaluate(docs, seeds, keep == null ? null : keep.resolve("short-queries"));
        }
    }

    /** With {@code --losses}: every title the two rank differently, raw Lucene (folded) higher first. */
    private static boolean printLosses;

    static void knownItem(List<Doc> docs, int sample, List<Long> seeds, Path kept) throws Exception {
        List<Doc> withTitles = docs.stream().filter(d -> !d.title().isBlank()).toList();
        List<List<Doc>> samples = new ArrayList<>();
        for (long seed : seeds) {
            List<Doc> shuffled = new ArrayList<>(withTitles);
            Collections.shuffle(shuffled, new Random(seed));
            samples.add(shuffled.subList(0, Math.min(sample, shuffled.size())));
        }
        // One archive and one raw index for every seed: the seeds differ only in the titles asked.
        List<Doc> queries = samples.stream().flatMap(List::stream).toList();
        Path archiveFolder = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory("arshif-eval");
        try {
            List<List<SearchHit>> arshifRankings;
            try (LuceneArchive archive = imported(archiveFolder, kept != null, a -> importBodies(a, docs))) {
                arshifRankings = arshif(archive, queries);
            }
            Map<String, Long> groups = copyGroups(archiveFolder);
            List<List<String>> rawRankings = rawLucene(docs, queries, 40);
            int from = 0;
            for (int s = 0; s < seeds.size(); s++) {
                int to = from + samples.get(s).size();
                knownItem(samples.get(s), seeds.get(s), docs.size(), groups, rawRankings.subList(from, to),
                        arshifRankings.subList(from, to));
                from = to;
            }
        } finally {
            if (kept == null) {
                deleteTree(archiveFolder);
            }
        }
    }

    /** One seed's known-item figures, both rankings folded by Arshif's copy groups, and its own rows. */
    private static void knownItem(List<Doc> queries, long seed, int articles, Map<String, Long> groups,
                                  List<List<String>> rawRankings, List<List<SearchHit>> arshifRankings) {
        System.out.printf(Locale.ROOT, "Corpus: %,d articles; %d known-item queries (titles), sampled with seed %d%n%n",
                articles, queries.size(), seed);
        System.out.println("| system | MRR@10 | Recall@1 | Recall@10 |");
        System.out.println("| --- | ---: | ---: | ---: |");
        List<List<Set<String>>> rawFoldedRows = rawRankings.stream().map(ids -> fold(ids, groups)).toList();
        Scores rawFolded = score(queries, rawFoldedRows);
        System.out.println(rawFolded.row("raw Lucene, ArabicAnalyzer, OR, folded by Arshif's copy groups"));
        List<List<Set<String>>> arshifRows = arshifRankings.stream()
                .map(hits -> hits.stream().map(hit -> rowOf(hit.id(), groups)).toList()).toList();
        Scores arshifFolded = score(queries, arshifRows);
        System.out.println(arshifFolded.row("Arshif, its rows (each text once, a copy finds its row)"));
        Scores rawOwn = score(queries, rawRankings.stream()
                .map(ids -> ids.stream().limit(10).map(Set::of).toList()).toList());
        System.out.println(rawOwn.row("raw Lucene, the article's own row only (unfolded)"));
        Scores arshifOwn = score(queries, arshifRankings.stream()
                .map(hits -> hits.stream().map(hit -> Set.of(hit.id())).toList()).toList());
        System.out.println(arshifOwn.row("Arshif, the article's own row only"));
        if (printLosses) {
            printLosses(queries, rawFoldedRows, arshifRows, arshifRankings);
        }
        System.out.printf(Locale.ROOT, "%nFair (both folded) Arshif / raw: MRR@10 %.3f, Recall@10 %.3f;"
                + " own rows: MRR@10 %.3f%n%n", arshifFolded.mrr() / rawFolded.mrr(),
                arshifFolded.recallAt10() / rawFolded.recallAt10(), arshifOwn.mrr() / rawOwn.mrr());
    }

    interface Import {
        void into(LuceneArchive archive) throws Exception;
    }

    /**
     * The archive in the folder: a kept one imported by an earlier run is opened read-only (runs trying query-side
     * changes may share it at once), any other is opened and imported (and, when kept, marked as imported).
     */
    static LuceneArchive imported(Path folder, boolean kept, Import importing) throws Exception {
        Path done = folder.resolveSibling(folder.getFileName() + ".imported");
        if (kept && Files.exists(done)) {
            return LuceneArchive.openReadOnly(folder);
        }
        LuceneArchive archive = LuceneArchive.open(folder);
        importing.into(archive);
        if (kept) {
            Files.createFile(done);
        }
        return archive;
    }

    /** Imports every body, untitled, into the archive (the known-item test searches bodies by titles). */
    static void importBodies(LuceneArchive archive, List<Doc> docs) throws Exception {
        archive.importArticles(sink -> docs.forEach(doc -> sink.accept(new Article(doc.id(), "", false,
                LocalDate.of(2015, 7, 22), "", "", "", List.of(TextCleaner.clean(doc.body())), "eval"))),
                ImportMonitor.NONE);
    }

    /** Arshif's first ten rows for each query. */
    static List<List<SearchHit>> arshif(LuceneArchive archive, List<Doc> queries) throws Exception {
        List<List<SearchHit>> rankings = new ArrayList<>();
        for (Doc query : queries) {
            rankings.add(archive.search(SearchQuery.of(query.title()).withPage(0, 10)).hits());
        }
        return rankings;
    }

    /**
     * Every article's copy group in Arshif's index, read from the numeric doc values it keeps ({@code copy_group};
     * 0 or none: no copies). Read from the closed archive's files: the bench sees only the public API otherwise.
     */
    static Map<String, Long> copyGroups(Path archiveFolder) throws IOException {
        Map<String, Long> groups = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(archiveFolder))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                NumericDocValues values = leaf.reader().getNumericDocValues("copy_group");
                var stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && values != null && values.advanceExact(doc)
                            && values.longValue() != 0) {
                        groups.put(stored.document(doc, Set.of("id")).get("id"), values.longValue());
                    }
                }
            }
        }
        return groups;
    }

    /** The articles a row shows: the hit and every other copy in its group. */
    static Set<String> rowOf(String id, Map<String, Long> groups) {
        Long group = groups.get(id);
        if (group == null) {
            return Set.of(id);
        }
        Set<String> row = new HashSet<>();
        groups.forEach((member, g) -> {
            if (g.equals(group)) {
                row.add(member);
            }
        });
        return row;
    }

    /** A ranking folded as Arshif folds its own: a copy of a higher hit is dropped; ten rows. */
    static List<Set<String>> fold(List<String> ranking, Map<String, Long> groups) {
        List<Set<String>> rows = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String id : ranking) {
            Long group = groups.get(id);
            if (group != null && !seen.add(group)) {
                continue;
            }
            rows.add(rowOf(id, groups));
            if (rows.size() == 10) {
                break;
            }
        }
        return rows;
    }

    /** Raw Lucene's top {@code depth} ids for each title: ArabicAnalyzer, classic parser, OR, BM25. */
    static List<List<String>> rawLucene(List<Doc> docs, List<Doc> queries, int depth) throws Exception {
        return rawLucene(docs, Doc::body, queries.stream().map(Doc::title).toList(), QueryParser.Operator.OR, depth);
    }

    /**
     * Raw Lucene's top {@code depth} ids for each query: each doc's {@code content} indexed with ArabicAnalyzer,
     * the query (escaped) read by the classic parser with the given default operator, BM25.
     */
    static List<List<String>> rawLucene(List<Doc> docs, java.util.function.Function<Doc, String> content,
                                        List<String> queries, QueryParser.Operator operator, int depth)
            throws Exception {
        ArabicAnalyzer analyzer = new ArabicAnalyzer();
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (Doc doc : docs) {
                    Document d = new Document();
                    d.add(new StringField("id", doc.id(), Field.Store.YES));
                    d.add(new TextField("content", content.apply(doc), Field.Store.NO));
                    writer.addDocument(d);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryParser parser = new QueryParser("content", analyzer);
                parser.setDefaultOperator(operator);
                List<List<String>> rankings = new ArrayList<>();
                for (String query : queries) {
                    List<String> ids = new ArrayList<>();
                    for (ScoreDoc hit : searcher.search(parser.parse(QueryParser.escape(query)), depth).scoreDocs) {
                        ids.add(searcher.storedFields().document(hit.doc).get("id"));
                    }
                    rankings.add(ids);
                }
                return rankings;
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
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

    /**
     * The titles the two rank differently (ranks from 1; 0: not in the first ten), both folded: those raw Lucene
     * ranks higher, then those Arshif ranks higher; each with what its reciprocal rank costs or gains Arshif, and
     * for a loss the rule of Arshif's it falls under, if any: "listed" (a title of up to three words or with a typed
     * quotation, which lists only articles holding every word, or the quotation as typed) or "every word" (a longer
     * title whose article is not among those holding every word, which come first).
     */
    static void printLosses(List<Doc> queries, List<List<Set<String>>> raw, List<List<Set<String>>> arshif,
                            List<List<SearchHit>> hits) {
        for (boolean rawHigher : List.of(true, false)) {
            System.out.println(rawHigher ? "\nTitles raw Lucene (folded) ranks higher than Arshif: raw rank, Arshif rank,"
                    + " reciprocal rank lost, rule, title" : "\nTitles Arshif ranks higher than raw Lucene (folded):"
                    + " raw rank, Arshif rank, reciprocal rank gained, title");
            Map<String, Double> byRule = new java.util.TreeMap<>();
            for (int i = 0; i < queries.size(); i++) {
                int rawRank = rankOf(queries.get(i).id(), raw.get(i));
                int arshifRank = rankOf(queries.get(i).id(), arshif.get(i));
                int higher = rawHigher ? rawRank : arshifRank;
                int lower = rawHigher ? arshifRank : rawRank;
                if (higher > 0 && (lower == 0 || lower > higher)) {
                    double change = 1.0 / higher - (lower == 0 ? 0 : 1.0 / lower);
                    String rule = rawHigher ? rule(queries.get(i).title(), hits.get(i), arshifRank) : "";
                    byRule.merge(rule.isEmpty() ? "ranking" : rule, change, Double::sum);
                    System.out.printf(Locale.ROOT, "  %d\t%d\t%.2f\t%s\t%s\t%s%n", rawRank, arshifRank, change, rule,
                            queries.get(i).id(), queries.get(i).title());
                }
            }
            StringBuilder sum = new StringBuilder();
            byRule.forEach((rule, change) -> sum.append(String.format(Locale.ROOT, "; %s %.3f", rule,
                    change / queries.size())));
            System.out.printf(Locale.ROOT, "  MRR@10 %s: %.3f%s%n", rawHigher ? "lost" : "gained",
                    byRule.values().stream().mapToDouble(Double::doubleValue).sum() / queries.size(),
                    rawHigher ? sum.toString() : "");
        }
    }

    /** A text's words but stop words, as Arshif counts a query's words. */
    private static long words(String text) {
        return java.util.Arrays.stream(text.split("[\\s\\p{Punct}«»،؛؟]+")).filter(w -> !w.isBlank()
                && !STOP_WORDS.isStopWord(ArabicSearchAnalyzer.normaliseWord(w))).count();
    }

    private static final ArabicSearchAnalyzer STOP_WORDS = new ArabicSearchAnalyzer();

    /** Which of Arshif's rules keeps a title's article lower than raw Lucene ranks it (see printLosses), or "". */
    private static String rule(String title, List<SearchHit> hits, int arshifRank) {
        if (arshifRank == 0 && (words(title) <= 3 || (title.contains("\"")
                && words(title.replaceAll("\"[^\"]*\"", " ")) <= 3))) {
            return "listed";
        }
        boolean wantedHoldsAll = arshifRank > 0 && hits.get(arshifRank - 1).everyWord();
        return !hits.isEmpty() && hits.getFirst().everyWord() && !wantedHoldsAll ? "every word" : "";
    }

    private static int rankOf(String wanted, List<Set<String>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).contains(wanted)) {
                return r + 1;
            }
        }
        return 0;
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
