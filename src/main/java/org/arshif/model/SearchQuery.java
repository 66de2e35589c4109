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
 * @param mentionsFrom only articles whose text mentions a date on or after this day (with mentionsTo), or null
 * @param mentionsTo   only articles whose text mentions a date on or before this day, or null
 * @param after  the {@linkplain SearchResult#next() cursor} of the page before this one, or null: the next page is
 *               then found from where that one ended instead of by skipping {@code offset} hits (which a long
 *               scroll would otherwise re-rank every time); ignored when the archive changed since
 */
public record SearchQuery(String text, LocalDate from, LocalDate to, String source, SortOrder sort,
                          int offset, int limit, LocalDate mentionsFrom, LocalDate mentionsTo, String after) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery {
        text = Objects.requireNonNullElse(text, "").strip();
        source = source == null || source.isBlank() ? null : source.strip();
        sort = Objects.requireNonNullElse(sort, SortOrder.RELEVANCE);
        if (offset < 0 || limit < 0) {
            throw new Problem.Refused(Problem.of(Problem.Code.SEARCH_NEGATIVE_PAGE));
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new Problem.Refused(Problem.of(Problem.Code.SEARCH_RANGE_REVERSED, from, to));
        }
        if (mentionsFrom != null && mentionsTo != null && mentionsFrom.isAfter(mentionsTo)) {
            throw new Problem.Refused(Problem.of(Problem.Code.SEARCH_MENTIONED_RANGE_REVERSED, mentionsFrom, mentionsTo));
        }
    }

    /** A query without a range of mentioned dates. */
    public SearchQuery(String text, LocalDate from, LocalDate to, String source, SortOrder sort, int offset, int limit) {
        this(text, from, to, source, sort, offset, limit, null, null, null);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT);
    }

    public SearchQuery withDates(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, newFrom, newTo, source, sort, offset, limit, mentionsFrom, mentionsTo, null);
    }

    /** Only articles whose text mentions a date in this range (either end open). */
    public SearchQuery withMentions(LocalDate newFrom, LocalDate newTo) {
        return new SearchQuery(text, from, to, source, sort, offset, limit, newFrom, newTo, null);
    }

    public SearchQuery withSource(String newSource) {
        return new SearchQuery(text, from, to, newSource, sort, offset, limit, mentionsFrom, mentionsTo, null);
    }

    public SearchQuery withSort(SortOrder newSort) {
        return new SearchQuery(text, from, to, source, newSort, offset, limit, mentionsFrom, mentionsTo, null);
    }

    public SearchQuery withPage(int newOffset, int newLimit) {
        return new SearchQuery(text, from, to, source, sort, newOffset, newLimit, mentionsFrom, mentionsTo, null);
    }

    /** The page at this offset, found from the cursor of the page before it. */
    public SearchQuery withPageAfter(String cursor, int newOffset, int newLimit) {
        return new SearchQuery(text, from, to, source, sort, newOffset, newLimit, mentionsFrom, mentionsTo, cursor);
    }

    public boolean hasMentions() {
        return mentionsFrom != null || mentionsTo != null;
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
