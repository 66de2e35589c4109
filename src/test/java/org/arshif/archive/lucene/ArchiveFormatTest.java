package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every commit records the archive format and analysis version; a newer one is refused untouched, an older one
 * brought up to date (the upgrade itself: {@link ArchiveUpgradeTest}); an index of a Lucene this one cannot read is
 * said to be so, never damaged.
 */
class ArchiveFormatTest {

    @TempDir
    Path dir;

    @Test
    void anArchiveOfANewerFormatIsRefusedAndLeftUntouched() throws Exception {
        Path folder = dir.resolve("newer");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            TestArticles.fill(archive);
        }
        replaceCommitData(folder, Map.of("arshif.format", "99", "arshif.derived", "yes"));
        var bytes = ArchiveBytes.of(folder);
        for (var open : List.<ThrowingOpen>of(LuceneArchive::open, LuceneArchive::openReadOnly)) {
            ArchiveException refused = assertThrows(ArchiveException.class, () -> open.open(folder).close());
            assertTrue(refused.getMessage().contains("was made by a newer Arshif (archive format 99"),
                    refused.getMessage());
            assertTrue(!(refused instanceof DamagedArchiveException), "not damage");
        }
        assertEquals(bytes, ArchiveBytes.of(folder), "not a byte written");
    }

    @Test
    void anArchiveOfTodaysFormatIndexedWithANewerAnalysisIsRefusedAndLeftUntouched() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        replaceCommitData(folder, Map.of("arshif.format", Integer.toString(CommitState.FORMAT),
                "arshif.analysis", Integer.toString(CommitState.ANALYSIS + 1), "arshif.derived", "yes"));
        var bytes = ArchiveBytes.of(folder);
        for (var open : List.<ThrowingOpen>of(LuceneArchive::open, LuceneArchive::openReadOnly)) {
            ArchiveException refused = assertThrows(ArchiveException.class, () -> open.open(folder).close());
            assertTrue(refused.getMessage().contains("was made by a newer Arshif (archive format " + CommitState.FORMAT
                    + ", analysis " + (CommitState.ANALYSIS + 1)), refused.getMessage());
        }
        assertEquals(bytes, ArchiveBytes.of(folder), "not upgraded, not downgraded: not a byte written");
    }

    @Test
    void derivedStateMadeByAnOlderArshifsRulesIsDerivedAfreshAtTheNextWritableOpen() throws Exception {
        Path folder = dir.resolve("older-rules");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    TestArticles.article("a", "", LocalDate.of(2018, 1, 1), "", "استغل التاجر الهم مرة."),
                    TestArticles.article("b", "", LocalDate.of(2018, 1, 2), "", "استغل الوسيط الهم مرتين."),
                    TestArticles.article("c", "", LocalDate.of(2018, 1, 3), "", "ندد البيان استغلالهم."))),
                    ImportMonitor.NONE);
        }
        Map<String, String> data = new HashMap<>(commitData(folder));
        // What the rules before "yes 2" derived and committed: استغلالهم listed as استغل + الهم.
        data.put("arshif.derived", "yes");
        data.put("arshif.glued", "استغل\tاستغلالهم\nالهم\tاستغلالهم\n");
        replaceCommitData(folder, data);
        try (LuceneArchive readOnly = LuceneArchive.openReadOnly(folder)) {
            assertEquals(List.of("a", "b"), readOnly.search(SearchQuery.of("الهم")).hits().stream()
                    .map(SearchHit::id).sorted().toList(), "owed: worked out in memory by today's rules");
            assertTrue(!readOnly.verifyDerivedState(), "still owed until a writable open");
        }
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertTrue(archive.verifyDerivedState());
            assertEquals(List.of("a", "b"), archive.search(SearchQuery.of("الهم")).hits().stream()
                    .map(SearchHit::id).sorted().toList());
        }
        assertEquals("yes 2", commitData(folder).get("arshif.derived"));
    }

    private static Map<String, String> commitData(Path folder) throws Exception {
        try (var directory = FSDirectory.open(folder)) {
            return SegmentInfos.readLatestCommit(directory).getUserData();
        }
    }

    /**
     * An index whose segments file a newer or an older Lucene wrote (its header's version, bytes 13 to 16, set out of
     * this Lucene's range) is described as such, never as damage, and left as it is.
     */
    @ParameterizedTest
    @ValueSource(ints = {99, 1})
    void anIndexOfALuceneThisVersionCannotReadIsNotCalledDamaged(int segmentsVersion) throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        Path segments;
        try (Stream<Path> files = Files.list(folder)) {
            segments = files.filter(file -> file.getFileName().toString().startsWith("segments_")).findFirst()
                    .orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(segments);
        java.nio.ByteBuffer.wrap(bytes).putInt(13, segmentsVersion);
        Files.write(segments, bytes);
        var before = ArchiveBytes.of(folder);
        for (var open : List.<ThrowingOpen>of(LuceneArchive::open, LuceneArchive::openReadOnly)) {
            ArchiveException refused = assertThrows(ArchiveException.class, () -> open.open(folder).close());
            assertTrue(!(refused instanceof DamagedArchiveException), "not damage: " + refused.getMessage());
            assertTrue(refused.getMessage().contains(segmentsVersion > 1
                    ? "was written by a newer Arshif, whose index this version cannot read: it was left untouched"
                    : "was written by an Arshif too old for this version to read its index"), refused.getMessage());
        }
        assertEquals(before, ArchiveBytes.of(folder), "left as it was");
    }

    @Test
    void anArchiveFromBeforeTheStateWasKeptGetsItsDerivedStateAndHistoryAtTheFirstWritableOpen() throws Exception {
        Path folder = dir.resolve("older");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            TestArticles.fill(archive);
        }
        List<String> history = Files.readAllLines(folder.resolve(ArchiveLocation.HISTORY_COPY));
        replaceCommitData(folder, Map.of()); // as the previous version left its commits
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertEquals(6, reader.search(SearchQuery.of("")).total(), "read-only: derived in memory");
        }
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertTrue(upgraded.verifyDerivedState());
        }
        assertEquals(history, new ArchiveRebuild(folder).committedHistory().orElseThrow(), "the side file's history adopted");
    }

    @Test
    void anArchiveWhoseSegmentsPredateTheSortableIdKeepsSearchingAndImporting() throws Exception {
        Path folder = dir.resolve("first-version");
        try (var directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ArabicSearchAnalyzer()))) {
            for (String id : List.of("old-1", "old-2")) {
                // The document the first version wrote: today's, less the fields added since; no commit data.
                var doc = ArticleDocuments.toDocument(TestArticles.article(id, "خبر قديم عن أستانا " + id,
                        LocalDate.of(2017, 10, 29), "الرياض", "نص قديم عن محادثات أستانا"), 0);
                doc.removeFields(ArchiveFields.IMPORT);
                doc.removeFields(ArchiveFields.ID_ORDER);
                writer.addDocument(doc);
            }
            writer.commit();
        }
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(2, archive.search(SearchQuery.of("أستانا")).total());
            archive.importArticles(TestArticles.sourceOf(List.of(TestArticles.article("old-1", "خبر مصحح",
                    LocalDate.of(2017, 10, 30), "الرياض", "نص مصحح عن محادثات أستانا"))),
                    ImportMonitor.NONE);
            assertEquals(2, archive.search(SearchQuery.of("أستانا")).total(), "replaced, not added");
            assertEquals("خبر مصحح", archive.get("old-1").orElseThrow().title());
            assertTrue(archive.verifyDerivedState());
        }
    }

    private interface ThrowingOpen {
        LuceneArchive open(Path folder) throws ArchiveException;
    }

    private static void replaceCommitData(Path folder, Map<String, String> data) throws Exception {
        try (var directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig()
                     .setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        Files.deleteIfExists(folder.resolve("arshif.open"));
    }
}
