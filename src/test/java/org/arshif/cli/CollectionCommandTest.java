package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code collection}: a basket of articles for a piece of research, kept with the archive, exported and cited. */
class CollectionCommandTest {

    @TempDir
    Path dir;
    Path archive;

    @BeforeEach
    void importThree() throws Exception {
        archive = dir.resolve("archive");
        Path feed = Files.writeString(dir.resolve("feed.jsonl"), """
                {"id": "oil", "headline": "أسعار النفط ترتفع", "date_extracted": "2015-07-22", "content": "ارتفعت أسعار النفط في المملكة.", "source": "الاقتصادية"}
                {"id": "astana", "headline": "الجولة السابعة من محادثات أستانا", "date_extracted": "2017-10-30", "content": "انطلقت الجولة السابعة من محادثات أستانا حول سوريا.", "source": "سبوتنيك", "author": "مراسل الوكالة"}
                {"id": "rain", "headline": "أمطار على جدة", "date_extracted": "2015-07-23", "content": "هطلت أمطار غزيرة على جدة.", "source": "عكاظ"}
                """, StandardCharsets.UTF_8);
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feed.toString()).code());
    }

    private CliRun collection(String... args) {
        List<String> all = new ArrayList<>(List.of("collection", "--archive", archive.toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void ok(CliRun run) {
        assertEquals(0, run.code(), run.out() + run.err());
    }

    @Test
    void aCollectionKeepsTheResearchersOrderAndNotesAndIsExportedInThatOrder() throws Exception {
        ok(collection("create", "سوريا والنفط"));
        ok(collection("add", "سوريا والنفط", "oil", "astana", "rain"));
        ok(collection("move", "سوريا والنفط", "rain", "1"));
        ok(collection("note", "سوريا والنفط", "astana", "الجولة السابعة: ص 3"));
        ok(collection("remove", "سوريا والنفط", "oil"));

        JsonNode shown = new ObjectMapper().readTree(collection("show", "سوريا والنفط", "--json").out());
        assertEquals("rain", shown.get(0).get("id").asText());
        assertEquals("أمطار على جدة", shown.get(0).get("title").asText());
        assertEquals("الجولة السابعة: ص 3", shown.get(1).get("note").asText());
        assertEquals("[{\"name\":\"سوريا والنفط\",\"articles\":2}]", collection("list", "--json").out().strip());

        Path pdf = dir.resolve("collection.pdf");
        CliRun export = CliRun.of("export", "--archive", archive.toString(), "--collection", "سوريا والنفط", "--out",
                pdf.toString());
        ok(export);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertEquals(List.of("أمطار على جدة", "الجولة السابعة من محادثات أستانا"), bookmarks);
            assertTrue(document.getDocumentInformation().getTitle().startsWith("سوريا والنفط — "),
                    "the collection names the PDF: " + document.getDocumentInformation().getTitle());
        }
    }

    @Test
    void citationsAreWrittenInEachFormatWithTheNotes() throws Exception {
        ok(collection("create", "أستانا"));
        ok(collection("add", "أستانا", "astana"));
        ok(collection("note", "أستانا", "astana", "مصدر رئيسي"));
        Path ris = dir.resolve("astana.ris");
        ok(collection("cite", "أستانا", "--out", ris.toString()));
        String written = Files.readString(ris, StandardCharsets.UTF_8);
        assertTrue(written.contains("TI  - الجولة السابعة من محادثات أستانا\r\n") && written.contains("N1  - مصدر رئيسي"),
                written);
        assertTrue(written.contains("AU  - مراسل الوكالة\r\n") && written.contains("DA  - 2017/10/30/"), written);

        CliRun again = collection("cite", "أستانا", "--out", ris.toString(), "--format", "bibtex");
        assertEquals(2, again.code(), "an existing file needs --force");
        assertEquals(written, Files.readString(ris, StandardCharsets.UTF_8));
        ok(collection("cite", "أستانا", "--out", ris.toString(), "--format", "bibtex", "--force"));
        assertTrue(Files.readString(ris, StandardCharsets.UTF_8).startsWith("@article{"));
        JsonNode csl = new ObjectMapper().readTree(collection("cite", "أستانا", "--format", "csl-json").out());
        assertEquals("article-newspaper", csl.get(0).get("type").asText());

        Path nowhere = dir.resolve("لا مجلد").resolve("astana.ris");
        CliRun missingFolder = collection("cite", "أستانا", "--out", nowhere.toString());
        assertEquals(2, missingFolder.code());
        assertTrue(missingFolder.err().contains("there is no folder " + nowhere.getParent() + "; create it first"),
                missingFolder.err());
        assertFalse(Files.exists(nowhere.getParent()), "no folder created");
        CliRun inside = collection("cite", "أستانا", "--out", archive.resolve("c.ris").toString());
        assertEquals(2, inside.code());
        assertTrue(inside.err().contains("inside the archive folder"), inside.err());
        Path link = Files.createSymbolicLink(dir.resolve("link.ris"), ris);
        CliRun throughLink = collection("cite", "أستانا", "--out", link.toString(), "--force");
        assertEquals(1, throughLink.code());
        assertTrue(throughLink.err().contains("not a regular file"), throughLink.err());
    }

    @Test
    void mistakesAreRefusedWithTheirReasonAndChangeNothing() throws Exception {
        ok(collection("create", "أستانا"));
        CliRun unknown = collection("add", "أستانا", "astana", "no-such-id");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("no article with id «no-such-id»; the collection was not changed"), unknown.err());
        assertEquals("[{\"name\":\"أستانا\",\"articles\":0}]", collection("list", "--json").out().strip());

        assertEquals(1, collection("create", " أستانا ").code(), "the same name twice");
        assertTrue(collection("create", "سطر\nثان").err().contains("one line"));
        assertTrue(collection("add", "غير موجودة", "oil").err().contains("there is no collection named 'غير موجودة'"));
        assertTrue(collection("move", "أستانا", "oil", "0").err().contains("counts from 1"));
        ok(collection("add", "أستانا", "oil", "rain"));
        CliRun beyond = collection("move", "أستانا", "oil", "3");
        assertEquals(2, beyond.code());
        assertTrue(beyond.err().contains("position 3 is outside the collection 'أستانا', whose positions run from 1 to 2;"
                + " nothing was moved"), beyond.err());
        ok(collection("remove", "أستانا", "oil", "rain"));
        assertTrue(collection("note", "أستانا", "oil", "x").err().contains("does not hold the article oil"));
        CliRun empty = CliRun.of("export", "--archive", archive.toString(), "--collection", "أستانا", "--out",
                dir.resolve("empty.pdf").toString());
        assertEquals(1, empty.code());
        assertTrue(empty.err().contains("the collection is empty; nothing was exported"), empty.err());
        assertEquals(2, CliRun.of("export", "--archive", archive.toString(), "--collection", "أستانا", "--query", "x",
                "--out", dir.resolve("both.pdf").toString()).code());
    }
}
