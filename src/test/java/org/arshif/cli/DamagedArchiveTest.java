package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.IndexDamage;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.ArchiveRebuilder;
import org.arshif.importer.ImportHistory;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A damaged index is detected at open, reported, and rebuilt from the files the archive was imported from. */
class DamagedArchiveTest {

    @TempDir
    Path dir;
    Path archive;
    Path feed;
    Path gone;
    String out;
    String err;

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @BeforeEach
    void importTwoFiles() throws Exception {
        archive = dir.resolve("archive");
        feed = dir.resolve("feed.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            lines.append("{\"id\": \"a").append(i).append("\", \"title\": \"خبر ").append(i)
                    .append("\", \"date\": \"2017-10-30\", \"content\": \"")
                    .append(("نص الخبر رقم " + i + " عن محادثات أستانا. ").repeat(20)).append("\"}\n");
        }
        Files.writeString(feed, lines, StandardCharsets.UTF_8);
        gone = dir.resolve("gone.jsonl");
        Files.writeString(gone, "{\"id\": \"g\", \"content\": \"مقال من ملف حُذف بعد استيراده\"}\n");
        assertEquals(0, run("import", "--archive", archive.toString(), feed.toString(), gone.toString()));
        Files.delete(gone);
    }

    @Test
    void aSoundArchivePassesTheCheck() {
        assertEquals(0, run("check", "--archive", archive.toString()));
        assertTrue(out.startsWith("The archive " + archive + " is sound: 41 articles"), out);
    }

    @Test
    void aTruncatedFileIsDetectedAtOpenAndTheCommandSaysHowToRebuild() throws Exception {
        String file = IndexDamage.truncate(archive);
        DamagedArchiveException e = assertThrows(DamagedArchiveException.class, () -> LuceneArchive.open(archive));
        assertTrue(e.getMessage().startsWith("the archive " + archive + " is damaged ("), e.getMessage());
        assertThrows(DamagedArchiveException.class, () -> LuceneArchive.openReadOnly(archive));
        assertEquals(1, run("search", "--archive", archive.toString(), "أستانا"));
        assertTrue(err.startsWith("arshif: the archive " + archive + " is damaged"), err);
        assertTrue(err.contains("'arshif rebuild --archive " + archive + "' rebuilds it (1 of 2 original files or"
                + " folders are still there)"), err);
        assertEquals(1, err.lines().count(), "one line, no stack trace: " + err);
        assertTrue(file.length() > 0);
    }

    @Test
    void bytesOverwrittenInsideAFileFailTheChecksumsAtOpen() throws Exception {
        IndexDamage.flipBytes(archive);
        assertThrows(DamagedArchiveException.class, () -> LuceneArchive.open(archive));
        assertThrows(DamagedArchiveException.class, () -> LuceneArchive.openReadOnly(archive),
                "a read-only open of a small archive verifies too");
        assertEquals(1, run("check", "--archive", archive.toString()));
        assertTrue(err.contains("is damaged"), err);
        for (String command : new String[] {"search", "stats"}) {
            String[] args = command.equals("search") ? new String[] {command, "--archive", archive.toString(), "أستانا"}
                    : new String[] {command, "--archive", archive.toString()};
            assertEquals(1, run(args), command + " answered from a damaged archive: " + out);
            assertTrue(err.startsWith("arshif: the archive " + archive + " is damaged"), err);
        }
    }

