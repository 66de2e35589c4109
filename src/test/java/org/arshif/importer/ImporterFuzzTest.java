package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers on generated input (a fuzz test with a seeded generator): whatever the bytes and whatever the file
 * is called, reading never throws; it yields articles with a body and problems naming the file. Each run uses a new
 * seed, printed in any failure so that it can be replayed with {@code -Darshif.fuzz.seed=N}; the number of inputs
 * and a time budget keep CI within seconds.
 */
class ImporterFuzzTest {

    private static final int INPUTS = 1500;
    private static final long BUDGET_NANOS = 20_000_000_000L;

    /** Pieces of the formats and of Arabic text, glued at random: near-valid input finds more paths than noise. */
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "\\u06", "\n",
            "\r\n", " ", "\"title\"", "\"content\"", "\"date\"", "\"source\"", "\"id\"", "null", "true", "1e999",
            "-0", "2017-10-30", "30 أكتوبر 2017", "تشرين الأول", "٣٠/١٠/٢٠١٧", "أستانا", "المفاوضات", "ـــ", "\u200f",
            "\u064e", "ﻷ", "//", "/*", "title,content", "\"a,b\"", "\"\"", "\u0000", "\uFEFF", "\uD83D\uDE00", "{}",
            "[{\"content\": \"نص\"}]", "{\"content\": \"نص عربي\", \"date\": \"32/13/2017\"}");
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
            Charset.forName("windows-1256"), StandardCharsets.ISO_8859_1);
    private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl", "ndjson", "csv", "zip");
    private static final List<String> FOLDERS = List.of("", "a/", "../", "/", "__MACOSX/", "ا/", "a/../../");

    @TempDir
    Path dir;

    private static long seed() {
        String fixed = System.getProperty("arshif.fuzz.seed");
        return fixed != null ? Long.parseLong(fixed) : System.nanoTime();
    }

    private static byte[] content(Random random) {
        if (random.nextInt(3) == 0) {
            byte[] noise = new byte[random.nextInt(2000)];
            random.nextBytes(noise);
            return noise;
        }
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return text.toString().getBytes(CHARSETS.get(random.nextInt(CHARSETS.size())));
    }

    private static <T> T pick(Random random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private byte[] zip(Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            Set<String> names = new HashSet<>();
            for (int i = random.nextInt(5); i > 0; i--) {
                String name = pick(random, FOLDERS) + "e" + random.nextInt(100) + "." + pick(random, EXTENSIONS);
                if (names.add(name)) {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(random.nextInt(4) == 0 ? zipOfOne(random) : content(random));
                    zip.closeEntry();
                }
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipOfOne(Random random) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("inner.json"));
            zip.write(content(random));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void readingGeneratedFilesNeverThrowsAndReportsEveryProblemWithItsFile() throws IOException {
        long seed = seed();
        Random random = new Random(seed);
        long started = System.nanoTime();
        int tried = 0;
        for (; tried < INPUTS && System.nanoTime() - started < BUDGET_NANOS; tried++) {
            String extension = pick(random, EXTENSIONS);
            byte[] content = extension.equals("zip") && random.nextBoolean() ? zip(random) : content(random);
            Path folder = Files.createDirectories(dir.resolve("t" + tried));
            Path file = Files.write(folder.resolve("input." + extension), content);
            CollectingSink sink;
            try {
                sink = CollectingSink.readAll(new FileImporter(List.of(file), FieldMapping.DEFAULT));
            } catch (IOException | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", input " + tried + " (" + file.getFileName() + "): " + e, e);
            }
            for (Article article : sink.articles) {
                assertFalse(article.paragraphs().isEmpty(), "seed " + seed + ", input " + tried);
            }
            for (ImportProblem problem : sink.problems) {
                assertTrue(problem.file().startsWith(file.toString()) && !problem.reason().isBlank(),
                        "seed " + seed + ", input " + tried + ": " + problem.describe());
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertEquals(List.of(file), files.toList(), "seed " + seed + ": nothing written beside the input");
            }
        }
        assertTrue(tried >= 200, "only " + tried + " inputs in the time budget");
    }
}
