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

    /** Copy {@code i} of the story: every other one word longer at the start (its paper's dateline), so not identical. */
    static org.arshif.model.Article copy(int i) {
        String body = i % 2 == 0 ? STORY : "تبوك" + " " + "مراسل" + (i % 97) + " " + STORY;
        return article("copy-" + i, "نسخة " + i, DAY, "صحيفة " + i, body);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {70, 500})
    void aTextPrintedByHundredsOfPapersIsOneRowWithAllItsCopies(int papers) throws Exception {
        List<org.arshif.model.Article> copies = new java.util.ArrayList<>();
        for (int i = 0; i < papers; i++) {
            copies.add(copy(i));
        }
        archive.importArticles(TestArticles.sourceOf(copies), ImportMonitor.NONE);
        SearchResult all = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 1000));
        assertEquals(2, all.total(), "the story (its three copies and the papers') and the visit: " + all.hits().size());
        assertEquals(4 + papers, all.articles());
        SearchHit story = all.hits().stream().filter(hit -> !hit.id().equals("visit")).findFirst().orElseThrow();
        assertEquals(papers + 2, story.copies().size());
        assertTrue(archive.verifyDerivedState());
    }

    @Test
    void copiesComingImportByImportPastTheLeadersOfTheirKeysEndInOneGroupAsWorkedOutAfresh() throws Exception {
        archive.importArticles(TestArticles.sourceOf(unrelated(150, "")), ImportMonitor.NONE);
        for (int round = 0; round < 12; round++) {
            List<org.arshif.model.Article> copies = new java.util.ArrayList<>();
            for (int i = round * 8; i < round * 8 + 8; i++) {
                copies.add(copy(2 * i + 1)); // each one a text of its own: past 64 of them, new ones push leaders out
            }
            archive.importArticles(TestArticles.sourceOf(copies), ImportMonitor.NONE);
            assertTrue(archive.verifyDerivedState(), "round " + round);
        }
        SearchResult story = archive.search(SearchQuery.of("مستشفى تبوك").withPage(0, 100));
        assertEquals(2, story.total());
        assertEquals(2 + 96, story.hits().stream().filter(hit -> !hit.id().equals("visit")).findFirst().orElseThrow()
                .copies().size());
    }

    @Test
    void storiesSharingAClosingLineStaySeparateUnderTheirCrowdedKeysAndTheirOwnCopiesStillFold() throws Exception {
        String closing = "وللمزيد من الأخبار تابعونا على موقع الصحيفة وحساباتها في مواقع التواصل الاجتماعي"
                + " حيث ننشر كل جديد على مدار الساعة من مراسلينا في جميع مناطق المملكة";
        List<org.arshif.model.Article> stories = unrelated(400, closing);
        org.arshif.model.Article printed = stories.get(17);
        stories.add(article("again-1", printed.title(), DAY, "عكاظ", printed.paragraphs().getFirst()));
        stories.add(article("again-2", printed.title(), DAY, "الجزيرة", printed.paragraphs().getFirst()));
        archive.importArticles(TestArticles.sourceOf(stories), ImportMonitor.NONE);
        try (var reader = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve("archive")))) {
            var keys = org.apache.lucene.index.MultiTerms.getTerms(reader, ArchiveFields.COPY_BANDS).iterator();
            int crowded = 0;
            for (var key = keys.next(); key != null; key = keys.next()) {
                crowded = Math.max(crowded, keys.docFreq());
            }
            assertTrue(crowded > CopyGroups.LEADERS, "the closing line crowds a key: " + crowded);
        }
        SearchResult all = archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 1000));
        assertEquals(2 + 400, all.total(), "each story its own row");
        List<java.util.Set<String>> grouped = all.hits().stream().filter(hit -> !hit.copies().isEmpty()).map(hit -> {
            java.util.Set<String> ids = new java.util.HashSet<>(List.of(hit.id()));
            hit.copies().forEach(copy -> ids.add(copy.id()));
            return ids;
        }).toList();
        assertEquals(java.util.Set.of(java.util.Set.of("riyadh", "yaum", "madina"),
                java.util.Set.of(printed.id(), "again-1", "again-2")), java.util.Set.copyOf(grouped));
        assertTrue(archive.verifyDerivedState());
    }

    /** Articles of random words (each its own text), each ending with the given closing line. */
    static List<org.arshif.model.Article> unrelated(int count, String closing) {
        String[] words = ("النفط الأسعار الاقتصاد الميزانية الطاقة التجارة الصادرات الموانئ الاستثمار السوق الأسهم"
                + " التعليم الجامعة الطلاب المدارس المعلمين الرياضة المنتخب البطولة الملعب المدرب الصحة الدواء"
                + " الطقس الأمطار الرياح الحرارة المرور الطرق الجسور المطار الرحلات السياحة الفنادق الزراعة"
                + " المياه الكهرباء الاتصالات الإسكان البلدية").split(" ");
        java.util.Random random = new java.util.Random(11);
        List<org.arshif.model.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 25; w++) {
                body.append(words[random.nextInt(words.length)]).append(' ');
            }
            articles.add(article("other-" + i, "خبر " + i, DAY.minusDays(1 + i % 300), "الحياة",
                    (body + closing).strip()));
        }
        return articles;
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
