package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.arshif.model.ImportReport;
import org.arshif.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import interrupted at each point of its write path (its thread interrupted, as a window's cancelled task is)
 * keeps exactly what it says it kept: the articles it had written are committed as its own, under its line of the
 * history, and the next import's report counts that import's articles only (a failed import's articles left in the
 * writer were once committed by the next import and reported as its own: added=19873, repeated=-19872).
 */
class InterruptedImportTest {

    static final LocalDate DAY = LocalDate.of(2015, 7, 22);

    @TempDir
    Path dir;

    @AfterEach
    void noInterruptLeft() {
        CrashPoints.interruptAt(null, null);
        Thread.interrupted();
        System.clearProperty("arshif.segmentSlack");
    }

    /** Every import here merges its segments after it (a large import; no segment left beside the target). */
    @ParameterizedTest
    @ValueSource(strings = {"reading", "articles-prepared", "articles-committed", "groups-written", "glued-found",
            "derived-prepared", "derived-committed", "segments-merged", "settled-prepared", "settled-committed"})
    void theArticlesAnInterruptedImportSaysItKeptAreItsOwnAndTheNextImportReportsOnlyItsOwn(String point)
            throws Exception {
        System.setProperty("arshif.segmentSlack", "0");
        Path folder = dir.resolve("archive");
        LuceneArchive archive = LuceneArchive.open(folder);
        archive.importArticles(source(feed("a", 30), "a"), ImportMonitor.NONE);
        List<Article> b = feed("b", 40);
        long kept;
        CrashPoints.interruptAt(point, Thread.currentThread());
        try {
            ImportReport report = archive.importArticles(point.equals("reading") ? interruptedAfter(b, 20, "b")
                    : source(b, "b"), ImportMonitor.NONE);
            kept = report.imported(); // interrupted after its articles were committed: it finished
            assertEquals(40, report.added());
        } catch (ArchiveException stopped) {
            Problem problem = stopped.problem().orElseThrow();
            kept = problem.code() == Problem.Code.IMPORT_STOPPED_KEPT
                    ? Long.parseLong(String.valueOf(problem.args().get(1)).replace(",", "")) : 0;
        } finally {
            CrashPoints.interruptAt(null, null);
            Thread.interrupted();
        }
        assertEquals(point.equals("reading") ? 20 : 40, kept, "every article written before the interrupt is kept");
        assertEquals(30 + kept, archive.stats().articles(), "kept as it says");
        if (point.startsWith("segments-") || point.startsWith("settled-")) {
            try (var directory = FSDirectory.open(folder)) {
                assertEquals(1, org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size(),
                        "interrupted at its end, the import's merge was committed all the same");
            }
        }

        ImportReport next = archive.importArticles(source(feed("c", 25), "c"), ImportMonitor.NONE);
        assertEquals(List.of(25L, 0L, 0L), List.of(next.added(), next.updated(), next.repeated()),
                "the next import reports its own articles only");
        assertEquals(List.of("a", "b", "c"), committedHistory(folder));
        assertTrue(archive.verifyDerivedState());
        archive.close(); // commits nothing of its own

        archive = LuceneArchive.open(folder);
        try {
            assertEquals(30 + kept + 25, archive.stats().articles(), "as reported, after closing and opening again");
            assertEquals(List.of("a", "b", "c"), committedHistory(folder));
            ImportReport again = archive.importArticles(source(b, "b"), ImportMonitor.NONE);
            assertEquals(List.of(40 - kept, 0L, kept), List.of(again.added(), again.updated(), again.unchanged()),
                    "run again, the import adds what was missing and finds what it had kept unchanged");
            assertTrue(archive.verifyDerivedState());
        } finally {
            archive.close();
        }
    }

    private static List<String> committedHistory(Path folder) throws Exception {
        try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return CommitState.of(reader.getIndexCommit().getUserData()).history();
        }
    }

    /** Articles of one feed, each its own text. */
    static List<Article> feed(String name, int count) {
        String[] words = "المطر الرياح الحرارة الطريق الجسر المطار الميناء السوق المدرسة الجامعة الملعب المستشفى"
                .split(" ");
        java.util.Random random = new java.util.Random(name.hashCode());
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder("قال مراسلنا في ").append(name).append(' ');
            for (int w = 0; w < 30; w++) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            articles.add(TestArticles.article(name + "-" + i, "خبر " + name + " رقم " + i, DAY.plusDays(i % 5),
                    "صحيفة " + name, body.toString().strip()));
        }
        return articles;
    }

    static ArticleSource source(List<Article> articles, String line) {
        return new ArticleSource() {
            @Override
            public void readInto(ArticleSink sink) {
                articles.forEach(sink::accept);
            }

            @Override
            public List<String> rereadInstructions() {
                return List.of(line);
            }
        };
    }

    /** A file whose reading thread is interrupted after {@code after} records: the read fails as a channel's does. */
    static ArticleSource interruptedAfter(List<Article> articles, int after, String line) {
        return new ArticleSource() {
            @Override
            public void readInto(ArticleSink sink) throws ClosedByInterruptException {
                for (int i = 0; i < articles.size(); i++) {
                    if (i == after) {
                        Thread.currentThread().interrupt();
                        throw new ClosedByInterruptException();
                    }
                    sink.accept(articles.get(i));
                }
            }

            @Override
            public List<String> rereadInstructions() {
                return List.of(line);
            }
        };
    }
}
