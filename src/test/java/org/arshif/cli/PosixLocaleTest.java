package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line in a child JVM under {@code LC_ALL=POSIX}, where Java decodes arguments, the environment and file
 * names as ASCII: Arabic arguments and paths give one clear line naming the cause, never a stack trace; Arabic file
 * names met inside an ASCII folder are reported one by one; output stays UTF-8.
 */
class PosixLocaleTest {

    @TempDir
    Path dir;
    Path archive;

    record Child(int code, String out, List<String> errLines) {
    }

    @BeforeEach
    void parentCanSpellArabic() {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "the test JVM itself must run under a UTF-8 locale to write Arabic names");
        archive = dir.resolve("archive");
    }

    private Child run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.arshif.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("LC_") || name.equals("LANG")
                || name.equals("ARSHIF_ARCHIVE"));
        builder.environment().put("LC_ALL", "POSIX");
        builder.environment().putAll(env);
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        Process child = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child ended");
        return new Child(child.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    private static String jsonl(String id, String title) {
        return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"date\": \"2017-10-30\","
                + " \"content\": \"نص الخبر عن محادثات أستانا.\"}\n";
    }

    @Test
    void anArabicPathOrQueryIsOneLineNamingTheLocaleNotAStackTrace() throws Exception {
        Path arabic = Files.createDirectories(dir.resolve("أخبار"));
        Files.writeString(arabic.resolve("a.jsonl"), jsonl("a1", "خبر"));
        Child child = run(Map.of(), "import", "--archive", archive.toString(), arabic.toString());
        assertEquals(2, child.code());
        assertEquals(1, child.errLines().size(), child.errLines().toString());
        String line = child.errLines().getFirst();
        assertTrue(line.startsWith("arshif: the argument «" + dir + "/\uFFFD"), line);
        assertTrue(line.endsWith("» arrived garbled: this Java runs under a locale whose character set"
                + " (ANSI_X3.4-1968) cannot spell Arabic or other non-ASCII names; run it under a UTF-8 locale,"
                + " e.g. LC_ALL=C.UTF-8"), line);
        assertFalse(Files.exists(archive), "nothing was created");

        Child search = run(Map.of(), "search", "--archive", archive.toString(), "أستانا");
        assertEquals(2, search.code(), "an Arabic query would be searched as question marks");
        assertTrue(search.errLines().getFirst().contains("arrived garbled"), search.errLines().toString());

        // A pasted page arrives garbled too: named by its start and length, not echoed whole.
        Child pasted = run(Map.of(), "search", "--archive", archive.toString(), "أستانا ".repeat(2_000));
        assertEquals(2, pasted.code());
        String said = pasted.errLines().getFirst();
        assertTrue(said.length() < 600 && said.contains(" characters) arrived garbled"), said);
    }

    @Test
    void anArabicArchiveFolderFromTheEnvironmentIsOneLine() throws Exception {
        Child child = run(Map.of("ARSHIF_ARCHIVE", dir.resolve("أرشيف").toString()), "stats");
        assertEquals(1, child.code());
        assertEquals(1, child.errLines().size(), child.errLines().toString());
        assertTrue(child.errLines().getFirst().startsWith("arshif: the path «" + dir + "/\uFFFD"),
                child.errLines().toString());
        assertTrue(child.errLines().getFirst().endsWith("e.g. LC_ALL=C.UTF-8"), child.errLines().toString());
    }

    @Test
    void arabicFileNamesInsideAnAsciiFolderAreReportedAndTheOutputIsUtf8() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("أخبار.jsonl"), jsonl("x1", "خبر عن أستانا"));
        Files.writeString(news.resolve("مقال.txt"), "مقال عن أستانا.");
        Files.writeString(news.resolve("plain.txt"), "نص ثالث عن أستانا.");
        Child child = run(Map.of(), "import", "--archive", archive.toString(), news.toString());
        assertEquals(0, child.code(), child.errLines().toString());
        assertTrue(child.out().startsWith("Imported: 2 added, 0 updated, 0 unchanged, 1 skipped"), child.out());
        assertTrue(child.out().contains("skipped " + news + "/\uFFFD"), child.out());
        assertTrue(child.out().contains(".txt: a name that cannot be used here: Malformed input or input contains"
                + " unmappable characters; this Java runs under a locale whose character set (ANSI_X3.4-1968)"),
                child.out());
        assertTrue(child.errLines().stream().noneMatch(l -> l.contains("Exception")), child.errLines().toString());

        Child shown = run(Map.of(), "show", "--archive", archive.toString(), "--json", "x1");
        assertEquals(0, shown.code(), shown.errLines().toString());
        assertEquals("خبر عن أستانا", new ObjectMapper().readTree(shown.out()).get("title").asText(),
                "UTF-8 output whatever the locale");
    }
}
