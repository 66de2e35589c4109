package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of the cluster (two nodes, two shards of two replicas: one of each on each node) stopped while an import
 * sends its batches from a file on disk: the import finishes — or stops naming the file and record it could not
 * write — and once the node is back nothing is lost: the collection holds exactly the file's articles, every
 * replica of a shard as many as the other, and importing the file again adds nothing.
 */
class SolrImportNodeStopTest {

    private static final int RECORDS = 4_000;
    /** Articles still to send when the stop has returned, at least: the stop falls inside the import. */
    private static final int LEFT_AFTER_THE_STOP = 1_000;

    @TempDir
    Path temp;

    @Test
    void anImportThroughANodeStopLosesNothingAndASecondImportChangesNothing() throws Exception {
        Path feed = temp.resolve("wire.jsonl");
        Set<String> ids = writeFeed(feed);
        ArchiveLocation location = SharedCluster.newCollection("stop");
        String collection = location.server().getPath().substring(location.server().getPath().lastIndexOf('/') + 1);
        MiniSolrCloudCluster cluster = SharedCluster.get();
        AtomicReference<JettySolrRunner> stopped = new AtomicReference<>();
        AtomicLong writtenAtTheStop = new AtomicLong(-1);
        CountDownLatch stopReturned = new CountDownLatch(1);
        try (Archive archive = new SolrArchiveProvider(() -> Optional.of(new SolrCredentials(SharedCluster.ADMIN,
                SharedCluster.PASSWORD)), 2, 2, 60).openWritable(location, ImportMonitor.NONE)) {
            ImportMonitor stoppingANode = new ImportMonitor() {
                @Override
                public void progress(long read, long imported, String file) {
                    if (imported >= 2 * SolrImport.BATCH && stopped.get() == null) {
                        stopped.set(cluster.getJettySolrRunner(1));
                        Thread.ofPlatform().start(() -> {
                            try {
                                cluster.stopJettySolrRunner(stopped.get());
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            } finally {
                                writtenAtTheStop.set(latest.get());
                                stopReturned.countDown();
                            }
                        });
                    }
                    latest.set(imported);
                    if (imported >= RECORDS - LEFT_AFTER_THE_STOP) {
                        await(stopReturned);
                    }
                }

                private final AtomicLong latest = new AtomicLong();
            };
            SentRequests sent = SentRequests.of(archive);
            ImportReport first = null;
            ArchiveException failed = null;
            try {
                first = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT), stoppingANode);
            } catch (ArchiveException e) {
                failed = e;
            }
            assertTrue(writtenAtTheStop.get() >= 0 && writtenAtTheStop.get() <= RECORDS - LEFT_AFTER_THE_STOP,
                    "the node stopped while the import ran: " + writtenAtTheStop.get() + " articles written");
            cluster.startJettySolrRunner(stopped.get());
            cluster.waitForNode(stopped.get(), 60);
            cluster.waitForActiveCollection(collection, 60, TimeUnit.SECONDS, 2, 4);
            if (failed != null) {
                // Stopped: it says where, and importing the file again finishes it.
                Problem problem = failed.problem().orElseThrow();
                assertEquals(Problem.Code.SERVER_IMPORT_STOPPED, problem.code(), failed.getMessage());
                assertTrue(problem.text(Locale.forLanguageTag("ar")).contains(feed.getFileName() + "#"),
                        problem.text(Locale.forLanguageTag("ar")));
                first = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                        ImportMonitor.NONE);
            }
            long updates = sent.take().stream().filter(path -> path.endsWith("/update")).count();
            System.out.printf(Locale.ROOT, "SolrImportNodeStopTest: the node's stop returned after %d articles; %d"
                    + " update requests for %d batches and the commits; the import %s%n", writtenAtTheStop.get(),
                    updates, RECORDS / SolrImport.BATCH, failed == null ? "finished: " + first
                    : "stopped: " + failed.getMessage());
            assertEquals(ids, idsIn((SolrArchive) archive), "exactly the file's articles");
            assertEquals(RECORDS, archive.stats().articles());
            assertEveryReplicaHoldsItsShard(cluster, collection);

            ImportReport again = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                    ImportMonitor.NONE);
            assertEquals(0, again.added(), again.toString());
            assertEquals(RECORDS, again.updated(), again.toString());
            assertEquals(ids, idsIn((SolrArchive) archive), "the same articles again");
            assertEquals(RECORDS, archive.stats().articles());
        } finally {
            if (stopped.get() != null && !stopped.get().isRunning()) {
                cluster.startJettySolrRunner(stopped.get());
                cluster.waitForNode(stopped.get(), 60);
            }
        }
    }

    /**
     * An import the cluster can no longer take (its collection deleted by the administrator while it runs) stops at
     * once, naming the file and the first record not written and how many articles were written before it.
     */
    @Test
    void anImportTheClusterCannotTakeStopsNamingTheRecord() throws Exception {
        Path feed = temp.resolve("wire.jsonl");
        writeFeed(feed);
        ArchiveLocation location = SharedCluster.newCollection("gone");
        String collection = location.server().getPath().substring(location.server().getPath().lastIndexOf('/') + 1);
        try (Archive archive = SharedCluster.provider(SharedCluster.ADMIN, SharedCluster.PASSWORD)
                .openWritable(location, ImportMonitor.NONE);
             Http2SolrClient admin = new Http2SolrClient.Builder(SharedCluster.get().getJettySolrRunner(0).getBaseUrl()
                     .toString()).withBasicAuthCredentials(SharedCluster.ADMIN, SharedCluster.PASSWORD).build()) {
            ImportMonitor deletingTheCollection = new ImportMonitor() {
                private boolean deleted;

                @Override
                public void progress(long read, long imported, String file) {
                    if (imported >= 2 * SolrImport.BATCH && !deleted) {
                        deleted = true;
                        try {
                            CollectionAdminRequest.deleteCollection(collection).process(admin);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            };
            ArchiveException stopped = org.junit.jupiter.api.Assertions.assertThrows(ArchiveException.class,
                    () -> archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                            deletingTheCollection));
            Problem problem = stopped.problem().orElseThrow();
            assertEquals(Problem.Code.SERVER_IMPORT_STOPPED, problem.code(), stopped.getMessage());
            java.util.regex.Matcher at = java.util.regex.Pattern.compile("wire\\.jsonl#(\\d+)")
                    .matcher(problem.english());
            assertTrue(at.find(), problem.english());
            long record = Long.parseLong(at.group(1));
            assertEquals(1, record % SolrImport.BATCH, "the first record of a batch: " + problem.english());
            assertTrue(record > 2 * SolrImport.BATCH && record < RECORDS, problem.english());
            assertTrue(problem.english().contains("the " + (record - 1) + " articles written before it are kept"),
                    problem.english());
            assertTrue(problem.text(Locale.forLanguageTag("ar")).contains("wire.jsonl#" + record),
                    problem.text(Locale.forLanguageTag("ar")));
            System.out.println("SolrImportNodeStopTest: " + problem.english());
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(120, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A wire feed of distinct articles (each a draw of words of its own: no copies among them). */
    private static Set<String> writeFeed(Path feed) throws Exception {
        String[] words = ("أعلنت وزارة الصحة افتتاح مستشفى جديد في مدينة تبوك وقال المتحدث إن المشروع جزء من خطة "
                + "لرفع عدد الأسرة في المناطق الشمالية ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض "
                + "الإنتاج انطلقت في جنيف جولة جديدة من المفاوضات بين وفدي الحكومة والمعارضة عقد مؤتمر الحوار "
                + "الوطني برعاية روسيا وصل الوفد الياباني إلى الرياض للتعاون الاقتصادي في الطاقة والصناعة والتعليم "
                + "والنقل والاتصالات والزراعة والمياه والكهرباء والإسكان والسياحة والثقافة والرياضة").split(" ");
        Random random = new Random(15);
        Set<String> ids = new HashSet<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            StringBuilder body = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                body.append(words[random.nextInt(words.length)]).append(w % 12 == 11 ? ". " : " ");
            }
            String id = "wire-" + i;
            ids.add(id);
            lines.add("{\"id\": \"" + id + "\", \"title\": \"" + words[random.nextInt(words.length)] + " "
                    + words[random.nextInt(words.length)] + " " + i + "\", \"date\": \""
                    + LocalDate.of(2018, 1, 1).plusDays(i % 365) + "\", \"source\": \"الوكالة\", \"content\": \""
                    + body.toString().strip() + "\"}");
        }
        Files.write(feed, lines, StandardCharsets.UTF_8);
        return ids;
    }

    /** Every id in the collection, by a cursor over all of it. */
    private static Set<String> idsIn(SolrArchive archive) throws Exception {
        Set<String> ids = new HashSet<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams params = new ModifiableSolrParams();
            params.set("defType", "lucene");
            params.set("q", "*:*");
            params.set("fl", "id");
            params.set("sort", "id asc");
            params.set("rows", 1_000);
            params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse page = archive.ask(params);
            for (SolrDocument document : page.getResults()) {
                assertTrue(ids.add((String) document.getFieldValue("id")), "once: " + document.getFieldValue("id"));
            }
            if (cursor.equals(page.getNextCursorMark())) {
                return ids;
            }
            cursor = page.getNextCursorMark();
        }
    }

    /** Each replica of a shard, asked alone, holds as many articles as the shard's other replica. */
    private static void assertEveryReplicaHoldsItsShard(MiniSolrCloudCluster cluster, String collection)
            throws Exception {
        DocCollection state = cluster.getSolrClient().getClusterState().getCollection(collection);
        long total = 0;
        for (Slice slice : state.getSlices()) {
            Set<Long> counts = new HashSet<>();
            for (Replica replica : slice.getReplicas()) {
                try (Http2SolrClient core = new Http2SolrClient.Builder(replica.getBaseUrl())
                        .withBasicAuthCredentials(SharedCluster.ADMIN, SharedCluster.PASSWORD).build()) {
                    ModifiableSolrParams params = new ModifiableSolrParams();
                    params.set("q", "*:*");
                    params.set("defType", "lucene");
                    params.set("rows", 0);
                    params.set("distrib", false);
                    counts.add(new QueryRequest(params, SolrRequest.METHOD.GET)
                            .process(core, replica.getCoreName()).getResults().getNumFound());
                }
            }
            assertEquals(1, counts.size(), slice.getName() + "'s replicas: " + counts);
            total += counts.iterator().next();
        }
        assertEquals(RECORDS, total, "the shards hold the file between them");
    }
}
