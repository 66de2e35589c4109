package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same files, same archive: imported with 1, 2 and 4 indexing threads, in the files' order and reversed, in one
 * import or one per file, the archive answers 50 queries in every order with identical JSON (ids, scores, copies,
 * totals, snippets) — and the corrected version of an id given twice always wins.
 */
class DeterministicImportTest {

    @TempDir
    Path dir;

    @Test
    void theSameFilesGiveTheSameAnswersWhateverTheThreadsAndTheOrder() throws Exception {
        List<Path> feeds = NewsFeeds.write(Files.createDirectories(dir.resolve("feeds")), 3, 40);
        List<String> reversed = feeds.reversed().stream().map(Path::toString).toList();
        List<String> inOrder = feeds.stream().map(Path::toString).toList();
        List<String> first = null;
        for (int threads : new int[] {1, 2, 4}) {
            for (List<String> files : List.of(inOrder, reversed)) {
                Path archive = dir.resolve("archive-" + threads + "-" + files.getFirst().hashCode());
                List<String> answers = importWith(threads, archive, files);
                if (first == null) {
                    first = answers;
                } else {
                    assertEquals(first, answers, threads + " threads, files " + files);
                }
            }
        }
        Path onePerFile = dir.resolve("one-import-per-file");
        for (String file : reversed) {
            assertEquals(0, CliRun.of("import", "--archive", onePerFile.toString(), file).code());
        }
        assertEquals(first, answers(onePerFile), "three imports, one file each");
        CliRun check = CliRun.of("check", "--archive", onePerFile.toString());
        assertEquals(0, check.code(), check.err());
    }

    @Test
    void replacedArticlesScoreAsIfTheyHadNeverBeenThere() throws Exception {
        List<Path> feeds = NewsFeeds.write(Files.createDirectories(dir.resolve("replaced")), 3, 40);
        Path corrections = dir.resolve("corrections.jsonl");
        java.util.Set<String> corrected = new java.util.HashSet<>();
        StringBuilder lines = new StringBuilder();
        for (int story = 0; story < 40; story += 3) {
            String id = "s" + story + "-0";
            corrected.add(id);
            lines.append("{\"id\": \"").append(id).append("\", \"title\": \"تصحيح ").append(story)
                    .append("\", \"date\": \"2017-10-28\", \"source\": \"الرياض\", \"content\": \"")
                    .append(("نص مصحح عن محادثات أستانا والمعارضة والنفط رقم " + story + ". ").repeat(5)).append("\"}\n");
        }
        Files.writeString(corrections, lines);
        // The same live articles, with nothing ever replaced: the first file without the records corrected later.
        Path firstCorrected = dir.resolve("feed-0-corrected.jsonl");
        StringBuilder kept = new StringBuilder();
        for (String line : Files.readAllLines(feeds.getFirst())) {
            String id = line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
            if (!corrected.contains(id)) {
                kept.append(line).append('\n');
            }
        }
        Files.writeString(firstCorrected, kept.append(lines));

        Path oneImport = dir.resolve("one-import");
        assertEquals(0, CliRun.of("import", "--archive", oneImport.toString(), feeds.get(0).toString(),
                feeds.get(1).toString(), feeds.get(2).toString(), corrections.toString()).code());
        Path fourImports = dir.resolve("four-imports");
        for (Path file : List.of(feeds.get(0), feeds.get(1), feeds.get(2), corrections)) {
            assertEquals(0, CliRun.of("import", "--archive", fourImports.toString(), file.toString()).code());
        }
        Path neverReplaced = dir.resolve("never-replaced");
        assertEquals(0, CliRun.of("import", "--archive", neverReplaced.toString(), firstCorrected.toString(),
                feeds.get(1).toString(), feeds.get(2).toString()).code());
        List<String> expected = answers(neverReplaced);
        assertEquals(expected, answers(oneImport), "replaced within one import");
        assertEquals(expected, answers(fourImports), "replaced by a later import");
    }

