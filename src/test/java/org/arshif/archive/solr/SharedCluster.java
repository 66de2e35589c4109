package org.arshif.archive.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.arshif.archive.ArchiveLocation;

/**
 * One in-process SolrCloud of two nodes for the test classes of the shared archive (started at the first use,
 * stopped when the test JVM ends): the configset and the query parser from the test class path, under the
 * repository's security.json. Each test gets a collection of its own; a test that stops a node starts it again.
 */
final class SharedCluster {

    static final String ADMIN = "admin";
    static final String INDEXER = "indexer";
    static final String READER = "reader";
    static final String PASSWORD = "كلمة سر التجربة";
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();
    private static MiniSolrCloudCluster cluster;

    private SharedCluster() {
    }

    static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path base = Files.createTempDirectory("arshif-solr-cluster");
            cluster = new MiniSolrCloudCluster.Builder(2, base)
                    .addConfig(SolrArchiveProvider.CONFIGSET, SolrSchemaAnalysisTest.CONFIGSET.resolve("conf"))
                    .withSecurityJson(SecurityJson.withPasswords(Map.of(ADMIN, PASSWORD, INDEXER, PASSWORD,
                            READER, PASSWORD)))
                    .build();
            MiniSolrCloudCluster started = cluster;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.shutdown();
                } catch (Exception ignored) {
                    // the JVM is ending
                }
            }));
        }
        return cluster;
    }

    /** The address of a collection no test has used. */
    static ArchiveLocation newCollection(String prefix) throws Exception {
        return ArchiveLocation.server(get().getJettySolrRunner(0).getBaseUrl() + "/" + prefix
                + COLLECTIONS.incrementAndGet());
    }

    /** A provider as this user, making collections of two shards with a replica each (one per node). */
    static SolrArchiveProvider provider(String user, String password) {
        return new SolrArchiveProvider(() -> Optional.of(new SolrCredentials(user, password)), 2, 1, 60);
    }
}
