package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * An {@code https://} address whose server does not speak TLS (a plain HTTP server on that port, as Solr's Jetty
 * answers a handshake it does not expect: a plain refusal, then the connection closed): the failed handshake is said
 * in words, not by the library's class name. What is not tested here — a cluster serving TLS and a client trusting
 * its certificate — is said in docs/shared-archive.md.
 */
class SolrTlsTest {

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
