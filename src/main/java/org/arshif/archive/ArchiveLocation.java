package org.arshif.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.arshif.model.Problem;

/**
 * Where the archive lives: {@code --archive DIR}, else the {@code ARSHIF_ARCHIVE} environment variable, else the
 * platform's per-user data folder ({@code $XDG_DATA_HOME/arshif} or {@code ~/.local/share/arshif} on Linux,
 * {@code %APPDATA%\Arshif} on Windows, {@code ~/Library/Application Support/Arshif} on macOS).
 *
 * @param folder    the archive folder
 * @param isDefault true when neither the flag nor the variable chose it: only the default archive is seeded
 */
public record ArchiveLocation(Path folder, boolean isDefault) {

    public static final String ENV_VARIABLE = "ARSHIF_ARCHIVE";
    /**
     * The file in the archive folder holding a readable copy of the import history (the originals and their
     * mappings): what a rebuild reads when the index is too damaged to give its own.
     */
    public static final String HISTORY_COPY = "imports.tsv";

    /** Resolves the location for this process. */
    public static ArchiveLocation resolve(String flag) {
        return resolve(flag, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static ArchiveLocation resolve(String flag, Map<String, String> env, String osName, String userHome) {
        if (flag != null && !flag.isBlank()) {
            return new ArchiveLocation(folder(flag), false);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new ArchiveLocation(folder(fromEnv), false);
        }
        return new ArchiveLocation(platformDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome)), true);
    }

    /**
     * The folder a flag or the variable names. An address (https://host:8983/solr/news) names a shared archive on a
     * server, which this build cannot open: refused, where taken for a path it would have made a local folder
     * "https:" and shown an empty archive.
     */
    private static Path folder(String given) {
        if (given.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            throw new Problem.Refused(Problem.of(Problem.Code.ARCHIVE_IS_ADDRESS, given));
        }
        return Path.of(given).toAbsolutePath();
    }

    /**
     * Whether a file at this path would lie inside the archive folder, links followed for the part that exists (an
     * export written there could be taken for part of the archive, or replace one of its files).
     */
    public boolean holds(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path realFolder = realOrSelf(folder.toAbsolutePath().normalize());
        Path existing = absolute;
        Path rest = Path.of("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        Path real = existing == null ? absolute : realOrSelf(existing).resolve(rest).normalize();
        return real.startsWith(realFolder) || absolute.startsWith(folder.toAbsolutePath().normalize());
    }

    private static Path realOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    private static Path platformDefault(Map<String, String> env, String os, Path home) {
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Arshif");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Arshif");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("arshif");
    }
}
