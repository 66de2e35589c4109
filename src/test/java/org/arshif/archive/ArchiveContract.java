package org.arshif.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.arshif.model.ImportReport;
import org.arshif.model.MarkedArticle;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every kind of archive must do, through the API alone ({@link ArchiveProvider}, {@link Archive}): the local
 * Lucene archive ({@code LuceneArchiveContractTest}) and the shared archive on SolrCloud
 * ({@code SolrArchiveContractTest}, a collection of its own for each test on one in-process cluster). Arabic articles in, the same answers out: counts, words with their clitics, one search call with the
 * total and the months, filters, order, an article with its marks, copies folded, paging by cursor, updates by id,
 * a reader beside a writer, a read-only archive refusing imports.
 */
public abstract class ArchiveContract {

    /** The kind of archive under test. */
    protected abstract ArchiveProvider provider();

    /** Where a new, empty archive of this kind is opened for each test: a folder, or a new collection. */
    protected ArchiveLocation newLocation() {
        return new ArchiveLocation(dir.resolve("archive"), false);
    }

    @TempDir
    protected Path dir;
    protected ArchiveLocation location;
    protected Archive archive;

    @BeforeEach
    void openAndFill() throws Exception {
        location = newLocation();
        assertFalse(provider().exists(location), "nothing there before the first open");
        archive = provider().openWritable(location, ImportMonitor.NONE);
        TestArticles.fill(archive);
    }

    @AfterEach
    void close() throws Exception {
        archive.close();
    }

