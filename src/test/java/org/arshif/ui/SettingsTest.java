package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void whatIsRememberedSurvivesARestartAndADamagedFileFallsBackToDefaults() throws Exception {
        String previous = System.getProperty("arshif.config");
        System.setProperty("arshif.config", dir.toString());
        try {
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
        } finally {
            if (previous == null) {
                System.clearProperty("arshif.config");
            } else {
                System.setProperty("arshif.config", previous);
            }
        }
    }
}
