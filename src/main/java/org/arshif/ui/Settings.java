package org.arshif.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * What the window remembers between runs — size and position, theme, text size, language, calendar, the last search
 * (query, order, source, dates) — in a small properties file in the per-user configuration folder ({@code $XDG_CONFIG_HOME/arshif}, {@code ~/.config/arshif},
 * {@code %APPDATA%\Arshif}, {@code ~/Library/Preferences/Arshif}); the {@code arshif.config} system property
 * overrides the folder (tests use it).
 */
public final class Settings {

    private final Path file;
    private final Properties values = new Properties();
    /** Whether a value changed since the file was read or last written. */
    private boolean changed;

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load() {
        Settings settings = new Settings(folder().resolve("settings.properties"));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged settings file only costs what was remembered: start with defaults, and say so (the file
                // is written anew, whole, when the window closes).
                settings.values.clear();
                System.err.println("arshif: the settings in " + settings.file + " cannot be read (" + e.getMessage()
                        + "); the window starts with its default settings");
            }
        }
        return settings;
    }

    static Path folder() {
        String override = System.getProperty("arshif.config");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Arshif");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Preferences").resolve("Arshif");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("arshif");
    }

    /**
     * Saves the settings, if they changed, when the JVM shuts down (SIGTERM, a logout): the window's own save on
     * close never runs then. The hook needs no FX thread: it writes what was put so far, atomically as always.
     */
    public void saveOnExit() {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("arshif-settings").unstarted(this::saveIfChanged));
    }

    /** Writes the file only when a value changed since it was read or last written. */
    public synchronized void saveIfChanged() {
        if (changed) {
            save();
        }
    }

    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                values.store(out, "Arshif settings");
            }
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException e) {
            // Not being able to remember the layout must not stop the app from closing.
            System.err.println("arshif: cannot save settings to " + file + ": " + e.getMessage());
        }
    }

    public String get(String key, String fallback) {
        return values.getProperty(key, fallback);
    }

    public double getDouble(String key, double fallback) {
        try {
            double value = Double.parseDouble(values.getProperty(key, Double.toString(fallback)));
            return Double.isFinite(value) ? value : fallback; // "NaN" or "Infinity" would size a window to nothing
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public synchronized void put(String key, Object value) {
        String text = String.valueOf(value);
        changed |= !text.equals(values.setProperty(key, text));
    }
}
