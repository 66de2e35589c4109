package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export}: where it may write, what it replaces, and the limits of its flags. */
class ExportCommandTest {

    @TempDir
    Path dir;
    Path archive;

    @BeforeEach
    void importOne() throws Exception {
        archive = dir.resolve("archive");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
                {"headline": "أسعار النفط ترتفع", "date_extracted": "2015-07-22 00:05:53", "content": "ارتفعت أسعار النفط في المملكة.", "source": "الاقتصادية"}
                """, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feed.toString()).code());
    }

    private CliRun export(String... extra) {
        String[] args = new String[6 + extra.length];
        System.arraycopy(new String[] {"export", "--archive", archive.toString(), "--query", "النفط", "--out"}, 0, args, 0, 6);
        System.arraycopy(extra, 0, args, 6, extra.length);
        return CliRun.of(args);
    }

    @Test
    void aTitleCutInThePdfIsSaid() throws Exception {
        Path feed = Files.writeString(dir.resolve("long.jsonl"), "{\"headline\": \"" + "النفط عنوان طويل ".repeat(100)
                + "\", \"date_extracted\": \"2015-07-23\", \"content\": \"نص قصير.\"}\n", StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feed.toString()).code());
        CliRun run = export(dir.resolve("long.pdf").toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Exported 2 articles"), run.out());
        assertTrue(run.err().contains("1 title is longer than 600 characters: cut there in the PDF, kept whole in the"
                + " archive"), run.err());
        assertFalse(export(dir.resolve("short.pdf").toString(), "--limit", "1").err().contains("title"),
                "nothing said when no title was cut");
    }

    @Test
    void anIdGivenThreeTimesIsExportedOnceAndSaidSo() throws Exception {
        String id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CliRun.of("search", "--archive",
                archive.toString(), "--json", "النفط").out()).get("hits").get(0).get("id").asText();
        Path pdf = dir.resolve("thrice.pdf");
        CliRun run = CliRun.of("export", "--archive", archive.toString(), "--out", pdf.toString(), id, id, id);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().startsWith("Exported 1 article, 1 page"), run.out());
        assertTrue(run.err().contains("2 ids were given again and are exported once"), run.err());
    }

    @Test
    void aFolderThatDoesNotExistIsRefusedNotCreated() {
        Path target = dir.resolve("no such folder").resolve("deeper").resolve("oil.pdf");
        CliRun run = export(target.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("arshif: --out " + target + ": there is no folder " + target.getParent()
                + "; create it first or choose another\n"), run.err());
        assertFalse(Files.exists(dir.resolve("no such folder")), "no folder created");
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForceAndKeepsItsMode() throws Exception {
        Path pdf = Files.writeString(dir.resolve("old.pdf"), "older file");
        Files.setPosixFilePermissions(pdf, PosixFilePermissions.fromString("rw-r-----"));
        CliRun refused = export(pdf.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("already exists") && refused.err().contains("--force"), refused.err());
        assertEquals("older file", Files.readString(pdf), "nothing replaced without --force");

        CliRun forced = export(pdf.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(pdf)));
    }

    @Test
    void aLinkOrAPipeInThePlaceOfTheFileIsNeverReplacedEvenWithForce() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "someone else's file");
        Path link = Files.createSymbolicLink(dir.resolve("link.pdf"), elsewhere);
        CliRun run = export(link.toString(), "--force");
        assertEquals(1, run.code(), run.out());
        assertTrue(run.err().contains("not a regular file"), run.err());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals("someone else's file", Files.readString(elsewhere));
        Path pipe = dir.resolve("pipe.pdf");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
        } catch (java.io.IOException e) {
            made = false;
        }
        if (made) {
            CliRun piped = export(pipe.toString(), "--force");
            assertEquals(1, piped.code());
            assertTrue(!Files.isRegularFile(pipe), "the pipe is still a pipe");
        }
    }

    @Test
    void theArchivesOwnFilesAreNeverOverwritten() throws Exception {
        Path segments;
        try (var files = Files.list(archive)) {
            segments = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(segments);
        CliRun run = export(segments.toString(), "--force");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("inside the archive folder"), run.err());
        assertEquals(before.length, Files.readAllBytes(segments).length);
        assertEquals(2, export(archive.resolve("new.pdf").toString()).code(), "nor a new file inside it");
    }

    @Test
    void unknownLanguageAndHugeLimitsAreRefusedWithAClearMessage() {
        Path pdf = dir.resolve("out.pdf");
        CliRun french = export(pdf.toString(), "--lang", "fr");
        assertEquals(2, french.code());
        assertTrue(french.err().contains("--lang takes ar or en"), french.err());
        for (String limit : new String[] {"999999999", "2147483647", "99999999999"}) {
            CliRun huge = export(pdf.toString(), "--limit", limit);
            assertEquals(2, huge.code(), limit);
            assertTrue(huge.err().contains("--limit must be at most 10000"), huge.err());
            assertFalse(huge.err().contains("Exception"), huge.err());
        }
        assertFalse(Files.exists(pdf));
        assertEquals(0, export(pdf.toString(), "--lang", "en", "--limit", "10000").code());
    }
}
