package org.arshif.bench;

import static org.arshif.bench.ArchiveBenchmark.deleteTree;
import static org.arshif.bench.ArchiveBenchmark.seconds;
import static org.arshif.bench.ArchiveBenchmark.sizeOf;
import static org.arshif.bench.ArchiveBenchmark.withText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.archive.solr.DevCluster;
import org.arshif.archive.solr.SolrArchiveProvider;
import org.arshif.archive.solr.SolrCredentials;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * The shared archive against the local one and raw Lucene, in one run (issue 15): the same synthetic articles
 * ({@link SyntheticCorpus}, as {@link ArchiveBenchmark} makes them) imported into raw Lucene, into a local archive
 * and, through {@code SolrImport}, into a collection of two shards with two replicas each on an in-process SolrCloud
 * of two nodes (the tests' cluster: {@link DevCluster}, the repository's configset, query parser and security.json);
 * then the same queries searched on each, top 20 with snippets. The cluster runs in this JVM, on this machine's cores,
 * over HTTP on the loopback: it measures what the configset and the client cost, not a network.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.heap=3g -Dbench.main=org.arshif.bench.SolrClusterBenchmark \
 *     -Dbench.args="--articles=100000 --work=/tmp/bench-solr"</pre>
 */
public final class SolrClusterBenchmark {

    private static final String PASSWORD = "benchmark";
    private static final int QUERIES = 1_000;
    private static final int SHARDS = 2;
    private static final int REPLICAS = 2;
    /** Requests may wait long on a loaded machine: a benchmark measures them rather than giving up. */
    private static final long REQUEST_TIMEOUT_SECONDS = 600;

    private final StringBuilder report = new StringBuilder();
    private final HeapWatch heap = new HeapWatch();

