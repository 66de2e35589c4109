package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.CollectionShelf;
import org.arshif.archive.ReadOnlyArchiveException;
import org.arshif.archive.TestArticles;
import org.arshif.model.ArticleCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The collections of a local archive: kept with it, durable, never lost to a damaged file or a second window. */
class CollectionFileTest {

    @TempDir
    Path dir;

    private Path archiveWithCollection() throws Exception {
        Path folder = dir.resolve("archive");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            TestArticles.fill(archive);
            CollectionShelf shelf = archive.collections().orElseThrow();
            shelf.save(ArticleCollection.named("سوريا").with(List.of("sochi", "geneva")).withNote("geneva", "مفاوضات جنيف"));
            shelf.save(ArticleCollection.named("أستانا"));
        }
        return folder;
    }

    @Test
    void collectionsSurviveClosingAndReopeningInTheirOrder() throws Exception {
        Path folder = archiveWithCollection();
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            List<ArticleCollection> all = archive.collections().orElseThrow().all();
            assertEquals(List.of("سوريا", "أستانا"), all.stream().map(ArticleCollection::name).toList());
            assertEquals(List.of("sochi", "geneva"), all.getFirst().articleIds());
            assertEquals("مفاوضات جنيف", all.getFirst().entries().get(1).note());
        }
    }

    @Test
    void renameRefusesATakenNameAndDeleteKeepsTheOthers() throws Exception {
        Path folder = archiveWithCollection();
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            CollectionShelf shelf = archive.collections().orElseThrow();
            ArchiveException taken = assertThrows(ArchiveException.class, () -> shelf.rename("سوريا", "أستانا"));
            assertTrue(taken.getMessage().contains("exists already"), taken.getMessage());
            shelf.rename("سوريا", "مفاوضات سوريا");
            shelf.delete("أستانا");
            assertEquals(List.of("مفاوضات سوريا"), shelf.all().stream().map(ArticleCollection::name).toList());
            assertEquals(List.of("sochi", "geneva"), shelf.find("مفاوضات سوريا").orElseThrow().articleIds());
            assertThrows(ArchiveException.class, () -> shelf.delete("أستانا"));
        }
    }

    @Test
    void aReadOnlyWindowSeesWhatTheWritingOneSavedAndCannotChangeIt() throws Exception {
        Path folder = archiveWithCollection();
        try (LuceneArchive writer = LuceneArchive.open(folder);
             LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            writer.collections().orElseThrow().save(ArticleCollection.named("جديدة").with(List.of("oil")));
            CollectionShelf readOnly = reader.collections().orElseThrow();
            assertEquals(List.of("oil"), readOnly.find("جديدة").orElseThrow().articleIds());
            assertThrows(ReadOnlyArchiveException.class, () -> readOnly.delete("جديدة"));
        }
    }

    @Test
    void aDamagedFileIsNamedWithItsLineAndNeverWrittenOver() throws Exception {
        Path folder = archiveWithCollection();
        Path file = folder.resolve(CollectionFile.NAME);
        String damaged = Files.readString(file).replaceFirst("\"entries\"", "\"entries\" ,,");
        Files.writeString(file, damaged, StandardCharsets.UTF_8);
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            CollectionShelf shelf = archive.collections().orElseThrow();
            ArchiveException read = assertThrows(ArchiveException.class, shelf::all);
            assertTrue(read.getMessage().contains(file.toString()) && read.getMessage().contains("line 5"),
                    read.getMessage());
            assertTrue(!read.getMessage().contains("Source:") && !read.getMessage().contains("StreamReadFeature"),
                    "no parser internals: " + read.getMessage());
            assertThrows(ArchiveException.class, () -> shelf.save(ArticleCollection.named("أخرى")));
            assertTrue(archive.search(org.arshif.model.SearchQuery.of("النفط")).total() > 0,
                    "the articles are untouched and still found");
        }
        assertEquals(damaged, Files.readString(file), "the researcher's file is left as it was, to be repaired");
    }

    @Test
    void aLinkInThePlaceOfTheFileIsNotFollowed() throws Exception {
        Path folder = archiveWithCollection();
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.json"), "{\"format\":1,\"collections\":[]}");
        Files.delete(folder.resolve(CollectionFile.NAME));
        Files.createSymbolicLink(folder.resolve(CollectionFile.NAME), elsewhere);
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            CollectionShelf shelf = archive.collections().orElseThrow();
            ArchiveException refused = assertThrows(ArchiveException.class, shelf::all);
            assertTrue(refused.getMessage().contains("link"), refused.getMessage());
            assertThrows(ArchiveException.class, () -> shelf.save(ArticleCollection.named("x")));
        }
        assertEquals("{\"format\":1,\"collections\":[]}", Files.readString(elsewhere));
    }

    @Test
    void aShelfFromANewerArshifIsLeftAsItIs() throws Exception {
        Path folder = archiveWithCollection();
        byte[] newer = "{\"format\":2,\"collections\":[],\"tags\":[]}".getBytes(StandardCharsets.UTF_8);
        Files.write(folder.resolve(CollectionFile.NAME), newer);
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            ArchiveException refused = assertThrows(ArchiveException.class,
                    () -> archive.collections().orElseThrow().save(ArticleCollection.named("x")));
            assertTrue(refused.getMessage().contains("newer Arshif"), refused.getMessage());
        }
        assertArrayEquals(newer, Files.readAllBytes(folder.resolve(CollectionFile.NAME)));
    }

    @Test
    void aSaveKilledBeforeItsRenameLeavesTheLastShelfAndTheNextSaveGoesThrough() throws Exception {
        Path folder = archiveWithCollection();
        Files.writeString(folder.resolve(CollectionFile.NAME + ".next"), "{\"format\":1,\"coll"); // killed mid-write
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            CollectionShelf shelf = archive.collections().orElseThrow();
            assertEquals(2, shelf.all().size());
            shelf.save(ArticleCollection.named("بعد"));
            assertEquals(3, shelf.all().size());
        }
        assertTrue(Files.notExists(folder.resolve(CollectionFile.NAME + ".next")));
    }

    @Test
    void aRebuildKeepsTheCollections() throws Exception {
        Path folder = archiveWithCollection();
        ArchiveRebuild rebuild = new ArchiveRebuild(folder);
        rebuild.start(true).archive().close();
        rebuild.finish();
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(2, archive.collections().orElseThrow().all().size());
        }
    }

    @Test
    void anUpgradeOfAnOlderArchiveKeepsItsCollections() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        String shelf = "{\"format\":1,\"collections\":[{\"name\":\"قديمة\",\"entries\":[{\"id\":\"x\",\"note\":\"ن\"}]}]}";
        Files.writeString(folder.resolve(CollectionFile.NAME), shelf, StandardCharsets.UTF_8);
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(CommitState.FORMAT, archive.formatVersion(), "upgraded at this open");
            ArticleCollection kept = archive.collections().orElseThrow().find("قديمة").orElseThrow();
            assertEquals(List.of(new ArticleCollection.Entry("x", "ن")), kept.entries());
        }
        assertEquals(shelf, Files.readString(folder.resolve(CollectionFile.NAME)), "the upgrade leaves the file alone");
    }

    @Test
    void aPipeInThePlaceOfTheFileIsRefusedAtOnceNotWaitedOn() throws Exception {
        Path folder = archiveWithCollection();
        Files.delete(folder.resolve(CollectionFile.NAME));
        Process mkfifo = new ProcessBuilder("mkfifo", folder.resolve(CollectionFile.NAME).toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            CollectionShelf shelf = archive.collections().orElseThrow();
            ArchiveException refused = assertThrows(ArchiveException.class, shelf::all); // opening a pipe would block
            assertTrue(refused.getMessage().contains("not a regular file"), refused.getMessage());
            assertThrows(ArchiveException.class, () -> shelf.save(ArticleCollection.named("x")));
        }
        assertTrue(Files.readAttributes(folder.resolve(CollectionFile.NAME),
                java.nio.file.attribute.BasicFileAttributes.class).isOther(), "the pipe is left as it was");
    }
}
