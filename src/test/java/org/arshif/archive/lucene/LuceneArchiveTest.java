package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.arshif.model.Article;
import org.arshif.model.ArchiveStats;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneArchiveTest {

    static final String SEED = TestArticles.SEED_ID;

    @TempDir
    Path dir;
    LuceneArchive archive;

    @BeforeEach
    void open() throws Exception {
        archive = LuceneArchive.open(dir.resolve("archive"));
        TestArticles.fill(archive);
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    private List<String> ids(SearchQuery query) throws ArchiveException {
        return archive.search(query).hits().stream().map(SearchHit::id).toList();
    }

    private List<String> ids(String text) throws ArchiveException {
        return ids(SearchQuery.of(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"أستانا", "استانا", "إستانا", "آستانا", "ٱستانا", "أسْتَانَا", "أستـــانا", "ﺃﺳﺘﺎﻧﺎ"})
    void everySpellingOfAstanaFindsTheSameArticles(String spelling) throws Exception {
        assertEquals(List.of(SEED, "undated"), ids(SearchQuery.of(spelling).withSort(SortOrder.NEWEST)));
    }

    @Test
    void alefMaqsuraTehMarbutaAndDigitVariantsFindTheSeed() throws Exception {
        assertEquals(ids("الأزمة السورية"), ids("الازمه السوريه"));
        assertTrue(ids("الازمه السوريه").contains(SEED));
        assertEquals(List.of(SEED), ids("330"));
        assertEquals(List.of(SEED), ids("٣٣٠"));
        assertEquals(List.of(SEED), ids("۳۳۰"));
        assertEquals(ids("الدولى"), ids("الدولي"));
        assertTrue(ids("الدولى").contains(SEED));
    }

    @Test
    void aShortQueryThatFindsAnArticleWithEveryWordListsOnlyThoseInEveryOrder() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            SearchResult both = archive.search(SearchQuery.of("النفط أوبك").withSort(sort));
            assertEquals(List.of("oil"), both.hits().stream().map(SearchHit::id).toList(), sort.name());
            assertEquals(1, both.allWords(), sort.name());
            assertFalse(both.someWords(), sort.name());
            assertTrue(both.hits().getFirst().everyWord(), sort.name());
        }
    }

    @Test
    void aShortQueryNoArticleHoldsEntirelyListsArticlesWithSomeOfItsWordsInEveryOrder() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            SearchResult none = archive.search(SearchQuery.of("سوتشي أوبك").withSort(sort));
            assertEquals(0, none.allWords(), sort.name());
            assertEquals(2, none.total(), sort.name());
            assertEquals(List.of("oil", "sochi"), none.hits().stream().map(SearchHit::id).sorted().toList());
            assertTrue(none.hits().stream().noneMatch(SearchHit::everyWord), "each row says: some words only");
            // النفط stands in two of the six articles (over a fifth of the archive): alone, it lists nothing.
            SearchResult common = archive.search(SearchQuery.of("النفط سوتشي").withSort(sort));
            assertEquals(List.of("sochi"), common.hits().stream().map(SearchHit::id).toList(), sort.name());
        }
        assertEquals(List.of("sochi", "oil"), ids(SearchQuery.of("سوتشي أوبك").withSort(SortOrder.NEWEST)));
        assertEquals(List.of("oil", "sochi"), ids(SearchQuery.of("سوتشي أوبك").withSort(SortOrder.OLDEST)));
        assertFalse(archive.search(SearchQuery.of("سوريا")).someWords(), "one word is never widened");
    }

    @Test
    void orExclusionPhraseAndPrefix() throws Exception {
        assertEquals(List.of("geneva", "sochi"), ids(SearchQuery.of("جنيف OR سوتشي").withSort(SortOrder.OLDEST))
                .stream().filter(id -> !id.equals(SEED)).toList());
        assertEquals(List.of("oil-2"), ids("النفط -أوبك"));
        assertEquals(List.of("geneva"), ids("\"وقف القتال شرط\""));
        assertEquals(List.of(), ids("\"القتال وقف\""), "a phrase keeps its word order");
        assertTrue(ids("سوت*").contains("sochi"));
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("-سوريا -أستانا -جنيف -سوتشي").withSort(SortOrder.OLDEST)));
    }

    @Test
    void exactPhraseMatchesTheWrittenWordNotItsStem() throws Exception {
        assertTrue(ids("المفاوضات").contains("geneva"), "stemmed search joins forms");
        assertTrue(ids("مفاوضات").contains("geneva"));
        assertFalse(ids("\"مفاوضات\"").contains("geneva"), "geneva writes المفاوضات, not مفاوضات");
        assertTrue(ids("\"المفاوضات\"").contains("geneva"));
    }

    @Test
    void blankQueryListsEveryArticleNewestFirstUndatedLast() throws Exception {
        SearchResult all = archive.search(SearchQuery.of(""));
        assertEquals(6, all.total());
        assertEquals(List.of("sochi", "geneva", "oil-2", SEED, "oil", "undated"),
                all.hits().stream().map(SearchHit::id).toList());
    }

    @Test
    void sortOrders() throws Exception {
        SearchQuery query = SearchQuery.of("النفط");
        assertEquals(List.of("oil-2", "oil"), ids(query.withSort(SortOrder.NEWEST)));
        assertEquals(List.of("oil", "oil-2"), ids(query.withSort(SortOrder.OLDEST)));
        assertEquals(List.of("undated"), ids(SearchQuery.of("\"مقال\"").withSort(SortOrder.OLDEST)));
        List<SearchHit> ranked = archive.search(SearchQuery.of("أسعار النفط")).hits();
        assertTrue(ranked.getFirst().score() >= ranked.getLast().score());
    }

    @Test
    void dateRangeIncludesBothEdgesAndExcludesOutside() throws Exception {
        SearchQuery all = SearchQuery.of("").withSort(SortOrder.OLDEST);
        assertEquals(List.of("oil", SEED, "oil-2"),
                ids(all.withDates(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31))));
        assertEquals(List.of(SEED, "oil-2"), ids(all.withDates(LocalDate.of(2017, 10, 2), LocalDate.of(2017, 10, 31))));
        assertEquals(List.of("oil", SEED), ids(all.withDates(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 30))));
        assertEquals(List.of("geneva", "sochi"), ids(all.withDates(LocalDate.of(2017, 11, 1), null)));
        assertEquals(List.of("oil"), ids(all.withDates(null, LocalDate.of(2017, 10, 29))));
        assertEquals(List.of(SEED), ids(all.withDates(LocalDate.of(2017, 10, 30), LocalDate.of(2017, 10, 30))));
    }

    @Test
    void sourceFilterAndExactTotalsWithPaging() throws Exception {
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("").withSource("الاقتصادية").withSort(SortOrder.OLDEST)));
        SearchResult page = archive.search(SearchQuery.of("").withSort(SortOrder.OLDEST).withPage(2, 2));
        assertEquals(6, page.total());
        assertEquals(List.of("oil-2", "geneva"), page.hits().stream().map(SearchHit::id).toList());
        assertEquals(6, archive.search(SearchQuery.of("").withPage(10, 5)).total());
        assertTrue(archive.search(SearchQuery.of("").withPage(10, 5)).hits().isEmpty());
    }

    @Test
    void snippetMarksTheWordsAsWrittenInTheArticle() throws Exception {
        SearchHit hit = archive.search(SearchQuery.of("المفاوضات")).hits().stream().filter(h -> h.id().equals(SEED)).findFirst().orElseThrow();
        List<String> marked = hit.snippet().markedWords();
        assertFalse(marked.isEmpty());
        assertTrue(marked.stream().allMatch(w -> w.equals("مفاوضات") || w.equals("المفاوضات") || w.equals("والمفاوضات")),
                marked.toString());
        assertTrue(hit.snippet().text().length() < 400, "a snippet is short");
        Article seed = archive.get(SEED).orElseThrow();
        String body = String.join(" ", seed.paragraphs());
        String inside = hit.snippet().text().replace("…", "");
        assertTrue(body.contains(inside.strip()), "the snippet is the article's own text");
    }

    @Test
    void snippetOfBlankQueryIsTheOpeningWithNoMarks() throws Exception {
        SearchHit hit = archive.search(SearchQuery.of("").withSource("سبوتنيك")).hits().getFirst();
        assertEquals("عقد في سوتشي مؤتمر الحوار الوطني السوري برعاية روسيا.", hit.snippet().text());
        assertTrue(hit.snippet().marks().isEmpty());
    }

    @Test
    void reimportUpdatesInsteadOfDuplicating() throws Exception {
        ImportReport again = archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
        assertEquals(List.of(0L, 0L, 1L), List.of(again.added(), again.updated(), again.unchanged()));
        Article changed = article("oil", "أسعار النفط ترتفع بقوة", LocalDate.of(2017, 10, 1), "الاقتصادية", "نص معدل.");
        ImportReport report = archive.importArticles(TestArticles.sourceOf(List.of(changed, changed)), ImportMonitor.NONE);
        assertEquals(0, report.added());
        assertEquals(1, report.updated(), "one article replaced");
        assertEquals(1, report.repeated(), "the second record repeated the first's id");
        assertEquals(6, archive.stats().articles());
        assertEquals("أسعار النفط ترتفع بقوة", archive.get("oil").orElseThrow().title());
        assertEquals(List.of("oil"), ids("بقوة"));
    }

    @Test
    void badRecordsAreReportedWhileTheRestLands() throws Exception {
        ArticleSource mixed = sink -> {
            sink.accept(article("new-1", "خبر جديد", LocalDate.of(2019, 1, 1), "س", "نص جديد عن الانتخابات."));
            sink.reject(new ImportProblem("feed.json", 2, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.EMPTY_BODY)));
            sink.accept(article("new-2", "خبر آخر", LocalDate.of(2019, 1, 2), "س", "نص آخر عن الانتخابات."));
        };
        ImportReport report = archive.importArticles(mixed, ImportMonitor.NONE);
        assertEquals(2, report.added());
        assertEquals(List.of(new ImportProblem("feed.json", 2, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.EMPTY_BODY))), report.skipped());
        assertEquals(8, archive.stats().articles());
        assertEquals(2, archive.search(SearchQuery.of("الانتخابات")).total());
    }

    @Test
    void cancellingKeepsWhatWasImportedAndSaysSo() throws Exception {
        int[] delivered = {0};
        ArticleSource endless = sink -> {
            for (int i = 0; !sink.isCancelled(); i++) {
                sink.accept(article("c" + i, "خبر " + i, LocalDate.of(2020, 1, 1), "س", "نص رقم " + i));
                delivered[0]++;
            }
        };
        ImportMonitor cancelAfter = new ImportMonitor() {
            @Override
            public boolean isCancelled() {
                return delivered[0] >= 50;
            }
        };
        ImportReport report = archive.importArticles(endless, cancelAfter);
        assertTrue(report.cancelled());
        assertEquals(50, report.added());
        assertEquals(56, archive.stats().articles());
    }

    @Test
    void anArticleIsReadWithItsMarksInOneCall() throws Exception {
        var read = archive.read("oil", "النفط").orElseThrow();
        assertEquals("أسعار النفط ترتفع", read.article().title());
        var mark = read.matches().title().getFirst();
        assertEquals("النفط", read.article().title().substring(mark.start(), mark.end()));
        assertTrue(archive.read("oil", "  ").orElseThrow().matches().title().isEmpty(), "no marks for a blank query");
        assertTrue(archive.read("no-such-id", "النفط").isEmpty());
        assertEquals(read.article(), archive.get("oil").orElseThrow());
    }

    @Test
    void monthCountsFollowTheQueryAndFilters() throws Exception {
        assertEquals(List.of(new MonthCount(YearMonth.of(2017, 10), 3), new MonthCount(YearMonth.of(2017, 11), 1),
                new MonthCount(YearMonth.of(2018, 1), 1)), archive.search(SearchQuery.of("")).months());
        assertEquals(List.of(new MonthCount(YearMonth.of(2017, 10), 2)), archive.search(SearchQuery.of("النفط")).months());
        assertEquals(List.of(new MonthCount(YearMonth.of(2017, 10), 1)),
                archive.search(SearchQuery.of("النفط").withDates(LocalDate.of(2017, 10, 15), null)).months());
    }

    @Test
    void statsCountDatesAndSources() throws Exception {
        ArchiveStats stats = archive.stats();
        assertEquals(6, stats.articles());
        assertEquals(1, stats.undated());
        assertEquals(LocalDate.of(2017, 10, 1), stats.earliest());
        assertEquals(LocalDate.of(2018, 1, 30), stats.latest());
        assertEquals(Map.of("الاقتصادية", 2L, "", 2L, "الحياة", 1L, "سبوتنيك", 1L), stats.perSource());
        assertEquals(2L, stats.perSource().values().iterator().next(), "largest source first");
    }

    @Test
    void getReturnsTheWholeArticle() throws Exception {
        Article geneva = archive.get("geneva").orElseThrow();
        assertEquals("جولة جديدة في جنيف", geneva.title());
        assertEquals(2, geneva.paragraphs().size());
        assertEquals(LocalDate.of(2017, 11, 28), geneva.date());
        assertTrue(archive.get("nope").isEmpty());
        assertTrue(archive.get(SEED).orElseThrow().titleDerived());
    }

    @Test
    void secondWriterIsRefusedWithAClearMessageAndReadersStillWork() throws Exception {
        Path folder = dir.resolve("archive");
        ArchiveException refused = assertThrows(ArchiveException.class, () -> LuceneArchive.open(folder));
        assertTrue(refused.getMessage().contains("in use by another Arshif"), refused.getMessage());
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertFalse(reader.isWritable());
            assertEquals(6, reader.stats().articles());
            assertThrows(ArchiveException.class, () -> reader.importArticles(TestArticles.seeds(), ImportMonitor.NONE));
        }
        assertEquals(6, archive.stats().articles(), "nothing lost");
    }

    @Test
    void readOnlyOpenOfAMissingArchiveSaysSo() {
        ArchiveException e = assertThrows(ArchiveException.class,
                () -> LuceneArchive.openReadOnly(dir.resolve("nothing-here")));
        assertTrue(e.getMessage().contains("no archive"), e.getMessage());
    }

    @Test
    void archiveSurvivesReopening() throws Exception {
        archive.close();
        archive = LuceneArchive.open(dir.resolve("archive"));
        assertEquals(6, archive.stats().articles());
        assertEquals(List.of("oil-2", "oil"), ids(SearchQuery.of("النفط").withSort(SortOrder.NEWEST)));
    }
}
