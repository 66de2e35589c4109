package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;
    private String previous;

    @BeforeEach
    void useTheTestsFolder() {
        previous = System.getProperty("arshif.config");
        System.setProperty("arshif.config", dir.toString());
    }

    @AfterEach
    void restoreTheFolder() {
        if (previous == null) {
            System.clearProperty("arshif.config");
        } else {
            System.setProperty("arshif.config", previous);
        }
    }

    @Test
    void whatIsRememberedSurvivesARestartAndADamagedFileFallsBackToDefaults() throws Exception {
        Settings settings = Settings.load();
        settings.put("lastQuery", "مفاوضات أستانا");
        settings.put("textSize", 24.0);
        settings.put("theme", "DARK");
        settings.save();
        Settings reloaded = Settings.load();
        assertEquals("مفاوضات أستانا", reloaded.get("lastQuery", ""));
        assertEquals(24.0, reloaded.getDouble("textSize", 20));
        assertEquals("DARK", reloaded.get("theme", "LIGHT"));
        Files.writeString(dir.resolve("settings.properties"), "textSize=\\uZZZZ broken");
        assertEquals(20.0, Settings.load().getDouble("textSize", 20));
    }

    /** What the shutdown hook runs (SIGTERM): the settings written only when something changed. */
    @Test
    void changedSettingsAreWrittenAndUnchangedOnesAreLeftAlone() throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load();
        settings.saveIfChanged();
        assertFalse(Files.exists(file), "nothing changed: nothing written");
        settings.put("language", "en");
        settings.put("window.width", 900.0);
        settings.saveIfChanged();
        Settings reread = Settings.load();
        assertEquals("en", reread.get("language", "ar"));
        assertEquals(900.0, reread.getDouble("window.width", 0));
        Files.delete(file);
        reread.put("language", "en");
        reread.saveIfChanged();
        assertFalse(Files.exists(file), "the same value put again is no change");
        reread.put("theme", "dark");
        reread.saveIfChanged();
        assertTrue(Files.exists(file));
        assertFalse(Files.exists(dir.resolve("settings.properties.tmp")), "written whole, by an atomic move");
    }
}
