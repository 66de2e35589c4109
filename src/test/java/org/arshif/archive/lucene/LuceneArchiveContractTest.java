package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveContract;
import org.arshif.archive.ArchiveProvider;

/** The archive contract run against the local Lucene archive. */
class LuceneArchiveContractTest extends ArchiveContract {

    @Override
    protected ArchiveProvider provider() {
        return new LuceneArchiveProvider();
    }
}
