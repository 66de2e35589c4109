package org.arshif.archive.solr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.solr.security.Sha256AuthenticationProvider;

/** The repository's security.json template with the users' credentials filled in, as security-json.sh fills them. */
final class SecurityJson {

    static final Path TEMPLATE = Path.of("src/main/solr/deploy/security-template.json");

    private SecurityJson() {
    }

    /** The template with each user's salted hash made by Solr's own code (user name to password). */
    static String withPasswords(Map<String, String> passwords) throws IOException {
        String json = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> user : passwords.entrySet()) {
            String placeholder = "@" + user.getKey() + "@";
            if (!json.contains(placeholder)) {
                throw new IllegalArgumentException("no user " + user.getKey() + " in " + TEMPLATE);
            }
            json = json.replace(placeholder, Sha256AuthenticationProvider.getSaltedHashedValue(user.getValue()));
        }
        return json;
    }
}
