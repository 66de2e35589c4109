package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching and reading go on while an import runs, and see its articles as each intermediate commit lands. */
class SearchDuringImportTest {

    @TempDir
    Path dir;

    @AfterEach
    void defaultCommits() {
        System.clearProperty("arshif.commitEvery");
    }

    @Test
    void searchesAnswerDuringAnImportAndSeeEachCommit() throws Exception {
        System.setProperty("arshif.commitEvery", "500");
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            TestArticles.fill(archive);
            long before = archive.stats().articles();
            CountDownLatch paused = new CountDownLatch(1);
            CountDownLatch resume = new CountDownLatch(1);
            AtomicLong committed = new AtomicLong();
            ImportMonitor monitor = new ImportMonitor() {
                @Override
                public void committed(long imported) {
                    committed.set(imported);
                }
            };
            ArticleSource slow = sink -> {
                for (int i = 0; i < 1500; i++) {
                    if (i == 1200) {
                        paused.countDown();
                        try {
                            resume.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                    sink.accept(TestArticles.article("live-" + i, "خبر عاجل " + i, LocalDate.of(2018, 1, 1), "الوكالة",
                            "تواصلت الجولة الثامنة من محادثات أستانا اليوم برقم " + i + "."));
                }
            };
            Thread importing = Thread.ofPlatform().start(() -> {
                try {
                    ImportReport report = archive.importArticles(slow, monitor);
                    assertEquals(1500, report.added());
                } catch (ArchiveException e) {
                    throw new AssertionError(e);
                }
            });
            assertTrue(paused.await(60, TimeUnit.SECONDS));
            // The import holds the writer, mid-way: searches still answer, and see the two commits so far.
            assertEquals(1000, committed.get());
            long seen = archive.search(SearchQuery.of("عاجل")).total();
            assertEquals(1000, seen, "the articles of the commits so far, not those still in flight");
            assertEquals(before + 1000, archive.stats().articles());
            assertTrue(archive.get("live-10").isPresent());
            assertTrue(archive.search(SearchQuery.of("جنيف")).total() > 0, "older articles as before");
            resume.countDown();
            importing.join(60_000);
            assertEquals(1500, archive.search(SearchQuery.of("عاجل")).total());
        }
    }
}
