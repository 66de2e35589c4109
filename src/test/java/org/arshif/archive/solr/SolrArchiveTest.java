package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.embedded.JettySolrRunner;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.lucene.KeptArchives;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.ImportReport;
import org.arshif.model.MarkedArticle;
import org.arshif.model.Problem;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.Snippet;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared archive against the local one on the same {@value #ARTICLES} generated articles (sentences of real
 * ones, with copies printed by several papers): imported into the cluster in three parts through
 * {@link SolrArchive#importArticles} (its copy groups worked out by the client after each part) and into a local
 * archive at once, they answer the same searches with the same totals, articles, first ten, copies, days and
 * months. Then what a newsroom meets: the reader's and a stranger's rights, a cluster down or too slow, and a node
 * stopped while searches run (last: the node is started again for the classes that share the cluster).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrArchiveTest {

    private static final int ARTICLES = 300;
    private static final int ALL = 1_000;

    @TempDir
    static Path temp;
    private static LuceneArchive local;
    private static ArchiveLocation location;
    private static Archive shared;
    private static List<Article> generated;
    private static List<ImportReport> reports = new ArrayList<>();
    private static List<Map<String, Integer>> deletedAfterEachImport = new ArrayList<>();

    @BeforeAll
    static void importTheSameArticlesIntoBoth() throws Exception {
        List<Article> real = new ArrayList<>();
        try (LuceneArchive kept = LuceneArchive.open(temp.resolve("kept"))) {
            TestArticles.fill(kept);
            for (String source : List.of("source", "source-update")) {
                kept.importArticles(new FileImporter(List.of(KeptArchives.resource(source)), FieldMapping.DEFAULT),
                        ImportMonitor.NONE);
            }
            for (SearchHit hit : kept.search(SearchQuery.of("").withPage(0, ALL)).hits()) {
                real.add(kept.get(hit.id()).orElseThrow());
                for (ArticleCopy copy : hit.copies()) {
                    real.add(kept.get(copy.id()).orElseThrow());
                }
            }
        }
        generated = GeneratedArticles.from(real, ARTICLES, 15);
        local = LuceneArchive.open(temp.resolve("local"));
        local.importArticles(TestArticles.sourceOf(generated), ImportMonitor.NONE);

        location = SharedCluster.newCollection("news");
        // Made by the administrator (two shards, two replicas: one of each on each node), filled by the indexer.
        new SolrArchiveProvider(() -> Optional.of(new SolrCredentials(SharedCluster.ADMIN, SharedCluster.PASSWORD)),
                2, 2, 60).openWritable(location, ImportMonitor.NONE).close();
        shared = SharedCluster.provider(SharedCluster.INDEXER, SharedCluster.PASSWORD)
                .openWritable(location, ImportMonitor.NONE);
        for (int[] part : new int[][] {{0, 120}, {120, 210}, {210, ARTICLES}}) {
            reports.add(shared.importArticles(TestArticles.sourceOf(generated.subList(part[0], part[1])),
                    ImportMonitor.NONE));
            deletedAfterEachImport.add(deletedDocumentsByCore());
        }
    }

    @AfterAll
    static void close() throws Exception {
        if (shared != null) {
            shared.close();
        }
        if (local != null) {
            local.close();
        }
    }

    @Test
    @Order(1)
    void everyArticleLandsOnceAndTheStatisticsAgree() throws Exception {
        assertEquals(ARTICLES, reports.stream().mapToLong(ImportReport::added).sum());
        assertEquals(0, reports.stream().mapToLong(ImportReport::updated).sum());
        assertEquals(local.stats(), shared.stats());
        // The articles the copy groups moved to another shard are merged away by each import's last commit: a
        // deleted document would still count in the statistics the cluster's scores come from (without it, measured:
        // 14, then 7 and 25, then 17 and 36 deleted documents in each shard's replicas).
        assertEquals(List.of(Map.of(), Map.of(), Map.of()), deletedAfterEachImport, "deleted documents left");
        // Again, the first part: replaced in place, on the shard of the group each article is in by now.
        ImportReport again = shared.importArticles(TestArticles.sourceOf(generated.subList(0, 50)), ImportMonitor.NONE);
        assertEquals(0, again.added());
        assertEquals(50, again.updated());
        assertEquals(local.stats(), shared.stats(), "nothing twice, nothing lost");
        assertEquals(Map.of(), deletedDocumentsByCore(), "deleted documents left in the collection's cores");
    }

    /** Each core of the collection still holding deleted documents, with how many. */
    private static Map<String, Integer> deletedDocumentsByCore() throws Exception {
        Map<String, Integer> deleted = new java.util.TreeMap<>();
        String collection = location.where().substring(location.where().lastIndexOf('/') + 1);
        for (JettySolrRunner node : SharedCluster.get().getJettySolrRunners()) {
            for (org.apache.solr.core.SolrCore core : node.getCoreContainer().getCores()) {
                if (collection.equals(core.getCoreDescriptor().getCollectionName())) {
                    int count = core.withSearcher(searcher -> searcher.getIndexReader().numDeletedDocs());
                    if (count > 0) {
                        deleted.put(core.getName(), count);
                    }
                }
            }
        }
        return deleted;
    }

    /**
     * The same answers to searches for the recorded queries, words and pairs of words from the titles, phrases from
     * the bodies, a blank search, in every order, with a date range and a source: totals, articles, the first ten in
     * order, each hit's copies, the days.
     */
    @Test
    @Order(2)
    void theSharedArchiveAnswersAsTheLocalOneInOneRequestPerSearch() throws Exception {
        List<SearchQuery> queries = queries();
        List<String> differing = new ArrayList<>();
        List<String> requests = new ArrayList<>();
        List<String> differingMarks = new ArrayList<>();
        int snippets = 0;
        int otherPassages = 0;
        int stemOnly = 0;
        SentRequests sent = SentRequests.of(shared);
        int found = 0;
        int widened = 0;
        int stateReads = 0;
        for (SearchQuery query : queries) {
            SearchResult expected = local.search(query);
            sent.take();
            long asked = System.nanoTime();
            SearchResult answer = shared.search(query);
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - asked);
            List<String> paths = sent.take();
            String label = query.text() + " " + query.sort() + " " + query.from() + " " + query.source();
            if (!summary(expected).equals(summary(answer))) {
                differing.add(label + "\n  local:  " + summary(expected) + "\n  shared: " + summary(answer));
            } else if (!scores(expected).equals(scores(answer))) {
                // Ranked alike is not enough: the same statistics give the same scores, to the last bit.
                differing.add(label + " scores\n  local:  " + scores(expected) + "\n  shared: " + scores(answer));
            }
            found += expected.total() > 0 ? 1 : 0;
            // Snippets: where both cut the same passage, the same words marked, of the same kinds.
            for (int i = 0; i < expected.hits().size() && i < answer.hits().size(); i++) {
                Snippet mine = expected.hits().get(i).snippet();
                Snippet theirs = answer.hits().get(i).snippet();
                snippets++;
                if (!mine.text().equals(theirs.text())) {
                    otherPassages++;
                } else if (!mine.marks().equals(theirs.marks())) {
                    differingMarks.add(label + "\n  local:  " + mine.render("[", "{", "]") + "\n  shared: "
                            + theirs.render("[", "{", "]"));
                }
                stemOnly += (int) theirs.marks().stream().filter(m -> m.kind() == Snippet.Kind.STEM_ONLY).count();
            }
            // A short query nothing holds whole is asked again with its telling words, then with any: 2 or 3
            // requests, only where no article holds every word (a long query whose articles hold some is not).
            long searches = paths.stream().filter(path -> path.endsWith("/select")).count();
            boolean askedAgain = searches > 1 && !query.isBlank() && answer.allWords() == 0;
            widened += askedAgain ? 1 : 0;
            long cluster = paths.stream().filter(path -> path.endsWith("/admin/collections")).count();
            stateReads += (int) cluster;
            if (askedAgain ? searches > 3 : searches != 1) {
                requests.add(label + ": " + paths);
            }
            // Besides the search: a read of the cluster's health (every five seconds: more than one only when the search
            // itself took that long, as on a loaded machine) or its state.
            if (paths.size() != searches + cluster || cluster > 2 + seconds / 5) {
                requests.add(label + ": " + paths);
            }
        }
        System.out.printf(Locale.ROOT, "SolrArchiveTest: %d searches (%d find something, %d widened), %d agreed;"
                + " %d snippets, %d of another passage, %d stem-only marks; cluster state read %d times in between%n",
                queries.size(), found, widened, queries.size() - differing.size(), snippets, otherPassages, stemOnly,
                stateReads);
        assertTrue(found >= 60, "searches that find something: " + found);
        assertTrue(widened > 0, "widened searches: " + widened);
        assertEquals(List.of(), differing);
        assertEquals(List.of(), differingMarks, "the same passage marked alike");
        assertTrue(stemOnly > 0, "stem-only marks compared: " + stemOnly);
        // Passages are scored by each shard's statistics: now and then the cluster cuts another (measured: 6 of 842).
        assertTrue(otherPassages * 50 < snippets, otherPassages + " of " + snippets + " snippets cut elsewhere");
        assertEquals(List.of(), requests, "one request per search, a widened one once more per widening");
    }

    /** The scores of the hits, in order. */
    static List<Float> scores(SearchResult result) {
        return result.hits().stream().map(SearchHit::score).toList();
    }

    /** What must agree: totals, articles, texts holding every word, the first ten with their copies, the days. */
    static String summary(SearchResult result) {
        StringBuilder summary = new StringBuilder().append(result.total()).append(" texts, ")
                .append(result.articles()).append(" articles, ").append(result.allWords()).append(" with every word; ");
        for (SearchHit hit : result.hits()) {
            summary.append(hit.id());
            if (!hit.copies().isEmpty()) {
                summary.append(hit.copies().stream().map(ArticleCopy::id).toList());
            }
            summary.append(hit.everyWord() ? " " : "(some) ");
        }
        return summary.append("; days ").append(result.days()).append("; months ").append(result.months()).toString();
    }

    private static List<SearchQuery> queries() throws Exception {
        Set<String> texts = new LinkedHashSet<>(KeptArchives.recordedSearches("format-3").keySet());
        Random random = new Random(7);
        for (int i = 0; i < 40; i++) {
            String[] words = generated.get(random.nextInt(ARTICLES)).title().split("\\s+");
            String word = words[random.nextInt(words.length)].replaceAll("[\\p{Punct}،؛؟«»]", "");
            if (word.length() >= 3) {
                texts.add(word);
            }
            if (words.length >= 2 && i % 3 == 0) {
                int at = random.nextInt(words.length - 1);
                texts.add(words[at] + " " + words[at + 1]);
            }
        }
        for (int i = 0; i < 6; i++) {
            String[] words = generated.get(random.nextInt(ARTICLES)).paragraphs().getFirst().split("\\s+");
            int at = random.nextInt(Math.max(1, words.length - 3));
            texts.add("\"" + String.join(" ", java.util.Arrays.copyOfRange(words, at, Math.min(words.length, at + 3)))
                    + "\"");
        }
        texts.add(String.join(" ", java.util.Arrays.copyOf(generated.get(3).paragraphs().getFirst().split("\\s+"), 9)));
        texts.add("");
        texts.add("السعودية قرغيزستان"); // no article holds both: widened to its telling words
        List<SearchQuery> queries = new ArrayList<>();
        for (String text : texts) {
            queries.add(SearchQuery.of(text).withPage(0, 10));
        }
        for (String text : List.of("", "السعودية", "وزارة")) {
            queries.add(SearchQuery.of(text).withSort(SortOrder.NEWEST).withPage(0, 10));
            queries.add(SearchQuery.of(text).withSort(SortOrder.OLDEST).withPage(0, 10));
            queries.add(SearchQuery.of(text).withDates(LocalDate.of(2017, 6, 1), LocalDate.of(2018, 2, 28))
                    .withPage(0, 10));
            queries.add(SearchQuery.of(text).withSource("الحياة").withPage(0, 10));
        }
        return queries;
    }

    /** The reading pane's marks: where the local archive marks the word, the shared one does. */
    @Test
    @Order(3)
    void readingMarksTheWordsWhereTheLocalArchiveDoes() throws Exception {
        int compared = 0;
        for (String word : List.of("السعودية", "الوزارة", "النفط", "\"وزارة الصحة\"", "مستشفى تبوك")) {
            for (SearchHit hit : local.search(SearchQuery.of(word).withPage(0, 3)).hits()) {
                MarkedArticle expected = local.read(hit.id(), word).orElseThrow();
                MarkedArticle answer = shared.read(hit.id(), word).orElseThrow();
                assertEquals(expected.article(), answer.article());
                assertEquals(spans(expected), spans(answer), word + " in " + hit.id());
                compared++;
            }
        }
        assertTrue(compared >= 6, "articles compared: " + compared);
        assertTrue(shared.read("no-such-article", "النفط").isEmpty());
    }

    /** Where the marks are, and whether each is the word as typed or only shares its stem. */
    private static List<String> spans(MarkedArticle read) {
        List<String> spans = new ArrayList<>();
        read.matches().inReadingOrder().forEach(place -> spans.add(place.paragraph() + ":" + place.span().start()
                + "-" + place.span().end() + " " + place.span().kind()));
        return spans;
    }

    @Test
    @Order(4)
    void theReaderSearchesButCannotImportAndStrangersAreRefused() throws Exception {
        // Opened for writing as the reader: the open learns the reader may not write (the window disables Import).
        try (Archive reader = SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD)
                .openWritable(location, ImportMonitor.NONE)) {
            assertEquals(ARTICLES, reader.stats().articles());
            assertFalse(reader.isWritable());
            Problem why = reader.importRefusal().orElseThrow();
            assertEquals(Problem.Code.SERVER_READS_ONLY, why.code());
            assertTrue(why.text(Locale.forLanguageTag("ar")).contains("reader"));
            assertTrue(why.text(Locale.ENGLISH).contains(location.where()), why.text(Locale.ENGLISH));
            ArchiveException refused = assertThrows(ArchiveException.class, () -> reader.importArticles(
                    TestArticles.sourceOf(List.of(TestArticles.article("reader-writes", "خبر", LocalDate.of(2018, 1,
                            1), "الرياض", "نص خبر كتبه القارئ."))), ImportMonitor.NONE));
            assertEquals(why, refused.problem().orElseThrow());
        }
        // The indexer may.
        assertTrue(shared.isWritable());
        assertTrue(shared.importRefusal().isEmpty());
        // The command line's import as the reader: refused at once, naming the archive and the user.
        Path file = temp.resolve("reader.jsonl");
        Files.writeString(file, "{\"title\": \"خبر\", \"date\": \"2018-01-01\", \"source\": \"الرياض\","
                + " \"body\": \"نص خبر كتبه القارئ.\"}\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = new org.arshif.cli.ArshifCli(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD))
                .run(List.of("import", "--archive", location.where(), file.toString()));
        String said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, exit, said);
        assertTrue(said.contains(location.where()) && said.contains("reader") && said.contains("import"), said);
        assertFalse(said.contains(SharedCluster.PASSWORD));
        // A mistyped collection is said to be one (hostile review: "there is no archive … import articles into it").
        String mistyped = location.where().substring(0, location.where().lastIndexOf('/') + 1) + "nosuch";
        err.reset();
        exit = new org.arshif.cli.ArshifCli(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD))
                .run(List.of("search", "--archive", mistyped, "أستانا"));
        said = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(Problem.of(Problem.Code.SERVER_NO_COLLECTION, mistyped).text(Locale.ENGLISH),
                said.strip().replaceFirst("^arshif: ", ""), said);
        assertEquals(1, exit, said);
        for (String password : List.of(SharedCluster.PASSWORD + "x", "")) {
            ArchiveException refused = assertThrows(ArchiveException.class,
                    () -> SharedCluster.provider(SharedCluster.READER, password).openReadOnly(location).close());
            assertEquals(Problem.Code.SERVER_CREDENTIALS_REFUSED, refused.problem().orElseThrow().code(),
                    refused.getMessage());
            assertFalse(refused.getMessage().contains(SharedCluster.PASSWORD), "no password in the message");
        }
        ArchiveException stranger = assertThrows(ArchiveException.class, () -> new SolrArchiveProvider(
                Optional::empty, 2, 1, 60).openReadOnly(location).close());
        assertEquals(Problem.Code.SERVER_CREDENTIALS_REFUSED, stranger.problem().orElseThrow().code());
        assertEquals(ARTICLES, shared.stats().articles(), "nothing written by the refused");
    }

    @Test
    @Order(5)
    void aClusterThatIsDownOrTooSlowIsSaidSo() throws Exception {
        int free;
        try (ServerSocket socket = new ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        ArchiveLocation nobody = ArchiveLocation.server("http://127.0.0.1:" + free + "/solr/news");
        ArchiveException down = assertThrows(ArchiveException.class,
                () -> SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD).openReadOnly(nobody));
        assertEquals(Problem.Code.SERVER_UNREACHABLE, down.problem().orElseThrow().code(), down.getMessage());
        assertTrue(down.problem().get().text(Locale.forLanguageTag("ar")).contains(nobody.where()));

        // A server that takes the connection and never answers.
        try (SilentServer silent = new SilentServer()) {
            ArchiveLocation slow = ArchiveLocation.server(silent.address());
            ArchiveException timeout = assertThrows(ArchiveException.class, () -> new SolrArchiveProvider(
                    () -> Optional.of(new SolrCredentials(SharedCluster.READER, SharedCluster.PASSWORD)), 2, 1, 2)
                    .openReadOnly(slow));
            assertEquals(Problem.Code.SERVER_TIMEOUT, timeout.problem().orElseThrow().code(), timeout.getMessage());
        }
    }

    /**
     * One node of two stopped while searches run: every search is answered, completely (each shard's other replica
     * answers; a search caught by the stop is asked again), and answers say the archive is degraded. The node is
     * started again afterwards.
     */
    @Test
    @Order(6)
    void searchesAreAnsweredWhileANodeStops() throws Exception {
        List<String> texts = List.of("السعودية", "وزارة الصحة", "\"مجلس الوزراء\"", "النفط OR الاقتصاد", "");
        List<SearchResult> expected = new ArrayList<>();
        for (String text : texts) {
            expected.add(shared.search(SearchQuery.of(text).withPage(0, 10)));
        }
        AtomicBoolean stopped = new AtomicBoolean();
        assertFalse(expected.stream().anyMatch(SearchResult::degraded), "the whole cluster is up");
        AtomicInteger answered = new AtomicInteger();
        AtomicInteger degraded = new AtomicInteger();
        List<String> wrong = new CopyOnWriteArrayList<>();
        Thread searching = Thread.ofPlatform().start(() -> {
            try (Archive reader = SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD)
                    .openReadOnly(location)) {
                // After the stop, searching goes on until an answer says so: health is read at most every five
                // seconds, so fast searches can all fall in the window read before the stop (CI saw none).
                long stopSeen = 0;
                for (int round = 0; round < 100_000; round++) {
                    if (stopped.get() && stopSeen == 0) {
                        stopSeen = System.nanoTime();
                    }
                    boolean enough = stopped.get() && answered.get() > 200;
                    if (enough && (degraded.get() > 0 || System.nanoTime() - stopSeen > 30_000_000_000L)) {
                        break;
                    }
                    int i = round % texts.size();
                    SearchResult answer = reader.search(SearchQuery.of(texts.get(i)).withPage(0, 10));
                    if (!summary(answer).equals(summary(expected.get(i)))) {
                        wrong.add(texts.get(i) + ": " + summary(answer));
                    }
                    if (answer.degraded()) {
                        degraded.incrementAndGet();
                    }
                    answered.incrementAndGet();
                }
            } catch (Exception e) {
                wrong.add("failed after " + answered.get() + " answers: " + e);
            }
        });
        while (answered.get() < 20 && searching.isAlive()) {
            Thread.sleep(50);
        }
        JettySolrRunner node = SharedCluster.get().stopJettySolrRunner(1);
        stopped.set(true);
        searching.join();
        try {
            // The command line says so too (hostile review: it printed nothing while a node was down).
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            org.arshif.cli.ArshifCli cli = new org.arshif.cli.ArshifCli(
                    new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8),
                    SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD));
            assertEquals(0, cli.run(List.of("search", "--archive", location.where(), "السعودية")), err.toString());
            assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("(degraded)"), err.toString());
            out.reset();
            assertEquals(0, cli.run(List.of("search", "--json", "--archive", location.where(), "السعودية")));
            assertTrue(out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("\"degraded\":true"),
                    out.toString());
        } finally {
            SharedCluster.get().startJettySolrRunner(node);
        }
        SharedCluster.get().waitForNode(node, 60);
        assertEquals(List.of(), wrong);
        assertTrue(answered.get() > 200, "answered: " + answered.get());
        assertTrue(degraded.get() > 0, "answers that said a node was down: " + degraded.get());
    }
}
