package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newline inside a body separates paragraphs whichever format the body came in. */
class BodyNewlinesTest {

    private static final List<String> PARAGRAPHS = List.of("انطلقت اليوم جولة جديدة من المفاوضات.", "وقال الوزير إن الجولة مهمة.",
            "وأضاف أن الوفود وصلت");

    @TempDir
    Path dir;

    private Article only(Path file) throws IOException {
        CollectingSink got = CollectingSink.readAll(new FileImporter(List.of(file), FieldMapping.DEFAULT));
        assertEquals(List.of(), got.problems);
        assertEquals(1, got.articles.size());
        return got.articles.getFirst();
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void quotedCsvNewlineAndJsonNewlineGiveTheSameParagraphs() throws IOException {
        assertEquals(PARAGRAPHS, only(write("c.csv", "title,content\nعنوان,\"" + PARAGRAPHS.get(0) + "\n"
                + PARAGRAPHS.get(1) + "\n\n" + PARAGRAPHS.get(2) + "\"\n")).paragraphs(), "a single break next to a blank line");
        assertEquals(PARAGRAPHS, only(write("c.json", "{\"title\":\"عنوان\",\"content\":\"" + PARAGRAPHS.get(0) + "\\n"
                + PARAGRAPHS.get(1) + "\\n\\n" + PARAGRAPHS.get(2) + "\"}")).paragraphs());
        Path csv = write("a.csv", "title,date,content\nعنوان,2017-10-30,\"" + PARAGRAPHS.get(0) + "\n" + PARAGRAPHS.get(1) + "\n" + PARAGRAPHS.get(2) + "\"\n");
        Path crlfCsv = write("b.csv", "title,date,content\r\nعنوان,2017-10-30,\"" + PARAGRAPHS.get(0) + "\r\n" + PARAGRAPHS.get(1) + "\r" + PARAGRAPHS.get(2) + "\"\r\n");
        Path json = write("a.json", "[{\"title\":\"عنوان\",\"date\":\"2017-10-30\",\"content\":\"" + PARAGRAPHS.get(0) + "\\n" + PARAGRAPHS.get(1) + "\\n" + PARAGRAPHS.get(2) + "\"}]");
        Path jsonl = write("a.jsonl", "{\"title\":\"عنوان\",\"date\":\"2017-10-30\",\"content\":\"" + PARAGRAPHS.get(0) + "\\r\\n" + PARAGRAPHS.get(1) + "\\n" + PARAGRAPHS.get(2) + "\"}\n");
        assertEquals(PARAGRAPHS, only(json).paragraphs());
        assertEquals(PARAGRAPHS, only(jsonl).paragraphs());
        assertEquals(PARAGRAPHS, only(csv).paragraphs());
        assertEquals(PARAGRAPHS, only(crlfCsv).paragraphs());
    }
}
