package org.arshif.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A short extract of an article body with the matched words marked.
 *
 * @param text  the extract, as written in the article
 * @param marks the matched spans within {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Span> marks) {

    public Snippet {
        marks = List.copyOf(marks);
    }

    /** How a marked word matches the query. */
    public enum Kind {
        /** The query's word as typed (after spelling normalisation), with or without its clitics. */
        EXACT,
        /** Another word sharing only the query word's stem (السعودة for السعودية): drawn lighter. */
        STEM_ONLY
    }

    /** A half-open character range {@code [start, end)} and how it matches. */
    public record Span(int start, int end, Kind kind) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
            java.util.Objects.requireNonNull(kind, "kind");
        }

        /** An exact match, or a range that is not a match at all (a date, a selection). */
        public Span(int start, int end) {
            this(start, end, Kind.EXACT);
        }
    }

    /** The marked words, as written. */
    public List<String> markedWords() {
        return marks.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** The marked words whose match is only through the stem. */
    public List<String> stemOnlyWords() {
        return marks.stream().filter(s -> s.kind() == Kind.STEM_ONLY).map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    /** The snippet with each mark wrapped in the given delimiters, e.g. for a terminal. */
    public String render(String open, String close) {
        return render(open, open, close);
    }

    /** The snippet with exact marks opened by {@code open}, stem-only marks by {@code openStemOnly}. */
    public String render(String open, String openStemOnly, String close) {
        return render(open, openStemOnly, close, UnaryOperator.identity());
    }

    /**
     * The snippet with its marks, each piece of the article's own text passed through {@code escape} (for markup:
     * an article that writes {@code <mark>} must not read as a mark).
     */
    public String render(String open, String openStemOnly, String close, UnaryOperator<String> escape) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (openStemOnly.length() + close.length()));
        int at = 0;
        for (Span mark : marks) {
            out.append(escape.apply(text.substring(at, mark.start())))
                    .append(mark.kind() == Kind.EXACT ? open : openStemOnly)
                    .append(escape.apply(text.substring(mark.start(), mark.end()))).append(close);
            at = mark.end();
        }
        return out.append(escape.apply(text.substring(at))).toString();
    }
}
