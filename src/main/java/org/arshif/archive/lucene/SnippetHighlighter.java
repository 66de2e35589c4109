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
    private static final String ELLIPSIS = "…";

    private final Analyzer analyzer;

    SnippetHighlighter(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** One snippet per document id, in the order given; an article with no match gets its opening. */
    Snippet[] snippets(IndexSearcher searcher, QueryBuilder.Marks marks, int[] docIds) throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.forLanguageTag("ar")), LENGTH, 0.4f))
                .withFormatter(new SnippetFormatter(marks.isExact()))
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
    List<Snippet.Span> allMatches(IndexSearcher searcher, QueryBuilder.Marks marks, int docId, String field)
            throws IOException {
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
                .withMaxLength(Integer.MAX_VALUE - 1)
                .withFormatter(new PassageFormatter() {
                    @Override
                    public Object format(Passage[] passages, String content) {
                        List<Snippet.Span> matches = new ArrayList<>();
                        for (Passage passage : passages) {
                            for (int i = 0; i < passage.getNumMatches(); i++) {
                                int start = passage.getMatchStarts()[i];
                                int end = passage.getMatchEnds()[i];
                                matches.add(new Snippet.Span(start, end,
                                        kind(marks.isExact(), passage.getMatchTerms()[i], content, start, end)));
                            }
                        }
                        return mergeSpans(matches);
                    }
                }));
        Object[] result = highlighter.highlight(marks.query(), new int[] {docId}, field);
        @SuppressWarnings("unchecked")
        List<Snippet.Span> spans = result[0] instanceof List<?> list ? (List<Snippet.Span>) list : List.of();
        return spans;
    }

    /**
     * How a match matches: the query's word as typed, or only through the stem — by the term the highlighter names
     * or, where that is the stem, by the letters the article writes there (normalised as the index does).
     */
    private static Snippet.Kind kind(java.util.function.Predicate<String> isExact, BytesRef term, String content,
                                     int start, int end) {
        boolean exact = (term != null && isExact.test(term.utf8ToString()))
                || isExact.test(ArabicSearchAnalyzer.normaliseWord(content.substring(start, end)));
        return exact ? Snippet.Kind.EXACT : Snippet.Kind.STEM_ONLY;
    }

    /**
     * Sorts match ranges and merges overlapping ones (a word's exact form and its stem hit the same letters): a merged
     * mark is exact when any of its matches is.
     */
    static List<Snippet.Span> mergeSpans(List<Snippet.Span> matches) {
        matches.sort(java.util.Comparator.comparingInt(Snippet.Span::start));
        List<Snippet.Span> marks = new ArrayList<>();
        for (Snippet.Span match : matches) {
            if (!marks.isEmpty() && (match.start() < marks.getLast().end()
                    || (match.start() == marks.getLast().end() && match.kind() == marks.getLast().kind()))) {
                Snippet.Span last = marks.removeLast();
                Snippet.Kind kind = last.kind() == Snippet.Kind.EXACT || match.kind() == Snippet.Kind.EXACT
                        ? Snippet.Kind.EXACT : Snippet.Kind.STEM_ONLY;
                marks.add(new Snippet.Span(last.start(), Math.max(last.end(), match.end()), kind));
            } else {
                marks.add(match);
            }
        }
        return marks;
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

    /** Turns the best passage into a {@link Snippet}, merging overlapping marks (stem and exact form hit the same word). */
    private static final class SnippetFormatter extends PassageFormatter {
        private final java.util.function.Predicate<String> isExact;

        SnippetFormatter(java.util.function.Predicate<String> isExact) {
            this.isExact = isExact;
        }

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
            List<Snippet.Span> matches = new ArrayList<>();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                // A phrase match may run past the passage's end: mark only what the snippet shows.
                int from = Math.clamp(passage.getMatchStarts()[i], start, end);
                int to = Math.clamp(passage.getMatchEnds()[i], start, end);
                if (to > from) {
                    matches.add(new Snippet.Span(offsets[from - start], offsets[to - start],
                            kind(isExact, passage.getMatchTerms()[i], content, from, to)));
                }
            }
            List<Snippet.Span> marks = mergeSpans(matches);
            return new Snippet(text.toString(), marks);
        }
    }
}
