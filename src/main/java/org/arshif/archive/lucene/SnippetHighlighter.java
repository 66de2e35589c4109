package org.arshif.archive.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.Snippet;

/**
 * Builds the snippet of each hit: about {@value #LENGTH} characters of the body around the best matches,
 * with the matched words marked as they are written in the article (offsets come from the postings, so
 * {@code المفاوضات} marks {@code والمفاوضات} and {@code مفاوضات}).
 */
final class SnippetHighlighter {

    static final int LENGTH = 220;

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id, in the order given; an article with no match gets its opening. */
    Snippet[] snippets(IndexSearcher searcher, MatchMarks marks, int[] docIds) throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.forLanguageTag("ar")), LENGTH, 0.4f))
                .withFormatter(marks.snippets())
                .withMaxNoHighlightPassages(1));
        Object[] formatted = highlighter.highlight(marks.query(), docIds, ArchiveFields.BODY);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = formatted[i] instanceof Snippet snippet ? snippet : new Snippet("", List.of());
        }
        return snippets;
    }

    /**
     * Every match of the query in one document's field, as character ranges of the stored value, in order:
     * the whole field is one passage (no snippet cut), so nothing is missed.
     */
    List<Snippet.Span> allMatches(IndexSearcher searcher, MatchMarks marks, int docId, String field)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(marks.allMatches()));
        Object[] result = highlighter.highlight(marks.query(), new int[] {docId}, field);
        @SuppressWarnings("unchecked")
        List<Snippet.Span> spans = result[0] instanceof List<?> list ? (List<Snippet.Span>) list : List.of();
        return spans;
    }

    /** Exposes the highlighter's object-returning entry point, which is protected. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] highlight(Query query, int[] docIds, String field) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
        }
    }

}