    @Test
    void withinOneImportTheLastRecordOfAnIdWins() throws Exception {
        Path feed = dir.resolve("versions.jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            lines.append("{\"id\": \"v").append(i).append("\", \"content\": \"النسخة الأولى من الخبر ").append(i)
                    .append("\"}\n");
        }
        for (int i = 0; i < 2_000; i++) {
            lines.append("{\"id\": \"v").append(i).append("\", \"content\": \"النسخة المصححة من الخبر ").append(i)
                    .append("\"}\n");
        }
        Files.writeString(feed, lines);
        for (int threads : new int[] {1, 4}) {
            Path archive = dir.resolve("versions-" + threads);
            System.setProperty("arshif.indexThreads", Integer.toString(threads));
            try {
                CliRun run = CliRun.of("import", "--archive", archive.toString(), feed.toString());
                assertEquals(0, run.code(), run.err());
                assertEquals(true, run.out().contains("2,000 added, 0 updated"), run.out());
                assertEquals(true, run.out().contains("2,000 records gave an id given earlier in the same import"),
                        run.out());
            } finally {
                System.clearProperty("arshif.indexThreads");
            }
            CliRun first = CliRun.of("search", "--archive", archive.toString(), "--json", "--limit", "1", "الأولى");
            assertEquals(true, first.out().startsWith("{\"total\":0") || first.out().contains("\"total\" : 0"),
                    first.out());
            CliRun corrected = CliRun.of("search", "--archive", archive.toString(), "--json", "--limit", "1",
                    "المصححة");
            assertEquals(true, corrected.out().contains("2000") || corrected.out().contains("2,000"), corrected.out());
        }
    }

    @Test
    void withinOneImportTheLastRecordOfAUrlWins() throws Exception {
        Path feed = dir.resolve("urls.jsonl");
        StringBuilder lines = new StringBuilder();
        for (String version : List.of("الأولى", "الثانية", "الأخيرة")) {
            for (int i = 0; i < 300; i++) {
                lines.append("{\"url\": \"https://example.sa/news/").append(i).append("\", \"content\": \"النسخة ")
                        .append(version).append(" من الخبر ").append(i).append("\"}\n");
            }
        }
        Files.writeString(feed, lines);
        Path archive = dir.resolve("urls");
        assertEquals(0, CliRun.of("import", "--archive", archive.toString(), feed.toString()).code());
        for (String old : List.of("الأولى", "الثانية")) {
            CliRun run = CliRun.of("search", "--archive", archive.toString(), old);
            assertEquals(true, run.out().startsWith("0 articles") || run.out().startsWith("No articles"), run.out());
        }
        CliRun last = CliRun.of("search", "--archive", archive.toString(), "الأخيرة");
        assertEquals(true, last.out().startsWith("300 articles"), last.out());
    }

    private List<String> importWith(int threads, Path archive, List<String> files) {
        System.setProperty("arshif.indexThreads", Integer.toString(threads));
        try {
            List<String> args = new ArrayList<>(List.of("import", "--archive", archive.toString()));
            args.addAll(files);
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, run.code(), run.err());
        } finally {
            System.clearProperty("arshif.indexThreads");
        }
        return answers(archive);
    }

    /** 50 queries (the fixed ones and single words), each in three orders. */
    private static List<String> answers(Path archive) {
        List<String> answers = new ArrayList<>(ImportCrashPointsTest.answers(archive));
        for (String word : List.of("المملكة", "الاقتصاد", "الجامعة", "الطلاب", "الميناء", "التجارة", "السكان", "الطرق",
                "وزارة", "التعليم", "الأمير", "تبوك", "الصحة", "القرى", "المدن", "الرياض", "الحكومة", "الوفد",
                "السابعة", "الجولة", "المعتقلين", "مناطق", "إيران", "تركيا", "روسيا", "النفط", "الأسعار",
                "المشروع", "البلدية", "الانتخابات", "خبر", "الخبر", "رقم", "نزوح", "مستمر", "يتواصل", "قالت",
                "نقلت")) {
            for (String sort : List.of("relevance", "newest")) {
                CliRun run = CliRun.of("search", "--archive", archive.toString(), "--json", "--sort", sort, "--limit",
                        "20", word);
                answers.add(sort + " " + word + " → " + run.out());
            }
        }
        return answers;
    }
}
