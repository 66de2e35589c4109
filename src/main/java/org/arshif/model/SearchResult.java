package org.arshif.model;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total      the exact number of matching texts, whatever the page size: an article and its copies (a wire
 *                   story printed by several papers) count as one, as the list shows them in one row
 * @param hits       the requested page
 * @param didYouMean when the query found little, the same query with its rare words replaced by near spellings the
 *                   archive uses much more (normalised forms), or null
 * @param allWords   how many of the {@code total} articles hold every word of the query. Less than {@code total}
 *                   for a long query (ranked by how many of its words an article holds: those with all of them
 *                   first when ranked by relevance) and for a short query no article holds entirely (0: every
 *                   article listed holds some of its words); each hit says which it is ({@link SearchHit#everyWord})
 * @param next       where this page ended, for {@link SearchQuery#withPageAfter}; null when nothing follows
 * @param days       how many of the {@code total} texts fall on each day, oldest first (the timeline, which adds
 *                   them up into months or years of either calendar), counted in the same pass as the hits; a text
 *                   with copies counts once, on the earliest day of its matching copies; undated texts on no day
 * @param articles   how many articles match, every copy counted: {@code total} or more
 * @param degraded   true when a shared archive answered with part of its cluster down (a node or a replica out):
 *                   the answer is complete, but one more failure may leave part of the archive unanswered — for
 *                   the window to say so; always false for an archive on this machine
 */
public record SearchResult(long total, List<SearchHit> hits, String didYouMean, long allWords, String next,
                           List<DayCount> days, long articles, boolean degraded) {
    public SearchResult {
        hits = List.copyOf(hits);
        days = List.copyOf(days);
    }

    /** A result of a whole archive. */
    public SearchResult(long total, List<SearchHit> hits, String didYouMean, long allWords, String next,
                        List<DayCount> days, long articles) {
        this(total, hits, didYouMean, allWords, next, days, articles, false);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, null, total, null, List.of(), total);
    }

    /** How many of the {@code total} texts fall in each Gregorian month, oldest first: the days added up. */
    public List<MonthCount> months() {
        return MonthCount.addUp(days);
    }

    /** True when articles with only some of the query's words are listed too. */
    public boolean someWords() {
        return allWords < total;
    }
}
