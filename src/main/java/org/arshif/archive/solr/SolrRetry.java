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

    /** Pauses before each new try of a search: about seven seconds in all before the failure is reported. */
    private static final long[] PAUSES_MILLIS = {250, 1_000, 2_000, 4_000};
    /**
     * Pauses before each new try of an import's request: about half a minute in all, as long as the cluster may
     * take to name new leaders for the shards of a node lost mid-import (no one waits on each word, and the import
     * reads nothing more meanwhile: the pause is its back-pressure).
     */
    private static final long[] WRITE_PAUSES_MILLIS = {250, 1_000, 2_000, 4_000, 8_000, 15_000};

    private SolrRetry() {
    }

    static <T> T run(SolrArchive.Request<T> request, SolrArchive archive) throws ArchiveException {
        return run(request, archive, PAUSES_MILLIS);
    }

    /** An import's request: tried again for longer than a search's. */
    static <T> T runWrite(SolrArchive.Request<T> request, SolrArchive archive) throws ArchiveException {
        return run(request, archive, WRITE_PAUSES_MILLIS);
    }

    private static <T> T run(SolrArchive.Request<T> request, SolrArchive archive, long[] pauses)
            throws ArchiveException {
        for (int attempt = 0; ; attempt++) {
            try {
                return request.send();
            } catch (SolrServerException | IOException | RuntimeException e) {
                if (attempt >= pauses.length || !SolrFailure.isTransient(e)) {
                    throw archive.failure(e);
                }
                try {
                    Thread.sleep(pauses[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw archive.failure(e);
                }
            }
        }
    }
}
