package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A date that cannot be read, or that no news article has, never loses the article: undated, kept as written, noted. */
class UnusableDatesTest {

    @TempDir
    Path dir;

    @Test
    void unreadableAndUnbelievableDatesImportUndatedWithTheRawValueAndANote() throws IOException {
        String farFuture = LocalDate.now().plusYears(2).toString();
        String nextMonth = LocalDate.now().plusMonths(1).toString();
        List<String> dates = List.of("2017-10-30", "2017-02-30", "١٤٣٦ رمضان ٨", "Thu, 30 Feb 2017 10:00:00 GMT",
                "2017-10-30T25:61:00", "9999-12-31", "0001-01-01", "1799-12-31", farFuture, "1970-01-01T00:00:00Z", "1900-01-01", nextMonth, "");
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            lines.append(json.createObjectNode().put("id", "a" + (i + 1)).put("date", dates.get(i))
                    .put("content", "خبر رقم " + (i + 1) + " عن محادثات أستانا.")).append('\n');
        }
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), lines);

        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);

        assertEquals(List.of(), got.problems, "no article is lost");
        assertEquals(dates.size(), got.articles.size());
        Article good = got.articles.get(0);
        assertEquals(LocalDate.of(2017, 10, 30), good.date());
        assertEquals("", good.dateRaw());
        for (int i = 1; i <= 10; i++) {
            Article article = got.articles.get(i);
            assertNull(article.date(), dates.get(i));
            assertEquals(dates.get(i), article.dateRaw());
        }
        assertEquals(LocalDate.parse(nextMonth), got.articles.get(11).date(), "next month is believable (embargo)");
        assertNull(got.articles.get(12).date());
        assertEquals("", got.articles.get(12).dateRaw(), "no date at all is not a note");

        assertEquals(List.of(
                new ImportProblem(feed.toString(), 2, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "2017-02-30")),
                new ImportProblem(feed.toString(), 3, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "١٤٣٦ رمضان ٨")),
                new ImportProblem(feed.toString(), 4, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "Thu, 30 Feb 2017 10:00:00 GMT")),
                new ImportProblem(feed.toString(), 5, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "2017-10-30T25:61:00")),
                new ImportProblem(feed.toString(), 6, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNBELIEVABLE, "9999-12-31")),
                new ImportProblem(feed.toString(), 7, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNBELIEVABLE, "0001-01-01")),
                new ImportProblem(feed.toString(), 8, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNBELIEVABLE, "1799-12-31")),
                new ImportProblem(feed.toString(), 9, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNBELIEVABLE, "" + farFuture + "")),
                new ImportProblem(feed.toString(), 10, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_PLACEHOLDER, "1970-01-01T00:00:00Z")),
                new ImportProblem(feed.toString(), 11, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_PLACEHOLDER, "1900-01-01"))),
                importer.notes().listed());
        assertEquals(10, importer.notes().count());
    }

    @Test
    void aHijriDayIsReadAsTheDayItNamesAndAHijriMonthAloneIsNot() throws IOException {
        List<String> dates = List.of("8 شوال 1436", "٨ شوال ١٤٣٦ هـ", "8/10/1436هـ", "شوال 1436", "8 شوال 1600");
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            lines.append(json.createObjectNode().put("id", "h" + (i + 1)).put("date", dates.get(i))
                    .put("content", "خبر رقم " + (i + 1) + " عن محادثات أستانا.")).append('\n');
        }
        Path feed = Files.writeString(dir.resolve("hijri.jsonl"), lines);
        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);

        LocalDate shawwal8 = LocalDate.of(2015, 7, 24); // Umm al-Qura: 1 Shawwal 1436 (Eid) was Friday 17 July 2015
        for (int i = 0; i < 3; i++) {
            assertEquals(shawwal8, got.articles.get(i).date(), dates.get(i));
            assertEquals("", got.articles.get(i).dateRaw());
        }
        assertNull(got.articles.get(3).date(), "a month is not a day: never guessed");
        assertNull(got.articles.get(4).date(), "Hijri 1600 is a century ahead: not believable");
        assertEquals(List.of(
                new ImportProblem(feed.toString(), 4, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "شوال 1436")),
                new ImportProblem(feed.toString(), 5, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNBELIEVABLE, "8 شوال 1600"))),
                importer.notes().listed());
    }

    @Test
    void aHugeDateFieldIsKeptShortened() throws IOException {
        String huge = "x".repeat(1_000_000);
        Path feed = Files.writeString(dir.resolve("feed.json"), new ObjectMapper().createArrayNode()
                .add(new ObjectMapper().createObjectNode().put("date", huge).put("content", "خبر عن أستانا."))
                .toString());
        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);
        assertEquals(1, got.articles.size());
        assertEquals("x".repeat(RawRecord.MAX_RAW_DATE_LENGTH) + "…", got.articles.getFirst().dateRaw());
        assertEquals(1, importer.notes().count());
    }
}