    private List<String> ids(SearchQuery query) throws ArchiveException {
        return archive.search(query).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void countsWhatWasImported() throws Exception {
        assertTrue(provider().exists(location));
        var stats = archive.stats();
        assertEquals(6, stats.articles(), "the seed and five articles");
        assertEquals(1, stats.undated());
        assertEquals(LocalDate.of(2017, 10, 1), stats.earliest());
        assertEquals(LocalDate.of(2018, 1, 30), stats.latest());
        assertEquals(2L, stats.perSource().get("الاقتصادية"));
    }

    @Test
    void aNewArchiveIsOfTheCurrentFormatWhetherOpenForWritingOrReading() throws Exception {
        int format = archive.formatVersion();
        assertTrue(format > 0, "a format is named: " + format);
        try (Archive reader = provider().openReadOnly(location)) {
            assertEquals(format, reader.formatVersion());
            assertFalse(reader.checks().isPresent() && reader.checks().get().upgradeOwed());
        }
    }

    @Test
    void importingTheSameArticlesAgainUpdatesThemById() throws Exception {
        ImportReport again = archive.importArticles(TestArticles.sourceOf(TestArticles.sample()), ImportMonitor.NONE);
        assertEquals(0, again.added());
        assertEquals(5, again.updated());
        assertEquals(6, archive.stats().articles());
    }

    @Test
    void findsAWordWrittenWithItsCliticsAndNothingElse() throws Exception {
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("النفط")).stream().sorted().toList());
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("والنفط")).stream().sorted().toList(),
                "و and ال are clitics");
        assertTrue(ids(SearchQuery.of("أستانا")).contains("undated"));
        assertTrue(ids(SearchQuery.of("استانا")).contains("undated"), "a hamza seat is a spelling");
        assertEquals(0, archive.search(SearchQuery.of("أستاذنا")).total(), "a near spelling is another word");
    }

    @Test
    void oneSearchGivesTheHitsTheTotalAndTheMonths() throws Exception {
        SearchResult result = archive.search(SearchQuery.of("النفط").withPage(0, 1));
        assertEquals(1, result.hits().size());
        assertEquals(2, result.total());
        assertEquals(List.of(new MonthCount(YearMonth.of(2017, 10), 2)), result.months());
        assertEquals(List.of(new MonthCount(YearMonth.of(2017, 10), 3), new MonthCount(YearMonth.of(2017, 11), 1),
                new MonthCount(YearMonth.of(2018, 1), 1)), archive.search(SearchQuery.of("")).months());
    }

    @Test
    void filtersAndOrders() throws Exception {
        assertEquals(List.of("oil-2", "oil"), ids(SearchQuery.of("النفط").withSort(SortOrder.NEWEST)));
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("النفط").withSort(SortOrder.OLDEST)));
        assertEquals(List.of("oil-2"), ids(SearchQuery.of("النفط").withDates(LocalDate.of(2017, 10, 15), null)));
        assertEquals(List.of("sochi"), ids(SearchQuery.of("").withSource("سبوتنيك")));
    }

    @Test
    void readsAnArticleWithItsMarks() throws Exception {
        MarkedArticle read = archive.read("oil", "النفط").orElseThrow();
        var mark = read.matches().title().getFirst();
        assertEquals("النفط", read.article().title().substring(mark.start(), mark.end()));
        assertFalse(read.matches().paragraphs().getFirst().isEmpty());
        assertTrue(archive.read("oil", "").orElseThrow().matches().title().isEmpty());
        assertTrue(archive.read("no-such-article", "النفط").isEmpty());
    }

    @Test
    void showsCopiesOfOneTextOnce() throws Exception {
        LocalDate day = LocalDate.of(2016, 3, 1);
        archive.importArticles(TestArticles.sourceOf(List.of(
                TestArticles.article("riyadh", "مستشفى جديد في تبوك", day, "الرياض", TestArticles.STORY),
                TestArticles.article("yaum", "افتتاح مستشفى تبوك", day, "اليوم", TestArticles.STORY))),
                ImportMonitor.NONE);
        SearchResult result = archive.search(SearchQuery.of("مستشفى تبوك"));
        assertEquals(1, result.total(), "one text");
        assertEquals(1, result.hits().getFirst().copies().size(), "the other paper's copy named in the row");
    }

    @Test
    void pagesByCursorNeverRepeatAndMissNothing() throws Exception {
        SearchQuery query = SearchQuery.of("").withSort(SortOrder.NEWEST);
        List<String> seen = new ArrayList<>();
        SearchResult page = archive.search(query.withPage(0, 2));
        while (!page.hits().isEmpty()) {
            page.hits().forEach(hit -> seen.add(hit.id()));
            page = archive.search(query.withPageAfter(page.next(), seen.size(), 2));
        }
        assertEquals(6, seen.size());
        assertEquals(6, new HashSet<>(seen).size());
    }

    @Test
    void aReadOnlyArchiveRefusesImportsAndKeepsWhatItHas() throws Exception {
        try (Archive reader = provider().openReadOnly(location)) {
            assertThrows(ArchiveException.class, () -> reader.importArticles(TestArticles.sourceOf(List.of(
                    TestArticles.article("refused", "خبر", LocalDate.of(2018, 2, 1), "الرياض", "نص الخبر."))),
                    ImportMonitor.NONE));
            assertEquals(6, reader.stats().articles());
            assertTrue(reader.get("refused").isEmpty());
        }
    }

    @Test
    void aReaderBesideTheWriterSeesItsCommits() throws Exception {
        try (Archive reader = provider().openReadOnly(location)) {
            assertFalse(reader.isWritable());
            assertFalse(reader.refresh(), "nothing changed since it opened");
            archive.importArticles(TestArticles.sourceOf(List.of(TestArticles.article("new", "خبر جديد عن الرياض",
                    LocalDate.of(2018, 2, 1), "الرياض", "نص الخبر الجديد عن مدينة الرياض."))), ImportMonitor.NONE);
            assertTrue(reader.refresh(), "the reader notices the commit");
            assertEquals(7, reader.stats().articles());
            assertEquals(List.of("new"), reader.search(SearchQuery.of("الرياض")).hits().stream()
                    .map(SearchHit::id).filter("new"::equals).toList());
        }
    }
}
