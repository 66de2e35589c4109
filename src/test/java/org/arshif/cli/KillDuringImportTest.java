package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.archive.TestArticles;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} in the middle of a large import, in a real child process: the archive opens afterwards with every
 * article from before and a consistent part of the new ones, and the same import run again completes it without
 * duplicates.
 */
class KillDuringImportTest {

    static final int NEW_ARTICLES = 20_000;
    static final int COMMIT_EVERY = 1_000;

    @TempDir
    Path dir;

    static String body(int i) {
        return ("مقال رقم " + i + " عن محادثات أستانا والمفاوضات السورية في جولتها السابعة. ").repeat(12);
    }

    @Test
    void anImportKilledMidwayLosesNothingFromBeforeAndCompletesWhenRunAgain() throws Exception {
        Path archiveDir = dir.resolve("archive");
        List<Article> before = TestArticles.sample();
        try (LuceneArchive archive = LuceneArchive.open(archiveDir)) {
            archive.importArticles(TestArticles.sourceOf(before), ImportMonitor.NONE);
        }
        Path feed = dir.resolve("feed.jsonl");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int i = 0; i < NEW_ARTICLES; i++) {
                ObjectNode record = json.createObjectNode().put("id", "new-" + i).put("title", "خبر " + i)
                        .put("date", "2017-10-30").put("content", body(i));
                out.write(json.writeValueAsString(record));
                out.newLine();
            }
        }

        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-Darshif.commitEvery=" + COMMIT_EVERY,
                "-cp", System.getProperty("java.class.path"), "org.arshif.Main", "import",
                "--archive=" + archiveDir, feed.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        long seen = waitForCommittedArticles(archiveDir, before.size() + 2 * COMMIT_EVERY, child);
        child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no commit
        assertTrue(child.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        assertTrue(seen < before.size() + NEW_ARTICLES, "killed while importing, not after: " + seen);

        long survived;
        try (LuceneArchive archive = LuceneArchive.open(archiveDir)) {
            archive.verify(); // every file's checksum
            survived = archive.stats().articles() - before.size();
            assertTrue(survived >= 2 * COMMIT_EVERY && survived < NEW_ARTICLES, "new articles kept: " + survived);
            for (Article article : before) {
                assertEquals(article.paragraphs(), archive.get(article.id()).orElseThrow().paragraphs());
            }
            // The new articles that survived are whole ones, each once (the feed's bodies differ by a number: they
            // are copies of one text, listed in one row with their copies).
            var all = archive.search(SearchQuery.of("").withPage(0, (int) survived + before.size()));
            Set<String> ids = new java.util.HashSet<>();
            for (var hit : all.hits()) {
                List<String> row = new java.util.ArrayList<>(List.of(hit.id()));
                hit.copies().forEach(copy -> row.add(copy.id()));
                for (String id : row) {
                    assertTrue(ids.add(id), "once: " + id);
                    if (id.startsWith("new-")) {
                        int i = Integer.parseInt(id.substring(4));
                        assertEquals(List.of(body(i).strip()), archive.get(id).orElseThrow().paragraphs());
                    }
                }
            }
            assertEquals(survived + before.size(), ids.size());

            ImportReport again = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                    ImportMonitor.NONE);
            assertEquals(NEW_ARTICLES - survived, again.added());
            assertEquals(survived, again.unchanged(), "the articles that survived the kill are read as they were");
            assertEquals(0, again.updated());
            assertEquals(before.size() + NEW_ARTICLES, archive.stats().articles(), "no duplicates");
        }
    }

    /** Polls the archive read-only (as a second process would) until it holds this many articles. */
    private static long waitForCommittedArticles(Path archiveDir, long wanted, Process child) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the import ended before it could be killed");
            try (LuceneArchive reader = LuceneArchive.openReadOnly(archiveDir)) {
                long articles = reader.stats().articles();
                if (articles >= wanted) {
                    return articles;
                }
            } catch (ArchiveException e) {
                // between commits a reader may find files just replaced; try again
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no commit seen within two minutes; child log: "
                + Files.readString(archiveDirSibling(archiveDir)));
    }

    private static Path archiveDirSibling(Path archiveDir) {
        return archiveDir.resolveSibling("child.log");
    }

}
