package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.arshif.model.Problem;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a large import the archive's segments are merged down to a few (a search walks every segment's dictionary
 * for each word's forms); a merge changes no answer, and a small import or a cancelled one merges nothing.
 */
class SegmentSettlingTest {

    @TempDir
    Path dir;

    @Test
    void aLargeImportIsOneThatWroteAFifthOfTheArchive() {
        assertTrue(SegmentSettling.isLargeImport(1, 1));
        assertTrue(SegmentSettling.isLargeImport(200, 1_000));
        assertFalse(SegmentSettling.isLargeImport(199, 1_000));
        assertFalse(SegmentSettling.isLargeImport(1, 1_000_001), "one article added to a million");
        assertFalse(SegmentSettling.isLargeImport(0, 0), "an import that wrote nothing");
        assertTrue(SegmentSettling.isLargeImport(Long.MAX_VALUE, 1_000_000), "an upgrade");
    }

    @Test
    void theTargetIsOneSegmentPerSegmentSizeAtLeastOne() {
        assertEquals(1, SegmentSettling.target(0));
        assertEquals(1, SegmentSettling.target(SegmentSettling.SEGMENT_BYTES));
        assertEquals(2, SegmentSettling.target(SegmentSettling.SEGMENT_BYTES + 1));
        assertEquals(5, SegmentSettling.target(7_000L << 20), "a million articles (about 7 GB)");
    }

