package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileImporterTest {

    @TempDir
    Path dir;

    private CollectingSink read(FieldMapping mapping, Path... paths) throws IOException {
        return CollectingSink.readAll(new FileImporter(List.of(paths), mapping));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private Path copySeed(String ext) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/seeds/000_3e452db34f5d0aa1." + ext)) {
            Path file = dir.resolve("000_3e452db34f5d0aa1." + ext);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void seedTextWithSidecarBecomesOneArticleWithEveryLineAParagraph() throws IOException {
        copySeed("txt");
        copySeed("json");
        CollectingSink got = read(FieldMapping.DEFAULT, dir);
        assertEquals(List.of(), got.problems);
        assertEquals(1, got.articles.size(), "the sidecar is metadata, never an article of its own");
        Article seed = got.articles.getFirst();
        assertEquals("000_3e452db34f5d0aa1", seed.id());
        assertEquals(LocalDate.of(2017, 10, 30), seed.date());
        assertTrue(seed.titleDerived());
        assertEquals("إنطلقت بكازاخستان اليوم جولة جديدة من مفاوضات أستانا حول الأزمة السورية", seed.title());
        long lines = Files.readString(dir.resolve("000_3e452db34f5d0aa1.txt")).lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, seed.paragraphs().size());
        assertTrue(seed.paragraphs().getFirst().startsWith("إنطلقت بكازاخستان"));
        assertTrue(seed.origin().endsWith("000_3e452db34f5d0aa1.txt"));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksJoinThem() throws IOException {
        Path file = write("a.txt", "الفقرة الأولى\nتكملة الفقرة الأولى.\n\n\nالفقرة الثانية.");
        Article article = read(FieldMapping.DEFAULT, file).articles.getFirst();
        assertEquals(List.of("الفقرة الأولى تكملة الفقرة الأولى.", "الفقرة الثانية."), article.paragraphs());
        assertEquals("الفقرة الأولى تكملة الفقرة الأولى", article.title());
        assertNull(article.date(), "no sidecar: undated, never an invented date");
    }

    @Test
    void derivedTitleStopsAtTwelveWords() throws IOException {
        Path file = write("long.txt", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر");
        Article article = read(FieldMapping.DEFAULT, file).articles.getFirst();
        assertEquals("واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر…", article.title());
    }

    @Test
    void sidecarGivesMetadataAndUnknownFieldsAreIgnored() throws IOException {
        write("b.txt", "\uFEFFنص الخبر\u00A0هنا.");
        write("b.json", """
                {"id": "b-1", "title": " عنوان &quot;الخبر&quot; ", "date": "٣٠ تشرين الأول ٢٠١٧",
                 "source": "وكالة", "author": "مراسل", "url": "https://example.org/b", "colour": "blue"}""");
        Article article = read(FieldMapping.DEFAULT, dir).articles.getFirst();
        assertEquals("b-1", article.id());
        assertEquals("عنوان \"الخبر\"", article.title());
        assertFalse(article.titleDerived());
        assertEquals(LocalDate.of(2017, 10, 30), article.date());
        assertEquals("وكالة", article.source());
        assertEquals("مراسل", article.author());
        assertEquals("https://example.org/b", article.url());
        assertEquals(List.of("نص الخبر هنا."), article.paragraphs());
    }

    @Test
    void jsonArrayWithCommonFieldNamesAndBadRecordsReportedWithNumbers() throws IOException {
        Path file = write("news.json", """
                [
                  {"headline": "الأول", "published": "2017-10-30", "body": "نص الأول", "source": "أ"},
                  {"title": "بلا نص", "date": "2017-10-30", "content": "   "},
                  {"title": "تاريخ غريب", "date": "أمس", "content": "نص"},
                  "not an object",
                  {"title": "الخامس", "pubDate": "Mon, 30 Oct 2017 10:00:00 GMT", "text": "نص الخامس"}
                ]""");
        FileImporter importer = new FileImporter(List.of(file), FieldMapping.DEFAULT);
        CollectingSink got = CollectingSink.readAll(importer);
        assertEquals(List.of("الأول", "تاريخ غريب", "الخامس"), got.articles.stream().map(Article::title).toList());
        assertEquals(List.of(
                new ImportProblem(file.toString(), 2, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.EMPTY_BODY)),
                new ImportProblem(file.toString(), 4, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.NOT_JSON_OBJECT))), got.problems);
        assertEquals(List.of(new ImportProblem(file.toString(), 3,
                org.arshif.model.Problem.of(org.arshif.model.Problem.Code.DATE_UNREADABLE, "أمس"))), importer.notes().listed());
        assertNull(got.articles.get(1).date());
        assertTrue(got.articles.get(2).origin().endsWith("news.json#5"));
    }

    @Test
    void brokenJsonKeepsTheRecordsBeforeItAndSaysWhere() throws IOException {
        Path file = write("broken.json", "[{\"title\": \"سليم\", \"content\": \"نص\"},\n {\"title\": \"مكسور\" \"content\": 1}]");
        CollectingSink got = read(FieldMapping.DEFAULT, file);
        assertEquals(1, got.articles.size());
        ImportProblem problem = got.problems.getFirst();
        assertEquals(2, problem.record());
        assertTrue(problem.reason().contains("line 2"), problem.reason());
    }

    @Test
    void jsonLinesWithExplicitMapping() throws IOException {
        Path file = write("feed.jsonl", """
                {"meta": {"when": "30 أوت 2017"}, "txt": "الخبر الأول", "src": "س"}

                {"meta": {"when": "2017-10-30"}, "txt": ""}
                {not json}
                {"meta": {"when": "23 فيفري 2017"}, "txt": "الخبر الثاني", "src": "ص"}
                """);
        CollectingSink got = read(FieldMapping.parse("date=meta.when,body=txt,source=src"), file);
        assertEquals(List.of(LocalDate.of(2017, 8, 30), LocalDate.of(2017, 2, 23)),
                got.articles.stream().map(Article::date).toList());
        assertEquals(List.of("س", "ص"), got.articles.stream().map(Article::source).toList());
        assertEquals(List.of(3L, 4L), got.problems.stream().map(ImportProblem::record).toList());
    }

    @Test
    void singleObjectJsonIsOneArticle() throws IOException {
        Path file = write("one.json", "{\"title\": \"وحيد\", \"content\": \"نص\", \"date\": \"2017-10-30 08:00:00\"}");
        assertEquals(LocalDate.of(2017, 10, 30), read(FieldMapping.DEFAULT, file).articles.getFirst().date());
    }

    @Test
    void missingFilesBadEncodingAndUnknownTypesAreReported() throws IOException {
        Path latin1 = dir.resolve("french.txt");
        Files.write(latin1, "Le délégué a déclaré à la presse".getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = write("scan.pdf", "%PDF");
        Path empty = write("empty.json", "");
        CollectingSink got = read(FieldMapping.DEFAULT, dir.resolve("missing.json"), latin1, pdf, empty);
        assertEquals(List.of("no such file or folder",
                        "the encoding cannot be decided (not UTF-8, UTF-16 with a byte-order mark, or Windows-1256"
                                + " Arabic); save it as UTF-8",
                        "unsupported file type (expected .txt, .json, .jsonl, .csv, .tsv or .zip)", "empty file"),
                got.problems.stream().map(ImportProblem::reason).toList());
        assertTrue(got.articles.isEmpty());
    }

    @Test
    void utf16WithBomReadsTheSameText() throws IOException {
        Path file = dir.resolve("utf16.txt");
        Files.write(file, ("\uFEFFجولة جديدة").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("جولة جديدة"), read(FieldMapping.DEFAULT, file).articles.getFirst().paragraphs());
    }

    @Test
    void badMappingIsAClearError() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> FieldMapping.parse("colour=x"));
        assertTrue(e.getMessage().contains("colour"));
    }
}
