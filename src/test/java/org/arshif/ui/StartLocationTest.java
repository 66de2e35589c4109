package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.arshif.archive.ArchiveLocation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive the window opens at start: the one named, else the last one shown (never a password), else the default. */
class StartLocationTest {

    @TempDir
    Path dir;

    @Test
    void theLastArchiveShownOpensAgainUnlessAnotherIsNamed() throws Exception {
        Assumptions.assumeTrue(System.getenv(ArchiveLocation.ENV_VARIABLE) == null, "ARSHIF_ARCHIVE names one");
        String shared = "https://solr1.newsroom:8983/solr/arshif";
        Path folder = Files.createDirectory(dir.resolve("أرشيف الجريدة"));

        assertEquals(ArchiveLocation.server(shared), ArshifApp.startLocation(null, shared));
        ArchiveLocation local = ArshifApp.startLocation(null, folder.toString());
        assertEquals(folder, local.folder());
        assertFalse(local.isDefault(), "not seeded: it is the reader's own");
        assertEquals(folder, ArshifApp.startLocation(folder.toString(), shared).folder(), "--archive wins");

        assertTrue(ArshifApp.startLocation(null, "").isDefault());
        // A folder gone since (an unplugged disk) is not made again, empty: the default archive opens.
        ArchiveLocation gone = ArshifApp.startLocation(null, dir.resolve("gone").toString());
        assertTrue(gone.isDefault());
        assertFalse(Files.exists(dir.resolve("gone")));
    }
}
