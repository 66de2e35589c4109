package org.arshif.archive.lucene;

import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.arshif.archive.TestArticles.SAME_STORY_EDITED;
import static org.arshif.archive.TestArticles.SAME_SUBJECT;
import static org.arshif.archive.TestArticles.STORY;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.arshif.model.ArticleCopy;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies of one text (a wire story printed by several papers) show once, with their number and sources. */
class CopyGroupsTest {

    static final LocalDate DAY = LocalDate.of(2015, 7, 22);

    @TempDir
    Path dir;
    LuceneArchive archive;

    @BeforeEach
    void open() throws Exception {
        archive = LuceneArchive.open(dir.resolve("archive"));
        archive.importArticles(TestArticles.sourceOf(List.of(
                article("riyadh", "افتتاح مستشفى تبوك", DAY, "الرياض", STORY),
                article("yaum", "الصحة تفتتح مستشفى جديداً في تبوك", DAY, "اليوم", SAME_STORY_EDITED),
                article("madina", "مستشفى جديد في تبوك", DAY.plusDays(1), "المدينة", STORY),
                article("visit", "أمير تبوك يزور المستشفى الجديد", DAY, "الوطن", SAME_SUBJECT))), ImportMonitor.NONE);
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    @Test
    void copiesShowOnceWithTheirNumberAndSources() throws Exception {
        SearchResult result = archive.search(SearchQuery.of("مستشفى تبوك"));
        assertEquals(2, result.total(), "three copies of the story count once, the visit is another text");
        assertEquals(2, result.hits().size());
        SearchHit story = result.hits().stream().filter(hit -> !hit.id().equals("visit")).findFirst().orElseThrow();
        assertEquals(2, story.copies().size());
        List<String> ids = new java.util.ArrayList<>(story.copies().stream().map(ArticleCopy::id).toList());
        ids.add(story.id());
        assertEquals(List.of("madina", "riyadh", "yaum"), ids.stream().sorted().toList());
        List<String> sources = new java.util.ArrayList<>(story.copies().stream().map(ArticleCopy::source).toList());
        sources.add(story.source());
        assertEquals(List.of("الرياض", "اليوم", "المدينة").stream().sorted().toList(), sources.stream().sorted().toList());
        SearchHit visit = result.hits().stream().filter(hit -> hit.id().equals("visit")).findFirst().orElseThrow();
        assertEquals(List.of(), visit.copies());
    }

    @Test
    void eachCopyComesWithItsOwnHeadlineAndTheArticlesAreCountedBesideTheTexts() throws Exception {
        SearchResult result = archive.search(SearchQuery.of("مستشفى تبوك"));
        assertEquals(2, result.total());
        assertEquals(4, result.articles(), "three copies of the story and the visit");
        SearchHit story = result.hits().stream().filter(hit -> !hit.id().equals("visit")).findFirst().orElseThrow();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        story.copies().forEach(copy -> titles.put(copy.id(), copy.title()));
        titles.put(story.id(), story.title());
        assertEquals(java.util.Map.of("riyadh", "افتتاح مستشفى تبوك", "yaum", "الصحة تفتتح مستشفى جديداً في تبوك",
                "madina", "مستشفى جديد في تبوك"), titles);
        SearchResult blank = archive.search(SearchQuery.of(""));
        assertEquals(2, blank.total());
        assertEquals(4, blank.articles());
        SearchResult visitOnly = archive.search(SearchQuery.of("أمير"));
        assertEquals(1, visitOnly.total());
        assertEquals(1, visitOnly.articles(), "an article without copies is one text and one article");
    }

    @Test
    void aBlankListingAndItsTimelineCountEachTextOnce() throws Exception {
        SearchResult all = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST));
        assertEquals(2, all.total());
        assertEquals("madina", all.hits().get(0).id(), "the newest copy stands for the story in a list by date");
        List<MonthCount> months = archive.search(SearchQuery.of("")).months();
        assertEquals(List.of(new MonthCount(YearMonth.of(2015, 7), 2)), months);
        assertEquals(months, all.months(), "the search's own pass counts the same months");
        SearchResult story = archive.search(SearchQuery.of("مستشفى تبوك"));
        assertEquals(archive.search(SearchQuery.of("مستشفى تبوك")).months(), story.months());
        assertEquals(story.total(), story.months().stream().mapToLong(MonthCount::count).sum());
    }

    @Test
    void aSourceFilterShowsThatSourcesCopy() throws Exception {
        SearchResult yaum = archive.search(SearchQuery.of("مستشفى").withSource("اليوم"));
        assertEquals(List.of("yaum"), yaum.hits().stream().map(SearchHit::id).toList());
        assertEquals(1, yaum.total());
    }

    @Test
    void pagesNeverRepeatAText() throws Exception {
        List<String> first = archive.search(SearchQuery.of("").withPage(0, 1)).hits().stream().map(SearchHit::id).toList();
        List<String> second = archive.search(SearchQuery.of("").withPage(1, 1)).hits().stream().map(SearchHit::id).toList();
        assertEquals(1, first.size());
        assertEquals(1, second.size());
        assertTrue(first.contains("visit") != second.contains("visit"));
        assertEquals(List.of(), archive.search(SearchQuery.of("").withPage(2, 1)).hits());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(SortOrder.class)
    void pagesFoundFromTheCursorAreThePagesFoundByOffsetAndNeverRepeatAText(SortOrder sort) throws Exception {
        TestArticles.fill(archive);
        for (String text : List.of("", "مستشفى", "المفاوضات")) {
            SearchQuery query = SearchQuery.of(text).withSort(sort);
            SearchResult all = archive.search(query.withPage(0, 100));
            List<String> byOffset = all.hits().stream().map(SearchHit::id).toList();
            List<String> byCursor = new java.util.ArrayList<>();
            SearchResult page = archive.search(query.withPage(0, 2));
            while (!page.hits().isEmpty()) {
                page.hits().forEach(hit -> byCursor.add(hit.id()));
                page = archive.search(query.withPageAfter(page.next(), byCursor.size(), 2));
            }
            assertEquals(byOffset, byCursor, sort + " " + text);
            assertEquals(all.total(), byCursor.size());
            assertEquals(byCursor.size(), new java.util.HashSet<>(byCursor).size());
        }
    }

    @Test
    void aCursorFromBeforeAnImportIsNotUsedTheOffsetIs() throws Exception {
        SearchQuery query = SearchQuery.of("").withSort(SortOrder.NEWEST);
        String cursor = archive.search(query.withPage(0, 1)).next();
        archive.importArticles(TestArticles.sourceOf(TestArticles.sample()), ImportMonitor.NONE);
        List<String> second = archive.search(query.withPageAfter(cursor, 1, 1)).hits().stream().map(SearchHit::id).toList();
        assertEquals(archive.search(query.withPage(1, 1)).hits().stream().map(SearchHit::id).toList(), second);
    }

    @Test
    void aCopyReimportedWithANewTextLeavesTheGroupAndGroupsSurviveReopening() throws Exception {
        archive.importArticles(TestArticles.sourceOf(List.of(
                article("madina", "مستشفى جديد في تبوك", DAY.plusDays(1), "المدينة",
                        "انطلقت في جنيف جولة جديدة من المفاوضات بين وفدي الحكومة والمعارضة السورية، وقال المبعوث"
                                + " الدولي إن وقف القتال شرط لنجاح المحادثات."))),
                ImportMonitor.NONE);
        archive.close();
        archive = LuceneArchive.open(dir.resolve("archive"));
        SearchResult result = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST));
        assertEquals(3, result.total());
        SearchHit story = result.hits().stream().filter(hit -> hit.id().equals("riyadh") || hit.id().equals("yaum"))
                .findFirst().orElseThrow();
        assertEquals(1, story.copies().size());
    }

    @Test
    void aBodyPrintedUnderManyDifferentTitlesIsBoilerplateNotOneText() throws Exception {
        List<org.arshif.model.Article> notices = new java.util.ArrayList<>();
        for (int i = 0; i < CopyGroups.MAX_SHARING_A_KEY + 36; i++) {
            notices.add(article("notice-" + i, "إعلان رقم " + i, DAY, "المصدر " + (i % 7), STORY));
        }
        archive.importArticles(TestArticles.sourceOf(notices), ImportMonitor.NONE);
        SearchResult all = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 500));
        assertEquals(4 + notices.size(), all.total(), "each notice its own row, and the three copies of the"
                + " story are no longer folded under a text that a hundred articles share");
        assertTrue(all.hits().stream().allMatch(hit -> hit.copies().size() < CopyGroups.MAX_SHARING_A_KEY),
                "no row carries a hundred copies");
        assertTrue(archive.verifyDerivedState()); // the groups kept after the import are the ones worked out afresh
    }

    @Test
    void groupsBroughtUpToDateImportByImportEqualGroupsWorkedOutAfresh() throws Exception {
        // Enough other articles that each small import below is brought up to date around its articles only.
        String[] words = "النفط الأسعار الاقتصاد الميزانية الطاقة التجارة الصادرات الموانئ الاستثمار السوق الأسهم"
                .split(" ");
        java.util.Random random = new java.util.Random(7);
        List<org.arshif.model.Article> others = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            others.add(article("other-" + i, "خبر " + i, DAY.minusDays(i), "الحياة", body.toString().strip()));
        }
        archive.importArticles(TestArticles.sourceOf(others), ImportMonitor.NONE);
        for (int round = 0; round < 3; round++) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("r" + round + "-a", "افتتاح مستشفى تبوك " + round, DAY.plusDays(round), "عكاظ", STORY),
                    article("r" + round + "-b", "مستشفى جديد " + round, DAY, "الجزيرة", SAME_STORY_EDITED),
                    article("r" + round + "-c", "زيارة " + round, DAY, "الشرق", SAME_SUBJECT))), ImportMonitor.NONE);
            assertTrue(archive.verifyDerivedState());
        }
        SearchResult result = archive.search(SearchQuery.of("مستشفى تبوك"));
        assertEquals(2, result.total(), "one story in nine papers, one visit written four times: " + result.hits());
    }

    @Test
    void twoTextsWhoseSmallestIdsShareAWeakHashStayTwoTexts() throws Exception {
        assertEquals("Aa".hashCode(), "BB".hashCode(), "the ids collide under String.hashCode");
        archive.importArticles(TestArticles.sourceOf(List.of(
                article("Aa", "أ", DAY, "س", TestArticles.STORY), article("Ab", "ب", DAY, "ص", TestArticles.STORY),
                article("BB", "ج", DAY, "س", TestArticles.SAME_SUBJECT),
                article("BC", "د", DAY, "ص", TestArticles.SAME_SUBJECT))), ImportMonitor.NONE);
        SearchResult aa = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 50));
        List<List<String>> rows = aa.hits().stream().map(hit -> {
            List<String> ids = new java.util.ArrayList<>(List.of(hit.id()));
            hit.copies().forEach(copy -> ids.add(copy.id()));
            return ids;
        }).toList();
        List<String> story = rows.stream().filter(ids -> ids.contains("Aa")).findFirst().orElseThrow();
        assertTrue(story.contains("Ab") && !story.contains("BB"), "different texts, different rows: " + rows);
        assertTrue(archive.verifyDerivedState());
    }
}
