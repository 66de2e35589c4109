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
 */
public final class AddOneArticleBenchmark {

    private AddOneArticleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args, 100_000, Path.of("target/bench-add-one"));
        long articles = arguments.articles();
        Path work = arguments.work();
        Files.createDirectories(work);
        SyntheticCorpus corpus = new SyntheticCorpus(200_000, 42);
        Path base = work.resolve("base.jsonl");
        corpus.writeJsonLines(base, articles, 7);
        int rounds = 7;
        List<Path> singles = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Path single = work.resolve("one-" + i + ".jsonl");
            // Another seed: new ids and texts, so each round adds an article rather than replacing one.
            corpus.writeJsonLines(single, 1, 1_000 + i);
            String renamed = Files.readString(single).replace("\"syn-0\"", "\"added-" + i + "\"");
            Files.writeString(single, renamed);
            singles.add(single);
        }
        long[] raw = new long[rounds];
        long[] arshif = new long[rounds];
        try (RawLuceneBaseline baseline = new RawLuceneBaseline(work.resolve("raw"))) {
            baseline.index(List.of(base), "date");
        }
        ObjectMapper json = new ObjectMapper();
        try (FSDirectory rawDirectory = FSDirectory.open(work.resolve("raw"));
             IndexWriter rawWriter = new IndexWriter(rawDirectory, new IndexWriterConfig(new ArabicAnalyzer())
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND));
             SearcherManager rawSearchers = new SearcherManager(rawWriter, null)) {
            try (LuceneArchive archive = LuceneArchive.open(work.resolve("arshif"))) {
                archive.importArticles(new FileImporter(List.of(base), FieldMapping.DEFAULT), ImportMonitor.NONE);
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
