package org.arshif.archive.lucene;

import static org.arshif.archive.TestArticles.STORY;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.arshif.model.DayCount;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The timeline's counts per day, from the search's own pass over a real index on disk: texts, not articles (copies of
 * one story count once, on the earliest day of the matching copies), undated articles on no day, the date filter and
 * the query followed, a stray date outside 1800–2199 kept.
 */
class DayCountsTest {

    private static final LocalDate JULY_22 = LocalDate.of(2015, 7, 22);

    @TempDir
    Path dir;
    LuceneArchive archive;

    @BeforeEach
    void open() throws Exception {
        archive = LuceneArchive.open(dir.resolve("archive"));
        List<Article> articles = new ArrayList<>(List.of(
                // One wire story printed on two days by three papers: one text, counted on 22 July.
                article("riyadh", "افتتاح مستشفى تبوك", JULY_22.plusDays(1), "الرياض", STORY),
                article("madina", "مستشفى جديد في تبوك", JULY_22, "المدينة", STORY),
                article("okaz", "مستشفى تبوك يفتتح", JULY_22.plusDays(1), "عكاظ", STORY),
                article("oil-1", "أسعار النفط ترتفع", JULY_22, "الرياض", "ارتفعت أسعار النفط في الأسواق العالمية اليوم."),
                article("oil-2", "النفط يهبط بعد اجتماع أوبك", LocalDate.of(2015, 7, 25), "اليوم",
                        "هبطت أسعار النفط بعد اجتماع منظمة أوبك في فيينا."),
                article("rain", "أمطار غزيرة على جدة", LocalDate.of(2015, 9, 2), "عكاظ",
                        "هطلت أمطار غزيرة على مدينة جدة مساء الأربعاء."),
                article("budget", "الميزانية العامة للدولة", LocalDate.of(2016, 1, 1), "الوطن",
                        "أعلنت وزارة المالية الميزانية العامة للعام الجديد وارتفاع الإنفاق على التعليم."),
                article("undated", "النفط والاقتصاد", null, "الوطن", "مقال عن النفط والاقتصاد بلا تاريخ."),
                // Left by an older import, which kept such dates: counted, outside the days an array holds.
                article("stray", "النفط في الأرشيف القديم", LocalDate.of(1, 1, 1), "الرياض", "خبر قديم عن النفط.")));
        archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    @Test
    void everyDatedTextCountsOnceOnItsDay() throws Exception {
        SearchResult all = archive.search(SearchQuery.of(""));
        assertEquals(List.of(new DayCount(LocalDate.of(1, 1, 1), 1), new DayCount(JULY_22, 2),
                new DayCount(LocalDate.of(2015, 7, 25), 1), new DayCount(LocalDate.of(2015, 9, 2), 1),
                new DayCount(LocalDate.of(2016, 1, 1), 1)), all.days());
        assertEquals(all.total() - 1, all.days().stream().mapToLong(DayCount::count).sum(), "the undated one on no day");
    }

    @Test
    void theMonthsAreTheDaysAddedUp() throws Exception {
        assertEquals(List.of(new MonthCount(YearMonth.of(1, 1), 1), new MonthCount(YearMonth.of(2015, 7), 3),
                new MonthCount(YearMonth.of(2015, 9), 1), new MonthCount(YearMonth.of(2016, 1), 1)),
                archive.search(SearchQuery.of("")).months());
    }

    @Test
    void theDaysFollowTheQueryAndTheDateFilter() throws Exception {
        assertEquals(List.of(new DayCount(LocalDate.of(1, 1, 1), 1), new DayCount(JULY_22, 1),
                new DayCount(LocalDate.of(2015, 7, 25), 1)), archive.search(SearchQuery.of("النفط")).days());
        assertEquals(List.of(new DayCount(LocalDate.of(2015, 7, 25), 1)), archive.search(SearchQuery.of("النفط")
                .withDates(LocalDate.of(2015, 7, 23), LocalDate.of(2015, 12, 31))).days());
    }

    @Test
    void aStoryPrintedOnTwoDaysCountsOnTheEarliestDayOfItsMatchingCopies() throws Exception {
        assertEquals(List.of(new DayCount(JULY_22, 1)), archive.search(SearchQuery.of("مستشفى تبوك")).days());
        // With 22 July filtered out, the copies of the 23rd are what match: the story counts there, once.
        assertEquals(List.of(new DayCount(JULY_22.plusDays(1), 1)), archive.search(SearchQuery.of("مستشفى تبوك")
                .withDates(JULY_22.plusDays(1), null)).days());
    }
}
