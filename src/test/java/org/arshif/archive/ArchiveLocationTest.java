package org.arshif.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;

class ArchiveLocationTest {

    @Test
    void flagThenVariableThenPlatformDefault() {
        Map<String, String> env = Map.of("ARSHIF_ARCHIVE", "/data/env-archive", "XDG_DATA_HOME", "/xdg");
        ArchiveLocation flag = ArchiveLocation.resolve("/data/flag", env, "Linux", "/home/u");
        assertEquals(Path.of("/data/flag"), flag.folder());
        assertFalse(flag.isDefault());
        assertEquals(Path.of("/data/env-archive"), ArchiveLocation.resolve(null, env, "Linux", "/home/u").folder());
        ArchiveLocation linux = ArchiveLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/u");
        assertEquals(Path.of("/xdg/arshif"), linux.folder());
        assertTrue(linux.isDefault());
    }

    @Test
    void platformDefaults() {
        assertEquals(Path.of("/home/u/.local/share/arshif"),
                ArchiveLocation.resolve(null, Map.of(), "Linux", "/home/u").folder());
        assertEquals(Path.of("/home/u/.local/share/arshif"),
                ArchiveLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative"), "Linux", "/home/u").folder());
        assertEquals(Path.of("/Users/u/Library/Application Support/Arshif"),
                ArchiveLocation.resolve(null, Map.of(), "Mac OS X", "/Users/u").folder());
        assertEquals(Path.of("/appdata/Arshif"),
                ArchiveLocation.resolve(null, Map.of("APPDATA", "/appdata"), "Windows 11", "/c/u").folder());
    }

    @Test
    void anAddressNamesACollectionOnAServer() {
        ArchiveLocation flag = ArchiveLocation.resolve("https://news.example:8983/solr/archive/", Map.of(), "Linux",
                "/home/u");
        assertTrue(flag.isServer());
        assertEquals(java.net.URI.create("https://news.example:8983/solr/archive"), flag.server());
        assertEquals(null, flag.folder());
        assertFalse(flag.isDefault(), "a shared archive is never seeded");
        assertFalse(flag.holds(Path.of("/home/u/export.pdf")), "no file here is part of it");
        assertEquals("http://host/solr/c", ArchiveLocation.resolve(null, Map.of("ARSHIF_ARCHIVE", "HTTP://host/solr/c"),
                "Linux", "/home/u").where());
        assertEquals(Path.of("/data/c:d"), ArchiveLocation.resolve("/data/c:d", Map.of(), "Linux", "/home/u").folder(),
                "a colon in a folder name is no address");
    }

    @Test
    void anAddressArshifCannotOpenIsRefusedNotTakenForAFolder() {
        for (String address : new String[] {"ftp://news.example/solr/archive", "https://news.example",
                "https://news.example/archive", "https://news.example/solr/archive?q=x", "https:///solr/archive",
                "https://news.example/solr/أرشيف", "http://127.0.0.1:99999/solr/arshif",
                "http://127.0.0.1:0/solr/arshif",
                // Solr's own pages, not collections: its admin API (a collection named admin cannot be addressed)
                "https://news.example:8983/solr/admin", "https://news.example:8983/solr/admin/collections",
                "https://news.example:8983/solr/admin/", "https://news.example:8983/api/collections/arshif"}) {
            Problem.Refused refused = assertThrows(Problem.Refused.class,
                    () -> ArchiveLocation.resolve(address, Map.of(), "Linux", "/home/u"), address);
            assertEquals(Problem.Code.ARCHIVE_IS_ADDRESS, refused.problem().code(), address);
            assertTrue(refused.getMessage().contains("https://HOST:8983/solr/COLLECTION"), refused.getMessage());
        }
    }

    /** A password in the address would show in every message and in the process list: refused, and not repeated. */
    @Test
    void aPasswordInTheAddressIsRefusedWithoutRepeatingIt() {
        Problem.Refused refused = assertThrows(Problem.Refused.class, () -> ArchiveLocation.resolve(
                "https://reader:s3cret@news.example:8983/solr/archive", Map.of(), "Linux", "/home/u"));
        assertEquals(Problem.Code.ARCHIVE_ADDRESS_PASSWORD, refused.problem().code());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        assertFalse(refused.problem().text(java.util.Locale.forLanguageTag("ar")).contains("s3cret"));
        assertTrue(refused.getMessage().contains("https://news.example:8983/solr/archive"), refused.getMessage());
    }
}
