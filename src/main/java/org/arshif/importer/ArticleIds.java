package org.arshif.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Stable article ids, so that importing the same article again updates it: the record's own id when it has
 * one; else one derived from its url; else one derived from its title, date and body.
 */
final class ArticleIds {

    private ArticleIds() {
    }

    static String of(String givenId, String url, String title, LocalDate date, List<String> paragraphs) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "u-" + hash(url.strip());
        }
        return "h-" + hash(title + "\u0000" + date + "\u0000" + String.join("\n", paragraphs));
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
