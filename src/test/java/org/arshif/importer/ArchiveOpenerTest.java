package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.Archive;
import org.arshif.archive.lucene.LuceneArchiveProvider;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveOpenerTest {

    private static final ArchiveOpener OPENER = new ArchiveOpener(new LuceneArchiveProvider());

    @TempDir
    Path dir;

    @Test
    void theDefaultArchiveStartsWithTheSeed() throws Exception {
        ArchiveLocation fresh = new ArchiveLocation(dir.resolve("default"), true);
        try (Archive archive = OPENER.openWritable(fresh, ImportMonitor.NONE)) {
            assertEquals(1, archive.stats().articles());
            assertEquals(1, archive.search(SearchQuery.of("أستانا")).total());
        }
        try (Archive again = OPENER.openWritable(fresh, ImportMonitor.NONE)) {
            assertEquals(1, again.stats().articles(), "seeded once, not on every start");
        }
    }

    @Test
    void aChosenArchiveIsNotSeeded() throws Exception {
        try (Archive archive = OPENER.openWritable(new ArchiveLocation(dir.resolve("mine"), false),
                ImportMonitor.NONE)) {
            assertEquals(0, archive.stats().articles());
        }
    }

    @Test
    void readingADefaultArchiveThatDoesNotExistYetCreatesAndSeedsIt() throws Exception {
        try (Archive archive = OPENER.openReadable(new ArchiveLocation(dir.resolve("new-default"), true))) {
            assertEquals(1, archive.stats().articles());
        }
        ArchiveException missing = assertThrows(ArchiveException.class,
                () -> OPENER.openReadable(new ArchiveLocation(dir.resolve("nothing"), false)));
        assertTrue(missing.getMessage().contains("no archive"), missing.getMessage());
    }
}
