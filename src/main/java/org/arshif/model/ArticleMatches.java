package org.arshif.model;

import java.util.List;

/**
 * Where a query matches inside one article, on the words as written: spans in the title and in each paragraph
 * (character offsets into {@link Article#title()} and {@link Article#paragraphs()}).
 */
public record ArticleMatches(List<Snippet.Span> title, List<List<Snippet.Span>> paragraphs) {

    public ArticleMatches {
        title = List.copyOf(title);
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    public static ArticleMatches none(Article article) {
        return new ArticleMatches(List.of(), article.paragraphs().stream().map(p -> List.<Snippet.Span>of()).toList());
    }

    public int count() {
        return title.size() + paragraphs.stream().mapToInt(List::size).sum();
    }
}
