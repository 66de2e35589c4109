package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        Path feed = DatedFeed.write(dir.resolve("feed.jsonl"), "a", dates);

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
        Path feed = DatedFeed.write(dir.resolve("hijri.jsonl"), "h", dates);
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
                new ImportProblem(feed.toString(), 5, org.arshif.model.Problem.of(
                        org.arshif.model.Problem.Code.DATE_UNBELIEVABLE_HIJRI, "8 شوال 1600", "2174-09-05"))),
                importer.notes().listed());
        String said = importer.notes().listed().get(1).problem().text(java.util.Locale.ENGLISH);
        assertTrue(said.contains("the Hijri date «8 شوال 1600» is 2174-09-05 in the Gregorian calendar"), said);
    }

    /**
     * Saudi data writes Hijri dates in figures too, without هـ. A year from 1300 to 1600 is no Gregorian news year (it
     * was refused "before 1800"), and the window's date fields take it as Hijri: the day is read in the Hijri calendar, and the report says so, keeping the date as
     * written beside the day it was read as.
     */
    @Test
    void aDateInFiguresWithAHijriYearIsReadAsHijriAndSaidSo() throws IOException {
        List<String> dates = List.of("1439-02-10", "10/02/1439", "١٤٣٩/٠٢/١٠", "1439-02-30", "1439-13-01",
                "1450-05-05", "1799-02-10");
        Path feed = DatedFeed.write(dir.resolve("figures.jsonl"), "f", dates);
        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);

        LocalDate astana7 = LocalDate.of(2017, 10, 30); // 10 Safar 1439 (Umm al-Qura): the seed's day
        for (int i = 0; i < 3; i++) {
            assertEquals(astana7, got.articles.get(i).date(), dates.get(i));
            assertEquals(dates.get(i), got.articles.get(i).dateRaw(), "the date as written is kept beside it");
        }
        assertNull(got.articles.get(3).date(), "Safar 1439 has 29 days in Umm al-Qura, February never 30");
        assertNull(got.articles.get(4).date(), "no thirteenth month");
        assertNull(got.articles.get(5).date(), "Hijri 1450 is 2028: after the import by more than a year");
        assertNull(got.articles.get(6).date(), "1799 is before any Hijri year read so: refused as before");
        List<ImportProblem> notes = importer.notes().listed();
        assertEquals(List.of(org.arshif.model.Problem.Code.DATE_READ_AS_HIJRI,
                        org.arshif.model.Problem.Code.DATE_READ_AS_HIJRI, org.arshif.model.Problem.Code.DATE_READ_AS_HIJRI,
                        org.arshif.model.Problem.Code.DATE_UNREADABLE, org.arshif.model.Problem.Code.DATE_UNREADABLE,
                        org.arshif.model.Problem.Code.DATE_UNBELIEVABLE_HIJRI, org.arshif.model.Problem.Code.DATE_UNBELIEVABLE),
                notes.stream().map(note -> note.problem().code()).toList());
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), notes.stream().map(note -> (long) note.record()).toList());
        String english = notes.getFirst().problem().text(java.util.Locale.ENGLISH);
        assertTrue(english.contains("«1439-02-10» has a Hijri year: read as a Hijri (Umm al-Qura) date, 2017-10-30"),
                english);
        String arabic = notes.getFirst().problem().text(java.util.Locale.forLanguageTag("ar"));
        assertTrue(arabic.contains("سنته هجرية") && arabic.contains("2017-10-30"), arabic);
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
