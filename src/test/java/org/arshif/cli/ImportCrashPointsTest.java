package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An import killed at each step of its final phase, in a real child process: after the article commit, while the
 * copy groups are written, after the run-together words are found, between the two phases of the second commit,
 * and after it; then once its segments are merged, and between the two phases of that merge's commit and after it.
 * The archive then answers every query exactly as a clean import of the same files does: read-only (deriving what is
 * owed in memory), and after a writable open completed what was owed, which {@code check} then finds in order. A
 * kill inside the article commit loses that import only; run again, it completes.
 */
class ImportCrashPointsTest {

    @TempDir
    static Path dir;
    static List<Path> feeds;
    static List<String> clean;

    @BeforeAll
    static void cleanImport() throws Exception {
        feeds = NewsFeeds.write(Files.createDirectories(dir.resolve("feeds")), 2, 40);
        Path archive = dir.resolve("clean");
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feeds.get(0).toString()).code());
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feeds.get(1).toString()).code());
        clean = answers(archive);
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles-committed", "groups-written", "glued-found", "derived-prepared",
            "derived-committed", "segments-merged", "settled-prepared", "settled-committed"})
    void killedAfterTheArticleCommitTheArchiveAnswersAsACleanImport(String point) throws Exception {
        Path archive = dir.resolve("crash-" + point);
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feeds.get(0).toString()).code());
        assertEquals(137, importInChild(archive, point), "the child stopped dead at " + point);
        assertEquals(clean, answers(archive), "read-only, right after the kill");
        CliRun check = CliRun.of("check", "--archive", archive.toString());
        if (DERIVED.contains(point)) {
            assertEquals(0, check.code(), check.err());
            assertFalse(check.out().contains("An import was stopped before"), "nothing owed: " + check.out());
        } else {
            assertEquals(0, check.code(), "an owed state is no damage: " + check.err());
            assertTrue(check.out().contains("An import was stopped before its copy groups"), check.out());
        }
        try (var opened = org.arshif.archive.lucene.LuceneArchive.open(archive)) { // completes what was owed
            assertTrue(opened.verifyDerivedState(), "completed at the writable open");
        }
        assertEquals(clean, answers(archive), "after the owed state was completed");
        check = CliRun.of("check", "--archive", archive.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("Copy groups and run-together words match the articles."), check.out());
    }

    /**
     * The points after the derived state's commit: the segments merged after the import (large: as many articles as
     * the archive held; a merge owed however few its segments, {@code -Darshif.segmentSlack=-1}) and their commit.
     */
    private static final List<String> DERIVED = List.of("derived-committed", "segments-merged", "settled-prepared",
            "settled-committed");

    @ParameterizedTest
    @ValueSource(strings = {"articles-prepared"})
    void killedInsideTheArticleCommitTheImportIsLostWholeAndCompletesWhenRunAgain(String point) throws Exception {
        Path archive = dir.resolve("crash-" + point);
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feeds.get(0).toString()).code());
        List<String> before = answers(archive);
        assertEquals(137, importInChild(archive, point));
        assertEquals(before, answers(archive), "the last commit is the one before the import");
        assertEquals(0, CliRun.of("check", "--archive", archive.toString()).code());
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feeds.get(1).toString()).code());
        assertEquals(clean, answers(archive));
    }

    private static int importInChild(Path archive, String point) throws Exception {
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-Darshif.crashAt=" + point, "-Darshif.segmentSlack=-1", "-cp",
                System.getProperty("java.class.path"), "org.arshif.Main", "import", "--archive=" + archive,
                feeds.get(1).toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(point + ".log").toFile()).start();
        assertTrue(child.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS), "the child import hung");
        return child.exitValue();
    }

    /** What the archive answers to the fixed queries, in every order, as the command line prints it in JSON. */
    static List<String> answers(Path archive) {
        List<String> answers = new ArrayList<>();
        for (String query : NewsFeeds.QUERIES) {
            for (String sort : List.of("relevance", "newest", "oldest")) {
                CliRun run = CliRun.of("search", "--archive", archive.toString(), "--json", "--sort", sort,
                        "--limit", "30", query);
                answers.add(sort + " " + query + " → " + run.code() + " " + run.out() + run.err());
            }
        }
        return answers;
    }
}
