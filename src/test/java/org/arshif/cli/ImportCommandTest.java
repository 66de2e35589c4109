package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import command's answers to hostile folders: links out of them, nothing importable. */
class ImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void aLinkOutOfTheFolderIsReportedAndFollowedOnlyWithFollowLinks() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("a.txt"), "خبر عن محادثات أستانا في جولتها السابعة.");
        Path secret = Files.writeString(Files.createDirectories(dir.resolve("outside")).resolve("secret.txt"),
                "كلمة السر الخاصة");
        Files.createSymbolicLink(news.resolve("secret.txt"), Path.of("../outside/secret.txt"));
        String archive = dir.resolve("archive").toString();

        CliRun first = CliRun.of("import", "--archive", archive, news.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Imported: 1 added, 0 updated, 0 unchanged, 1 skipped"), first.out());
        assertTrue(first.out().contains("skipped " + news.resolve("secret.txt") + ": a link to a file outside the"
                + " folder you chose: " + secret.toRealPath() + "; not imported; use --follow-links to import it"),
                first.out());
        assertEquals("0 articles", CliRun.of("search", "--archive", archive, "السر").out().strip());

        CliRun followed = CliRun.of("import", "--archive", archive, "--follow-links", news.toString());
        assertEquals(0, followed.code(), followed.err());
        assertTrue(followed.out().startsWith("Imported: 1 added, 0 updated, 1 unchanged, 0 skipped"), followed.out());
        assertTrue(CliRun.of("search", "--archive", archive, "السر").out().startsWith("1 article"));
    }

    @Test
    void anImportInWhichEveryRecordWasSkippedExitsThree() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
                {"title": "بلا نص", "content": ""}
                not json
                """);
        String archive = dir.resolve("archive").toString();
        CliRun run = CliRun.of("import", "--archive", archive, feed.toString());
        assertEquals(3, run.code());
        assertTrue(run.out().startsWith("Imported: 0 added, 0 updated, 0 unchanged, 2 skipped"), run.out());
        assertEquals("arshif: nothing was imported: every record was skipped (the reasons are listed above)",
                run.err().strip());

        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("import", "--archive", archive, empty.toString());
        assertEquals(3, none.code());
        assertEquals("arshif: nothing was imported: no articles were found", none.err().strip());
    }

    @Test
    void anArticleWithAPlaceholderDateIsImportedUndatedAndShowsTheDateItHad() throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
                {"id": "good", "date": "2017-10-30", "content": "محادثات أستانا في جولتها السابعة."}
                {"id": "placeholder", "date": "9999-12-31", "content": "خبر بتاريخ لا يصدق."}
                {"id": "hijri", "date": "١٤٣٦ رمضان ٨", "content": "خبر بتاريخ هجري."}
                """);
        String archive = dir.resolve("archive").toString();
        CliRun run = CliRun.of("import", "--archive", archive, feed.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Imported: 3 added, 0 updated, 0 unchanged, 0 skipped"), run.out());
        assertTrue(run.out().contains("  note: " + feed + ", record 2: the date «9999-12-31» is not a believable"
                + " publication date (before 1800 or more than a year after the import); imported without a date"),
                run.out());
        assertTrue(run.out().contains("  note: " + feed + ", record 3: the date «١٤٣٦ رمضان ٨» cannot be read;"
                + " imported without a date"), run.out());

        CliRun shown = CliRun.of("show", "--archive", archive, "placeholder");
        assertEquals("undated (the record's date «9999-12-31» could not be kept)", shown.out().lines().toList().get(1));
        JsonNode json = new ObjectMapper().readTree(CliRun.of("show", "--archive", archive, "--json", "hijri").out());
        assertTrue(json.get("date").isNull());
        assertEquals("١٤٣٦ رمضان ٨", json.get("dateRaw").asText());

        JsonNode stats = new ObjectMapper().readTree(CliRun.of("stats", "--archive", archive, "--json").out());
        assertEquals(2, stats.get("undated").asInt());
        assertEquals("2017-10-30", stats.get("earliest").asText());
        assertEquals("2017-10-30", stats.get("latest").asText());
    }

    @Test
    void aFileImportedAgainIsUnchangedAndARepeatedIdIsNamedWithBothRecords() throws Exception {
        Path feed = Files.writeString(dir.resolve("واس.jsonl"), """
                {"id": "spa-1", "title": "افتتاح مستشفى تبوك", "content": "أعلنت وزارة الصحة افتتاح مستشفى في تبوك."}
                {"id": "spa-2", "title": "أمطار على جدة", "content": "هطلت أمطار غزيرة على جدة مساء أمس."}
                {"id": "spa-1", "title": "افتتاح مستشفى تبوك", "content": "أعلنت وزارة الصحة افتتاح مستشفى جديد في تبوك."}
                """);
        String archive = dir.resolve("archive").toString();
        CliRun first = CliRun.of("import", "--archive", archive, feed.toString());
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("Imported: 2 added, 0 updated, 0 unchanged, 0 skipped"), first.out());
        assertTrue(first.out().contains("1 record gave an id given earlier in the same import: the last was kept"),
                first.out());
        assertTrue(first.out().contains("  note: " + feed + ", record 3: the id «spa-1» was read before, at " + feed
                + ", record 1; this later record is the one kept\n"), first.out());

        CliRun again = CliRun.of("import", "--archive", archive, "--json", feed.toString());
        assertEquals(0, again.code(), again.err());
        JsonNode json = new ObjectMapper().readTree(again.out());
        // spa-2 is as stored; spa-1's first record is not (the archive holds its second): written, then repeated.
        assertEquals(List.of(0L, 1L, 1L, 1L, 1L), List.of(json.get("added").asLong(), json.get("updated").asLong(),
                json.get("unchanged").asLong(), json.get("repeated").asLong(), json.get("noted").asLong()),
                again.out());
        JsonNode note = json.get("notes").get(0);
        assertEquals(feed.toString(), note.get("file").asText());
        assertEquals(3, note.get("record").asLong());
        assertEquals("the id «spa-1» was read before, at " + feed + ", record 1; this later record is the one kept",
                note.get("note").asText());
    }
}
