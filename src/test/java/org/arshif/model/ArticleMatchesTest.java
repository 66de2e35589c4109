package org.arshif.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleMatchesTest {

    @Test
    void theMatchesAreVisitedInReadingOrderTitleFirstWhateverOrderTheyCameIn() {
        var title = List.of(new Snippet.Span(20, 26), new Snippet.Span(4, 10, Snippet.Kind.STEM_ONLY));
        var paragraphs = List.of(
                List.<Snippet.Span>of(),
                List.of(new Snippet.Span(30, 35), new Snippet.Span(2, 8)),
                List.of(new Snippet.Span(0, 6)));
        var places = new ArticleMatches(title, paragraphs).inReadingOrder();
        assertEquals(List.of(
                new ArticleMatches.Place(ArticleMatches.TITLE, new Snippet.Span(4, 10, Snippet.Kind.STEM_ONLY)),
                new ArticleMatches.Place(ArticleMatches.TITLE, new Snippet.Span(20, 26)),
                new ArticleMatches.Place(1, new Snippet.Span(2, 8)),
                new ArticleMatches.Place(1, new Snippet.Span(30, 35)),
                new ArticleMatches.Place(2, new Snippet.Span(0, 6))), places);
        assertEquals(5, new ArticleMatches(title, paragraphs).count());
        assertEquals(List.of(), new ArticleMatches(List.of(), List.of(List.of())).inReadingOrder());
    }
}
