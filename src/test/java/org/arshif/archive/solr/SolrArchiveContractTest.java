package org.arshif.archive.solr;

import org.arshif.archive.ArchiveContract;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;

/** The archive contract run against the shared archive: a new collection on the in-process cluster for each test. */
class SolrArchiveContractTest extends ArchiveContract {

    @Override
    protected ArchiveProvider provider() {
        return SharedCluster.provider(SharedCluster.ADMIN, SharedCluster.PASSWORD);
    }

    @Override
    protected ArchiveLocation newLocation() {
        try {
            return SharedCluster.newCollection("contract");
        } catch (Exception e) {
            throw new IllegalStateException("the test cluster did not start", e);
        }
    }
}
