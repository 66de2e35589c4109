package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;
import org.arshif.model.ContentIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record without an id or a url has an id derived from its content, its date included. Before commit
 * 2b0fccd a date in figures with a Hijri year (1439-02-10) was refused (undated, its id derived with no date); now the
 * same record is dated 2017-10-30 and its id derived with that day. Importing the same file again into an archive
 * made before must update its article, as importing the same record again always does (ContentIds), not add a second.
 */
class HijriDateIdsTest {

    private static final String TITLE = "انطلاق الجولة السابعة من محادثات أستانا";
    private static final String BODY = "انطلقت في أستانا اليوم الجولة السابعة من المحادثات حول سوريا بحضور الدول الضامنة.";
    private static final String SOURCE = "واس";

    @TempDir
    Path dir;

    @Test
    void aHijriDatedRecordImportedAgainIntoAnArchiveOfTheVersionBeforeIsNotDuplicated() throws Exception {
        Path file = Files.writeString(dir.resolve("wire.jsonl"), "{\"title\": \"" + TITLE
                + "\", \"date\": \"1439-02-10\", \"source\": \"" + SOURCE + "\", \"content\": \"" + BODY + "\"}\n");
        // The article as the version before 2b0fccd imported this record: undated, its date kept as written.
        Article before = new Article(ContentIds.of(TITLE, null, List.of(BODY), SOURCE), TITLE, false, null, SOURCE,
                "", "", List.of(BODY), file + ":1", "1439-02-10");
        Path undated = Files.writeString(dir.resolve("undated.jsonl"), "{\"title\": \"" + TITLE + "\", \"source\": \""
                + SOURCE + "\", \"content\": \"" + BODY + "\"}\n");
        assertEquals(before.id(), org.arshif.archive.CollectingSink.readAll(new FileImporter(List.of(undated),
                FieldMapping.DEFAULT)).articles.getFirst().id(), "the id an undated record gets: the one it had");
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(before)), ImportMonitor.NONE);
            archive.importArticles(new FileImporter(List.of(file), FieldMapping.DEFAULT), ImportMonitor.NONE);
            assertEquals(1, archive.stats().articles(), "the same record, imported again");
            assertEquals(LocalDate.of(2017, 10, 30), archive.stats().earliest(), "now dated, as read in Hijri");
        }
    }
}
