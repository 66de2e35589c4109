package org.arshif.archive.solr;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.BaseHttpSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.SolrCloudTestCase;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CursorMarkParams;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.lucene.ArticleFields;
import org.arshif.archive.lucene.KeptArchives;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.junit.AfterClass;
import org.junit.BeforeClass;

/**
 * The configset and the {@code {!arshif}} query parser on a real SolrCloud in process (two nodes, a collection of two
 * shards with two replicas each), against the local archive holding the same articles (the seed, the test articles
 * and the kept real sources): the same articles and the same first ten, in the same order, for the kept archives'
 * twenty searches and more; copies folded by Solr's collapse; the months from a facet; paging by cursorMark; snippets
 * marking the words; complete answers with one of the two nodes stopped; the reader's rights and no more.
 */
public class SolrCloudArchiveTest extends SolrCloudTestCase {

    private static final String COLLECTION = "arshif";
    /** Copies fold into the best ranked of their group (an article without copies is a group of its own). */
    private static final String FOLD_COPIES = "{!collapse field=copy_group}";
    private static final int ALL = 1_000;
    /** The users of the repository's security.json (src/main/solr/deploy), with a password for this test cluster. */
    private static final String ADMIN = "admin";
    private static final String INDEXER = "indexer";
    private static final String READER = "reader";
    private static final String PASSWORD = "كلمة سر التجربة";

    private static LuceneArchive local;
    private static List<String> queries;
    private static int articles;

    @BeforeClass
    public static void indexTheSameArticlesInBoth() throws Exception {
        SharedCluster.stop(); // its objects would count as leaked by this class's own cluster
        configureCluster(2).addConfig(COLLECTION, SolrSchemaAnalysisTest.CONFIGSET.resolve("conf"))
                .withSecurityJson(SecurityJson.withPasswords(Map.of(ADMIN, PASSWORD, INDEXER, PASSWORD, READER,
                        PASSWORD))).configure();
        // Routed by copy group: collapse folds a group only within a shard, so a group's copies share one.
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2)
                .setRouterField("copy_group");
        create.setBasicAuthCredentials(ADMIN, PASSWORD);
        create.process(cluster.getSolrClient());
        cluster.waitForActiveCollection(COLLECTION, 2, 4);

        local = LuceneArchive.open(createTempDir().resolve("archive"));
        TestArticles.fill(local);
        for (String source : List.of("source", "source-update")) {
            local.importArticles(new FileImporter(List.of(KeptArchives.resource(source)), FieldMapping.DEFAULT),
                    ImportMonitor.NONE);
        }
        // Every article as the local archive stores it, with the copy group it put it in.
        UpdateRequest update = new UpdateRequest();
        for (SearchHit hit : local.search(SearchQuery.of("").withPage(0, ALL)).hits()) {
            update.add(document(hit.id(), hit.id()));
            for (ArticleCopy copy : hit.copies()) {
                update.add(document(copy.id(), hit.id()));
            }
        }
        articles = update.getDocuments().size();
        update.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        update.setBasicAuthCredentials(INDEXER, PASSWORD);
        update.process(cluster.getSolrClient(), COLLECTION);

