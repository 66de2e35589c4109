package org.arshif.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;

/**
 * What adding one article costs in an archive of N: Arshif's whole import (two commits, copy groups brought up to
 * date around the article, the run-together list) against raw Lucene's add and commit of the same article to an
 * index of the same N, in the same run. Both open their writer once and keep it, as the window does.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.AddOneArticleBenchmark \
 *     -Dbench.args="--articles=100000"</pre>
 *
 * With {@code --reuse=DIR} the articles go into the raw index and the archive an {@link ArchiveBenchmark} run left
 * in {@code DIR} ({@code WORK/synthetic}) instead of ones built here; they stay in them.
 */
public final class AddOneArticleBenchmark {

    private AddOneArticleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args, 100_000, Path.of("target/bench-add-one"));
        Path work = arguments.work();
        Files.createDirectories(work);
        SyntheticCorpus corpus = new SyntheticCorpus(200_000, 42);
        Path rawFolder = work.resolve("raw");
        Path arshifFolder = work.resolve("arshif");
        if (arguments.reuse() != null) {
            // The indexes ArchiveBenchmark left (its run's raw-0 and arshif-0): the adds go into them.
            rawFolder = arguments.reuse().resolve("raw-0");
            arshifFolder = arguments.reuse().resolve("arshif-0");
        } else {
            Path base = work.resolve("base.jsonl");
            corpus.writeJsonLines(base, arguments.articles(), 7);
            try (RawLuceneBaseline baseline = new RawLuceneBaseline(rawFolder)) {
                baseline.index(List.of(base), "date");
            }
            try (LuceneArchive archive = LuceneArchive.open(arshifFolder)) {
                archive.importArticles(new FileImporter(List.of(base), FieldMapping.DEFAULT), ImportMonitor.NONE);
            }
        }
        int rounds = 7;
        List<Path> singles = new ArrayList<>();
        // Each round and each run its own ids and texts: every round adds an article, also in a second run on the
        // same --reuse archive (a replacement works the derived state out afresh: seconds at a million).
        long run = System.currentTimeMillis() % 1_000_000_000L;
        for (int i = 0; i < rounds; i++) {
            Path single = work.resolve("one-" + i + ".jsonl");
            corpus.writeJsonLines(single, 1, 1_000 + i + 10 * run);
            String renamed = Files.readString(single).replace("\"syn-0\"", "\"added-" + run + "-" + i + "\"");
            Files.writeString(single, renamed);
            singles.add(single);
        }
        long[] raw = new long[rounds];
        long[] arshif = new long[rounds];
        long articles;
        double loadBefore = Latencies.loadAverage();
        ObjectMapper json = new ObjectMapper();
        try (FSDirectory rawDirectory = FSDirectory.open(rawFolder);
             IndexWriter rawWriter = new IndexWriter(rawDirectory, new IndexWriterConfig(new ArabicAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND));
             SearcherManager rawSearchers = new SearcherManager(rawWriter, null)) {
            try (LuceneArchive archive = LuceneArchive.open(arshifFolder)) {
                articles = archive.stats().articles();
                for (int i = 0; i < rounds; i++) {
                    long started = System.nanoTime();
                    // Raw Lucene with a writer kept open, as Arshif keeps its own: parse, add, commit, see it.
                    rawWriter.addDocument(RawLuceneBaseline.document(json.readTree(singles.get(i).toFile()), "date"));
                    rawWriter.commit();
                    rawSearchers.maybeRefreshBlocking();
                    raw[i] = System.nanoTime() - started;
                    started = System.nanoTime();
                    archive.importArticles(new FileImporter(List.of(singles.get(i)), FieldMapping.DEFAULT),
                            ImportMonitor.NONE);
                    arshif[i] = System.nanoTime() - started;
                }
                System.out.printf(Locale.ROOT, "Load average (1 min) when the adds began: %.1f; when they ended: %.1f%n",
                        loadBefore, Latencies.loadAverage());
                // What each import brought up to date around its article must be what a full rebuild finds.
                System.out.println("Derived state after the adds equals a full rebuild (copy groups, run-together"
                        + " list): " + (archive.verifyDerivedState() ? "yes" : "still owed"));
            }
        }
        System.out.printf(Locale.ROOT, "Adding one article to %,d (median of %d, first round included):%n", articles,
                rounds);
        System.out.printf(Locale.ROOT, "| raw Lucene add + commit + reader refresh (writer kept open) | %.0f ms |%n",
                median(raw) / 1e6);
        System.out.printf(Locale.ROOT, "| Arshif import of one article (two commits, copies, run-together list) | %.0f ms |%n",
                median(arshif) / 1e6);
        System.out.printf(Locale.ROOT, "| Arshif beyond raw | %.0f ms |%n", (median(arshif) - median(raw)) / 1e6);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
