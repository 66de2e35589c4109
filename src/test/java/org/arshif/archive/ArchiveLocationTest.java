package org.arshif.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
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
    void anAddressIsRefusedNotTakenForAFolder() {
        for (String address : new String[] {"https://news.example:8983/solr/archive", "HTTP://host/solr/c"}) {
            IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    IllegalArgumentException.class, () -> ArchiveLocation.resolve(address, Map.of(), "Linux", "/home/u"));
            assertTrue(refused.getMessage().contains("shared archive on a server"), refused.getMessage());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> ArchiveLocation.resolve(null, Map.of("ARSHIF_ARCHIVE", address), "Linux", "/home/u"));
        }
        assertEquals(Path.of("/data/c:d"), ArchiveLocation.resolve("/data/c:d", Map.of(), "Linux", "/home/u").folder(),
                "a colon in a folder name is no address");
    }
}
