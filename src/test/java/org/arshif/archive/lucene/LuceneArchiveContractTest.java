package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveContract;
import org.arshif.archive.ArchiveLockedException;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ImportMonitor;
import org.junit.jupiter.api.Test;

/** The archive contract run against the local Lucene archive, and what only an archive in a folder does. */
class LuceneArchiveContractTest extends ArchiveContract {

    @Override
    protected ArchiveProvider provider() {
        return new LuceneArchiveProvider();
    }

    /** One process writes to a folder at a time (Lucene's lock); a shared archive takes writers side by side. */
    @Test
    void aSecondWriterIsRefusedBesideAReader() throws Exception {
        try (Archive reader = provider().openReadOnly(location)) {
            assertThrows(ArchiveLockedException.class,
                    () -> provider().openWritable(location, ImportMonitor.NONE).close());
        }
    }
}