    private SolrClusterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(java.util.logging.Level.SEVERE);
        BenchArguments arguments = BenchArguments.parse(args, 100_000, Path.of("target/bench-solr"));
        new SolrClusterBenchmark().run(arguments.articles(), arguments.work().toAbsolutePath());
        // Solr's and ZooKeeper's threads would keep the JVM alive.
        System.exit(0);
    }

    private void run(long articles, Path work) throws Exception {
        DevCluster.requireRepositoryRoot();
        deleteTree(work);
        Files.createDirectories(work);
        line("# Shared archive (SolrCloud in process) against the local archive and raw Lucene, "
                + java.time.LocalDateTime.now().withNano(0));
        line(String.format(Locale.ROOT, "%nJDK %s, %d cores, max heap %d MB; the cluster: 2 nodes, %d shards × %d"
                        + " replicas, in this JVM", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, SHARDS, REPLICAS));
        SyntheticCorpus corpus = new SyntheticCorpus(200_000, 42);
        Path jsonl = work.resolve("synthetic.jsonl");
        long started = System.nanoTime();
        long bytes = corpus.writeJsonLines(jsonl, articles, 7);
        line(String.format(Locale.ROOT, "%nSynthetic corpus: %,d articles, %,d MB of JSON Lines, generated in %.1f s",
                articles, bytes >> 20, seconds(started)));
        List<Path> input = List.of(jsonl);

        line("");
        line("| import | documents | seconds | docs/s | ratio | index MB | peak heap live after GC MB | load average at the end |");
        line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        heap.peakAndReset();
        started = System.nanoTime();
        RawLuceneBaseline raw = new RawLuceneBaseline(work.resolve("raw"));
        long rawDocs = raw.index(input, "date");
        double rawSeconds = seconds(started);
        importRow("raw Lucene (ArabicAnalyzer, 1 thread)", rawDocs, rawSeconds, rawDocs / rawSeconds,
                raw.sizeOnDisk());

        started = System.nanoTime();
        LuceneArchive local = LuceneArchive.open(work.resolve("arshif"));
        ImportReport localReport = local.importArticles(new FileImporter(input, FieldMapping.DEFAULT), ImportMonitor.NONE);
        double localSeconds = seconds(started);
        importRow("Arshif, local archive (the whole import, 2 threads)", localReport.imported(), localSeconds,
                rawDocs / rawSeconds, sizeOf(work.resolve("arshif")));

        MiniSolrCloudCluster cluster = DevCluster.start(work.resolve("cluster"), PASSWORD);
        try {
            ArchiveLocation location = ArchiveLocation.server(cluster.getJettySolrRunner(0).getBaseUrl() + "/bench");
            SolrArchiveProvider provider = new SolrArchiveProvider(
                    () -> Optional.of(new SolrCredentials("admin", PASSWORD)), SHARDS, REPLICAS, REQUEST_TIMEOUT_SECONDS);
            try (Archive shared = provider.openWritable(location, ImportMonitor.NONE)) {
                heap.peakAndReset();
                started = System.nanoTime();
                ImportReport sharedReport = shared.importArticles(new FileImporter(input, FieldMapping.DEFAULT),
                        new Progress(started));
                double sharedSeconds = seconds(started);
                importRow(String.format(Locale.ROOT, "Arshif, shared archive: SolrImport into %d shards × %d replicas"
                                + " (batches of 200, copy groups, commits)", SHARDS, REPLICAS), sharedReport.imported(),
                        sharedSeconds, rawDocs / rawSeconds, sizeOf(work.resolve("cluster")));
                line(String.format(Locale.ROOT, "%nThe collection holds %,d articles (the local archive %,d). The"
                                + " cluster's size on disk counts both replicas of each shard and ZooKeeper's data.",
                        shared.stats().articles(), local.stats().articles()));
                search(corpus.queries(QUERIES, 11), raw, local, shared);
            }
        } finally {
            local.close();
            raw.close();
            cluster.shutdown();
        }
        Files.writeString(work.resolve("report.md"), report);
        System.out.println("\nReport written to " + work.resolve("report.md"));
    }

    private void search(List<String> queries, RawLuceneBaseline raw, LuceneArchive local, Archive shared)
            throws Exception {
        SearchQuery page = SearchQuery.of("").withPage(0, 20);
        Map<String, long[]> rows = new LinkedHashMap<>();
        Map<String, Double> loads = new LinkedHashMap<>();
        row(rows, loads, "raw: OR, top 20 + UnifiedHighlighter snippets", queries, q -> raw.topWithSnippets(q, 20));
        row(rows, loads, "Arshif, local: top 20 with snippets", queries, q -> local.search(withText(page, q)));
        row(rows, loads, "Arshif, shared: top 20 with snippets", queries, q -> shared.search(withText(page, q)));
        row(rows, loads, "Arshif, local: newest first with snippets", queries,
                q -> local.search(withText(page, q).withSort(SortOrder.NEWEST)));
        row(rows, loads, "Arshif, shared: newest first with snippets", queries,
                q -> shared.search(withText(page, q).withSort(SortOrder.NEWEST)));
        long[] reference = rows.get("raw: OR, top 20 + UnifiedHighlighter snippets");
        line("");
        line("| search (" + queries.size() + " queries of 1–3 words, µs) | p50 | p95 | p99 | p95 / raw p95 | load average after the row |");
        line("| --- | ---: | ---: | ---: | ---: | ---: |");
        rows.forEach((name, p) -> line(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.2f | %.1f |", name, p[0],
                p[1], p[2], (double) p[1] / reference[1], loads.get(name))));
        long[] localRelevance = rows.get("Arshif, local: top 20 with snippets");
        long[] sharedRelevance = rows.get("Arshif, shared: top 20 with snippets");
        line(String.format(Locale.ROOT, "%nShared p95 / local p95, top 20 with snippets: %.2f",
                (double) sharedRelevance[1] / localRelevance[1]));
    }

    private static void row(Map<String, long[]> rows, Map<String, Double> loads, String name, List<String> queries,
            Latencies.QueryRun run) throws Exception {
        long[] p = Latencies.time(queries, run);
        rows.put(name, p);
        loads.put(name, Latencies.loadAverage());
        // Printed at once: a run stopped before its last row keeps the rows it measured.
        System.out.printf(Locale.ROOT, "  measured: %s: p50 %,d p95 %,d p99 %,d µs, load average %.1f%n", name, p[0],
                p[1], p[2], loads.get(name));
    }

    private void importRow(String name, long documents, double seconds, double rawRate, long bytesOnDisk) {
        double rate = documents / seconds;
        line(String.format(Locale.ROOT, "| %s | %,d | %,.1f | %,.0f | %.2f | %,d | %,d | %.1f |", name, documents, seconds,
                rate, rate / rawRate, bytesOnDisk >> 20, heap.livePeak() >> 20, Latencies.loadAverage()));
        heap.peakAndReset();
    }

    /** Says how far the cluster's import has come every 10,000 articles: its rate shows long before it ends. */
    private static final class Progress implements ImportMonitor {
        private final long started;
        private long shown;

        Progress(long started) {
            this.started = started;
        }

        @Override
        public void progress(long read, long imported, String file) {
            if (imported >= shown + 10_000) {
                shown = imported - imported % 10_000;
                System.out.printf(Locale.ROOT, "  shared archive: %,d articles in %.0f s (%.0f/s), load average %.1f%n",
                        imported, seconds(started), imported / seconds(started), Latencies.loadAverage());
            }
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }
}
