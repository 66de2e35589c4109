package org.arshif.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipInputStream;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * Measures Arshif's archive against plain Lucene in the same run (see {@code docs/benchmarks.md}):
 * import throughput, index size, heap, and search latency percentiles on a synthetic corpus of N articles,
 * then the same on the real SaudiNewsNet sample when {@code ../shared/corpus} is present.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.args="--articles=300000"</pre>
 */
public final class ArchiveBenchmark {

    private final Map<String, String> options = new LinkedHashMap<>();
    private final StringBuilder report = new StringBuilder();

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        new ArchiveBenchmark(args).run();
    }

    private ArchiveBenchmark(String[] args) {
        options.put("articles", "300000");
        options.put("queries", "1000");
        options.put("work", "target/bench");
        options.put("corpus", "../shared/corpus/saudinewsnet-sample");
        for (String arg : args) {
            for (String part : arg.split("\\s+")) {
                if (part.startsWith("--") && part.contains("=")) {
                    options.put(part.substring(2, part.indexOf('=')), part.substring(part.indexOf('=') + 1));
                }
            }
        }
    }

    private void run() throws Exception {
        Path work = Path.of(options.get("work")).toAbsolutePath();
        boolean searchOnly = options.containsKey("search-only");
        if (!searchOnly) {
            deleteTree(work);
            Files.createDirectories(work);
        }
        long articles = Long.parseLong(options.get("articles"));
        int queryCount = Integer.parseInt(options.get("queries"));
        line("# Arshif benchmark, " + java.time.LocalDateTime.now().withNano(0));
        line("");
        line(String.format(Locale.ROOT, "JDK %s, %d cores, max heap %d MB", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));

        if (articles > 0) {
            SyntheticCorpus corpus = new SyntheticCorpus(200_000, 42);
            Path jsonl = work.resolve("synthetic.jsonl");
            long started = System.nanoTime();
            long bytes = searchOnly ? Files.size(jsonl) : corpus.writeJsonLines(jsonl, articles, 7);
            line(String.format(Locale.ROOT, "%n## Synthetic corpus: %,d articles, %,d MB of JSON Lines (%s)",
                    articles, bytes >> 20, searchOnly ? "written by the previous run"
                            : String.format(Locale.ROOT, "generated in %.1f s", seconds(started))));
            compare(List.of(jsonl), "date", FieldMapping.DEFAULT, corpus.queries(queryCount, 11), work.resolve("synthetic"));
        }

        Path real = Path.of(options.get("corpus"));
        if (Files.isDirectory(real)) {
            List<Path> files = searchOnly ? listJson(work.resolve("real-json")) : unzipAll(real, work.resolve("real-json"));
            line(String.format(Locale.ROOT, "%n## Real corpus: SaudiNewsNet sample (%s), %d files", real, files.size()));
            compare(files, "date_extracted", FieldMapping.parse("date=date_extracted,body=content"),
                    titleQueries(files, queryCount), work.resolve("real"));
        } else {
            line("\n## Real corpus: not run — " + real + " is absent on this machine");
        }
        Files.writeString(work.resolve("report.md"), report);
        System.out.println("\nReport written to " + work.resolve("report.md"));
    }

    private void compare(List<Path> input, String dateField, FieldMapping mapping, List<String> queries, Path base)
            throws Exception {
        long inputBytes = 0;
        for (Path file : input) {
            inputBytes += Files.size(file);
        }
        boolean small = inputBytes < (64L << 20);
        int last = small ? 2 : 0;
        RawLuceneBaseline raw;
        LuceneArchive archive;
        if (options.containsKey("search-only")) {
            // The indexes the last full run left: searches measured again, raw and Arshif in the same run.
            raw = RawLuceneBaseline.existing(base.resolve("raw-" + last));
            archive = LuceneArchive.open(base.resolve("arshif-" + last));
            line("\n(search only: the indexes of the previous run, " + base + ")");
        } else {
            Imported both = importBoth(input, dateField, mapping, base, small);
            raw = both.raw();
            archive = both.archive();
        }
        LocalDate from = LocalDate.of(2015, 1, 1);
        LocalDate to = LocalDate.of(2015, 12, 31);
        if (dateField.equals("date_extracted")) {
            from = LocalDate.of(2015, 7, 22);
            to = LocalDate.of(2015, 7, 22);
        }
        LocalDate f = from;
        LocalDate t = to;
        RawLuceneBaseline rawIndex = raw;
        LuceneArchive arshif = archive;
        Map<String, long[]> rows = new LinkedHashMap<>();
        double loadBefore = Latencies.loadAverage();
        rows.put("raw: OR, top 10 by score", Latencies.time(queries, q -> rawIndex.top(q, 10)));
        rows.put("raw: + stored fields of top 10", Latencies.time(queries, q -> rawIndex.topWithStored(q, 10)));
        rows.put("raw: + date range", Latencies.time(queries, q -> rawIndex.topInDateRange(q, 10, f, t)));
        rows.put("raw: top 10 newest first", Latencies.time(queries, q -> rawIndex.newest(q, 10)));
        rows.put("raw: top 20 + UnifiedHighlighter snippets", Latencies.time(queries, q -> rawIndex.topWithSnippets(q, 20)));
        SearchQuery plain = SearchQuery.of("").withPage(0, 20);
        rows.put("Arshif: top 20 with snippets", Latencies.time(queries, q -> arshif.search(withText(plain, q))));
        rows.put("Arshif: + date range", Latencies.time(queries, q -> arshif.search(withText(plain, q).withDates(f, t))));
        rows.put("Arshif: newest first with snippets",
                Latencies.time(queries, q -> arshif.search(withText(plain, q).withSort(SortOrder.NEWEST))));
        rows.put("Arshif: counts per month", Latencies.time(queries, q -> arshif.search(withText(plain, q).withPage(0, 1)).months()));
        rows.put("Arshif: blank query, newest 20 (the list)", Latencies.time(queries.subList(0, Math.min(200, queries.size())),
                q -> arshif.search(plain)));
        long listed = arshif.search(plain).total();
        List<String> repeat = java.util.Collections.nCopies(20, "");
        rows.put(String.format(Locale.ROOT, "Arshif: the list scrolled to row %,d (100 rows, offset paging)", listed / 10),
                Latencies.time(repeat, q -> arshif.search(SearchQuery.of("").withPage((int) (listed / 10), 100))));
        rows.put(String.format(Locale.ROOT, "Arshif: the list's last 100 rows (offset %,d)", Math.max(0, listed - 100)),
                Latencies.time(repeat, q -> arshif.search(SearchQuery.of("").withPage((int) Math.max(0, listed - 100), 100))));
        // Pasted text: a paragraph, an article, a long document. Raw Lucene's query parser refuses these outright
        // (more than 1,024 clauses); raw Lucene's MoreLikeThis and Arshif search by the text's most telling words.
        List<String> pastedWords = wordsOfArticles(arshif, 12_000);
        for (int length : new int[] {150, 1_000, 10_000}) {
            List<String> pasted = new ArrayList<>();
            for (int start = 0; start < 10; start++) {
                int first = (start * 997) % Math.max(1, pastedWords.size() - length);
                pasted.add(String.join(" ", pastedWords.subList(first, Math.min(pastedWords.size(), first + length))));
            }
            rows.put(String.format(Locale.ROOT, "raw: pasted text of %,d words, MoreLikeThis (32 terms), top 20 + snippets",
                    length), Latencies.time(pasted, q -> rawIndex.likeWithSnippets(q, 20)));
            rows.put(String.format(Locale.ROOT, "Arshif: pasted text of %,d words, top 20 with snippets", length),
                    Latencies.time(pasted, q -> arshif.search(withText(plain, q))));
        }
        long[] reference = rows.get("raw: top 20 + UnifiedHighlighter snippets");
        line("");
        line(String.format(Locale.ROOT, "Load average (1 min) when the searches began: %.1f; when they ended: %.1f",
                loadBefore, Latencies.loadAverage()));
        line("");
        line("| search (" + queries.size() + " queries of 1–3 words, µs) | p50 | p95 | p99 | p95 / raw top 20 with snippets |");
        line("| --- | ---: | ---: | ---: | ---: |");
        rows.forEach((name, p) -> line(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.2f |", name, p[0], p[1], p[2],
                (double) p[1] / reference[1])));
        long[] relevance = rows.get("Arshif: top 20 with snippets");
        long[] newest = rows.get("Arshif: newest first with snippets");
        line(String.format(Locale.ROOT, "%nNewest-first p95 / relevance p95 (Arshif): %.2f", (double) newest[1] / relevance[1]));
        archive.close();
        // What the window does at start, on an archive just opened: open, statistics, the first page of the list
        // and the timeline. (The window's own figures, with JavaFX, are measured with -Darshif.timing=true.)
        HeapWatch heap = new HeapWatch();
        heap.peakAndReset();
        long opening = System.nanoTime();
        try (LuceneArchive reopened = LuceneArchive.open(base.resolve("arshif-" + last))) {
            double opened = seconds(opening);
            reopened.stats();
            reopened.search(SearchQuery.of("").withPage(0, 100));
            reopened.search(SearchQuery.of("")).months();
            line(String.format(Locale.ROOT, "%nReopening the archive: open %.2f s; open + statistics + first 100 rows"
                    + " + timeline %.2f s; peak heap %,d MB", opened, seconds(opening), heap.peakAndReset() >> 20));
        }
        raw.close();
    }

    private record Imported(RawLuceneBaseline raw, LuceneArchive archive) {
    }

    /** The words of the newest articles' bodies, in order, until there are {@code wanted} (for pasted-text queries). */
    private static List<String> wordsOfArticles(LuceneArchive archive, int wanted) throws Exception {
        List<String> words = new ArrayList<>();
        for (var hit : archive.search(SearchQuery.of("").withPage(0, 2_000)).hits()) {
            for (String paragraph : archive.get(hit.id()).orElseThrow().paragraphs()) {
                words.addAll(List.of(paragraph.split("\\s+")));
            }
            if (words.size() >= wanted) {
                break;
            }
        }
        return words;
    }

    /** Imports the input into raw Lucene and into Arshif (median of three for a small input) and reports it. */
    private Imported importBoth(List<Path> input, String dateField, FieldMapping mapping, Path base, boolean small)
            throws Exception {
        // A small corpus imports in a second or two: without warm-up the JIT, not the code, is measured. Warm both
        // paths three times, then take the median of three timed imports each.
        int rounds = small ? 3 : 1;
        if (small) {
            for (int warm = 0; warm < 3; warm++) {
                try (RawLuceneBaseline raw = new RawLuceneBaseline(base.resolve("warm-raw-" + warm))) {
                    raw.index(input, dateField);
                }
                try (LuceneArchive arshif = LuceneArchive.open(base.resolve("warm-arshif-" + warm))) {
                    arshif.importArticles(new FileImporter(input, mapping), ImportMonitor.NONE);
                }
            }
            line("\n(small input: three untimed warm-up imports each, then the median of three timed imports)");
        }
        HeapWatch heap = new HeapWatch();
        heap.peakAndReset();
        long rawHeap = 0;
        long arshifHeap = 0;
        long rawLive = 0;
        long arshifLive = 0;
        double[] rawTimes = new double[rounds];
        double[] arshifTimes = new double[rounds];
        long rawDocs = 0;
        RawLuceneBaseline raw = null;
        LuceneArchive archive = null;
        ImportReport imported = null;
        for (int round = 0; round < rounds; round++) {
            if (raw != null) {
                raw.close();
                archive.close();
            }
            long started = System.nanoTime();
            raw = new RawLuceneBaseline(base.resolve("raw-" + round));
            rawDocs = raw.index(input, dateField);
            rawTimes[round] = seconds(started);
            rawLive = Math.max(rawLive, heap.livePeak());
            rawHeap = Math.max(rawHeap, heap.peakAndReset());
            started = System.nanoTime();
            archive = LuceneArchive.open(base.resolve("arshif-" + round));
            imported = archive.importArticles(new FileImporter(input, mapping), ImportMonitor.NONE);
            arshifTimes[round] = seconds(started);
            arshifLive = Math.max(arshifLive, heap.livePeak());
            arshifHeap = Math.max(arshifHeap, heap.peakAndReset());
        }
        java.util.Arrays.sort(rawTimes);
        java.util.Arrays.sort(arshifTimes);
        double rawSeconds = rawTimes[rounds / 2];
        double arshifSeconds = arshifTimes[rounds / 2];
        long rawSize = raw.sizeOnDisk();
        long arshifSize = sizeOf(base.resolve("arshif-" + (rounds - 1)));
        line("");
        line("| import | documents | docs/s | ratio | index MB | peak heap in use MB | peak heap live after GC MB |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        line(String.format(Locale.ROOT, "| raw Lucene (ArabicAnalyzer, 1 thread) | %,d | %,.0f | 1.00 | %,d | %,d | %,d |",
                rawDocs, rawDocs / rawSeconds, rawSize >> 20, rawHeap >> 20, rawLive >> 20));
        line(String.format(Locale.ROOT, "| Arshif import (clean-up, exact + stem analysis, offsets, copies, %d threads) | %,d | %,.0f | %.2f | %,d | %,d | %,d |",
                Runtime.getRuntime().availableProcessors(), imported.imported(), imported.imported() / arshifSeconds,
                (imported.imported() / arshifSeconds) / (rawDocs / rawSeconds), arshifSize >> 20, arshifHeap >> 20,
                arshifLive >> 20));
        if (!imported.skipped().isEmpty()) {
            line(String.format(Locale.ROOT, "%nArshif skipped %,d records (e.g. %s)", imported.skipped().size(),
                    imported.skipped().getFirst().describe()));
        }

        return new Imported(raw, archive);
    }

    /** The query with its text replaced (the rest of it — dates, order, page — kept). */
    static SearchQuery withText(SearchQuery base, String text) {
        return new SearchQuery(text, base.from(), base.to(), base.source(), base.sort(), base.offset(), base.limit());
    }

    /** One to three words of real titles, as the baseline note's queries. */
    private static List<String> titleQueries(List<Path> files, int count) throws IOException {
        List<String> titles = new ArrayList<>();
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        for (Path file : files) {
            mapper.readTree(file.toFile()).forEach(node -> {
                String title = node.path("title").asText("").strip();
                if (!title.isEmpty()) {
                    titles.add(title);
                }
            });
        }
        Random random = new Random(13);
        List<String> queries = new ArrayList<>(count);
        while (queries.size() < count) {
            String[] words = titles.get(random.nextInt(titles.size())).split("\\s+");
            int n = 1 + random.nextInt(3);
            int start = random.nextInt(Math.max(1, words.length - n + 1));
            queries.add(String.join(" ", Arrays.copyOfRange(words, start, Math.min(words.length, start + n))));
        }
        return queries;
    }

    private static List<Path> listJson(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static List<Path> unzipAll(Path folder, Path target) throws IOException {
        Files.createDirectories(target);
        List<Path> files = new ArrayList<>();
        try (var zips = Files.list(folder)) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                    for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        if (entry.getName().endsWith(".json")) {
                            Path out = target.resolve(Path.of(entry.getName()).getFileName());
                            Files.copy(in, out);
                            files.add(out);
                        }
                    }
                }
            }
        }
        return files;
    }

    static long sizeOf(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

}
