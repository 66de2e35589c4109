package org.arshif.archive.solr;

import java.util.Locale;
import org.apache.solr.common.SolrException;
import org.arshif.archive.ArchiveException;
import org.arshif.model.Problem;

/**
 * What a failed request to the cluster means for the user: the cluster unreachable (down, wrong address, no
 * network), too slow (a timeout), the credentials refused or not allowed this, no such collection, or another
 * failure with the server's own words. Read from the whole chain of causes: SolrJ wraps the one that tells.
 */
final class SolrFailure {

    private SolrFailure() {
    }

    /** The failure as an archive exception naming the address (and the user, where credentials are concerned). */
    static ArchiveException of(Exception failure, String where, String user, long timeoutSeconds) {
        return new ArchiveException(problem(failure, where, user, timeoutSeconds), failure);
    }

    static Problem problem(Throwable failure, String where, String user, long timeoutSeconds) {
        String who = user == null ? "-" : user;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SolrException solr && solr.code() > 0) {
                Problem known = byStatus(solr, where, who);
                if (known != null) {
                    return known;
                }
            }
            if (cause instanceof java.util.concurrent.TimeoutException
                    || cause instanceof java.net.SocketTimeoutException
                    || (cause.getMessage() != null && cause.getMessage().toLowerCase(Locale.ROOT).contains("timeout"))) {
                return Problem.of(Problem.Code.SERVER_TIMEOUT, where, Long.toString(timeoutSeconds));
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.NoRouteToHostException
                    || cause instanceof java.nio.channels.ClosedChannelException
                    || cause instanceof javax.net.ssl.SSLException) {
                return Problem.of(Problem.Code.SERVER_UNREACHABLE, where, describe(cause));
            }
        }
        // SolrJ's words when no node answers, or ZooKeeper itself is gone ("Error refreshing state for collection …":
        // a whole cluster killed, seen in a hostile review as the library's English sentence in the window), at any
        // depth of the chain.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String said = cause.getMessage();
            if (said != null && (said.contains("No live SolrServers") || said.contains("Tried fetching")
                    || said.contains("Error refreshing state") || said.contains("Could not find a healthy node"))) {
                return Problem.of(Problem.Code.SERVER_UNREACHABLE, where, said);
            }
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return Problem.of(Problem.Code.SERVER_FAILED, where, message);
    }

    private static Problem byStatus(SolrException solr, String where, String who) {
        String message = solr.getMessage() == null ? "" : solr.getMessage();
        return switch (solr.code()) {
            case 401 -> Problem.of(Problem.Code.SERVER_CREDENTIALS_REFUSED, where, who);
            case 403 -> Problem.of(Problem.Code.SERVER_FORBIDDEN, where, who);
            case 404 -> Problem.of(Problem.Code.SERVER_NO_COLLECTION, where);
            case 400 -> message.contains("not found") || message.contains("Could not find collection")
                    ? Problem.of(Problem.Code.SERVER_NO_COLLECTION, where) : null;
            default -> null;
        };
    }

    /**
     * Why the cluster cannot be reached, in the user's words where the kind says it (a refused connection, an unknown
     * host, a failed TLS handshake: the library's class names mean nothing to a journalist); else the system's.
     */
    private static Object describe(Throwable cause) {
        if (cause instanceof java.net.ConnectException) {
            return Problem.of(Problem.Code.CONNECTION_REFUSED);
        }
        if (cause instanceof java.net.UnknownHostException) {
            return Problem.of(Problem.Code.HOST_UNKNOWN, String.valueOf(cause.getMessage()));
        }
        if (cause instanceof javax.net.ssl.SSLException) {
            return Problem.of(Problem.Code.TLS_FAILED, String.valueOf(cause.getMessage()));
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /**
     * True when the cluster refused the user (401, 403): the user's credentials or rights — or a node whose security
     * plugin is going down with it ({@link SolrRetry} asks once more before saying so).
     */
    static boolean isRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SolrException solr && solr.code() > 0) {
                return solr.code() == 401 || solr.code() == 403;
            }
        }
        return false;
    }

    /** True when trying the same request again may succeed: a node down or busy, a dropped connection. */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SolrException solr && solr.code() > 0) {
                int code = solr.code();
                if (code == 429 || code >= 500) {
                    return true;
                }
                if (code >= 400) {
                    return false; // the request itself is refused: again is refused again
                }
            }
        }
        // A timeout is not tried again: the user would wait for it several times over before being told.
        Problem.Code code = problem(failure, "", null, 0).code();
        return code != Problem.Code.SERVER_TIMEOUT && (code == Problem.Code.SERVER_UNREACHABLE
                || failure instanceof java.io.IOException
                || failure instanceof org.apache.solr.client.solrj.SolrServerException);
    }
}
