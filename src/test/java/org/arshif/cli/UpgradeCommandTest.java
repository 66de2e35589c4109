package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.arshif.archive.lucene.KeptArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on an archive written by an older build (kept in the test resources): the reading commands read it
 * as it is and say an upgrade is owed, {@code stats} names its format, {@code upgrade} upgrades it once.
 */
class UpgradeCommandTest {

    @TempDir
    Path dir;

    @Test
    void readingCommandsSayTheUpgradeIsOwedAndUpgradeRunsItOnce() throws Exception {
        String folder = KeptArchives.copyOf("format-2", dir).toString();
        CliRun stats = CliRun.of("stats", "--archive", folder, "--json");
        assertEquals(0, stats.code(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(2, json.get("format").asInt());
        assertEquals(37, json.get("articles").asInt());
        assertTrue(stats.err().contains("was written by an older Arshif (archive format 2;")
                && stats.err().contains("'arshif upgrade --archive " + folder + "'"), stats.err());
        CliRun search = CliRun.of("search", "--archive", folder, "مستشفى تبوك");
        assertEquals(0, search.code());
        assertTrue(search.out().contains("hosp-tabuk-2"), search.out());
        assertTrue(search.err().contains("older Arshif"), search.err());
        CliRun check = CliRun.of("check", "--archive", folder);
        assertEquals(0, check.code(), "an owed upgrade is no damage: " + check.err());
        assertTrue(check.out().contains("was written by an older Arshif (archive format 2;"), check.out());

        CliRun upgrade = CliRun.of("upgrade", "--archive", folder);
        assertEquals(0, upgrade.code(), upgrade.err());
        assertTrue(upgrade.out().startsWith("Upgraded the archive " + folder + " to format 4: 37 articles indexed"
                + " again from the archive itself, with the import history kept"), upgrade.out());

        stats = CliRun.of("stats", "--archive", folder);
        assertEquals(0, stats.code());
        assertTrue(stats.out().contains("archive format 4"), stats.out());
        assertEquals("", stats.err());
        upgrade = CliRun.of("upgrade", "--archive", folder);
        assertEquals(0, upgrade.code(), upgrade.err());
        assertEquals("The archive " + folder + " is of this version's format (4): nothing to upgrade.",
                upgrade.out().strip());
    }

    @Test
    void anArchiveOfTodaysFormatButAnOlderAnalysisSaysItIsTheAnalysisThatIsOlder() throws Exception {
        // format-4 was indexed by analysis 1: its format number alone is today's and would not say why it is owed
        String folder = KeptArchives.copyOf("format-4", dir).toString();
        CliRun search = CliRun.of("search", "--archive", folder, "مستشفى");
        assertEquals(0, search.code(), search.err());
        assertTrue(search.err().contains("was written by an older Arshif (archive format 4, analysis 1; this version:"
                + " format 4, analysis "), search.err());
        CliRun check = CliRun.of("check", "--archive", folder);
        assertTrue(check.out().contains("(archive format 4, analysis 1; this version: format 4, analysis "),
                check.out());
    }

    @Test
    void exportAndCollectionsReadAnOlderArchiveAsItIsAndSayTheUpgradeIsOwed() throws Exception {
        String folder = KeptArchives.copyOf("format-2", dir).toString();
        CliRun export = CliRun.of("export", "--archive", folder, "--query", "النفط", "--out",
                dir.resolve("oil.pdf").toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("was written by an older Arshif (archive format 2;"), export.err());
        CliRun list = CliRun.of("collection", "--archive", folder, "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.err().contains("'arshif upgrade --archive " + folder + "'"), list.err());
        assertEquals(2, KeptArchives.formatOnDisk(Path.of(folder)), "read as it is, not upgraded");
    }

    /** Format 1 kept no history or copy groups in its commits: by today's rules it looked damaged to check. */
    @Test
    void checkJudgesAFormatOneArchiveByItsFilesAndNamesTheUpgradeNotARebuild() throws Exception {
        String folder = KeptArchives.copyOf("format-1", dir).toString();
        CliRun check = CliRun.of("check", "--archive", folder);
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("The archive " + folder + " was written by an older Arshif (archive format 1;")
                && check.out().contains("'arshif upgrade --archive " + folder + "'"), check.out());
        assertTrue(!check.out().contains("rebuild") && !check.out().contains("import was stopped")
                && !check.out().contains("differs from the history"), "no false alarm: " + check.out());
    }

    @Test
    void anImportIntoAnOlderArchiveUpgradesItFirstAndSaysSo() throws Exception {
        String folder = KeptArchives.copyOf("format-2", dir).toString();
        Path more = java.nio.file.Files.writeString(dir.resolve("more.json"), """
                [{"id": "oil-2020", "title": "انهيار أسعار النفط", "date": "2020-04-20", "source": "الاقتصادية",
                  "content": "هبطت أسعار النفط الأمريكي إلى ما دون الصفر للمرة الأولى في التاريخ."}]
                """);
        CliRun imported = CliRun.of("import", "--archive", folder, "--json", more.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("Upgraded the archive " + folder + " to format 4: 37 articles"),
                imported.err());
        assertEquals(1, new ObjectMapper().readTree(imported.out()).get("added").asInt(), "stdout stays JSON");
        CliRun stats = CliRun.of("stats", "--archive", folder, "--json");
        assertEquals(4, new ObjectMapper().readTree(stats.out()).get("format").asInt());
        assertEquals(38, new ObjectMapper().readTree(stats.out()).get("articles").asInt());
    }

    @Test
    void anOlderArchiveHeldByAnotherProcessIsReadAsItIsAndTheUpgradeWaitsForIt() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
             var held = directory.obtainLock(org.apache.lucene.index.IndexWriter.WRITE_LOCK_NAME)) {
            var before = org.arshif.archive.lucene.ArchiveBytes.of(folder);
            CliRun upgrade = CliRun.of("upgrade", "--archive", folder.toString());
            assertEquals(1, upgrade.code());
            assertTrue(upgrade.err().contains("is in use by another Arshif window or command"), upgrade.err());
            CliRun search = CliRun.of("search", "--archive", folder.toString(), "--json", "مستشفى تبوك");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("\"hosp-tabuk-2\""), search.out());
            assertTrue(search.err().contains("was written by an older Arshif (archive format 2;"), search.err());
            assertEquals(before, org.arshif.archive.lucene.ArchiveBytes.of(folder), "nothing written");
        }
        assertEquals(0, CliRun.of("upgrade", "--archive", folder.toString()).code(), "once the other lets go");
    }

    @Test
    void anOlderArchiveOnAReadOnlyMountIsSearchedAndCannotBeUpgradedThere() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        var before = org.arshif.archive.lucene.ArchiveBytes.of(folder);
        Path mounted = java.nio.file.Files.createDirectories(dir.resolve("share"));
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "--bind", folder.toString(), mounted.toString()),
                "bind-mounting a folder is not allowed here");
        try {
            assertTrue(run("mount", "-o", "remount,bind,ro", mounted.toString()), "remounted read-only");
            CliRun search = CliRun.of("search", "--archive", mounted.toString(), "--json", "مستشفى تبوك");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("\"hosp-tabuk-2\""), search.out());
            assertTrue(search.err().contains("was written by an older Arshif (archive format 2;"), search.err());
            CliRun upgrade = CliRun.of("upgrade", "--archive", mounted.toString());
            assertEquals(1, upgrade.code());
            assertTrue(upgrade.err().contains("is read-only for you"), upgrade.err());
        } finally {
            run("umount", mounted.toString());
        }
        assertEquals(before, org.arshif.archive.lucene.ArchiveBytes.of(folder), "nothing written");
    }

    @Test
    void aFullDiskStopsTheUpgradeWithTheArchiveAsItWasAndReadable() throws Exception {
        Path disk = java.nio.file.Files.createDirectories(dir.resolve("small-disk"));
        // Room for the old archive (about 150 KB) and little more: the new index cannot be written beside it.
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=200k", "tmpfs",
                disk.toString()), "mounting a small file system is not allowed here");
        try {
            Path folder = KeptArchives.copyOf("format-2", disk);
            var before = org.arshif.archive.lucene.ArchiveBytes.of(folder);
            CliRun upgrade = CliRun.of("upgrade", "--archive", folder.toString());
            assertEquals(1, upgrade.code(), upgrade.out());
            assertTrue(upgrade.err().contains("could not be upgraded to this version's format (the disk holding it is"
                    + " full"), upgrade.err());
            assertTrue(upgrade.err().contains("it was left as it was, and can be opened read-only"), upgrade.err());
            var after = org.arshif.archive.lucene.ArchiveBytes.of(folder);
            after.remove("arshif.open"); // the open's own marker: the next open checks the archive, as after a crash
            assertEquals(before, after, "the old archive's files as they were, nothing left behind");
            CliRun search = CliRun.of("search", "--archive", folder.toString(), "--json", "مستشفى تبوك");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().contains("\"hosp-tabuk-2\""), search.out());
            assertTrue(search.err().contains("older Arshif"), search.err());
        } finally {
            run("umount", disk.toString());
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Test
    void upgradeRefusesAFolderWithoutAnArchiveAndCreatesNothing() {
        Path none = dir.resolve("none");
        CliRun upgrade = CliRun.of("upgrade", "--archive", none.toString());
        assertEquals(1, upgrade.code());
        assertTrue(upgrade.err().contains("there is no archive in " + none), upgrade.err());
        assertTrue(!java.nio.file.Files.exists(none));
    }
}
