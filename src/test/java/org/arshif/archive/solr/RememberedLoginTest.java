package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.ServerLogin;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's dialog opens a shared archive as the user typed, and "remember this connection" keeps the login in the
 * credentials file — only once the cluster has accepted it, readable by its owner alone from its first byte, read
 * back by the next run as written.
 */
class RememberedLoginTest {

    @TempDir
    Path config;

    @Test
    void aLoginIsKeptOnlyOnceTheClusterAcceptedIt() throws Exception {
        ArchiveLocation location = SharedCluster.newCollection("login");
        Path file = config.resolve("arshif").resolve("solr-credentials");
        SolrArchiveProvider withoutCredentials = new SolrArchiveProvider(Optional::empty, 1, 1, 60);

        ArchiveException refused = assertThrows(ArchiveException.class, () -> withoutCredentials.loggedIn(
                new ServerLogin(SharedCluster.ADMIN, "خطأ", true), file).openWritable(location, ImportMonitor.NONE));
        assertEquals(Problem.Code.SERVER_CREDENTIALS_REFUSED, refused.problem().orElseThrow().code());
        assertFalse(Files.exists(file), "a refused password is not kept");

        try (Archive opened = withoutCredentials.loggedIn(new ServerLogin(SharedCluster.ADMIN, SharedCluster.PASSWORD,
                true), file).openWritable(location, ImportMonitor.NONE)) {
            assertTrue(opened.isWritable());
        }
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(new SolrCredentials(SharedCluster.ADMIN, SharedCluster.PASSWORD), SolrCredentials.fromFile(file));
        try (var left = Files.list(file.getParent())) {
            assertEquals(1, left.count(), "no temporary file left beside it");
        }

        // Not asked to remember: the file stays as it was.
        try (Archive opened = withoutCredentials.loggedIn(new ServerLogin(SharedCluster.READER, SharedCluster.PASSWORD,
                false), file).openReadOnly(location)) {
            assertFalse(opened.stats().articles() > 0);
        }
        assertEquals(SharedCluster.ADMIN, SolrCredentials.fromFile(file).user());
    }

    @Test
    void aLoginThatCouldNotBeReadBackAsWrittenIsRefusedAndTheOldFileKept() throws Exception {
        Path file = config.resolve("solr-credentials");
        new SolrCredentials("reader", "كلمة: فيها نقطتان").keepIn(file);
        assertEquals(new SolrCredentials("reader", "كلمة: فيها نقطتان"), SolrCredentials.fromFile(file));
        for (SolrCredentials unkeepable : new SolrCredentials[] {new SolrCredentials("a:b", "x"),
                new SolrCredentials("reader", "سطر\nآخر")}) {
            ArchiveException refused = assertThrows(ArchiveException.class, () -> unkeepable.keepIn(file));
            assertEquals(Problem.Code.CREDENTIALS_UNKEEPABLE, refused.problem().orElseThrow().code());
            assertFalse(refused.getMessage().contains("آخر"), "never the password");
        }
        assertEquals(new SolrCredentials("reader", "كلمة: فيها نقطتان"), SolrCredentials.fromFile(file));

        // A folder that cannot be made (a file of that name is in the way; root may write anywhere else).
        Path blocked = Files.writeString(config.resolve("not-a-folder"), "");
        ArchiveException unwritable = assertThrows(ArchiveException.class,
                () -> new SolrCredentials("reader", "secret").keepIn(blocked.resolve("solr-credentials")));
        assertEquals(Problem.Code.CREDENTIALS_NOT_KEPT, unwritable.problem().orElseThrow().code());
        assertTrue(unwritable.getMessage().contains(blocked.resolve("solr-credentials").toString()));
        assertFalse(unwritable.getMessage().contains("secret"));
    }
}