        queries = new ArrayList<>(KeptArchives.recordedSearches("format-3").keySet());
        queries.addAll(List.of("المفاوضات", "\"وقف القتال\"", "وكالة سبوتنيك", "عنوان:سوتشي", "مصدر:الحياة",
                "-النفط أسعار", "الأزمة السورية", "الازمه السوريه",
                "إنطلقت بكازاخستان اليوم جولة جديدة من مفاوضات أستانا حول الأزمة السورية"));
        // The article pasted without quotes (searched by its 32 most telling words, the rarest in the whole
        // collection: each shard chose by its own counts before, 23 articles on the cluster against 17 here), and
        // ten thousand of its words in a quote left open (a pasted page).
        String seed = local.get("000_3e452db34f5d0aa1").orElseThrow().body();
        queries.add(seed);
        StringBuilder tenThousand = new StringBuilder("\"");
        String[] words = seed.split("\\s+");
        for (int i = 0; i < 10_000; i++) {
            tenThousand.append(words[i % words.length]).append(' ');
        }
        queries.add(tenThousand.toString());
    }

    private static SolrInputDocument document(String id, String copyGroup) throws Exception {
        Article article = local.get(id).orElseThrow();
        SolrInputDocument document = new SolrInputDocument();
        ArticleFields.of(article).forEach((field, values) -> values.forEach(value -> document.addField(field, value)));
        document.addField("copy_group", copyGroup);
        return document;
    }

    @AfterClass
    public static void closeTheLocalArchive() throws Exception {
        if (local != null) {
            local.close();
            local = null;
        }
    }

    public void testTheReaderOnlySearchesAndNobodyUnknownGetsIn() throws Exception {
        assertEquals(401, refusal(new QueryRequest(query("النفط", 10))));
        QueryRequest wrongPassword = new QueryRequest(query("النفط", 10));
        wrongPassword.setBasicAuthCredentials(READER, PASSWORD + "x");
        assertEquals(401, refusal(wrongPassword));
        UpdateRequest readerWrites = new UpdateRequest();
        readerWrites.deleteById("oil");
        readerWrites.setBasicAuthCredentials(READER, PASSWORD);
        assertEquals(403, refusal(readerWrites));
        for (String user : List.of(READER, INDEXER)) {
            CollectionAdminRequest.Delete drop = CollectionAdminRequest.deleteCollection(COLLECTION);
            drop.setBasicAuthCredentials(user, PASSWORD);
            assertEquals(user, 403, refusal(drop));
        }
        assertEquals("nothing deleted", articles - foldedCopies(), search("", ALL).getResults().getNumFound());
    }

    /** The HTTP status a refused request gets (fails when it is not refused). */
    private static int refusal(SolrRequest<?> request) throws Exception {
        try {
            request.process(cluster.getSolrClient(), COLLECTION);
        } catch (BaseHttpSolrClient.RemoteSolrException e) {
            return e.code();
        } catch (SolrServerException e) {
            if (e.getCause() instanceof BaseHttpSolrClient.RemoteSolrException remote) {
                return remote.code();
            }
            throw e;
        }
        fail("not refused: " + request.getPath() + " " + request.getParams());
        return 0;
    }

    public void testEveryShardHasAReplicaOnEachNode() {
        DocCollection collection = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        assertEquals(2, collection.getSlices().size());
        for (Slice shard : collection.getSlices()) {
            Set<String> nodes = new LinkedHashSet<>();
            shard.getReplicas().forEach(replica -> nodes.add(replica.getNodeName()));
            assertEquals(shard.getName() + " " + shard.getReplicas(), 2, nodes.size());
        }
    }

    public void testTheClusterFindsAndRanksAsTheLocalArchive() throws Exception {
        int compared = 0;
        List<String> notCompared = new ArrayList<>();
        for (String query : queries) {
            String label = query.length() > 80 ? query.substring(0, 80) + "… (" + query.length() + " characters)" : query;
            SearchResult expected = local.search(SearchQuery.of(query).withPage(0, ALL));
            // A short query no article holds whole is widened locally to some of its words; the parser does not
            // widen (yet). A long query lists articles with some of its words on both sides: compared.
            if (expected.total() > 0 && expected.allWords() == 0 && query.strip().split("\\s+").length <= 3) {
                notCompared.add("widened locally: " + label);
                continue;
            }
            List<String> localIds = expected.hits().stream().map(SearchHit::id).toList();
            QueryResponse answer = search(query, ALL);
            List<String> solrIds = ids(answer);
            assertEquals(label, Set.copyOf(localIds), Set.copyOf(solrIds));
            assertEquals(label + ": the first ten", localIds.subList(0, Math.min(10, localIds.size())),
                    solrIds.subList(0, Math.min(10, solrIds.size())));
            assertEquals(label, expected.total(), answer.getResults().getNumFound());
            assertEquals(label + ": the scores", scores(expected), scores(answer));
            if (localIds.isEmpty()) {
                notCompared.add("found nowhere: " + label);
            } else {
                compared++;
            }
        }
        assertTrue("queries that find something, compared: " + compared, compared >= 20);
        System.out.printf(java.util.Locale.ROOT, "SolrCloudArchiveTest: %d articles, %d of %d searches find the same"
                + " articles, first ten and scores; not compared: %s%n", articles, compared, queries.size(), notCompared);
        assertEquals(articles, search("", ALL).getResults().getNumFound() + foldedCopies());
    }

    public void testMonthsPagesAndSnippetsAsTheLocalArchive() throws Exception {
        SearchResult expected = local.search(SearchQuery.of("السورية").withPage(0, ALL));
        SolrQuery months = query("السورية", 0);
        months.setFacet(true);
        months.addFacetField("month");
        months.setFacetMinCount(1);
        Map<YearMonth, Long> counted = new LinkedHashMap<>();
        for (FacetField.Count count : asReader(months).getFacetField("month")
                .getValues()) {
            long month = Long.parseLong(count.getName());
            counted.put(YearMonth.of((int) (month / 12), (int) (month % 12) + 1), count.getCount());
        }
        Map<YearMonth, Long> localMonths = new LinkedHashMap<>();
        for (MonthCount month : expected.months()) {
            localMonths.put(month.month(), month.count());
        }
        assertFalse(localMonths.isEmpty());
        assertEquals(localMonths, counted);

        // Pages of three by cursorMark, sorted as the first page is, give the whole list in its order.
        List<String> paged = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            SolrQuery page = query("السورية", 3);
            page.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse answer = asReader(page);
            paged.addAll(ids(answer));
            if (cursor.equals(answer.getNextCursorMark())) {
                break;
            }
            cursor = answer.getNextCursorMark();
        }
        assertEquals(expected.hits().stream().map(SearchHit::id).toList(), paged);

        // The snippet marks the word where the article writes it with its clitics (والمفاوضات, المفاوضات).
        SolrQuery marked = query("المفاوضات", 5);
        marked.setHighlight(true);
        QueryResponse answer = asReader(marked);
        String first = ids(answer).getFirst();
        String snippet = answer.getHighlighting().get(first).get("body").getFirst();
        assertTrue(snippet, snippet.matches("(?s).*<mark>[وبلف]?(ال)?مفاوضات</mark>.*"));
    }

    /**
     * With one of the two nodes stopped, every search still finds all its articles (each shard's other replica
     * answers). The searches start once the stop has returned: a search in flight at the moment of the stop waited
     * for the 90 s shard timeout in one run of three and failed (docs/solrcloud.md), which is not asserted here.
     */
    public void testAnswersStayCompleteWithANodeStopped() throws Exception {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String query : List.of("النفط", "أستانا", "\"وزارة الصحة\"", "سوتشي OR جنيف", "")) {
            expected.put(query, Set.copyOf(ids(search(query, ALL))));
        }
        cluster.stopJettySolrRunner(1);
        for (int round = 0; round < 20; round++) {
            for (Map.Entry<String, Set<String>> query : expected.entrySet()) {
                assertEquals("round " + round + ": " + query.getKey(), query.getValue(),
                        Set.copyOf(ids(search(query.getKey(), ALL))));
            }
        }
        DocCollection collection = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
        for (Slice shard : collection.getSlices()) {
            assertEquals(shard.getName(), 1, shard.getReplicas(replica -> replica.getState() == Replica.State.ACTIVE
                    && cluster.getSolrClient().getClusterState().getLiveNodes().contains(replica.getNodeName())).size());
        }
    }

    private static SolrQuery query(String text, int rows) {
        SolrQuery query = new SolrQuery(text);
        // The text as the client names it: the shards' words are then decided over the whole collection.
        query.set(ArshifDidYouMeanPlugin.TEXT, text);
        query.addFilterQuery(FOLD_COPIES);
        query.setRows(rows);
        query.setFields("id", "score");
        return query;
    }

    private static QueryResponse search(String text, int rows) throws Exception {
        return asReader(query(text, rows));
    }

    /** The query as a newsroom's read-only user asks it. */
    private static QueryResponse asReader(SolrQuery query) throws Exception {
        // Posted: a pasted page does not fit in a URL.
        QueryRequest request = new QueryRequest(query, SolrRequest.METHOD.POST);
        request.setBasicAuthCredentials(READER, PASSWORD);
        return request.process(cluster.getSolrClient(), COLLECTION);
    }

    /** The scores of the first ten, as the local archive writes them (floats: the same sums bit for bit). */
    private static List<Float> scores(SearchResult result) {
        return result.hits().stream().limit(10).map(SearchHit::score).toList();
    }

    private static List<Float> scores(QueryResponse answer) {
        return answer.getResults().stream().limit(10).map(document -> (Float) document.getFieldValue("score")).toList();
    }

    private static List<String> ids(QueryResponse answer) {
        return answer.getResults().stream().map(document -> (String) document.getFieldValue("id")).toList();
    }

    /** Articles folded into another of their copy group. */
    private static long foldedCopies() throws Exception {
        long folded = 0;
        for (SearchHit hit : local.search(SearchQuery.of("").withPage(0, ALL)).hits()) {
            folded += hit.copies().size();
        }
        return folded;
    }

}
