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
import org.arshif.model.Snippet;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every kind of archive must do, through the API alone ({@link ArchiveProvider}, {@link Archive}): the local
 * Lucene archive ({@code LuceneArchiveContractTest}) and the shared archive on SolrCloud
 * ({@code SolrArchiveContractTest}, a collection of its own for each test on one in-process cluster). Arabic articles in, the same answers out: counts, words with their clitics, one search call with the
 * total and the months, filters, order, dates written in the text, an article with its marks (words sharing only the
 * stem marked lighter), "did you mean", copies folded, paging by cursor, updates by id, a reader beside a writer, a
 * read-only archive refusing imports.
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
    void aLimitOrOffsetOfABillionAsksForNoMoreThanTheArchiveHolds() throws Exception {
        for (SortOrder sort : SortOrder.values()) {
            SearchQuery all = SearchQuery.of("").withSort(sort);
            List<String> everything = ids(all.withPage(0, 10_000));
            assertEquals(everything, ids(all.withPage(0, 1_000_000_000)), sort.toString());
            assertEquals(everything.subList(1, everything.size()), ids(all.withPage(1, Integer.MAX_VALUE)));
            assertEquals(List.of(), ids(all.withPage(1_000_000_000, 1_000_000_000)));
            SearchResult first = archive.search(all.withPage(0, 1));
            assertEquals(everything.subList(1, everything.size()),
                    ids(all.withPageAfter(first.next(), 1, 1_000_000_000)), "after a cursor");
        }
    }

    @Test
    void aQueryOfPunctuationAloneFindsNothingWhereABlankOneListsEverything() throws Exception {
        assertEquals(6, archive.search(SearchQuery.of("")).total());
        for (String nothing : List.of("؟؟؟", "...", "-")) {
            SearchResult result = archive.search(SearchQuery.of(nothing));
            assertEquals(0, result.total(), nothing);
            assertEquals(List.of(), result.hits(), nothing);
        }
    }

    @Test
    void aWordTypedWithTheLettersFoldingLosesListsTheArticlesWritingThemFirst() throws Exception {
        LocalDate day = LocalDate.of(2015, 7, 22);
        archive.importArticles(TestArticles.sourceOf(List.of(
                TestArticles.article("hatred", "", day, "", "قال إن الكره لا يبني وطنا، وإن الكره يهدم، والكره داء."),
                TestArticles.article("ball", "", day, "", "فاز المنتخب في مباراة كرة القدم أمس بهدفين."))),
                ImportMonitor.NONE);
        // Folded, كرة (a ball) is كره (hatred): typed with its ة, the ball comes first though hatred is written thrice.
        assertEquals(List.of("ball", "hatred"), ids(SearchQuery.of("كرة")));
        assertEquals(List.of("hatred", "ball"), ids(SearchQuery.of("كره")), "typed plain: as BM25 ranks them");
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
    void importingTheSameArticlesAgainAddsNothingById() throws Exception {
        // The local archive finds them unchanged (LuceneArchiveTest, UnchangedReimportTest); a cluster writes them again.
        ImportReport again = archive.importArticles(TestArticles.sourceOf(TestArticles.sample()), ImportMonitor.NONE);
        assertEquals(0, again.added());
        assertEquals(5, again.updated() + again.unchanged());
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
    void marksWordsSharingOnlyTheStemLighterThanTheWordAsTyped() throws Exception {
        LocalDate day = LocalDate.of(2019, 5, 1);
        archive.importArticles(TestArticles.sourceOf(List.of(
                TestArticles.article("ksa-clitic", "", day, "", "وصل الوفد الياباني إلى الرياض، وقال رئيس الوفد إن "
                        + "للسعودية دورا كبيرا في استقرار أسواق الطاقة العالمية."),
                TestArticles.article("saudis", "", day, "", "ارتفع عدد الموظفين السعوديين في شركات الاتصالات."))),
                ImportMonitor.NONE);
        SearchResult result = archive.search(SearchQuery.of("السعودية"));
        assertEquals(List.of("ksa-clitic", "saudis"), result.hits().stream().map(SearchHit::id).toList(),
                "the word as typed first, then its inflection");
        assertEquals(List.of(Snippet.Kind.EXACT), kinds(result.hits().get(0).snippet()));
        assertEquals(List.of(Snippet.Kind.STEM_ONLY), kinds(result.hits().get(1).snippet()),
                "السعوديين shares only the stem: marked lighter");
        assertEquals(List.of("السعوديين"), result.hits().get(1).snippet().stemOnlyWords());
        assertEquals(List.of(Snippet.Kind.EXACT), archive.read("ksa-clitic", "السعودية").orElseThrow().matches()
                .paragraphs().getFirst().stream().map(Snippet.Span::kind).toList());
        assertEquals(List.of(Snippet.Kind.STEM_ONLY), archive.read("saudis", "السعودية").orElseThrow().matches()
                .paragraphs().getFirst().stream().map(Snippet.Span::kind).toList());
    }

    private static List<Snippet.Kind> kinds(Snippet snippet) {
        return snippet.marks().stream().map(Snippet.Span::kind).toList();
    }

    @Test
    void filtersAndOrders() throws Exception {
        assertEquals(List.of("oil-2", "oil"), ids(SearchQuery.of("النفط").withSort(SortOrder.NEWEST)));
        assertEquals(List.of("oil", "oil-2"), ids(SearchQuery.of("النفط").withSort(SortOrder.OLDEST)));
        assertEquals(List.of("oil-2"), ids(SearchQuery.of("النفط").withDates(LocalDate.of(2017, 10, 15), null)));
        assertEquals(List.of("sochi"), ids(SearchQuery.of("").withSource("سبوتنيك")));
    }

    @Test
    void datesWrittenInTheTextFilterTheArchive() throws Exception {
        SearchQuery all = SearchQuery.of("");
        String seed = TestArticles.SEED_ID;
        // The seed mentions 4 May, 15 March and 23 February 2017; it was published on 30 October 2017.
        assertEquals(List.of(seed), ids(all.withMentions(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31))));
        assertEquals(List.of(seed), ids(all.withMentions(LocalDate.of(2017, 5, 4), LocalDate.of(2017, 5, 4))));
        assertEquals(List.of(), ids(all.withMentions(LocalDate.of(2017, 5, 5), null)));
        assertEquals(List.of(seed), ids(all.withMentions(null, LocalDate.of(2017, 2, 23))));
        assertEquals(List.of(), ids(all.withMentions(LocalDate.of(2017, 10, 30), LocalDate.of(2017, 10, 30))),
                "the publication date is not a mention");
        assertEquals(List.of(seed), ids(SearchQuery.of("أستانا").withMentions(LocalDate.of(2017, 1, 1), null)));
        // A month written without a day («في آذار 2019») is a range of days: any day of it meets it.
        archive.importArticles(TestArticles.sourceOf(List.of(TestArticles.article("month", "موعد الانتخابات",
                LocalDate.of(2019, 1, 2), "الرياض", "تجري الانتخابات البلدية في آذار 2019 في كل المناطق."))),
                ImportMonitor.NONE);
        assertEquals(List.of("month"), ids(all.withMentions(LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 5))));
        assertEquals(List.of("month"), ids(SearchQuery.of("الانتخابات").withMentions(LocalDate.of(2019, 3, 15),
                LocalDate.of(2019, 3, 15))));
        assertEquals(List.of(), ids(all.withMentions(LocalDate.of(2019, 4, 1), null)));
        assertEquals(List.of(new MonthCount(YearMonth.of(2019, 1), 1)), archive.search(all.withMentions(
                LocalDate.of(2019, 3, 1), null)).months(), "the timeline of the filtered articles");
    }

    @Test
    void aRareSpellingOfANameGetsADidYouMeanOnlyForAClearlyMoreCommonSpelling() throws Exception {
        assertTrue(ids(SearchQuery.of("آستانة")).contains(TestArticles.SEED_ID));
        // Twelve more articles make أستانا common: أستانه (the seed's آستانة and three more, rare: fewer than five
        // articles, written on each shard of two) is offered the common spelling, in three times as many articles.
        List<org.arshif.model.Article> more = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            more.add(TestArticles.article("astana-" + i, "", LocalDate.of(2018, 2, i + 1), "س",
                    "جولة جديدة من محادثات أستانا رقم " + i));
        }
        for (int i = 0; i < 3; i++) {
            more.add(TestArticles.article("astanah-" + i, "", LocalDate.of(2018, 3, i + 1), "س",
                    "وصل الوفد إلى آستانة للجولة رقم " + i));
        }
        archive.importArticles(TestArticles.sourceOf(more), ImportMonitor.NONE);
        SearchResult rare = archive.search(SearchQuery.of("أستانه"));
        assertEquals(4, rare.total(), "the rare spelling finds its own articles");
        assertEquals("استانا", rare.didYouMean());
        // ط for ت is a slip, not a way of spelling the name: no edit distance, no suggestion.
        assertEquals(null, archive.search(SearchQuery.of("اسطانة")).didYouMean());
        assertEquals(null, archive.search(SearchQuery.of("أستانا")).didYouMean(), "a query that finds plenty gets none");
        assertFalse(ids(SearchQuery.of("أستانا")).contains("oil"), "a common word is not widened to its neighbours");
    }

    /**
     * A word's other spellings are searched only where the whole archive holds the word in no form: أستانه, written
     * by the seed alone (as آستانة) beside twelve articles writing أستانا, finds the seed alone. On a cluster each
     * shard without the seed held no form of it and searched its other spellings (measured: 6 articles, not 1): the
     * shards now decide from the collection's counts.
     */
    @Test
    void aWordTheArchiveHoldsIsSearchedAsWrittenOnEveryPartOfIt() throws Exception {
        List<org.arshif.model.Article> more = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            more.add(TestArticles.article("astana-" + i, "", LocalDate.of(2018, 2, i + 1), "س",
                    "جولة جديدة من محادثات أستانا رقم " + i));
        }
        archive.importArticles(TestArticles.sourceOf(more), ImportMonitor.NONE);
        SearchResult rare = archive.search(SearchQuery.of("أستانه"));
        assertEquals(List.of(TestArticles.SEED_ID), rare.hits().stream().map(SearchHit::id).toList());
        assertEquals(1, rare.total());
        assertEquals("استانا", rare.didYouMean(), "found in few articles: the spelling of twelve is offered");
        // A spelling the archive holds in no form is searched by its other spellings, in all the archive's parts.
        SearchResult respelt = archive.search(SearchQuery.of("استنا"));
        List<String> found = ids(SearchQuery.of("استنا").withPage(0, 50));
        assertTrue(found.containsAll(more.stream().map(org.arshif.model.Article::id).toList()), found.toString());
        assertTrue(found.contains(TestArticles.SEED_ID), found.toString());
        assertEquals(14, respelt.total(), "the twelve, the seed's آستانة and the other fixture article's أستانا");
    }

    /**
     * A slip is offered a word in at least ten articles: on a collection of two shards neither holds ten, so the
     * suggestion must come from the whole archive's counts.
     */
    @Test
    void aTypingSlipIsOfferedTheClearlyCommonerWordOfTheWholeArchive() throws Exception {
        LocalDate day = LocalDate.of(2019, 6, 1);
        List<org.arshif.model.Article> articles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            articles.add(TestArticles.article("houthis-" + i, "", day, "", "صدت القوات هجوما للحوثيين قرب الحدود، "
                    + "وقتل عدد من الحوثيين في الاشتباك رقم " + i));
            articles.add(TestArticles.article("samsung-" + i, "", day, "", "طرحت سامسونج هاتفا جديدا رقم " + i));
        }
        articles.add(TestArticles.article("slip", "", day, "", "أعلن الحوتيين مسؤوليتهم عن الهجوم."));
        archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
        SearchResult slipped = archive.search(SearchQuery.of("الحوتيين"));
        assertEquals(List.of("slip"), slipped.hits().stream().map(SearchHit::id).toList(),
                "the slip is searched as typed");
        assertEquals("الحوثيين", slipped.didYouMean());
        SearchResult samsung = archive.search(SearchQuery.of("سامسونق هاتفا"));
        assertEquals("سامسونج هاتفا", samsung.didYouMean(), "the slip respelt, the other word kept");
        assertEquals(null, archive.search(SearchQuery.of("الحوثيين")).didYouMean());
        assertEquals(null, archive.search(SearchQuery.of("\"سامسونق هاتفا\"")).didYouMean(),
                "a phrase is the user's own syntax");
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
