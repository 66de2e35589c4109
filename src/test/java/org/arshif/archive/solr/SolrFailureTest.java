package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.solr.common.SolrException;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;

/** What SolrJ's failures mean for the user, read from the words SolrJ 9.10.1 gives when the cluster is gone. */
class SolrFailureTest {

    private static final String WHERE = "http://127.0.0.1:8983/solr/arshif";

    private static Problem.Code codeOf(Exception failure) {
        return SolrFailure.problem(failure, WHERE, "reader", 10).code();
    }

    @Test
    void aClusterWhoseZooKeeperIsGoneIsUnreachable() {
        // What CloudSolrClient threw in the window when the cluster's process was killed (hostile review).
        SolrException zkGone = new SolrException(SolrException.ErrorCode.SERVER_ERROR,
                "Error refreshing state for collection arshif");
        assertEquals(Problem.Code.SERVER_UNREACHABLE, codeOf(zkGone));
        assertEquals(Problem.Code.SERVER_UNREACHABLE, codeOf(new RuntimeException("wrapped", zkGone)));
    }

    @Test
    void otherServerErrorsKeepTheServersWords() {
        SolrException other = new SolrException(SolrException.ErrorCode.SERVER_ERROR, "undefined field nosuch");
        assertEquals(Problem.Code.SERVER_FAILED, codeOf(other));
    }
}
