package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arshif.archive.CollectingSink;
import org.arshif.model.ImportProblem;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hijri-year-in-figures reading (hostile review): a date in figures whose year is Hijri is read in the Hijri calendar
 * and the report says so, whatever its day. The 29th and 30th of month 02 are no Gregorian days (1439 is no leap
 * year; February never has a 30th), so they reach the Hijri calendar by another road (DateInput) that did not say so.
 */
class HijriDatesInFiguresTest {

    @TempDir
    Path dir;

    @Test
    void everyDateInFiguresReadAsHijriIsNotedAlikeWhateverItsDay() throws IOException {
        List<String> dates = List.of("28/02/1440", "30/02/1440", "1440-02-30", "29/02/1439");
        Path feed = DatedFeed.write(dir.resolve("safar.jsonl"), "s", dates);
        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);

        List<LocalDate> days = List.of(LocalDate.of(2018, 11, 6), LocalDate.of(2018, 11, 8), LocalDate.of(2018, 11, 8),
                LocalDate.of(2017, 11, 18));
        assertEquals(days, got.articles.stream().map(article -> article.date()).toList());
        assertEquals(dates, got.articles.stream().map(article -> article.dateRaw()).toList(),
                "the date as written is kept beside the day it was read as, for every one of them");
        assertEquals(List.of(
                        new ImportProblem(feed.toString(), 1, Problem.of(Problem.Code.DATE_READ_AS_HIJRI, dates.get(0),
                                days.get(0).toString())),
                        new ImportProblem(feed.toString(), 2, Problem.of(Problem.Code.DATE_READ_AS_HIJRI, dates.get(1),
                                days.get(1).toString())),
                        new ImportProblem(feed.toString(), 3, Problem.of(Problem.Code.DATE_READ_AS_HIJRI, dates.get(2),
                                days.get(2).toString())),
                        new ImportProblem(feed.toString(), 4, Problem.of(Problem.Code.DATE_READ_AS_HIJRI, dates.get(3),
                                days.get(3).toString()))),
                importer.notes().listed());
    }
}
