package org.arshif.archive.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.SolrServerException;
import org.arshif.archive.ArchiveException;

/**
 * A request to the cluster tried again when it failed for a passing reason — a node stopped mid-request, a busy
 * node's 503, a dropped connection — after a growing pause; a refusal (bad credentials, no rights, a bad request)
 * and a timeout are reported at once. Requests are safe to repeat: searches read, and an import writes each article under its own id.
 */
final class SolrRetry {

    /** Pauses before each new try: about seven seconds in all before the failure is reported. */
    private static final long[] PAUSES_MILLIS = {250, 1_000, 2_000, 4_000};

    private SolrRetry() {
    }

    static <T> T run(SolrArchive.Request<T> request, SolrArchive archive) throws ArchiveException {
        for (int attempt = 0; ; attempt++) {
            try {
                return request.send();
            } catch (SolrServerException | IOException | RuntimeException e) {
                if (attempt >= PAUSES_MILLIS.length || !SolrFailure.isTransient(e)) {
                    throw archive.failure(e);
                }
                try {
                    Thread.sleep(PAUSES_MILLIS[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw archive.failure(e);
                }
            }
        }
    }
}
