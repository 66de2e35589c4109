package org.arshif.archive.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud of two nodes on this machine, with Arshif's configset and query parser and the repository's
 * security.json, for trying the window on a shared archive by hand ({@code mvn -Psolr-dev test-compile exec:java},
 * docs/shared-archive.md). The three users' password is {@code ARSHIF_DEV_PASSWORD} (else {@code arshif-dev});
 * the collection {@code arshif} is made at the first writable open (an admin's). Ctrl+C stops it; its data is in
 * a temporary folder, gone with it.
 */
public final class DevCluster {

    private DevCluster() {
    }

    /**
     * Starts the cluster with its data under {@code base}: two nodes, the repository's configset and security.json,
     * the three users with one password (also what {@code org.arshif.bench.SolrClusterBenchmark} measures).
     */
    public static MiniSolrCloudCluster start(Path base, String password) throws Exception {
        return new MiniSolrCloudCluster.Builder(2, base)
                .addConfig(SolrArchiveProvider.CONFIGSET, SolrSchemaAnalysisTest.CONFIGSET.resolve("conf"))
                .withSecurityJson(SecurityJson.withPasswords(Map.of("admin", password, "indexer", password, "reader",
                        password)))
                .build();
    }

    /**
     * Fails at once unless the repository's configset and security template are where {@link #start} reads them
     * (relative to the repository's root): a benchmark started elsewhere stopped only after an hour of imports.
     */
    public static void requireRepositoryRoot() {
        for (Path needed : new Path[] {SecurityJson.TEMPLATE, SolrSchemaAnalysisTest.CONFIGSET}) {
            if (!Files.exists(needed)) {
                throw new IllegalStateException("Run from the repository's root: " + needed.toAbsolutePath()
                        + " is missing");
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv().getOrDefault("ARSHIF_DEV_PASSWORD", "arshif-dev");
        MiniSolrCloudCluster cluster = start(Files.createTempDirectory("arshif-dev-cluster"), password);
        String address = cluster.getJettySolrRunner(0).getBaseUrl() + "/arshif";
        System.out.println();
        System.out.println("Arshif's development cluster is up (two nodes). In another terminal:");
        System.out.println("  export ARSHIF_SOLR_USER=admin ARSHIF_SOLR_PASSWORD='" + password + "'");
        System.out.println("  java -jar target/arshif.jar import --archive " + address + " YOUR-FILES");
        System.out.println("  java -jar target/arshif.jar --archive " + address);
        System.out.println("(reader and indexer have the same password). Ctrl+C stops the cluster.");
        System.out.println("Type 'stop' to stop the second node (the window then says the archive is degraded),");
        System.out.println("'start' to start it again.");
        Thread.ofPlatform().daemon().name("dev-cluster-console").start(() -> secondNodeByConsole(cluster));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception ignored) {
                // the JVM is ending
            } finally {
                stopped.countDown();
            }
        }));
        stopped.await();
    }

    /** 'stop' and 'start' on standard input stop and start the second node (a node down, by hand). */
    private static void secondNodeByConsole(MiniSolrCloudCluster cluster) {
        java.io.BufferedReader console = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                java.nio.charset.StandardCharsets.UTF_8));
        org.apache.solr.embedded.JettySolrRunner stoppedNode = null;
        try {
            for (String line; (line = console.readLine()) != null; ) {
                if (line.strip().equals("stop") && stoppedNode == null) {
                    stoppedNode = cluster.stopJettySolrRunner(1);
                    System.out.println("The second node is stopped.");
                } else if (line.strip().equals("start") && stoppedNode != null) {
                    cluster.startJettySolrRunner(stoppedNode);
                    cluster.waitForNode(stoppedNode, 60);
                    stoppedNode = null;
                    System.out.println("The second node is running again.");
                }
            }
        } catch (Exception e) {
            System.out.println("The console stopped: " + e);
        }
    }
}
