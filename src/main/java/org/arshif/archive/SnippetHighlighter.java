package org.arshif.archive;

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
import org.arshif.model.Snippet;

/**
 * Builds the snippet of each hit: about {@value #LENGTH} characters of the body around the best matches,
 * with the matched words marked as they are written in the article (offsets come from the postings, so
 * {@code المفاوضات} marks {@code والمفاوضات} and {@code مفاوضات}).
 */
final class SnippetHighlighter {

    static final int LENGTH = 220;
    private static final String ELLIPSIS = "…";

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id, in the order given; an article with no match gets its opening. */
    Snippet[] snippets(IndexSearcher searcher, Query textQuery, int[] docIds) throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.forLanguageTag("ar")), LENGTH, 0.4f))
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1));
        Object[] formatted = highlighter.highlight(textQuery, docIds);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = formatted[i] instanceof Snippet snippet ? snippet : new Snippet("", List.of());
        }
        return snippets;
    }

    /** Exposes the highlighter's object-returning entry point, which is protected. */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(Builder builder) {
            super(builder);
        }

        Object[] highlight(Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {ArchiveFields.BODY}, query, docIds, new int[] {1})
                    .get(ArchiveFields.BODY);
        }
    }

    /** Turns the best passage into a {@link Snippet}, merging overlapping marks (stem and exact form hit the same word). */
    private static final class SnippetFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage passage = passages[0];
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            // The snippet is one line: paragraph breaks become one space; offsets[i] maps content to snippet.
            StringBuilder text = new StringBuilder(end - start + 2);
            int[] offsets = new int[end - start + 1];
            if (start > 0) {
                text.append(ELLIPSIS);
            }
            boolean started = false;
            boolean pendingSpace = false;
            for (int i = start; i < end; i++) {
                char c = content.charAt(i);
                if (Character.isWhitespace(c)) {
                    pendingSpace = started;
                } else {
                    if (pendingSpace) {
                        text.append(' ');
                        pendingSpace = false;
                    }
                    started = true;
                }
                offsets[i - start] = text.length();
                if (!Character.isWhitespace(c)) {
                    text.append(c);
                }
            }
            offsets[end - start] = text.length();
            if (end < content.length()) {
                text.append(ELLIPSIS);
            }
            List<int[]> matches = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                matches.add(new int[] {offsets[passage.getMatchStarts()[i] - start],
                        offsets[passage.getMatchEnds()[i] - start]});
            }
            matches.sort(java.util.Comparator.comparingInt(m -> m[0]));
            List<Snippet.Span> marks = new ArrayList<>();
            for (int[] match : matches) {
                int from = match[0];
                int to = match[1];
                if (!marks.isEmpty() && from <= marks.getLast().end()) {
                    Snippet.Span last = marks.removeLast();
                    marks.add(new Snippet.Span(last.start(), Math.max(last.end(), to)));
                } else {
                    marks.add(new Snippet.Span(from, to));
                }
            }
            return new Snippet(text.toString(), marks);
        }
    }
}
