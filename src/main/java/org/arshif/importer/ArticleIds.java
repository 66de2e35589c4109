package org.arshif.importer;

import java.time.LocalDate;
import java.util.List;
import org.arshif.model.ContentIds;

/**
 * Stable article ids, so that importing the same article again updates it: the record's own id when it has
 * one; else one derived from its url; else one derived from its title, date, body and source ({@link ContentIds}).
 */
final class ArticleIds {

    private ArticleIds() {
    }

    static String of(String givenId, String url, String title, LocalDate date, List<String> paragraphs, String source) {
        if (givenId != null && !givenId.isBlank()) {
            return givenId.strip();
        }
        if (url != null && !url.isBlank()) {
            return "u-" + ContentIds.hash(url.strip());
        }
        return ContentIds.of(title, date, paragraphs, source);
    }
}
