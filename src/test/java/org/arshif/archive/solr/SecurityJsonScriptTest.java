package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.security.Sha256AuthenticationProvider;
import org.junit.jupiter.api.Test;

/**
 * security-json.sh (docs/solrcloud.md) writes credentials Solr accepts: each user's "hash salt" is what Solr's own
 * Sha256AuthenticationProvider computes for the password and salt (passwords with spaces, Arabic and shell
 * characters), and the rest of the file is the template's (the roles the cluster test runs under).
 */
class SecurityJsonScriptTest {

    private static final Path SCRIPT = Path.of("src/main/solr/deploy/security-json.sh");
    private static final Map<String, String> PASSWORDS = Map.of("admin", "كلمة سر المدير", "indexer",
            "in|dex&er $HOME `x`", "reader", "reader's \"pass\"");

    @Test
    void theScriptsCredentialsAreSolrs() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && onPath("openssl"), "needs sh and openssl");
        ProcessBuilder script = new ProcessBuilder("/bin/sh", SCRIPT.toString());
        PASSWORDS.forEach((user, password) -> script.environment()
                .put("ARSHIF_" + user.toUpperCase(java.util.Locale.ROOT) + "_PASSWORD", password));
        Process run = script.redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String written = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, run.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue());

        ObjectMapper json = new ObjectMapper();
        JsonNode security = json.readTree(written);
        JsonNode credentials = security.path("authentication").path("credentials");
        java.util.Set<String> users = new java.util.TreeSet<>();
        credentials.fieldNames().forEachRemaining(users::add);
        assertEquals(PASSWORDS.keySet(), users);
        for (Map.Entry<String, String> user : PASSWORDS.entrySet()) {
            String[] hashAndSalt = credentials.get(user.getKey()).asText().split(" ");
            assertEquals(2, hashAndSalt.length);
            assertEquals(Sha256AuthenticationProvider.sha256(user.getValue(), hashAndSalt[1]), hashAndSalt[0],
                    user.getKey());
            assertNotEquals(Sha256AuthenticationProvider.sha256(user.getValue() + " ", hashAndSalt[1]), hashAndSalt[0]);
        }
        // Apart from the credentials, exactly the template the cluster test runs under.
        JsonNode template = json.readTree(SecurityJson.withPasswords(Map.of("admin", "", "indexer", "", "reader", "")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) security.path("authentication")).remove("credentials");
        ((com.fasterxml.jackson.databind.node.ObjectNode) template.path("authentication")).remove("credentials");
        assertEquals(template, security);
    }

    @Test
    void aMissingPasswordWritesNothing() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")) && onPath("openssl"), "needs sh and openssl");
        ProcessBuilder script = new ProcessBuilder("/bin/sh", SCRIPT.toString());
        script.environment().put("ARSHIF_ADMIN_PASSWORD", "x");
        Process run = script.redirectErrorStream(true).start();
        String written = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor(30, TimeUnit.SECONDS);
        assertNotEquals(0, run.exitValue());
        assertEquals(false, written.contains("\"credentials\""), written);
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }
}
