package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written Arabic queries and the articles they must find (fixtures/search-quality.json, our own text). */
class SearchQualityTest {

    @TempDir
    static Path dir;
    static LuceneArchive archive;
    static JsonNode fixture;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = SearchQualityTest.class.getResourceAsStream("/fixtures/search-quality.json")) {
            fixture = new ObjectMapper().readTree(in);
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode node : fixture.get("articles")) {
            // No titles: the queries must find the articles by their bodies, as in the known-item evaluation.
            articles.add(new Article(node.get("id").asText(), "", false, LocalDate.parse(node.get("date").asText()),
                    node.get("source").asText(), "", "", List.of(node.get("content").asText()), "fixture"));
        }
        archive = LuceneArchive.open(dir.resolve("archive"));
        archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        archive.close();
    }

    private List<String> ids(String query) throws ArchiveException {
        return archive.search(SearchQuery.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void everyFixtureQueryFindsItsArticleFirst() throws Exception {
        for (JsonNode query : fixture.get("queries")) {
            List<String> found = ids(query.get("query").asText());
            assertTrue(!found.isEmpty() && found.getFirst().equals(query.get("expect").asText()),
                    query.get("query").asText() + " → " + found);
        }
    }

    @Test
    void upToThreeWordsAllMustMatch() throws Exception {
        SearchResult three = archive.search(SearchQuery.of("العدادات الذكية المنازل"));
        assertEquals("water", three.hits().getFirst().id(), "three words: the article with all three first");
        assertEquals(1, three.allWords(), "and only it holds them all");
        assertEquals(List.of("water"), archive.search(SearchQuery.of("العدادات الذكية المنازل")
                .withSort(SortOrder.NEWEST)).hits().stream().map(SearchHit::id).toList(), "by date: all three only");
        assertEquals(0, archive.search(SearchQuery.of("العدادات الذكية المخطوطات")).allWords());
    }

    @Test
    void aLongQueryReturnsPartialMatchesWithFullMatchesFirst() throws Exception {
        // Five words: every one stands in "water"; only some in "water-prices".
        SearchResult result = archive.search(SearchQuery.of("المياه العدادات الذكية المدن الاستهلاك"));
        List<String> found = result.hits().stream().map(SearchHit::id).toList();
        assertEquals("water", found.getFirst());
        assertTrue(found.contains("water-prices"), "an article matching most of the words is returned too: " + found);
    }

    @Test
    void quotesAndGuillemetsOfAPastedHeadlineDoNotRequireAnExactPhrase() throws Exception {
        // The quoted words stand in the article, but not in this order: still found.
        assertEquals("football", ids("مباراة ودية \"الوطني المنتخب\" تنتهي بفوز كبير").getFirst());
        // A short quoted phrase typed on purpose stays a phrase.
        assertEquals(List.of(), ids("\"الوطني المنتخب\""));
    }

    @Test
    void wordsStandingTogetherLiftAnArticle() throws Exception {
        // Different fillers of as many words: with the same filler the two bodies would be copies of one text.
        String filler = " وقد تناول التقرير جوانب أخرى من الموضوع في فقرات طويلة لا صلة لها بالعنوان";
        String otherFiller = " كما عرضت الدراسة أرقاما كثيرة عن السنوات الماضية دون أي علاقة بمضمون هذا الخبر";
        try (LuceneArchive small = LuceneArchive.open(dir.resolve("proximity"))) {
            small.importArticles(TestArticles.sourceOf(List.of(
                    // The same words, the same length: only where they stand differs.
                    TestArticles.article("apart", "", LocalDate.of(2022, 1, 1), "",
                            "مشروع الطاقة في المدينة" + filler + " والألواح الشمسية على أسطح المنازل."),
                    TestArticles.article("together", "", LocalDate.of(2022, 1, 1), "",
                            "مشروع الطاقة الشمسية في المدينة" + otherFiller + " والألواح على أسطح المنازل."))),
                    ImportMonitor.NONE);
            List<String> found = small.search(SearchQuery.of("مشروع الطاقة الشمسية في المدينة")).hits().stream()
                    .map(SearchHit::id).toList();
            assertEquals(List.of("together", "apart"), found);
        }
    }
}
