package org.arshif.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * The id of an article whose record has neither an id nor a url: derived from its title, date, body and source, so
 * that importing the same record again updates it, while the same text printed by two papers is two articles (shown
 * together as copies), not one overwritten by the other. Archives before format 4 derived it without the source
 * ({@link #withoutSource}): their upgrade derives such ids again ({@link #upgraded}).
 */
public final class ContentIds {

    private ContentIds() {
    }

    /** The id of a record's content; an article without a source keeps the id it had before sources counted. */
    public static String of(String title, LocalDate date, List<String> paragraphs, String source) {
        String content = title + "\u0000" + date + "\u0000" + String.join("\n", paragraphs);
        return "h-" + hash(source == null || source.isBlank() ? content : content + "\u0000" + source);
    }

    /** The id archives before format 4 derived from a record's content, its source left out. */
    public static String withoutSource(String title, LocalDate date, List<String> paragraphs) {
        return of(title, date, paragraphs, "");
    }

    /**
     * An article of an archive before format 4, with the id this version derives when its id was derived from its
     * content then (it equals {@link #withoutSource} of what the article holds); any other id, the record's own or
     * one from its url, is kept.
     */
    public static Article upgraded(Article article) {
        if (!article.id().equals(withoutSource(article.title(), article.date(), article.paragraphs()))) {
            return article;
        }
        return new Article(of(article.title(), article.date(), article.paragraphs(), article.source()),
                article.title(), article.titleDerived(), article.date(), article.source(), article.author(),
                article.url(), article.paragraphs(), article.origin(), article.dateRaw());
    }

    /** The first 80 bits of the text's SHA-256, in hex. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
