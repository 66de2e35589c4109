package org.arshif.model;

import java.util.List;

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

    /** A half-open character range {@code [start, end)}. */
    public record Span(int start, int end) {
        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }
    }

    /** The marked words, as written. */
    public List<String> markedWords() {
        return marks.stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    /** The snippet with each mark wrapped in the given delimiters, e.g. for a terminal. */
    public String render(String open, String close) {
        StringBuilder out = new StringBuilder(text.length() + marks.size() * (open.length() + close.length()));
        int at = 0;
        for (Span mark : marks) {
            out.append(text, at, mark.start()).append(open).append(text, mark.start(), mark.end()).append(close);
            at = mark.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
