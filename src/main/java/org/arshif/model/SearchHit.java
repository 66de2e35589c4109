package org.arshif.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result list: enough to show it in a list without loading the whole article.
 *
 * @param copies    other articles with the same (or nearly the same) body, folded into this hit; empty for most
 * @param everyWord false when the article holds only some of the query's words (a long query ranks articles by how
 *                  many they hold; a short one nothing holds entirely lists articles with some of them)
 */
public record SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet,
                        List<ArticleCopy> copies, boolean everyWord) {
    public SearchHit {
        copies = List.copyOf(copies);
    }

    public SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet) {
        this(id, title, date, source, score, snippet, List.of(), true);
    }
}
