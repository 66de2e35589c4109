package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.client.solrj.embedded.SSLConfig;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.arshif.model.Problem;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS as a newsroom deploys it: a cluster of two nodes serving only {@code https://} (between its nodes too) under the
 * repository's security.json, searched by a client that trusts the cluster's certificate the way
 * docs/shared-archive.md tells (the JDK's {@code javax.net.ssl.trustStore} settings), and refused in words by one that
 * does not; and an {@code https://} address whose server does not speak TLS (a plain HTTP server on that port, as
 * Solr's Jetty answers a handshake it does not expect: a plain refusal, then the connection closed).
 */
class SolrTlsTest {

    /** Solr's test certificate, for localhost and 127.0.0.1 (solr-test-framework's create-keystores.sh). */
    private static final String KEYSTORE = "SSLTestConfig.testing.keystore";
    private static final String KEYSTORE_PASSWORD = "secret";
    private static final List<String> TRUST = List.of("javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType");
    /** Jetty in Solr's embedded runner builds a TLS connector only in its test mode. */
    private static final String JETTY_TEST_MODE = "jetty.testMode";

    @TempDir
    Path temp;

    @Test
    void aClusterServingTlsIsSearchedWhenItsCertificateIsTrustedAndRefusedInWordsWhenNot() throws Exception {
        Path keystore = temp.resolve("solr.jks");
        try (InputStream resource = SolrTlsTest.class.getClassLoader().getResourceAsStream(KEYSTORE)) {
            Files.copy(Objects.requireNonNull(resource, KEYSTORE), keystore);
        }
        Map<String, String> before = new HashMap<>();
        TRUST.forEach(key -> before.put(key, System.getProperty(key)));
        before.put(JETTY_TEST_MODE, System.getProperty(JETTY_TEST_MODE));
        MiniSolrCloudCluster cluster = null;
        try {
            trust(keystore.toString(), KEYSTORE_PASSWORD, "JKS"); // the nodes' own clients read it too
            System.setProperty(JETTY_TEST_MODE, "true");
            cluster = new MiniSolrCloudCluster.Builder(2, temp.resolve("cluster"))
                    .addConfig(SolrArchiveProvider.CONFIGSET, SolrSchemaAnalysisTest.CONFIGSET.resolve("conf"))
                    .withSecurityJson(SecurityJson.withPasswords(Map.of(SharedCluster.ADMIN, SharedCluster.PASSWORD,
                            SharedCluster.INDEXER, SharedCluster.PASSWORD, SharedCluster.READER,
                            SharedCluster.PASSWORD)))
                    .withJettyConfig(jetty -> jetty.withSSLConfig(new SSLConfig(true, false, keystore.toString(),
                            KEYSTORE_PASSWORD, keystore.toString(), KEYSTORE_PASSWORD)))
                    .build();
            String node = cluster.getJettySolrRunner(0).getBaseUrl().toString();
            assertTrue(node.startsWith("https://127.0.0.1:"), node);
            ArchiveLocation location = ArchiveLocation.server(node + "/tls");
            Path feed = temp.resolve("wire.jsonl");
            Files.writeString(feed, """
                    {"id": "tls-1", "title": "جولة جديدة من محادثات أستانا", "date": "2017-10-30", "source": "الوكالة", "content": "انطلقت في أستانا الجولة السابعة من المحادثات حول سوريا"}
                    {"id": "tls-2", "title": "أسعار النفط", "date": "2017-10-31", "source": "الوكالة", "content": "ارتفعت أسعار النفط في الأسواق العالمية"}
                    """, StandardCharsets.UTF_8);
            try (Archive archive = SharedCluster.provider(SharedCluster.ADMIN, SharedCluster.PASSWORD)
                    .openWritable(location, ImportMonitor.NONE)) {
                ImportReport report = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                        ImportMonitor.NONE);
                assertEquals(2, report.added(), report.toString());
            }
            try (Archive reading = SharedCluster.provider(SharedCluster.READER, SharedCluster.PASSWORD)
                    .openReadOnly(location)) {
                SearchResult found = reading.search(SearchQuery.of("أستانا"));
                assertEquals(List.of("tls-1"), found.hits().stream().map(SearchHit::id).toList());
            }

            TRUST.forEach(System::clearProperty); // the JDK's own authorities only: Solr's test certificate is none
            ArchiveException refused = assertThrows(ArchiveException.class, () -> SharedCluster.provider(
                    SharedCluster.READER, SharedCluster.PASSWORD).openReadOnly(location).close());
            Problem problem = refused.problem().orElseThrow();
            assertEquals(Problem.Code.SERVER_UNREACHABLE, problem.code(), refused.getMessage());
            String english = problem.text(Locale.ENGLISH);
            assertTrue(english.contains(location.where()) && english.contains("the secure connection (TLS) failed"),
                    english);
            assertFalse(english.contains("SSLHandshakeException") || english.contains("javax.net"), english);
        } finally {
            try {
                if (cluster != null) {
                    cluster.shutdown();
                }
            } finally { // the JVM's later tests see the properties they had, whatever the shutdown did
                before.forEach((key, value) -> {
                    if (value == null) {
                        System.clearProperty(key);
                    } else {
                        System.setProperty(key, value);
                    }
                });
            }
        }
    }

    private static void trust(String store, String password, String type) {
        System.setProperty(TRUST.get(0), store);
        System.setProperty(TRUST.get(1), password);
        System.setProperty(TRUST.get(2), type);
    }

    @Test
    void aFailedHandshakeIsSaidInWords() throws Exception {
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread answering = Thread.ofVirtual().start(() -> {
                while (!plain.isClosed()) {
                    try (Socket connection = plain.accept()) {
                        connection.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            ArchiveLocation secure = ArchiveLocation.server("https://127.0.0.1:" + plain.getLocalPort()
                    + "/solr/news");
            ArchiveException failed = assertThrows(ArchiveException.class, () -> new SolrArchiveProvider(
                    () -> Optional.of(new SolrCredentials(SharedCluster.READER, SharedCluster.PASSWORD)), 2, 1, 10)
                    .openReadOnly(secure).close());
            plain.close();
            answering.join();
            Problem problem = failed.problem().orElseThrow();
            assertEquals(Problem.Code.SERVER_UNREACHABLE, problem.code(), failed.getMessage());
            String english = problem.text(Locale.ENGLISH);
            assertTrue(english.contains(secure.where()) && english.contains("the secure connection (TLS) failed"),
                    english);
            assertTrue(problem.text(Locale.forLanguageTag("ar")).contains("تعذّر الاتصال الآمن (TLS)"),
                    problem.text(Locale.forLanguageTag("ar")));
            assertFalse(english.contains("SSLHandshakeException") || english.contains("javax.net"), english);
        }
    }
}
