package org.arshif.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * The upgrade in place of an archive of an older format against the import that made it, in the same run: a synthetic
 * archive of N articles is imported, its commit then marked as format 2 (what an archive written before the analysis
 * version was recorded holds), and opened again, which indexes every article again from the stored fields, works the
 * copy groups and run-together words out afresh and commits once. The answers to 200 queries are compared before and
 * after (same ids, same order).
 *
 * <pre>
 * mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.UpgradeBenchmark -Dbench.args="--articles=100000"
 * </pre>
 */
public final class UpgradeBenchmark {

    private UpgradeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchArguments arguments = BenchArguments.parse(args, 100_000, Path.of("target/bench-upgrade"));
        long articles = arguments.articles();
        Path work = arguments.work();
        Files.createDirectories(work);
        SyntheticCorpus corpus = new SyntheticCorpus(200_000, 42);
        Path base = work.resolve("base.jsonl");
        corpus.writeJsonLines(base, articles, 7);
        List<String> queries = corpus.queries(200, 11);
        Path folder = work.resolve("arshif-" + System.nanoTime());

        long started = System.nanoTime();
        List<List<String>> before;
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(new FileImporter(List.of(base), FieldMapping.DEFAULT), ImportMonitor.NONE);
            before = answers(archive, queries);
        }
        long importNanos = System.nanoTime() - started;
        markAsFormat2(folder);

        AtomicLong total = new AtomicLong(-1);
        started = System.nanoTime();
        List<List<String>> after;
        try (LuceneArchive archive = LuceneArchive.open(folder, new ImportMonitor() {
            @Override
            public void total(long records) {
                total.set(records);
            }
        })) {
            long upgradeNanos = System.nanoTime() - started;
            after = answers(archive, queries);
            System.out.printf(Locale.ROOT, "articles %,d (upgrade announced %,d)%n", articles, total.get());
            System.out.printf(Locale.ROOT, "import (with its copy groups and run-together words): %.1f s%n",
                    importNanos / 1e9);
            System.out.printf(Locale.ROOT, "upgrade at open (verify, index again, derive, commit): %.1f s%n",
                    upgradeNanos / 1e9);
            System.out.printf(Locale.ROOT, "upgrade / import: %.2f%n", (double) upgradeNanos / importNanos);
        }
        System.out.println("answers to " + queries.size() + " queries the same before and after: " + before.equals(after));
    }

    /** Rewrites the last commit's data as an Arshif of format 2 left it: no analysis version. */
    private static void markAsFormat2(Path folder) throws Exception {
        try (var directory = FSDirectory.open(folder)) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            data.put("arshif.format", "2");
            data.remove("arshif.analysis");
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
                writer.setLiveCommitData(data.entrySet());
                writer.commit();
            }
        }
    }

    private static List<List<String>> answers(LuceneArchive archive, List<String> queries) throws Exception {
        List<List<String>> answers = new ArrayList<>();
        for (String query : queries) {
            answers.add(archive.search(new SearchQuery(query, null, null, null, SortOrder.RELEVANCE, 0, 10)).hits()
                    .stream().map(SearchHit::id).toList());
        }
        return answers;
    }
}
