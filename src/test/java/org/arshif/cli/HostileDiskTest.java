package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.archive.ReadOnlyArchiveException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive on a disk that fills up during an import, and in a folder this user may not write to (a read-only
 * mount): the right cause reported, nothing lost, nothing left behind, and read-only meaning read-only, not damaged.
 * Both need a real small or read-only file system: the test mounts one (CI runs as root); where mounting is not
 * allowed it is skipped, saying why.
 */
class HostileDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskDuringAnUpdateImportSaysSoKeepsEveryArticleAndLeavesNoFilesBehind() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("small-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", disk.toString()),
                "mounting a small file system is not allowed here");
        try {
            Path archive = disk.resolve("archive");
            Path small = dir.resolve("small.jsonl");
            Files.writeString(small, feed(0, 50, 20), StandardCharsets.UTF_8);
            assertEquals(0, CliRun.of("import", "--archive", archive.toString(), small.toString()).code());
            long usedBefore = used(archive);
            Path large = dir.resolve("large.jsonl");
            Files.writeString(large, feed(0, 4_000, 60), StandardCharsets.UTF_8); // updates the 50, adds the rest
            CliRun full = CliRun.of("import", "--archive", archive.toString(), large.toString());
            assertEquals(1, full.code(), full.out());
            assertTrue(full.err().contains("is full"), full.err());
            assertTrue(full.err().contains("MB free of"), full.err());
            assertTrue(!full.err().contains("IndexWriter is closed"), "the first failure, not a later one: " + full.err());
            assertTrue(used(archive) <= usedBefore + (256 << 10), "no unreferenced files hold the disk: "
                    + usedBefore + " bytes before, " + used(archive) + " after");
            try (LuceneArchive opened = LuceneArchive.open(archive)) {
                opened.verify();
                assertEquals(50, opened.stats().articles(), "every article from before is there");
            }
            CliRun check = CliRun.of("check", "--archive", archive.toString());
            assertEquals(0, check.code(), check.err());
        } finally {
            run("umount", disk.toString());
        }
    }

    /**
     * A large import onto a disk without room for merging its segments (a merge needs as much free space as the
     * segments it merges): the import succeeds and the merge is not begun, instead of filling the disk and closing the
     * archive's writer.
     */
    @Test
    void aLargeImportWithoutRoomToMergeItsSegmentsLeavesThemAndSucceeds() throws Exception {
        Path disk = Files.createDirectories(dir.resolve("tight-disk"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", disk.toString()),
                "mounting a small file system is not allowed here");
        System.setProperty("arshif.segmentSlack", "-1"); // a merge owed however few the segments
        try {
            Path archive = disk.resolve("archive");
            Path first = dir.resolve("first.jsonl");
            Files.writeString(first, feed(0, 600, 20), StandardCharsets.UTF_8);
            assertEquals(0, CliRun.of("import", "--archive", archive.toString(), first.toString()).code());
            long archiveBytes = used(archive);
            // Leave free about the archive's size: room for a quarter more articles, not for merging them all.
            long free = Files.getFileStore(disk).getUsableSpace();
            Files.write(disk.resolve("filler"), new byte[(int) Math.max(0, free - archiveBytes)]);
            Path second = dir.resolve("second.jsonl");
            Files.writeString(second, feed(600, 760, 20), StandardCharsets.UTF_8);
            CliRun added = CliRun.of("import", "--archive", archive.toString(), second.toString());
            assertEquals(0, added.code(), added.err());
            try (var directory = org.apache.lucene.store.FSDirectory.open(archive)) {
                assertTrue(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).size() >= 2,
                        "the segments were left unmerged");
            }
            try (LuceneArchive opened = LuceneArchive.open(archive)) {
                opened.verify();
                assertEquals(760, opened.stats().articles());
            }
        } finally {
            System.clearProperty("arshif.segmentSlack");
            run("umount", disk.toString());
        }
    }

    @Test
    void aReadOnlyFolderIsSearchedNotReportedDamaged() throws Exception {
        Path source = dir.resolve("archive");
        Path feed = dir.resolve("feed.jsonl");
        // One text printed twenty times (the numbered feed's bodies differ by their number: twenty texts).
        Files.writeString(feed, feed(0, 20, 20).replaceAll("رقم \\d+ ", ""), StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--archive", source.toString(), feed.toString()).code());
        Path mounted = Files.createDirectories(dir.resolve("share"));
        assumeTrue(run("mount", "--bind", source.toString(), mounted.toString()),
                "bind-mounting a folder is not allowed here");
        try {
            assertTrue(run("mount", "-o", "remount,bind,ro", mounted.toString()), "remounted read-only");
            CliRun search = CliRun.of("search", "--archive", mounted.toString(), "أستانا");
            assertEquals(0, search.code(), search.err());
            assertTrue(search.out().startsWith("1 text · 20 articles"), "twenty copies of one text, shown once: " + search.out());
            assertTrue(search.out().contains("also as"), search.out());
            CliRun imported = CliRun.of("import", "--archive", mounted.toString(), feed.toString());
            assertEquals(1, imported.code());
            assertTrue(imported.err().contains("is read-only for you"), imported.err());
            assertTrue(!imported.err().contains("damaged") && !imported.err().contains("rebuild"), imported.err());
            try {
                LuceneArchive.open(mounted).close();
                throw new AssertionError("opened for writing on a read-only file system");
            } catch (ReadOnlyArchiveException expected) {
                assertTrue(expected.getMessage().contains("can be searched and read, not changed"));
            }
            CliRun check = CliRun.of("check", "--archive", mounted.toString());
            assertEquals(0, check.code(), check.err());
        } finally {
            run("umount", mounted.toString());
        }
    }

    private static String feed(int from, int to, int sentences) {
        StringBuilder lines = new StringBuilder();
        for (int i = from; i < to; i++) {
            lines.append("{\"id\": \"a").append(i).append("\", \"title\": \"خبر ").append(i)
                    .append("\", \"date\": \"2017-10-30\", \"content\": \"")
                    .append(("نص الخبر رقم " + i + " عن محادثات أستانا في جولتها السابعة. ").repeat(sentences))
                    .append("\"}\n");
        }
        return lines.toString();
    }

    private static long used(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
