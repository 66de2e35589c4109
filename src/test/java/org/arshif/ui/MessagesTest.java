package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/arshif/ui/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyExistsInArabicAndEnglish() throws IOException {
        Properties arabic = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertEquals(new TreeSet<>(arabic.stringPropertyNames()), new TreeSet<>(english.stringPropertyNames()));
        arabic.stringPropertyNames().forEach(key -> assertTrue(!arabic.getProperty(key).isBlank(), key));
    }

    @Test
    void everyKeyUsedInTheCodeIsDefined() throws IOException {
        Properties arabic = load("messages.properties");
        var used = new TreeSet<String>();
        var sources = java.nio.file.Path.of("src/main/java/org/arshif/ui");
        try (var files = java.nio.file.Files.list(sources)) {
            for (var file : files.toList()) {
                var matcher = java.util.regex.Pattern.compile("Messages\\.(?:get|format)\\(\"([a-zA-Z.]+)\"[,)]")
                        .matcher(java.nio.file.Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertTrue(used.size() > 30, "found the keys in the sources");
        used.forEach(key -> assertTrue(arabic.containsKey(key), "missing key " + key));
    }

    private static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 700, 1000};

    @Test
    void arabicCountsFollowCldrPluralRules() {
        Messages.use(Messages.ARABIC);
        String[] articles = {"لا مقالات", "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالاً", "99 مقالاً",
            "100 مقال", "101 مقال", "102 مقال", "200 مقال", "700 مقال", "1,000 مقال"};
        String[] matches = {"لا تطابق", "تطابق واحد", "تطابقان", "3 تطابقات", "10 تطابقات", "11 تطابقاً", "99 تطابقاً",
            "100 تطابق", "101 تطابق", "102 تطابق", "200 تطابق", "700 تطابق", "1,000 تطابق"};
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(articles[i], Messages.format("search.count", COUNTS[i]));
            assertEquals(matches[i], Messages.format("reader.matches", COUNTS[i]));
        }
        assertEquals("مقال واحد في الأرشيف", Messages.format("status.articles", 1));
        assertEquals("200 مقال في الأرشيف", Messages.format("status.articles", 200));
        assertEquals("صُدِّر 700 مقال إلى a.pdf", Messages.format("export.done", 700, "a.pdf"));
        assertEquals("صُدِّر 15 مقالاً إلى a.pdf", Messages.format("export.done", 15, "a.pdf"));
        assertEquals("11 نسخة في 11 مصدراً", Messages.format("results.carried", 11, 11));
        assertEquals("3 نسخ في مصدرين", Messages.format("results.carried", 3, 2));
        assertEquals("نسختان في مصدر واحد", Messages.format("results.carried", 2, 1));
        assertEquals("5,216 نصاً · 6,423 مقالاً", Messages.format("search.countTexts", 5216, 6423));
        assertEquals("نص واحد · 3 مقالات", Messages.format("search.countTexts", 1, 3));
        assertEquals("نُشر هذا النص 11 مرة في 10 مصادر:", Messages.format("copies.heading", 11, 10));
        assertEquals("نُشر هذا النص مرتين في مصدر واحد:", Messages.format("copies.heading", 2, 1));
        assertEquals("… و102 سجل آخر تُخطّي دون أن يُذكر", Messages.format("import.moreSkipped", 102));
        assertEquals("… و12 سجلاً آخر تُخطّي دون أن يُذكر", Messages.format("import.moreSkipped", 12));
    }

    @Test
    void englishCountsAreOneOrOther() {
        Messages.use(Messages.ENGLISH);
        try {
            String[] articles = {"No articles", "1 article", "2 articles", "3 articles", "10 articles", "11 articles",
                "99 articles", "100 articles", "101 articles", "102 articles", "200 articles", "700 articles",
                "1,000 articles"};
            for (int i = 0; i < COUNTS.length; i++) {
                assertEquals(articles[i], Messages.format("search.count", COUNTS[i]));
            }
            assertEquals("1 match", Messages.format("reader.matches", 1));
            assertEquals("11 copies in 10 sources", Messages.format("results.carried", 11, 10));
            assertEquals("2 copies in one source", Messages.format("results.carried", 2, 1));
            assertEquals("5,216 texts · 6,423 articles", Messages.format("search.countTexts", 5216, 6423));
            assertEquals("1 text · 3 articles", Messages.format("search.countTexts", 1, 3));
            assertEquals("This text was printed 3 times by 2 sources:", Messages.format("copies.heading", 3, 2));
            assertEquals("Exported 1 article to a.pdf", Messages.format("export.done", 1, "a.pdf"));
            assertEquals("… and 1 more skipped record, not listed", Messages.format("import.moreSkipped", 1));
            assertEquals("1,234 articles", Messages.format("search.count", 1234));
        } finally {
            Messages.use(Messages.ARABIC);
        }
    }

    /**
     * A refusal of the core reaches the window in its language: a real one (no archive in an empty folder, a reversed
     * range), wrapped as the background tasks wrap it; a failure without a code keeps its own words.
     */
    @Test
    void theCoresRefusalsAreSaidInTheWindowsLanguage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        var noArchive = org.junit.jupiter.api.Assertions.assertThrows(org.arshif.archive.ArchiveException.class,
                () -> org.arshif.archive.lucene.LuceneArchive.openReadOnly(dir));
        var reversed = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new org.arshif.model.SearchQuery("", java.time.LocalDate.of(2017, 10, 30),
                        java.time.LocalDate.of(2017, 10, 1), null, null, 0, 20));
        try {
            Messages.use(Messages.ARABIC);
            assertEquals("لا أرشيف في \u2068" + dir + "\u2069",
                    Messages.describe(new java.util.concurrent.CompletionException(noArchive)));
            assertTrue(Messages.describe(reversed).startsWith("نطاق التاريخ ينتهي"), Messages.describe(reversed));
            assertEquals("disk full", Messages.describe(new IOException("disk full")));
            Messages.use(Messages.ENGLISH);
            assertEquals("there is no archive in " + dir, Messages.describe(noArchive));
        } finally {
            Messages.use(Messages.ARABIC);
        }
    }

    /**
     * The refusals a user meets most reach the window in Arabic, the file's name kept as it is: a damaged collections
     * file (a real archive, the file cut short on disk), a name taken, an archive another window holds, and a PDF
     * export to a folder.
     */
    @Test
    void collectionAndExportRefusalsAreSaidInArabic(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path folder = dir.resolve("archive");
        try (var archive = org.arshif.archive.lucene.LuceneArchive.open(folder)) {
            var shelf = archive.collections().orElseThrow();
            shelf.create("سوريا");
            var taken = org.junit.jupiter.api.Assertions.assertThrows(org.arshif.archive.ArchiveException.class,
                    () -> shelf.create("سوريا"));
            java.nio.file.Files.writeString(folder.resolve("collections.json"), "{\"format\":1,\"collections\":[");
            var damaged = org.junit.jupiter.api.Assertions.assertThrows(org.arshif.archive.ArchiveException.class,
                    shelf::all);
            var toAFolder = org.junit.jupiter.api.Assertions.assertThrows(org.arshif.pdf.PdfExportException.class,
                    () -> new org.arshif.pdf.PdfExporter(org.arshif.pdf.PdfOptions.defaults()).export(
                            org.arshif.archive.TestArticles.sample(), java.util.Map.of(), dir,
                            org.arshif.pdf.ExportMonitor.NONE));
            var locked = org.junit.jupiter.api.Assertions.assertThrows(
                    org.arshif.archive.ArchiveLockedException.class,
                    () -> org.arshif.archive.lucene.LuceneArchive.open(folder));
            Messages.use(Messages.ARABIC);
            assertEquals("الأرشيف \u2068" + folder + "\u2069 تستعمله نافذة أو أمر آخر من أرشيف؛ أغلقه وحاول مرة أخرى",
                    Messages.describe(locked));
            assertEquals("توجد مجموعة باسم «\u2068سوريا\u2069» من قبل", Messages.describe(taken));
            String said = Messages.describe(new java.util.concurrent.CompletionException(damaged));
            assertTrue(said.startsWith("تعذّرت قراءة ملف المجموعات \u2068" + folder.resolve("collections.json")
                    + "\u2069: السطر 1، العمود "), said);
            assertTrue(said.endsWith("تُرك كما هو؛ لا تتغير المجموعات حتى يُصلَح أو يُنقل من مكانه"), said);
            assertEquals("لا يمكن التصدير إلى \u2068" + dir + "\u2069: ليس ملفاً عادياً (جهاز أو أنبوب أو رابط أو"
                    + " مجلد)؛ سمِّ ملفاً", Messages.describe(toAFolder));
            assertEquals("cannot export to " + dir + ": it is not a regular file (a device, a pipe, a link or a folder);"
                    + " name a file", toAFolder.getMessage());
            assertTrue(damaged.getMessage().startsWith("the collections file " + folder.resolve("collections.json")
                    + " cannot be read: line 1, column "), damaged.getMessage());
        } finally {
            Messages.use(Messages.ARABIC);
        }
    }
}
