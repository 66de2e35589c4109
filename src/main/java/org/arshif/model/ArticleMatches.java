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

    /**
     * The matches of a title and of a whole body ({@link Article#body()}: paragraphs joined by a blank line), the
     * body's split into its paragraphs (a match across a paragraph break is left out: none crosses one).
     */
    public static ArticleMatches ofBody(Article article, List<Snippet.Span> title, List<Snippet.Span> body) {
        List<List<Snippet.Span>> paragraphs = new java.util.ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : article.paragraphs()) {
            int paragraphEnd = paragraphStart + paragraph.length();
            List<Snippet.Span> inside = new java.util.ArrayList<>();
            for (Snippet.Span span : body) {
                if (span.start() >= paragraphStart && span.end() <= paragraphEnd) {
                    inside.add(new Snippet.Span(span.start() - paragraphStart, span.end() - paragraphStart,
                            span.kind()));
                }
            }
            paragraphs.add(inside);
            paragraphStart = paragraphEnd + Article.PARAGRAPH_BREAK.length();
        }
        return new ArticleMatches(title, paragraphs);
    }

    public static ArticleMatches none(Article article) {
        return new ArticleMatches(List.of(), article.paragraphs().stream().map(p -> List.<Snippet.Span>of()).toList());
    }

    /** Where one match is: {@code paragraph} is an index into the paragraphs, or {@link #TITLE} for the title. */
    public record Place(int paragraph, Snippet.Span span) {
    }

    /** The paragraph index of a match in the title. */
    public static final int TITLE = -1;

    /** Every match in reading order: the title's, then each paragraph's from its start. */
    public List<Place> inReadingOrder() {
        List<Place> places = new java.util.ArrayList<>(count());
        title.stream().sorted(java.util.Comparator.comparingInt(Snippet.Span::start))
                .forEach(span -> places.add(new Place(TITLE, span)));
        for (int i = 0; i < paragraphs.size(); i++) {
            int paragraph = i;
            paragraphs.get(i).stream().sorted(java.util.Comparator.comparingInt(Snippet.Span::start))
                    .forEach(span -> places.add(new Place(paragraph, span)));
        }
        return places;
    }

    public int count() {
        return title.size() + paragraphs.stream().mapToInt(List::size).sum();
    }
}
