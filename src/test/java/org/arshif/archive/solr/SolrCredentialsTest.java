package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.arshif.archive.ArchiveException;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the shared archive's password comes from, and the files that are refused. */
class SolrCredentialsTest {

    @TempDir
    Path home;

    private Path file(String name, String content, String permissions) throws Exception {
        Path file = home.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }

    private Problem.Code refusal(Map<String, String> env) {
        ArchiveException refused = assertThrows(ArchiveException.class, () -> SolrCredentials.resolve(env, home));
        return refused.problem().orElseThrow().code();
    }

    @Test
    void theEnvironmentFirstThenTheNamedFileThenTheUsualOne() throws Exception {
        Path named = file("named", "indexer:من ملف\n", "rw-------");
        assertEquals(Optional.of(new SolrCredentials("reader", "كلمة سر: فيها نقطتان")), SolrCredentials.resolve(
                Map.of("ARSHIF_SOLR_USER", "reader", "ARSHIF_SOLR_PASSWORD", "كلمة سر: فيها نقطتان",
                        "ARSHIF_SOLR_CREDENTIALS", named.toString()), home));
        assertEquals(Optional.of(new SolrCredentials("indexer", "من ملف")),
                SolrCredentials.resolve(Map.of("ARSHIF_SOLR_CREDENTIALS", named.toString()), home));
        assertEquals(Optional.empty(), SolrCredentials.resolve(Map.of(), home), "none: a cluster without users");
        Files.createDirectories(home.resolve(".config/arshif"));
        Files.move(named, home.resolve(".config/arshif/solr-credentials"));
        assertEquals(Optional.of(new SolrCredentials("indexer", "من ملف")), SolrCredentials.resolve(Map.of(), home));
    }

    @Test
    void aFileOthersMayReadIsRefusedByName() throws Exception {
        for (String permissions : new String[] {"rw-r--r--", "rw-r-----", "rw----r--", "rw--w----"}) {
            Path open = file("open-" + permissions, "reader:secret", permissions);
            ArchiveException refused = assertThrows(ArchiveException.class,
                    () -> SolrCredentials.resolve(Map.of("ARSHIF_SOLR_CREDENTIALS", open.toString()), home));
            Problem problem = refused.problem().orElseThrow();
            assertEquals(Problem.Code.CREDENTIALS_FILE_OPEN, problem.code(), permissions);
            assertTrue(refused.getMessage().contains(open.toString()) && refused.getMessage().contains("chmod 600"),
                    refused.getMessage());
            assertTrue(problem.text(Locale.forLanguageTag("ar")).contains(open.toString()));
            assertFalse(refused.getMessage().contains("secret"));
        }
    }

    @Test
    void aMissingOrMalformedFileOrAUserWithoutPasswordIsSaidSo() throws Exception {
        assertEquals(Problem.Code.CREDENTIALS_FILE_UNREADABLE,
                refusal(Map.of("ARSHIF_SOLR_CREDENTIALS", home.resolve("none").toString())));
        for (String content : new String[] {"no colon here", ":no user", "a:b\nc:d", ""}) {
            Path malformed = file("malformed", content, "rw-------");
            assertEquals(Problem.Code.CREDENTIALS_FILE_MALFORMED,
                    refusal(Map.of("ARSHIF_SOLR_CREDENTIALS", malformed.toString())), content);
            Files.delete(malformed);
        }
        assertEquals(Problem.Code.CREDENTIALS_USER_ONLY, refusal(Map.of("ARSHIF_SOLR_USER", "reader")));
    }

    @Test
    void thePasswordIsNeverPrinted() {
        assertFalse(new SolrCredentials("reader", "secret").toString().contains("secret"));
    }
}
