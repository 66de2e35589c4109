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
 * Public for the window's tests on a shared archive (org.arshif.ui), which share it too.
 */
public final class SharedCluster {

    public static final String ADMIN = "admin";
    public static final String INDEXER = "indexer";
    public static final String READER = "reader";
    public static final String PASSWORD = "كلمة سر التجربة";
    private static final AtomicInteger COLLECTIONS = new AtomicInteger();
    private static MiniSolrCloudCluster cluster;
    private static boolean stopsWithTheJvm;

    private SharedCluster() {
    }

    public static synchronized MiniSolrCloudCluster get() throws Exception {
        if (cluster == null) {
            Path base = Files.createTempDirectory("arshif-solr-cluster");
            cluster = new MiniSolrCloudCluster.Builder(2, base)
                    .addConfig(SolrArchiveProvider.CONFIGSET, SolrSchemaAnalysisTest.CONFIGSET.resolve("conf"))
                    .withSecurityJson(SecurityJson.withPasswords(Map.of(ADMIN, PASSWORD, INDEXER, PASSWORD,
                            READER, PASSWORD)))
                    .build();
            if (!stopsWithTheJvm) {
                stopsWithTheJvm = true;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        stop();
                    } catch (Exception ignored) {
                        // the JVM is ending
                    }
                }));
            }
        }
        return cluster;
    }

    /**
     * Stops the cluster if it runs (the next {@link #get} starts another): a test class built on Solr's own
     * {@code SolrCloudTestCase} checks after its run that every Solr object in the JVM was released, and this
     * cluster's would count against it.
     */
    static synchronized void stop() throws Exception {
        if (cluster != null) {
            cluster.shutdown();
            cluster = null;
        }
    }

    /** The address of a collection no test has used. */
    public static ArchiveLocation newCollection(String prefix) throws Exception {
        return ArchiveLocation.server(get().getJettySolrRunner(0).getBaseUrl() + "/" + prefix
                + COLLECTIONS.incrementAndGet());
    }

    /** A provider as this user, making collections of two shards with a replica each (one per node). */
    public static SolrArchiveProvider provider(String user, String password) {
        return new SolrArchiveProvider(() -> Optional.of(new SolrCredentials(user, password)), 2, 1, 60);
    }
}
