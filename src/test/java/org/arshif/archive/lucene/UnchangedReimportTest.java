package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Importing a file again: an article read as the archive holds it is unchanged (counted so, its index files not
 * written again), one whose text changed is updated; a record repeating an id of the same import is named with the id
 * and both records (hostile review: «10 updated» for an unchanged file, and a repeat note naming nothing).
 */
class UnchangedReimportTest {

    private static final String FEED = """
            {"id": "spa-1", "title": "افتتاح مستشفى تبوك", "date": "2015-07-22", "source": "واس", "content": "أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمئة سرير."}
            {"id": "spa-2", "title": "أمطار على جدة", "date": "2015-07-23", "source": "عكاظ", "content": "هطلت أمطار غزيرة على جدة مساء أمس وأغلقت عدداً من الأنفاق."}
            {"id": "spa-3", "title": "معرض الكتاب", "date": "2015-07-24", "source": "الرياض", "content": "افتتح معرض الرياض الدولي للكتاب أبوابه بمشاركة خمسمئة دار نشر."}
            """;

    @TempDir
    Path dir;
    Path feed;
    LuceneArchive archive;

    @BeforeEach
    void importOnce() throws Exception {
        feed = Files.writeString(dir.resolve("أخبار.jsonl"), FEED);
        archive = LuceneArchive.open(dir.resolve("archive"));
        ImportReport first = importFiles(feed);
        assertEquals(List.of(3L, 0L, 0L), List.of(first.added(), first.updated(), first.unchanged()));
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    private ImportReport importFiles(Path... files) throws Exception {
        return archive.importArticles(new FileImporter(List.of(files), FieldMapping.DEFAULT), ImportMonitor.NONE);
    }

    /** Every file of the index but the commit point, the lock and the history's copy, with its bytes. */
    private Map<String, String> indexFiles() throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir.resolve("archive"))) {
            for (Path file : list.toList()) {
                String name = file.getFileName().toString();
                if (!name.startsWith("segments_") && !name.equals("write.lock") && !name.startsWith("imports.tsv")) {
                    files.put(name, java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
        }
        return files;
    }

    @Test
    void theSameFileAgainLeavesEveryArticleUnchangedAndTheIndexFilesAsTheyWere() throws Exception {
        Map<String, String> before = indexFiles();
        ImportReport again = importFiles(feed);
        assertEquals(List.of(0L, 0L, 3L, 0L), List.of(again.added(), again.updated(), again.unchanged(),
                again.repeated()), again.toString());
        assertEquals(before, indexFiles(), "nothing was written again");
        assertEquals(3, archive.stats().articles());
        assertEquals(1, archive.search(SearchQuery.of("تبوك")).total());
    }

    @Test
    void aChangedArticleIsUpdatedAndTheOthersUnchanged() throws Exception {
        Files.writeString(feed, FEED.replace("ثلاثمئة سرير", "أربعمئة سرير"));
        ImportReport again = importFiles(feed);
        assertEquals(List.of(0L, 1L, 2L), List.of(again.added(), again.updated(), again.unchanged()));
        assertEquals(1, archive.search(SearchQuery.of("أربعمئة")).total());
        assertEquals(0, archive.search(SearchQuery.of("ثلاثمئة")).total());
        // A title alone, or the source alone, is a change too: every stored field counts.
        Files.writeString(feed, FEED.replace("\"عكاظ\"", "\"المدينة\"").replace("معرض الكتاب", "معرض الرياض للكتاب"));
        ImportReport third = importFiles(feed);
        assertEquals(List.of(0L, 3L, 0L), List.of(third.added(), third.updated(), third.unchanged()),
                "spa-1 back to its first text, spa-2's source and spa-3's title changed");
    }

    @Test
    void aRecordRepeatingAnIdIsNamedWithTheIdAndBothRecords() throws Exception {
        Path other = Files.writeString(dir.resolve("تصحيح.jsonl"), """
                {"id": "new-1", "title": "خبر جديد", "date": "2015-07-25", "content": "نص الخبر الجديد الأول."}
                {"id": "new-1", "title": "خبر جديد مصحح", "date": "2015-07-25", "content": "نص الخبر الجديد بعد تصحيحه."}
                """);
        Path correction = Files.writeString(dir.resolve("spa-2.jsonl"), """
                {"id": "spa-2", "title": "أمطار على جدة", "date": "2015-07-23", "source": "عكاظ", "content": "هطلت أمطار غزيرة على جدة مساء أمس."}
                """);
        ImportReport report = importFiles(other, feed, correction);
        assertEquals(List.of(1L, 1L, 2L, 2L), List.of(report.added(), report.updated(), report.unchanged(),
                report.repeated()), report.toString());
        List<String> said = report.repeats().stream().map(ImportProblem::describe).sorted().toList();
        assertEquals(List.of(
                correction + ", record 1: the id «spa-2» was read before, at " + feed + ", record 2; this later record"
                        + " is the one kept",
                other + ", record 2: the id «new-1» was read before, at " + other + ", record 1; this later record is"
                        + " the one kept"), said);
        assertTrue(report.repeats().stream().map(p -> p.whole().text(Locale.ROOT)).anyMatch(arabic ->
                arabic.contains("«\u2068spa-2\u2069» قُرئ من قبل في \u2068" + feed + "\u2069، السجل 2")),
                "said in Arabic in the window");
        assertEquals("خبر جديد مصحح", archive.get("new-1").orElseThrow().title(), "the later record is kept");
        assertEquals(List.of("هطلت أمطار غزيرة على جدة مساء أمس."), archive.get("spa-2").orElseThrow().paragraphs());
    }

    @Test
    void theSameRecordsFromAnotherFileAreUpdatedForTheArchiveKeepsWhereEachCameFrom() throws Exception {
        Path moved = Files.copy(feed, dir.resolve("moved.jsonl"));
        ImportReport report = importFiles(moved);
        assertEquals(List.of(0L, 3L, 0L), List.of(report.added(), report.updated(), report.unchanged()));
        assertEquals(moved + "#1", archive.get("spa-1").orElseThrow().origin(),
                "the origin is a stored field: the same files give the same archive whatever the order");
        ImportReport again = importFiles(moved);
        assertEquals(List.of(0L, 0L, 3L), List.of(again.added(), again.updated(), again.unchanged()));
    }
}
