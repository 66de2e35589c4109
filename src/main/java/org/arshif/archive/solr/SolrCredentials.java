package org.arshif.archive.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arshif.archive.ArchiveException;
import org.arshif.model.Problem;

/**
 * The user and password a shared archive is opened with (Solr's basic authentication): from the environment
 * ({@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}), else from a file of one line {@code USER:PASSWORD} —
 * the one {@value #FILE_VARIABLE} names, else {@code $XDG_CONFIG_HOME/arshif/solr-credentials} (or
 * {@code ~/.config/arshif/solr-credentials}) when it exists — else none (a cluster without authentication). A file
 * others may read is refused, naming it: a password in it would be everyone's on a shared machine.
 *
 * @param user     the user name
 * @param password the password (never shown in a message)
 */
public record SolrCredentials(String user, String password) {

    public static final String USER_VARIABLE = "ARSHIF_SOLR_USER";
    public static final String PASSWORD_VARIABLE = "ARSHIF_SOLR_PASSWORD";
    public static final String FILE_VARIABLE = "ARSHIF_SOLR_CREDENTIALS";
    /** Permissions that let someone other than the owner read or change the file. */
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    @Override
    public String toString() {
        return user; // never the password, whatever prints this
    }

    /** This process's credentials, from its environment and the user's home. */
    public static Optional<SolrCredentials> resolve() throws ArchiveException {
        return resolve(System.getenv(), Path.of(System.getProperty("user.home", ".")));
    }

    static Optional<SolrCredentials> resolve(Map<String, String> env, Path home) throws ArchiveException {
        String user = env.get(USER_VARIABLE);
        String password = env.get(PASSWORD_VARIABLE);
        if (user != null && !user.isBlank()) {
            if (password == null) {
                throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_USER_ONLY, USER_VARIABLE), null);
            }
            return Optional.of(new SolrCredentials(user, password));
        }
        Path file = file(env, home);
        boolean named = env.get(FILE_VARIABLE) != null && !env.get(FILE_VARIABLE).isBlank();
        return named || Files.exists(file) ? Optional.of(fromFile(file)) : Optional.empty();
    }

    /**
     * The credentials file of this process: the one {@value #FILE_VARIABLE} names, else
     * {@code $XDG_CONFIG_HOME/arshif/solr-credentials} (or {@code ~/.config/arshif/solr-credentials}).
     */
    static Path file(Map<String, String> env, Path home) {
        String named = env.get(FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Path.of(named);
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute() ? Path.of(config)
                : home.resolve(".config");
        return base.resolve("arshif").resolve("solr-credentials");
    }

    /**
     * Keeps these credentials for the next runs (the window's dialog): writes the file {@link #fromFile} reads, readable and writable by its owner alone from its first byte (made
     * under another name with those permissions, then moved over the old one). A user name holding a colon or either
     * holding a line break could not be read back as written, and is refused.
     */
    void keepIn(Path file) throws ArchiveException {
        if (user.contains(":") || (user + password).contains("\n") || (user + password).contains("\r")) {
            throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_UNKEEPABLE, file), null);
        }
        Path written = null;
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            boolean posix = Files.getFileStore(folder).supportsFileAttributeView(
                    java.nio.file.attribute.PosixFileAttributeView.class);
            written = posix ? Files.createTempFile(folder, ".solr-credentials", ".tmp",
                    PosixFilePermissions.asFileAttribute(EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE)))
                    : Files.createTempFile(folder, ".solr-credentials", ".tmp");
            Files.writeString(written, user + ":" + password + "\n", StandardCharsets.UTF_8);
            Files.move(written, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            try {
                if (written != null) {
                    Files.deleteIfExists(written);
                }
            } catch (IOException ignored) {
                // the failure to keep is what the user is told
            }
            throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_NOT_KEPT, file,
                    e instanceof java.nio.file.AccessDeniedException ? Problem.of(Problem.Code.PERMISSION_DENIED)
                            : String.valueOf(e.getMessage())), e);
        }
    }

    /** The credentials in a file of one line {@code USER:PASSWORD} that only its owner may read. */
    static SolrCredentials fromFile(Path file) throws ArchiveException {
        try {
            if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
                if (permissions.stream().anyMatch(OTHERS::contains)) {
                    throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_FILE_OPEN, file,
                            PosixFilePermissions.toString(permissions)), null);
                }
            }
            if (!Files.isRegularFile(file)) {
                throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_FILE_UNREADABLE, file,
                        "not a regular file"), null);
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList();
            int colon = lines.size() == 1 ? lines.getFirst().indexOf(':') : -1;
            if (colon <= 0) {
                throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_FILE_MALFORMED, file), null);
            }
            String line = lines.getFirst().strip();
            colon = line.indexOf(':');
            return new SolrCredentials(line.substring(0, colon), line.substring(colon + 1));
        } catch (ArchiveException refused) {
            throw refused;
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.CREDENTIALS_FILE_UNREADABLE, file,
                    e instanceof java.nio.file.NoSuchFileException ? Problem.of(Problem.Code.NO_SUCH_FILE)
                            : e instanceof java.nio.file.AccessDeniedException
                                    ? Problem.of(Problem.Code.PERMISSION_DENIED) : e.getMessage()), e);
        }
    }
}
