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

    @Test
    void arabicPluralsAndEnglishCounts() {
        Messages.use(Messages.ARABIC);
        assertEquals("مقال واحد", Messages.format("search.count", 1));
        assertEquals("مقالان", Messages.format("search.count", 2));
        assertEquals("3 مقالات", Messages.format("search.count", 3));
        assertEquals("10 مقالات", Messages.format("search.count", 10));
        assertEquals("290 مقالاً", Messages.format("search.count", 290));
        assertEquals("مقال واحد في الأرشيف", Messages.format("status.articles", 1));
        Messages.use(Messages.ENGLISH);
        assertEquals("1 article", Messages.format("search.count", 1));
        assertEquals("1,234 articles", Messages.format("search.count", 1234));
        Messages.use(Messages.ARABIC);
    }
}