    /** Eight segments of a small index: owed a merge down to one; five are within the slack. */
    @Test
    void manySegmentsAreMergedDownToTheTarget() throws Exception {
        Path folder = dir.resolve("eight");
        try (FSDirectory directory = FSDirectory.open(folder);
             IndexWriter writer = writerWithSegments(directory, 8, new ConcurrentMergeScheduler())) {
            SegmentInfos committed = SegmentInfos.readLatestCommit(directory);
            assertEquals(8, committed.size());
            int target = SegmentSettling.owedTarget(committed, folder);
            assertEquals(1, target);
            writer.forceMerge(target, false);
            assertTrue(SegmentSettling.awaitMerges(writer, ImportMonitor.NONE));
            writer.commit();
            assertEquals(1, SegmentInfos.readLatestCommit(directory).size());
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertEquals(8, reader.numDocs());
            }
        }
        Path five = dir.resolve("five");
        try (FSDirectory directory = FSDirectory.open(five);
             IndexWriter writer = writerWithSegments(directory, 5, new ConcurrentMergeScheduler())) {
            assertEquals(0, SegmentSettling.owedTarget(SegmentInfos.readLatestCommit(directory), five));
        }
    }

    /**
     * A cancel or an interrupt cuts the wait short while a merge runs (held here until released), the interrupt
     * kept; once the merge ends, the wait ends too.
     */
    @Test
    void aCancelOrAnInterruptCutsTheWaitShortWhileAMergeRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ConcurrentMergeScheduler held = new ConcurrentMergeScheduler() {
            @Override
            protected void doMerge(MergeSource source, MergePolicy.OneMerge merge) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                super.doMerge(source, merge);
            }
        };
        try (FSDirectory directory = FSDirectory.open(dir.resolve("held"));
             IndexWriter writer = writerWithSegments(directory, 8, held)) {
            writer.forceMerge(1, false);
            assertFalse(writer.getMergingSegments().isEmpty(), "the merge runs");
            assertFalse(SegmentSettling.awaitMerges(writer, new ImportMonitor() {
                @Override
                public boolean isCancelled() {
                    return true;
                }
            }));
            Thread.currentThread().interrupt();
            try {
                assertFalse(SegmentSettling.awaitMerges(writer, ImportMonitor.NONE));
                assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept");
            } finally {
                Thread.interrupted();
            }
            release.countDown();
            assertTrue(SegmentSettling.awaitMerges(writer, ImportMonitor.NONE));
            writer.commit();
            assertEquals(1, SegmentInfos.readLatestCommit(directory).size());
        }
    }

    /**
     * Two large imports, each merged to one segment (the slack set to none, as for an archive of millions), the
     * second replacing twenty articles of the first (the merge drops the replaced ones, whose statistics the unmerged
     * archive takes away itself), then one article more (a small import: not merged); the same imports into an
     * archive never merged answer every query alike, hit for hit, score for score, snippet for snippet, and its last
     * commit records the same state.
     */
    @Test
    void aLargeImportLeavesTheArchiveMergedAndEveryAnswerAsBefore() throws Exception {
        Path merged = dir.resolve("merged");
        Path unmerged = dir.resolve("unmerged");
        List<Integer> segments = new ArrayList<>();
        withSlack("0", () -> importInThree(merged, segments));
        assertEquals(List.of(1, 1, 2), segments, "after each of the three imports");
        List<Integer> unmergedSegments = new ArrayList<>();
        withSlack("1000", () -> importInThree(unmerged, unmergedSegments));
        assertTrue(unmergedSegments.get(1) >= 2, "the archive compared holds several segments: " + unmergedSegments);
        assertEquals(commitData(unmerged), commitData(merged), "the merge's commit records the state just committed");
        try (LuceneArchive a = LuceneArchive.open(merged); LuceneArchive b = LuceneArchive.open(unmerged)) {
            for (String query : List.of("أستانا", "المعارضة السورية", "وكالة", "النفط", "", "الرياض")) {
                for (SortOrder sort : SortOrder.values()) {
                    SearchQuery asked = SearchQuery.of(query).withSort(sort).withPage(0, 50);
                    assertEquals(answer(b, asked), answer(a, asked), query + " " + sort);
                }
            }
        }
    }

    /**
     * Twenty articles written with أستانة, then corrected to أستانا (found by a reviewer: merged, the archive found the
     * corrected articles for أستانة, as another spelling of a word no live article writes; not merged, it found
     * nothing, the replaced versions still counting as holding the word). Both now answer as an archive that never
     * held the first versions.
     */
    @Test
    void aWordOnlyReplacedArticlesWroteIsWrittenNowhereMergedOrNot() throws Exception {
        // Two imports only, a tenth of the first replaced: too few segments and deletions for the merge policy to merge
        // (and drop the replaced articles) by itself.
        List<Article> first = new ArrayList<>(withWord(0, 20, "أستانة"));
        first.addAll(articles(20, 180, ""));
        List<Article> second = new ArrayList<>(withWord(0, 20, "أستانا"));
        second.addAll(articles(200, 60, ""));
        withSlack("-1", () -> importAll(dir.resolve("merged-word"), List.of(first, second)));
        withSlack("1000", () -> importAll(dir.resolve("unmerged-word"), List.of(first, second)));
        List<Article> never = new ArrayList<>(articles(20, 180, "")); // the others' live articles, none replaced
        never.addAll(second);
        withSlack("1000", () -> importAll(dir.resolve("clean-word"), List.of(never)));
        try (FSDirectory directory = FSDirectory.open(dir.resolve("unmerged-word"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.hasDeletions(), "the replaced versions are still in the unmerged archive");
        }
        try (LuceneArchive merged = LuceneArchive.open(dir.resolve("merged-word"));
             LuceneArchive unmerged = LuceneArchive.open(dir.resolve("unmerged-word"));
             LuceneArchive clean = LuceneArchive.open(dir.resolve("clean-word"))) {
            for (String query : List.of("أستانة", "استانه", "أستانا")) {
                SearchQuery asked = SearchQuery.of(query).withSort(SortOrder.NEWEST).withPage(0, 50);
                List<String> answer = ids(clean, asked);
                assertEquals(answer, ids(merged, asked), query + ", merged");
                assertEquals(answer, ids(unmerged, asked), query + ", not merged");
            }
            assertTrue(clean.search(SearchQuery.of("أستانة")).total() > 0, "the corrected articles, as a spelling");
        }
    }

    /**
     * A merge that finds damage (a stored-fields file whose checksum no longer matches, in an archive too large to
     * verify at each open) closes Lucene's writer: the import says that every article was imported and that the merge failed, with
     * Lucene's reason, and marks the archive for a check at its next open; nothing is printed by a merge thread.
     */
    @Test
    void aMergeThatFindsDamageSaysSoAndMarksTheArchiveForACheck() throws Exception {
        Path folder = dir.resolve("damaged");
        withSlack("-1", () -> importAll(folder, List.of(articles(0, 200, ""))));
        Path stored;
        try (var files = java.nio.file.Files.list(folder)) {
            stored = files.filter(file -> file.getFileName().toString().endsWith(".fdt")).findFirst().orElseThrow();
        }
        // The file's checksum, its last byte: every article reads as before (the import's own work, which reads stored
        // fields, goes through), and only a whole-file check — the merge's — finds the damage.
        byte[] bytes = java.nio.file.Files.readAllBytes(stored);
        bytes[bytes.length - 1] ^= 0x01;
        java.nio.file.Files.write(stored, bytes);
        System.setProperty("arshif.verifyBelowBytes", "0");
        try {
            withSlack("-1", () -> {
                try (LuceneArchive archive = LuceneArchive.open(folder)) {
                    ArchiveException failed = org.junit.jupiter.api.Assertions.assertThrows(ArchiveException.class,
                            () -> archive.importArticles(TestArticles.sourceOf(articles(200, 60, "")),
                                    ImportMonitor.NONE));
                    Problem problem = failed.problem().orElseThrow();
                    assertEquals(Problem.Code.IMPORT_MERGE_FAILED, problem.code());
                    assertEquals("60", problem.args().get(1));
                    assertTrue(problem.text(java.util.Locale.ENGLISH).startsWith("every article was imported (60), but"
                            + " merging the archive's segments after it failed: checksum failed"),
                            problem.text(java.util.Locale.ENGLISH));
                }
            });
        } finally {
            System.clearProperty("arshif.verifyBelowBytes");
        }
        assertTrue(java.nio.file.Files.exists(folder.resolve(LuceneArchive.UNCHECKED_MARKER)), "checked at next open");
    }

    /** Articles {@code first}… whose body writes {@code word}. */
    private static List<Article> withWord(int first, int count, String word) {
        List<Article> articles = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            articles.add(TestArticles.article("settle-" + i, "خبر رقم " + i, LocalDate.of(2017, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? "سبق" : "الرياض", "عقدت في " + word + " جولة جديدة من المحادثات، الخبر " + i + "."));
        }
        return articles;
    }

    private static void importAll(Path folder, List<List<Article>> imports) throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            for (List<Article> articles : imports) {
                archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
            }
        }
    }

    private static List<String> ids(LuceneArchive archive, SearchQuery query) throws Exception {
        var result = archive.search(query);
        List<String> ids = new ArrayList<>(List.of(Long.toString(result.total())));
        result.hits().forEach(hit -> ids.add(hit.id()));
        return ids;
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void withSlack(String slack, Step step) throws Exception {
        System.setProperty("arshif.segmentSlack", slack);
        try {
            step.run();
        } finally {
            System.clearProperty("arshif.segmentSlack");
        }
    }

    private static void importInThree(Path folder, List<Integer> segments) throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            for (int part = 0; part < 3; part++) {
                List<Article> articles = switch (part) {
                    case 0 -> articles(0, 60, "");
                    case 1 -> {
                        List<Article> more = new ArrayList<>(articles(60, 60, ""));
                        more.addAll(articles(0, 20, " وصححت الصحيفة الخبر لاحقًا في طبعتها الثانية."));
                        yield more;
                    }
                    default -> articles(500, 1, "");
                };
                archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
                try (FSDirectory directory = FSDirectory.open(folder)) {
                    segments.add(SegmentInfos.readLatestCommit(directory).size());
                }
            }
        }
    }

    private static List<Article> articles(int first, int count, String correction) {
        String[] bodies = {
                "انطلقت في أستانا الجولة السابعة من المحادثات السورية بمشاركة المعارضة السورية والوفد الحكومي.",
                "نقلت وكالة سبوتنيك عن مصادر في الرياض أن أسعار النفط ارتفعت اليوم.",
                "قالت المعارضة إن الجولة المقبلة في أستانا ستبحث ملف المعتقلين.",
                "أعلنت وزارة الطاقة في الرياض خطة لخفض إنتاج النفط."};
        List<Article> articles = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            articles.add(TestArticles.article("settle-" + i, "خبر رقم " + i, LocalDate.of(2017, 1 + i % 12, 1 + i % 28),
                    i % 2 == 0 ? "سبق" : "الرياض", bodies[i % bodies.length] + " الخبر " + i + "." + correction,
                    bodies[(i + 1) % bodies.length]));
        }
        return articles;
    }

    private static List<String> answer(LuceneArchive archive, SearchQuery query) throws Exception {
        var result = archive.search(query);
        List<String> lines = new ArrayList<>();
        lines.add(result.total() + " " + result.months());
        for (SearchHit hit : result.hits()) {
            lines.add(hit.id() + " " + hit.score() + " " + hit.snippet());
        }
        return lines;
    }

    /**
     * The last commit's state but what replaced articles still count, segment by segment: the merge dropped them
     * (their statistics are the same either way: the answers above).
     */
    private static java.util.Map<String, String> commitData(Path folder) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder)) {
            java.util.Map<String, String> data = new java.util.TreeMap<>(
                    SegmentInfos.readLatestCommit(directory).getUserData());
            data.remove(LiveStatisticsSearcher.SHARES_KEY);
            return data;
        }
    }

    /** A writer on an index of {@code count} one-document commits, each its own segment. */
    private static IndexWriter writerWithSegments(FSDirectory directory, int count, MergeScheduler merges)
            throws Exception {
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ArabicSearchAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE).setMergeScheduler(merges));
        for (int i = 0; i < count; i++) {
            Document doc = new Document();
            doc.add(new TextField(ArchiveFields.BODY, "نص المقال رقم " + i, Field.Store.YES));
            writer.addDocument(doc);
            writer.commit();
        }
        // Merged by the archive's policy from here, as the archive's writer would.
        writer.getConfig().setMergePolicy(LuceneArchive.mergePolicy());
        return writer;
    }
}
