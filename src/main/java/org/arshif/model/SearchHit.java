package org.arshif.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One article in a result list: enough to show it in a list without loading the whole article.
 *
 * @param copies other articles with the same (or nearly the same) body, folded into this hit; empty for most
 */
public record SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet,
                        List<ArticleCopy> copies) {
    public SearchHit {
        copies = List.copyOf(copies);
    }

    public SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet) {
        this(id, title, date, source, score, snippet, List.of());
    }

    /** The sources of this hit and its copies, each once, this hit's first. */
    public List<String> allSources() {
        java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
        sources.add(source);
        copies.forEach(copy -> sources.add(copy.source()));
        sources.remove("");
        return List.copyOf(sources);
    }
}
