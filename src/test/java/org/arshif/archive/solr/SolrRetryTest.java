package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.util.JavaBinCodec;
import org.apache.solr.common.util.NamedList;
import org.arshif.archive.ArchiveException;
import org.arshif.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The rule for a refusal ({@link SolrRetry}), through SolrJ against a node that refuses chosen requests as Jetty
 * does (the status and an HTML page): a refusal seen once — a stopping node's — is asked again and answered; one
 * that repeats is the user's, said at once after the second.
 */
class SolrRetryTest {

    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;

    /**
     * A node answering every request as a collection of the current format holding nothing, except the requests
     * numbered in {@code refused} (from 1), answered with {@code status}.
     */
    private SolrArchive archiveOn(Set<Integer> refused, int status) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] empty = emptyAnswer();
        server.createContext("/solr/news/select", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (refused.contains(requests.incrementAndGet())) {
                byte[] page = ("<html><body><h2>HTTP ERROR " + status + "</h2></body></html>")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
                exchange.sendResponseHeaders(status, page.length);
                exchange.getResponseBody().write(page);
            } else {
                exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
                exchange.sendResponseHeaders(200, empty.length);
                exchange.getResponseBody().write(empty);
            }
            exchange.close();
        });
        server.start();
        Http2SolrClient client = new Http2SolrClient.Builder("http://127.0.0.1:" + server.getAddress().getPort()
                + "/solr").useHttp1_1(true).build();
        return new SolrArchive(client, client::close, "news", "http://127.0.0.1/solr/news", "reader", false, 10);
    }

    /** Solr's answer, in its binary form, for a collection of the current format with no article. */
    private static byte[] emptyAnswer() throws IOException {
        NamedList<Object> params = new NamedList<>();
        params.add(SolrArchive.FORMAT_PARAM, Integer.toString(SolrArchive.FORMAT));
        NamedList<Object> header = new NamedList<>();
        header.add("status", 0);
        header.add("params", params);
        NamedList<Object> facets = new NamedList<>();
        facets.add("count", 0L);
        NamedList<Object> answer = new NamedList<>();
        answer.add("responseHeader", header);
        answer.add("response", new SolrDocumentList());
        answer.add("facets", facets);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JavaBinCodec codec = new JavaBinCodec(); OutputStream out = bytes) {
            codec.marshal(answer, out);
        }
        return bytes.toByteArray();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void aRefusalSeenOnceIsAskedAgainAndAnswered() throws Exception {
        // The open asks twice (the format, the newest version); the third request, the first of stats(), is refused.
        try (SolrArchive archive = archiveOn(Set.of(3), 403)) {
            assertEquals(0, archive.stats().articles());
            assertEquals(4, requests.get(), "the refused request asked once more");
        }
    }

    @Test
    void aRefusalThatRepeatsIsTheUsers() throws Exception {
        try (SolrArchive archive = archiveOn(Set.of(3, 4, 5, 6, 7), 403)) {
            ArchiveException refused = assertThrows(ArchiveException.class, archive::stats);
            assertEquals(Problem.Code.SERVER_FORBIDDEN, refused.problem().orElseThrow().code(), refused.getMessage());
            assertTrue(refused.problem().get().text(Locale.forLanguageTag("ar")).contains("reader"));
            assertEquals(4, requests.get(), "asked twice, not more");
        }
    }

    @Test
    void credentialsRefusedTwiceAreSaidSo() throws Exception {
        try (SolrArchive archive = archiveOn(Set.of(3, 4, 5), 401)) {
            ArchiveException refused = assertThrows(ArchiveException.class, archive::stats);
            assertEquals(Problem.Code.SERVER_CREDENTIALS_REFUSED, refused.problem().orElseThrow().code());
            assertEquals(4, requests.get());
        }
    }

    @Test
    void aBadRequestIsNotAskedAgain() throws Exception {
        try (SolrArchive archive = archiveOn(Set.of(3, 4), 400)) {
            assertThrows(ArchiveException.class, archive::stats);
            assertEquals(3, requests.get());
        }
    }
}
