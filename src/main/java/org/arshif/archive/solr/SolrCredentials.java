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
        String named = env.get(FILE_VARIABLE);
        if (named != null && !named.isBlank()) {
            return Optional.of(fromFile(Path.of(named)));
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() && Path.of(config).isAbsolute() ? Path.of(config)
                : home.resolve(".config");
        Path usual = base.resolve("arshif").resolve("solr-credentials");
        return Files.exists(usual) ? Optional.of(fromFile(usual)) : Optional.empty();
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