    @Test
    void rebuildBringsBackTheArticlesOfTheFilesStillThereAndKeepsTheDamagedIndex() throws Exception {
        IndexDamage.truncate(archive);
        ArchiveRebuilder.Report report = ArchiveRebuilder.rebuild(rebuilding(archive), org.arshif.archive.ImportMonitor.NONE, false);
        assertEquals(40, report.imported().added());
        assertEquals(0, report.imported().skippedCount(), "notes are not skipped records");
        List<String> problems = report.notes().stream().map(ImportProblem::describe).toList();
        assertEquals(gone + ": no longer there: its articles are not in the rebuilt archive", problems.get(0));
        assertTrue(problems.get(1).contains("damaged-") && problems.get(1).contains("the index that was replaced was kept here"));
        try (var files = Files.list(archive)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("damaged-")).count());
        }
        try (LuceneArchive rebuilt = LuceneArchive.open(archive)) {
            assertEquals(40, rebuilt.stats().articles());
        }
        assertEquals(2, ImportHistory.read(archive).originals().size(), "the history is kept for next time");
        assertEquals(0, run("show", "--archive", archive.toString(), "a7"));
        assertTrue(out.startsWith("خبر 7"), out);
    }

    @Test
    void aLargeArchiveLeftOpenByACrashOpensAtOnceAndOwesACheckUntilOneSucceeds() throws Exception {
        System.setProperty("arshif.verifyBelowBytes", "0"); // every archive counts as large
        try {
            Files.writeString(archive.resolve("arshif.open"), "12345"); // as a killed process leaves it
            IndexDamage.flipBytes(archive);
            try (LuceneArchive opened = LuceneArchive.open(archive)) {
                assertTrue(opened.needsCheck(), "opened without reading 7 GB first");
                assertThrows(DamagedArchiveException.class, opened::verify);
                assertTrue(opened.needsCheck());
            }
            try (LuceneArchive again = LuceneArchive.open(archive)) {
                assertTrue(again.needsCheck(), "the check is still owed after a clean close");
            }
            ArchiveRebuilder.rebuild(rebuilding(archive), org.arshif.archive.ImportMonitor.NONE, false);
            Files.writeString(archive.resolve("arshif.open"), "12345");
            try (LuceneArchive rebuilt = LuceneArchive.open(archive)) {
                assertTrue(rebuilt.needsCheck());
                rebuilt.verify();
                assertTrue(!rebuilt.needsCheck());
            }
            try (LuceneArchive checked = LuceneArchive.open(archive)) {
                assertTrue(!checked.needsCheck(), "checked and closed cleanly: nothing owed");
            }
        } finally {
            System.clearProperty("arshif.verifyBelowBytes");
        }
    }

    @Test
    void theRebuildCommandShowsWhatItWouldReadAndRunsOnlyWhenConfirmed() throws Exception {
        IndexDamage.truncate(archive);
        assertEquals(2, run("rebuild", "--archive", archive.toString()));
        assertTrue(out.startsWith("The rebuild of " + archive + " would read:"), out);
        assertTrue(err.contains("--yes") && !err.contains("--help"), err);
        assertTrue(out.contains("No longer there (their articles would not be in the rebuilt archive):\n  " + gone), out);
        assertThrows(DamagedArchiveException.class, () -> LuceneArchive.open(archive), "nothing was touched");
        assertEquals(0, run("rebuild", "--archive", archive.toString(), "--yes"), err);
        assertTrue(out.startsWith("Rebuilt " + archive + " from its originals. Imported: 40 added"), out);
        assertEquals(0, run("check", "--archive", archive.toString()));
    }

    @Test
    void aSoundArchiveIsNotRebuiltUnlessForcedAndOneInUseNever() throws Exception {
        assertEquals(1, run("rebuild", "--archive", archive.toString(), "--yes"));
        assertTrue(err.contains("is sound: it needs no rebuild"), err);
        try (LuceneArchive held = LuceneArchive.open(archive)) {
            assertEquals(1, run("rebuild", "--archive", archive.toString(), "--yes", "--force"));
            assertTrue(err.contains("in use by another Arshif window or command"), err);
            assertEquals(41, held.stats().articles(), "the archive in use was left alone");
        }
        assertEquals(0, run("rebuild", "--archive", archive.toString(), "--yes", "--force"));
        assertEquals(0, run("check", "--archive", archive.toString()));
    }

    @Test
    void aLineAddedToTheHistoryBesideTheIndexIsNotRead() throws Exception {
        Path outside = Files.createDirectories(archive.getParent().resolve("private"));
        Files.writeString(outside.resolve("secret.txt"), "سر لا يجوز أن يدخل الأرشيف أبداً");
        Files.writeString(archive.resolve(ImportHistory.FILE), "files\t\t" + outside.toAbsolutePath() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        IndexDamage.flipBytes(archive); // a data file damaged; the commit still names the real history
        ArchiveRebuilder.Report report = ArchiveRebuilder.rebuild(rebuilding(archive), org.arshif.archive.ImportMonitor.NONE, false);
        assertEquals(40, report.imported().added());
        assertTrue(report.notes().stream().anyMatch(p -> p.describe().contains("is not in the history the archive"
                + " itself recorded")), report.notes().toString());
        try (LuceneArchive rebuilt = LuceneArchive.open(archive)) {
            assertEquals(40, rebuilt.stats().articles(), "the outside file was not imported");
            assertEquals(0, rebuilt.search(org.arshif.model.SearchQuery.of("الأرشيف")).total());
        }
    }

    @Test
    void aRebuildKilledMidwayIsReportedAtOpenAndFinishedByRunningItAgain() throws Exception {
        IndexDamage.truncate(archive);
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(javaBin, "-Darshif.crashAt=articles-committed", "-cp",
                System.getProperty("java.class.path"), "org.arshif.Main", "rebuild", "--yes", "--archive=" + archive)
                .redirectErrorStream(true).redirectOutput(dir.resolve("rebuild.log").toFile()).start();
        assertTrue(child.waitFor(2, java.util.concurrent.TimeUnit.MINUTES));
        assertEquals(137, child.exitValue(), "killed inside the rebuild's first import");
        DamagedArchiveException stopped = assertThrows(DamagedArchiveException.class, () -> LuceneArchive.open(archive));
        assertTrue(stopped.getMessage().contains("the rebuild was stopped before it finished"), stopped.getMessage());
        assertEquals(1, run("check", "--archive", archive.toString()));
        assertTrue(err.contains("the rebuild was stopped before it finished"), err);
        assertEquals(1, run("search", "--archive", archive.toString(), "أستانا"));
        assertTrue(err.contains("the rebuild was stopped before it finished"), "not 'no archive': " + err);
        // A line added meanwhile to the history beside the index is not read: the old index's commit still names
        // what the archive was imported from.
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.jsonl"), "{\"id\": \"secret\", \"content\": \"سر لا يدخل الأرشيف\"}\n");
        Files.writeString(archive.resolve(ImportHistory.FILE), "files\t\t" + outside.toAbsolutePath() + "\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals(0, run("rebuild", "--archive", archive.toString(), "--yes"), err);
        assertTrue(out.contains("is not in the history the archive itself recorded"), out);
        try (var files = Files.list(archive)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("damaged-")).count(),
                    "the damaged index set aside once, not the half-built one");
        }
        assertEquals(0, run("check", "--archive", archive.toString()), err);
        try (LuceneArchive rebuilt = LuceneArchive.open(archive)) {
            assertEquals(40, rebuilt.stats().articles());
            assertTrue(rebuilt.get("secret").isEmpty(), "the outside file was not read");
        }
    }

    @Test
    void aRebuildStoppedWhileMovingTheIndexAsideFinishesTheMoveWhenRunAgain() throws Exception {
        IndexDamage.truncate(archive);
        Path aside = Files.createDirectories(archive.resolve("damaged-stopped"));
        Files.writeString(archive.resolve("arshif.rebuilding"), "moving damaged-stopped");
        try (var files = Files.list(archive)) { // half the index moved when the rebuild was killed
            List<Path> index = files.filter(f -> f.getFileName().toString().startsWith("_")).sorted().toList();
            for (Path file : index.subList(0, index.size() / 2)) {
                Files.move(file, aside.resolve(file.getFileName()));
            }
        }
        assertEquals(0, run("rebuild", "--archive", archive.toString(), "--yes"), err);
        try (LuceneArchive rebuilt = LuceneArchive.open(archive)) {
            assertEquals(40, rebuilt.stats().articles());
        }
        try (var files = Files.list(aside)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("segments_")), "the move finished");
        }
    }

    @Test
    void aFileImportedAgainAfterAnotherWinsAgainInTheRebuild() throws Exception {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        Files.writeString(first, "{\"id\": \"r1\", \"content\": \"النسخة الأصلية من الخبر\"}\n");
        Files.writeString(second, "{\"id\": \"r1\", \"content\": \"النسخة المعدلة من الخبر\"}\n");
        for (Path file : List.of(first, second, first)) {
            assertEquals(0, run("import", "--archive", archive.toString(), file.toString()), err);
        }
        assertEquals(0, run("rebuild", "--archive", archive.toString(), "--yes", "--force"), err);
        assertEquals(0, run("show", "--archive", archive.toString(), "r1"));
        assertTrue(out.contains("النسخة الأصلية"), "the file imported last wins again: " + out);
    }

    @Test
    void aLineBreakInAFolderNameCannotSplitTheHistory() throws Exception {
        Path odd = Files.createDirectories(dir.resolve("x\nfiles\t\t" + dir.resolve("elsewhere")));
        Path feedInside = odd.resolve("f.jsonl");
        Files.writeString(feedInside, "{\"id\": \"nl\", \"content\": \"خبر في مجلد اسمه غريب\"}\n");
        assertEquals(0, run("import", "--archive", archive.toString(), feedInside.toString()), err);
        ImportHistory history = ImportHistory.read(archive);
        assertTrue(history.originals().stream().anyMatch(o -> o.path().equals(feedInside.toAbsolutePath())),
                history.originals().toString());
        assertEquals(3, history.originals().size(), "feed, gone and the odd one: nothing split off");
    }

    private static org.arshif.archive.ArchiveRebuilding rebuilding(Path folder) {
        return new org.arshif.archive.lucene.LuceneArchiveProvider()
                .rebuilding(new org.arshif.archive.ArchiveLocation(folder, false)).orElseThrow();
    }
}
