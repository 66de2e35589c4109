package org.arshif.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user asks for: query text in the search syntax, optional filters, order and page.
 *
 * @param text   words, {@code "phrases"}, {@code OR}, {@code -excluded}, {@code prefix*}; blank lists everything
 * @param from   first publication date included, or {@code null} for open
 * @param to     last publication date included, or {@code null} for open
 * @param source only this source, or {@code null}/blank for all
 * @param sort   order of the hits; a blank query sorted by relevance is listed newest first
 * @param offset how many hits to skip (paging)
 * @param limit  how many hits to return
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, SortOrder sort,
                          int offset, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "").strip();
        source = source == null || source.isBlank() ? null : source.strip();
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must not be negative");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, newFrom, newTo, source, sort, offset, limit);
    }

    public SearchQuery withSource(String newSource) {
        return new SearchQuery(text, from, to, newSource, sort, offset, limit);
    }

    public SearchQuery withSort(SortOrder newSort) {
        return new SearchQuery(text, from, to, source, newSort, offset, limit);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, from, to, source, sort, newOffset, newLimit);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
