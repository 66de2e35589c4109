package org.arshif.archive;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.arshif.model.Problem;

/**
 * Where the archive lives: {@code --archive DIR} or {@code --archive https://HOST:PORT/solr/COLLECTION} (a shared
 * archive on a SolrCloud cluster, {@code docs/shared-archive.md}), else the {@code ARSHIF_ARCHIVE} environment
 * variable, else the platform's per-user data folder ({@code $XDG_DATA_HOME/arshif} or {@code ~/.local/share/arshif}
 * on Linux, {@code %APPDATA%\Arshif} on Windows, {@code ~/Library/Application Support/Arshif} on macOS).
 *
 * @param folder    the archive folder, or null for an archive on a server
 * @param server    the collection's address ({@code http(s)://HOST:PORT/solr/COLLECTION}), or null for a folder
 * @param isDefault true when neither the flag nor the variable chose it: only the default archive is seeded
 */
public record ArchiveLocation(Path folder, URI server, boolean isDefault) {

    public ArchiveLocation {
        if ((folder == null) == (server == null)) {
            throw new IllegalArgumentException("an archive is either in a folder or on a server");
        }
    }

    /** An archive in a folder on this machine. */
    public ArchiveLocation(Path folder, boolean isDefault) {
        this(folder, null, isDefault);
    }

    /** A shared archive: a collection on a SolrCloud cluster, by its address (checked as a flag's is). */
    public static ArchiveLocation server(String address) {
        return new ArchiveLocation(null, collectionAddress(address), false);
    }

    public boolean isServer() {
        return server != null;
    }

    /** Where the archive is, for messages: the folder or the address. */
    public String where() {
        return isServer() ? server.toString() : folder.toString();
    }

    @Override
    public String toString() {
        return where();
    }

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

    /**
     * The archive on this computer: the folder {@code ARSHIF_ARCHIVE} names, else the per-user default (when the
     * variable names a shared archive, the default too).
     */
    public static ArchiveLocation onThisComputer() {
        ArchiveLocation resolved = resolve(null);
        return resolved.isServer() ? new ArchiveLocation(platformDefault(System.getenv(),
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT),
                Path.of(System.getProperty("user.home", "."))), true) : resolved;
    }

    static ArchiveLocation resolve(String flag, Map<String, String> env, String osName, String userHome) {
        if (flag != null && !flag.isBlank()) {
            return named(flag);
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return named(fromEnv);
        }
        return new ArchiveLocation(platformDefault(env, osName.toLowerCase(Locale.ROOT), Path.of(userHome)), true);
    }

    /** The archive a flag or the variable names: an address (scheme://…) names a collection on a server. */
    private static ArchiveLocation named(String given) {
        if (given.matches("(?i)[a-z][a-z0-9+.-]*://.*")) {
            return server(given);
        }
        return new ArchiveLocation(Path.of(given).toAbsolutePath(), false);
    }

    /**
     * The address of a collection, {@code http(s)://HOST[:PORT]/PATH/COLLECTION}: refused when it is of another
     * scheme, names no host or collection, or carries a password (which would show in every message and in the
     * process list: passwords come from a file or the environment) or a query.
     */
    private static URI collectionAddress(String given) {
        URI uri;
        try {
            uri = new URI(given.strip());
        } catch (URISyntaxException e) {
            throw new Problem.Refused(Problem.of(Problem.Code.ARCHIVE_IS_ADDRESS, given));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            throw new Problem.Refused(Problem.of(Problem.Code.ARCHIVE_ADDRESS_PASSWORD, uri.getScheme() + "://"
                    + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath()));
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        // A port out of range is the user's slip, said here: the client library would fail later in its own words.
        boolean portInRange = uri.getPort() == -1 || (uri.getPort() > 0 && uri.getPort() <= 65_535);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || !portInRange
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null || path.lastIndexOf('/') <= 0
                || !path.substring(path.lastIndexOf('/') + 1).matches("[A-Za-z0-9._-]+")
                || solrsOwnPage(path)) {
            throw new Problem.Refused(Problem.of(Problem.Code.ARCHIVE_IS_ADDRESS, given));
        }
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    /**
     * Whether the path is one of Solr's own pages, not a collection: its admin API ({@code /solr/admin},
     * {@code /solr/admin/collections}, {@code /solr/admin/info/system}: the last part is no collection, and Solr
     * answers {@code /solr/admin} itself) or its v2 API's collections ({@code /api/c/NAME}, the list
     * {@code /api/collections}, also as {@code /solr/____v2/…}: Arshif speaks the v1 API). A proxy's own path before
     * Solr's may be named anything ({@code /admin/solr/arshif} is a collection).
     */
    private static boolean solrsOwnPage(String path) {
        List<String> parts = Stream.of(path.split("/")).filter(part -> !part.isEmpty()).toList();
        int last = parts.size() - 1;
        boolean admin = parts.get(last).equals("admin") || (last >= 1 && parts.get(last - 1).equals("admin"))
                || Collections.indexOfSubList(parts, List.of("solr", "admin")) >= 0;
        return admin || (last >= 2 && v2Collections(parts.get(last - 2), parts.get(last - 1)))
                || (last >= 1 && v2Collections(parts.get(last - 1), parts.get(last)));
    }

    /** Whether these two parts of a path are the v2 API's collections: {@code api/c}, {@code ____v2/collections}… */
    private static boolean v2Collections(String root, String collections) {
        return (root.equals("api") || root.equals("____v2")) && (collections.equals("c")
                || collections.equals("collections"));
    }

    /**
     * Whether a file at this path would lie inside the archive folder, links followed for the part that exists (an
     * export written there could be taken for part of the archive, or replace one of its files).
     */
    public boolean holds(Path path) {
        if (isServer()) {
            return false; // nothing on this machine is part of an archive on a server
        }
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
