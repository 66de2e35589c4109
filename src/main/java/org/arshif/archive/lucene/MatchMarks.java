package org.arshif.archive.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.Snippet;

/**
 * What snippets and the reading pane mark for a query, and how each mark matches: the query whose matches the
 * highlighter finds, and which matched terms are the query's words as typed — the rest match only through the stem
 * and are drawn lighter. Public for the highlighter a Solr node runs ({@code ArshifHighlightPlugin}), which marks as
 * the local archive marks.
 *
 * @param query   the matches to mark
 * @param isExact whether a matched term, or the matched text as written (normalised), is a query word as typed
 */
public record MatchMarks(Query query, Predicate<String> isExact) {

    private static final String ELLIPSIS = "…";

    /**
     * How a match matches: the query's word as typed, or only through the stem — by the term the highlighter names
     * or, where that is the stem, by the letters the article writes there (normalised as the index does).
     */
    public Snippet.Kind kind(BytesRef term, String content, int start, int end) {
        String matched = content.substring(start, end);
        boolean exact = (term != null && isExact.test(term.utf8ToString()))
                || isExact.test(ArabicSearchAnalyzer.normaliseWord(matched)) || everyWordExact(matched);
        return exact ? Snippet.Kind.EXACT : Snippet.Kind.STEM_ONLY;
    }

    /**
     * A phrase's run, matched whole, is the query's own when each of its words is: the article may write it with
     * punctuation between (الطرق. وأوضح) or as a hashtag's words, which the phrase's name does not hold.
     */
    private boolean everyWordExact(String matched) {
        String[] words = WORD_GAP.split(matched.strip());
        if (words.length < 2) {
            return false;
        }
        for (String word : words) {
            if (!isExact.test(ArabicSearchAnalyzer.normaliseWord(word))) {
                return false;
            }
        }
        return true;
    }

    /** What stands between the words of a phrase's run: spaces, punctuation, the underscores of a hashtag. */
    private static final Pattern WORD_GAP = Pattern.compile("[\\s\\p{P}\\p{S}]+");

    /**
     * Sorts match ranges and merges overlapping ones (a word's exact form and its stem hit the same letters): a merged
     * mark is exact when any of its matches is.
     */
    static List<Snippet.Span> merge(List<Snippet.Span> matches) {
        matches.sort(Comparator.comparingInt(Snippet.Span::start));
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

    /**
     * Every match in a field highlighted whole (one passage), as a {@code List<Snippet.Span>} of ranges of the
     * stored value, merged, each of its kind.
     */
    public PassageFormatter allMatches() {
        return new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                List<Snippet.Span> matches = new ArrayList<>();
                for (Passage passage : passages) {
                    for (int i = 0; i < passage.getNumMatches(); i++) {
                        int start = passage.getMatchStarts()[i];
                        int end = passage.getMatchEnds()[i];
                        matches.add(new Snippet.Span(start, end, kind(passage.getMatchTerms()[i], content, start,
                                end)));
                    }
                }
                return merge(matches);
            }
        };
    }

    /**
     * The best passage as a {@link Snippet} on one line: paragraph breaks one space, {@code …} where the passage
     * cuts the body, overlapping marks merged.
     */
    public PassageFormatter snippets() {
        return new PassageFormatter() {
            @Override
            public Object format(Passage[] passages, String content) {
                return passages.length == 0 ? null : snippet(passages[0], content);
            }
        };
    }

    private Snippet snippet(Passage passage, String content) {
        int start = passage.getStartOffset();
        int end = passage.getEndOffset();
        // offsets[i] maps content to snippet.
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
                        kind(passage.getMatchTerms()[i], content, from, to)));
            }
        }
        return new Snippet(text.toString(), merge(matches));
    }
}
