package org.arshif.archive.solr;

import java.io.IOException;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrServerException;
import org.arshif.archive.ArchiveException;

/**
 * A request to the cluster tried again when it failed for a passing reason — a node stopped mid-request, a busy
 * node's 503, a dropped connection — after a growing pause; a bad request and a timeout are reported at once. A
 * refusal of the user (401, 403) is tried again once, a second later: a node whose security is going down with it
 * refuses what it would have let through (seen: a reader's search refused by a stopping node after 22 answers), so
 * only a refusal that repeats is the user's. Requests are safe to repeat: searches read, and an import writes each
 * article under its own id.
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
    /**
     * The least pause before a refusal is asked again: long enough for the cluster, and the client's view of it (its
     * live nodes are cached for seconds), to see a stopping node gone, and short enough for a reader told no.
     */
    static final long REFUSAL_PAUSE_MILLIS = 1_000;

    private SolrRetry() {
    }

    static <T> T run(SolrArchive.Request<T> request, SolrArchive archive) throws ArchiveException {
        return run(request, archive::failure, PAUSES_MILLIS);
    }

    /** An import's request: tried again for longer than a search's. */
    static <T> T runWrite(SolrArchive.Request<T> request, SolrArchive archive) throws ArchiveException {
        return run(request, archive::failure, WRITE_PAUSES_MILLIS);
    }

    /** The rule itself, the failure told by {@code failure} (tests: without a cluster). */
    static <T> T run(SolrArchive.Request<T> request, Function<Exception, ArchiveException> failure, long[] pauses)
            throws ArchiveException {
        boolean refusedBefore = false;
        for (int attempt = 0; ; attempt++) {
            try {
                return request.send();
            } catch (SolrServerException | IOException | RuntimeException e) {
                boolean refused = SolrFailure.isRefusal(e);
                boolean again = refused ? !refusedBefore : SolrFailure.isTransient(e);
                if (attempt >= pauses.length || !again) {
                    throw failure.apply(e);
                }
                refusedBefore |= refused;
                try {
                    Thread.sleep(refused ? Math.max(pauses[attempt], REFUSAL_PAUSE_MILLIS) : pauses[attempt]);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw failure.apply(e);
                }
            }
        }
    }
}
