package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.lucene.KeptArchives;
import org.arshif.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The upgrade of the kept format-2 archive killed at each of its steps, in a real child process: after the old
 * articles were dropped from the writer, after every article was indexed again (new segments on disk, uncommitted),
 * while the copy groups are written, after the run-together words are found, inside the one commit, and after it;
 * then once the new segments are merged (owed however few they are: {@code -Darshif.segmentSlack=-1}), inside
 * that merge's commit and after it. Until the one commit completes the archive is the old one, whole, still owing
 * the upgrade; after it, the new one. Either way the next writable open leaves it upgraded, answering exactly as a
 * fresh import by this build does.
 */
class UpgradeCrashPointsTest {

    @TempDir
    static Path dir;
    static Map<String, List<String>> recorded;
    static Map<String, List<String>> fresh;

    @BeforeAll
    static void freshImport() throws Exception {
        recorded = KeptArchives.recordedSearches("format-2");
        Path folder = dir.resolve("fresh");
        KeptArchives.importSources(folder);
        try (LuceneArchive archive = LuceneArchive.openReadOnly(folder)) {
            fresh = KeptArchives.answers(archive, recorded.keySet());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"upgrade-started", "upgrade-indexed", "groups-written", "glued-found", "derived-prepared",
            "derived-committed", "segments-merged", "settled-prepared", "settled-committed"})
    void killedAtAnyStepTheArchiveIsTheOldOneOrTheNewOneAndTheNextOpenFinishesTheUpgrade(String point)
            throws Exception {
        Path folder = KeptArchives.copyOf("format-2", Files.createDirectories(dir.resolve(point)));
        List<String> history = Files.readAllLines(folder.resolve(ArchiveLocation.HISTORY_COPY));
        assertEquals(137, upgradeInChild(folder, point), "the child stopped dead at " + point);
        boolean committed = point.equals("derived-committed") || point.startsWith("segments-")
                || point.startsWith("settled-");
        if (!committed && !point.equals("upgrade-started")) {
            assertFalse(uncommittedFiles(folder).isEmpty(), "the new index was on disk beside the old one");
        }
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertEquals(!committed, reader.upgradeOwed(), "old until the one commit, new after it");
            assertEquals(37, reader.stats().articles(), "no article lost");
            assertEquals(committed ? fresh : recorded, KeptArchives.answers(reader, recorded.keySet()));
        }
        CliRun check = CliRun.of("check", "--archive", folder.toString());
        assertEquals(0, check.code(), "no damage: " + check.err());
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertEquals(4, upgraded.formatVersion());
            assertTrue(upgraded.verifyDerivedState());
            assertEquals(fresh, KeptArchives.answers(upgraded, recorded.keySet()));
        }
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertFalse(reader.upgradeOwed());
        }
        assertEquals(history, Files.readAllLines(folder.resolve(ArchiveLocation.HISTORY_COPY)));
        assertEquals(List.of(), uncommittedFiles(folder), "what the crash left behind was cleaned up");
        check = CliRun.of("check", "--archive", folder.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Copy groups and run-together words match the articles."), check.out());
    }

    /** Index files no commit refers to: written by a writer that never committed them. */
    private static List<String> uncommittedFiles(Path folder) throws Exception {
        try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
             var files = Files.list(folder)) {
            var committed = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).files(true);
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("_") && !committed.contains(name)).sorted().toList();
        }
    }

    private static int upgradeInChild(Path archive, String point) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-Darshif.crashAt=" + point, "-Darshif.segmentSlack=-1",
                "-cp", System.getProperty("java.class.path"), "org.arshif.Main", "upgrade", "--archive=" + archive)
                .redirectErrorStream(true).redirectOutput(dir.resolve(point + ".log").toFile()).start();
        assertTrue(child.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS), "the child upgrade hung");
        return child.exitValue();
    }
}
