package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real archives are old and messy: legacy encodings, CSV, ZIP files, broken JSON and hostile files. */
class MessyInputTest {

    static final String TEXT = "قال المبعوث الدولي إن الجولة السابعة من محادثات أستانا «بنّاءة»، وإن الوفود اتفقت على"
            + " موعد الجولة المقبلة في 21 و22 ديسمبر/كانون الأول.";

    @TempDir
    Path dir;

    private CollectingSink read(Path... paths) throws IOException {
        return CollectingSink.readAll(new FileImporter(List.of(paths), FieldMapping.DEFAULT));
    }

    private static List<String> reasons(CollectingSink sink) {
        return sink.problems.stream().map(ImportProblem::reason).toList();
    }

    private Path bytes(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, content);
    }

    private static byte[] concat(byte[] mark, byte[] text) {
        byte[] all = new byte[mark.length + text.length];
        System.arraycopy(mark, 0, all, 0, mark.length);
        System.arraycopy(text, 0, all, mark.length, text.length);
        return all;
    }

    @Test
    void utf8WithAndWithoutMarkUtf16WithMarkAndWindows1256AllImportToTheSameText() throws IOException {
        byte[] bom8 = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bomLe = {(byte) 0xFF, (byte) 0xFE};
        byte[] bomBe = {(byte) 0xFE, (byte) 0xFF};
        Path[] files = {
            bytes("utf8.txt", TEXT.getBytes(StandardCharsets.UTF_8)),
            bytes("utf8-bom.txt", concat(bom8, TEXT.getBytes(StandardCharsets.UTF_8))),
            bytes("utf16le.txt", concat(bomLe, TEXT.getBytes(StandardCharsets.UTF_16LE))),
            bytes("utf16be.txt", concat(bomBe, TEXT.getBytes(StandardCharsets.UTF_16BE))),
            bytes("cp1256.txt", TEXT.getBytes(Charset.forName("windows-1256"))),
        };
        CollectingSink got = read(files);
        assertEquals(List.of(), got.problems);
        assertEquals(5, got.articles.size());
        for (Article article : got.articles) {
            assertEquals(List.of(TEXT), article.paragraphs(), article.origin());
        }
    }

    @Test
    void aFileWhoseEncodingCannotBeDecidedIsReportedNotGuessed() throws IOException {
        Path latin1 = bytes("french.txt", "Les délégués se sont réunis à Astana".getBytes(StandardCharsets.ISO_8859_1));
        Path cyrillic = bytes("russian.txt", "Переговоры в Астане".getBytes(Charset.forName("windows-1251")));
        Path utf16NoMark = bytes("utf16.txt", TEXT.getBytes(StandardCharsets.UTF_16LE));
        CollectingSink got = read(latin1, cyrillic, utf16NoMark);
        assertEquals(List.of(), got.articles);
        assertEquals(3, got.problems.size());
        assertTrue(reasons(got).get(0).startsWith("the encoding cannot be decided"), reasons(got).toString());
        assertTrue(reasons(got).get(1).startsWith("the encoding cannot be decided"), reasons(got).toString());
        assertTrue(reasons(got).get(2).startsWith("binary data, not text (or UTF-16 without a byte-order mark)"));
    }

    @Test
    void csvWithAHeaderRowQuotedFieldsAndAMappedArabicColumn() throws IOException {
        Path csv = dir.resolve("feed.csv");
        Files.writeString(csv, """
                العنوان,date,النص,source
                "جولة جديدة، في أستانا",2017-10-30,"الفقرة الأولى، مع فاصلة.

                الفقرة الثانية ""بين علامتي تنصيص"".",الحياة
                أسعار النفط,2015-07-22,ارتفعت أسعار النفط.,الاقتصادية
                بلا نص,2015-07-22,,الاقتصادية
                """, StandardCharsets.UTF_8);
        CollectingSink got = CollectingSink.readAll(new FileImporter(List.of(csv),
                FieldMapping.parse("title=العنوان,body=النص")));
        assertEquals(2, got.articles.size());
        Article first = got.articles.getFirst();
        assertEquals("جولة جديدة، في أستانا", first.title());
        assertEquals(List.of("الفقرة الأولى، مع فاصلة.", "الفقرة الثانية \"بين علامتي تنصيص\"."), first.paragraphs());
        assertEquals("الحياة", first.source());
        assertEquals(List.of(new ImportProblem(csv.toString(), 3, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.EMPTY_BODY))), got.problems);
    }

    @Test
    void csvInWindows1256AndARowWithTooManyFieldsIsReportedWithItsNumberAndSkipped() throws IOException {
        Path legacy = bytes("legacy.csv", ("title,content\nأستانا," + TEXT.replace("،", "") + "\n")
                .getBytes(Charset.forName("windows-1256")));
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, "title,content\nأ,نص أول\nب,نص,زائد\nج,نص ثالث\n", StandardCharsets.UTF_8);
        CollectingSink got = read(legacy, broken);
        assertEquals(TEXT.replace("،", ""), got.articles.getFirst().paragraphs().getFirst());
        assertEquals(List.of("أستانا", "أ", "ج"), got.articles.stream().map(Article::title).toList(),
                "the rows around the broken one land");
        assertEquals(List.of(new ImportProblem(broken.toString(), 2, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.CSV_ROW_WIDTH, "3", "2"))),
                got.problems);
    }

    @Test
    void jsonWithACommentOrATrailingCommaIsReportedWithLineAndColumn() throws IOException {
        Path comment = dir.resolve("comment.json");
        Files.writeString(comment, "[\n  {\"title\": \"أ\", \"content\": \"نص\"},\n  // تعليق\n  {\"content\": \"ب\"}\n]");
        Path trailing = dir.resolve("trailing.json");
        Files.writeString(trailing, "[\n  {\"title\": \"أ\", \"content\": \"نص\"},\n  {\"content\": \"ب\"},\n]\n");
        CollectingSink got = read(comment, trailing);
        assertEquals(3, got.articles.size(), "the records before each error are kept: one, then two");
        assertEquals(2, got.problems.size());
        assertTrue(got.problems.get(0).describe().matches(".*comment\\.json, record 2: invalid JSON: .*comment.*"
                + "\\(line 3, column 3\\); the rest of the file was not read"), got.problems.get(0).describe());
        assertTrue(got.problems.get(1).describe().matches(".*trailing\\.json, record 3: invalid JSON: Unexpected "
                + "character \\(']'.*\\(line 4, column 1\\); the rest of the file was not read"), got.problems.get(1).describe());
    }

    private Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            for (var entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    @Test
    void aZipOfEverySupportedFormatIsReadInPlaceAndUnsafeEntriesAreSkipped() throws IOException {
        Path zip = zip("archive.zip", new java.util.TreeMap<>(Map.of(
                "2017/a.json", "[{\"title\": \"أ\", \"content\": \"نص أ\"}]".getBytes(StandardCharsets.UTF_8),
                "2017/b.jsonl", "{\"title\": \"ب\", \"content\": \"نص ب\"}\n".getBytes(StandardCharsets.UTF_8),
                "2017/c.txt", TEXT.getBytes(Charset.forName("windows-1256")),
                "2017/c.json", "{\"title\": \"ج\", \"source\": \"الحياة\"}".getBytes(StandardCharsets.UTF_8),
                "2017/d.csv", "title,content\nد,نص د\n".getBytes(StandardCharsets.UTF_8),
                "../../evil.txt", "خارج المجلد".getBytes(StandardCharsets.UTF_8),
                "/etc/evil.txt", "مسار مطلق".getBytes(StandardCharsets.UTF_8),
                "inner.zip", new byte[] {'P', 'K', 3, 4},
                "__MACOSX/2017/._a.json", new byte[] {0, 5, 22})));
        List<Path> before;
        try (Stream<Path> files = Files.walk(dir)) { // the test's own folder: other processes share the one above
            before = files.toList();
        }
        CollectingSink got = read(zip);
        assertEquals(List.of("أ", "ب", "ج", "د"), got.articles.stream().map(Article::title).toList());
        assertEquals("الحياة", got.articles.get(2).source());
        assertEquals(List.of(TEXT), got.articles.get(2).paragraphs());
        assertEquals(zip + "!/2017/b.jsonl#1", got.articles.get(1).origin());
        assertEquals(List.of(zip + "!/../../evil.txt", zip + "!//etc/evil.txt", zip + "!/inner.zip"),
                got.problems.stream().map(ImportProblem::file).toList());
        assertTrue(reasons(got).get(0).startsWith("an entry name that points outside the ZIP"));
        assertEquals("a ZIP inside a ZIP is not read", reasons(got).get(2));
        try (Stream<Path> files = Files.walk(dir)) {
            assertEquals(before, files.toList(), "nothing was extracted or written");
        }
        for (Path escaped : List.of(Path.of("/etc/evil.txt"), Path.of("../../evil.txt"),
                dir.resolve("../../evil.txt").normalize(), zip.resolveSibling("../../evil.txt").normalize())) {
            assertTrue(Files.notExists(escaped), escaped + " was written");
        }
    }

    @Test
    void aZipBombStopsAtTheBudgetWithAMessage() throws IOException {
        // 64 MB of spaces compress to about 64 KB; a budget of 8 MB per entry stands for the real 2 GB.
        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("a.jsonl"));
            out.write("{\"title\": \"أ\", \"content\": \"نص\"}\n".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        assertTrue(Files.size(bomb) < 1 << 20);
        CollectingSink got = CollectingSink.readAll(new FileImporter(List.of(bomb), FieldMapping.DEFAULT, false,
                () -> new ZipBudget(8L << 20, 16L << 20)));
        assertEquals(1, got.articles.size(), "the record before the bomb's padding is kept");
        assertEquals(List.of("the entry a.jsonl expands beyond 8 MB: refused as a possible ZIP bomb;"
                + " what was read before this point was imported"), reasons(got));
    }

    @Test
    void aTwoGigabyteFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        Path hugeLines = dir.resolve("huge.jsonl");
        for (Path file : List.of(huge, hugeLines)) {
            try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
                sparse.setLength(2L << 30); // sparse: no disk used, reads as NUL bytes
            }
        }
        CollectingSink got = read(huge, hugeLines);
        assertEquals(List.of("too large for one article (over 32 MB)", "binary data, not text"), reasons(got));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 500, 1000})
    void aBadByteInAJsonLinesFileCostsItsOwnLineOnly(int badLine) throws IOException {
        // A decoder over the whole stream failed at the bad byte: the good lines already in its buffer (records
        // 422-499 of 1,000) and every line after it were lost, reported as one skipped record without a line number.
        Path file = dir.resolve("bad-byte.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 1; i <= 1000; i++) {
                byte[] record = ("{\"id\": \"r" + i + "\", \"title\": \"عنوان " + i
                        + "\", \"date\": \"2015-07-22\", \"body\": \"نص الخبر رقم " + i + " عن السياسة\"}"
                        + (i % 2 == 0 ? "\r\n" : "\n")).getBytes(StandardCharsets.UTF_8);
                if (i == badLine) {
                    record[record.length - 8] = (byte) 0xD8; // a lead byte followed by an ASCII letter: not UTF-8
                    record[record.length - 7] = 'A';
                }
                out.write(record);
            }
        }
        CollectingSink got = read(file);
        assertEquals(999, got.articles.size());
        assertTrue(got.articles.stream().noneMatch(a -> a.title().equals("عنوان " + badLine)));
        assertTrue(got.articles.stream().anyMatch(a -> a.title().equals("عنوان " + (badLine == 1000 ? 999 : badLine + 1))));
        assertEquals(List.of(new ImportProblem(file.toString(), badLine,
                org.arshif.model.Problem.of(org.arshif.model.Problem.Code.LINE_NOT_UTF8))), got.problems);
        assertEquals(List.of("this line is not UTF-8 text; it was skipped, the lines around it were read"), reasons(got));
    }

    @Test
    void aFiftyMegabyteLineIsSkippedAndTheNextLinesStillImport() throws IOException {
        Path file = dir.resolve("long.jsonl");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("{\"content\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "نص طويل جدا ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 50L << 20; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"}\n{\"title\": \"بعده\", \"content\": \"سطر عادي\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        CollectingSink got = read(file);
        assertEquals(List.of("بعده"), got.articles.stream().map(Article::title).toList());
        assertEquals(List.of(new ImportProblem(file.toString(), 1, org.arshif.model.Problem.of(org.arshif.model.Problem.Code.LINE_TOO_LONG, "16"))),
                got.problems);
    }

    @Test
    void aFileOfMillionsOfBadLinesKeepsOnlyTheFirstReasonsAndCountsTheRest() throws Exception {
        // 300,000 bad lines stand for the hundreds of millions of a hostile 2 GB text file.
        Path file = dir.resolve("garbage.jsonl");
        try (var out = Files.newBufferedWriter(file)) {
            for (int i = 0; i < 300_000; i++) {
                out.write("ليس هذا سطر JSON\n");
            }
            out.write("{\"content\": \"سطر سليم في آخر الملف\"}\n");
        }
        try (org.arshif.archive.lucene.LuceneArchive archive = org.arshif.archive.lucene.LuceneArchive.open(dir.resolve("archive"))) {
            var report = archive.importArticles(new FileImporter(List.of(file), FieldMapping.DEFAULT),
                    org.arshif.archive.ImportMonitor.NONE);
            assertEquals(1, report.added(), "the good line lands");
            assertEquals(300_000, report.skippedCount());
            assertEquals(org.arshif.model.ImportReport.LISTED_AT_MOST, report.skipped().size());
            assertEquals(new ImportProblem(file.toString(), 1, report.skipped().getFirst().problem()),
                    report.skipped().getFirst());
        }
    }

    @Test
    void deeplyNestedJsonIsRefused() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Path json = dir.resolve("deep.json");
        Files.writeString(json, deep);
        Path lines = dir.resolve("deep.jsonl");
        Files.writeString(lines, "{\"a\": " + deep + "}\n{\"content\": \"نص\"}\n");
        CollectingSink got = read(json, lines);
        assertEquals(1, got.articles.size());
        assertEquals(2, got.problems.size());
        for (ImportProblem problem : got.problems) {
            assertTrue(problem.reason().contains("nesting depth"), problem.describe());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"junk.txt", "junk.json", "junk.jsonl", "junk.csv"})
    void binaryJunkRenamedAsTextIsRefused(String name) throws IOException {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[100] = 0;
        CollectingSink got = read(bytes(name, junk));
        assertEquals(List.of(), got.articles);
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().reason().startsWith("binary data"), got.problems.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.json", "empty.jsonl", "empty.csv"})
    void anEmptyFileIsReported(String name) throws IOException {
        CollectingSink got = read(bytes(name, new byte[0]));
        assertEquals(List.of("empty file"), reasons(got));
    }

    @Test
    void aFolderLinkThatLoopsIsSkippedAndTheRestImports() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("news/2017"));
        Files.writeString(folder.resolve("a.txt"), TEXT);
        Files.createSymbolicLink(folder.resolve("loop"), dir.resolve("news"));
        CollectingSink got = read(dir.resolve("news"));
        assertEquals(1, got.articles.size());
        assertEquals(List.of(folder.resolve("loop").toString()), got.problems.stream().map(ImportProblem::file).toList());
        assertEquals("a folder link that loops back to a folder above it; skipped", reasons(got).getFirst());
    }

    @Test
    void byteOrderMarksOnceOrTwiceAreSkippedInEveryFormat() throws IOException {
        byte[] mark = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] twice = concat(mark, mark);
        Path[] files = {
            bytes("twice.csv", concat(twice, ("title,content\nالعنوان," + TEXT + "\n").getBytes(StandardCharsets.UTF_8))),
            bytes("twice.jsonl", concat(twice, ("{\"title\": \"العنوان\", \"content\": \"" + TEXT + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8))),
            bytes("once.jsonl", concat(mark, ("{\"title\": \"العنوان\", \"content\": \"" + TEXT + "\"}\n")
                    .getBytes(StandardCharsets.UTF_8))),
            bytes("twice.json", concat(twice, ("[{\"title\": \"العنوان\", \"content\": \"" + TEXT + "\"}]")
                    .getBytes(StandardCharsets.UTF_8))),
            bytes("utf16-twice.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                    ("\uFEFFtitle,content\nالعنوان," + TEXT + "\n").getBytes(StandardCharsets.UTF_16LE))),
        };
        CollectingSink got = read(files);
        assertEquals(List.of(), got.problems);
        assertEquals(5, got.articles.size());
        for (Article article : got.articles) {
            assertEquals("العنوان", article.title(), "the first column keeps its name: " + article.origin());
            assertEquals(List.of(TEXT), article.paragraphs(), article.origin());
        }
    }

    @Test
    void semicolonAndTabSeparatedCsvAreRecognisedFromTheHeader() throws IOException {
        Path semicolons = bytes("excel.csv", ("title;date;content\n\"العنوان; الأول\";30/10/2017;\"" + TEXT
                + "\"\nالثاني;2017-10-31;نص, بفاصلة\n").getBytes(Charset.forName("windows-1256")));
        Path tabs = bytes("export.tsv", ("title\tcontent\nالثالث\t" + TEXT + "\n").getBytes(StandardCharsets.UTF_8));
        Path quotedSeparators = bytes("quoted.csv", ("\"ref;x\",\"title\",\"con\ttent\",content\n1,الرابع,ب,نص رابع\n")
                .getBytes(StandardCharsets.UTF_8));
        CollectingSink got = read(semicolons, tabs, quotedSeparators);
        assertEquals(List.of(), got.problems);
        assertEquals(List.of("العنوان; الأول", "الثاني", "الثالث", "الرابع"),
                got.articles.stream().map(Article::title).toList(), "the quoted header names hide no separator");
        assertEquals(java.time.LocalDate.of(2017, 10, 30), got.articles.getFirst().date());
        assertEquals(List.of("نص, بفاصلة"), got.articles.get(1).paragraphs());
    }

    @Test
    void aCsvHeaderWithTwoSeparatorsIsRefusedNamingThem() throws IOException {
        Path mixed = bytes("mixed.csv", ("title;date,content\nأ;2017-10-30,نص\n").getBytes(StandardCharsets.UTF_8));
        CollectingSink got = read(mixed);
        assertEquals(List.of(), got.articles);
        assertEquals(List.of(new ImportProblem(mixed.toString(), 0,
                org.arshif.model.Problem.of(org.arshif.model.Problem.Code.CSV_SEPARATOR_AMBIGUOUS, "1 × «;» / 1 × «,»"))), got.problems);
    }

    /** A field over the 16-million-character limit in the second of four records: the third and fourth still land. */
    @Test
    void anOversizedFieldInAJsonArraySkipsOnlyItsRecord() throws IOException {
        Path file = dir.resolve("big.json");
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("[\n  {\"id\": \"1\", \"content\": \"" + TEXT + "\"},\n  {\"id\": \"2\", \"content\": \"");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'ن');
            for (int i = 0; i < 17; i++) {
                out.write(chunk);
            }
            out.write("\", \"title\": \"[{\\\"not\\\": \\\"a record\\\"}]\"},\n  {\"id\": \"3\", \"content\": \"" + TEXT
                    + "\"}, {\"id\": \"4\", \"content\": \"" + TEXT + "\"}\n]\n");
        }
        CollectingSink got = read(file);
        assertEquals(List.of("1", "3", "4"), got.articles.stream().map(Article::id).toList());
        assertEquals(List.of("3", "4"), got.articles.stream().skip(1).map(a -> a.origin().substring(
                a.origin().lastIndexOf('#') + 1)).toList(), "records keep their numbers after the skipped one");
        assertEquals(1, got.problems.size());
        assertEquals(2, got.problems.getFirst().record());
        assertTrue(got.problems.getFirst().reason().matches("invalid JSON: a field longer than 16 million characters"
                + " \\(line 3, column 3\\); skipped"), got.problems.getFirst().reason());
    }

    @Test
    void aBrokenRecordInAJsonArrayIsSkippedAndErrorsAfterItKeepTheirLines() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "[{\"id\": \"1\", \"content\": \"نص\"},\n {\"id\": \"2\" \"content\": \"x\"},"
                + " {\"id\": \"3\", \"content\": \"نص\"},\n {\"id\": 4, \"content\": [1,, 2]}, \n {\"id\": \"5\","
                + " \"content\": \"نص\"}\n  // comment\n]");
        CollectingSink got = read(file);
        assertEquals(List.of("1", "3", "5"), got.articles.stream().map(Article::id).toList());
        List<String> problems = got.problems.stream().map(ImportProblem::describe).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches(".*broken\\.json, record 2: invalid JSON: Unexpected character \\('\"'.*"
                + "\\(line 2, column 13\\); skipped"), problems.get(0));
        assertTrue(problems.get(1).matches(".*record 4: invalid JSON: Unexpected character \\(','.*"
                + "\\(line 3, column 26\\); skipped"), problems.get(1));
        assertTrue(problems.get(2).matches(".*record 6: invalid JSON: Unexpected character \\('/'.*"
                + "\\(line 5, column 3\\); the rest of the file was not read"), problems.get(2));
    }

    @Test
    void aRecordLeftOpenAtTheEndOfTheFileSaysWhereItStopped() throws IOException {
        Path file = dir.resolve("cut.json");
        Files.writeString(file, "[{\"id\": \"1\", \"content\": \"نص\"},\n {\"id\": \"2\", \"content\": [\"نص مقطوع");
        CollectingSink got = read(file);
        assertEquals(List.of("1"), got.articles.stream().map(Article::id).toList());
        assertEquals(1, got.problems.size());
        assertTrue(got.problems.getFirst().describe().matches(".*cut\\.json, record 2: invalid JSON: .*; the file ends"
                + " inside this record \\(line 2\\): the rest of the file was not read"), got.problems.getFirst().describe());
    }
}
