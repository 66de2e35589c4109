package org.arshif.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.arshif.importer.FieldMapping.Target;
import org.arshif.model.Article;
import org.arshif.text.DateParser;
import org.arshif.text.TextCleaner;

/**
 * One record as read from a file, every field still raw text (any may be {@code null}); {@link #toArticle} cleans
 * it and checks it.
 */
record RawRecord(String id, String title, String date, String body, String source, String author, String url) {

    static final int MAX_ID_LENGTH = 512;
    static final int MAX_URL_LENGTH = 4096;

    static RawRecord from(JsonNode node, FieldMapping mapping) {
        return new RawRecord(mapping.value(node, Target.ID), mapping.value(node, Target.TITLE),
                mapping.value(node, Target.DATE), mapping.value(node, Target.BODY), mapping.value(node, Target.SOURCE),
                mapping.value(node, Target.AUTHOR), mapping.value(node, Target.URL));
    }

    RawRecord withBody(String newBody) {
        return new RawRecord(id, title, date, newBody, source, author, url);
    }

    /**
     * The cleaned article, or a {@link BadRecordException} whose message says what is wrong with the record:
     * an empty body or an unreadable date (an article is never given an invented date).
     */
    Article toArticle(String origin) throws BadRecordException {
        List<String> paragraphs = Paragraphs.split(body == null ? "" : body);
        if (paragraphs.isEmpty()) {
            throw new BadRecordException(body == null ? "no body (no content/body/text field; use --map body=FIELD)"
                    : "empty body");
        }
        LocalDate published;
        try {
            published = DateParser.parse(date).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new BadRecordException(e.getMessage());
        }
        String cleanTitle = TextCleaner.cleanLine(title);
        boolean derived = cleanTitle.isEmpty();
        if (derived) {
            cleanTitle = TitleDeriver.derive(paragraphs.getFirst());
        }
        String cleanUrl = TextCleaner.cleanLine(url);
        if (cleanUrl.length() > MAX_URL_LENGTH) {
            throw new BadRecordException("url longer than " + MAX_URL_LENGTH + " characters");
        }
        String articleId = ArticleIds.of(TextCleaner.cleanLine(id), cleanUrl, cleanTitle, published, paragraphs);
        if (articleId.length() > MAX_ID_LENGTH) {
            throw new BadRecordException("id longer than " + MAX_ID_LENGTH + " characters");
        }
        return new Article(articleId, cleanTitle, derived, published, TextCleaner.cleanLine(source),
                TextCleaner.cleanLine(author), cleanUrl, paragraphs, origin);
    }

    /** A record that cannot become an article; the message is the reason shown to the user. */
    static final class BadRecordException extends Exception {
        BadRecordException(String reason) {
            super(reason);
        }
    }
}
