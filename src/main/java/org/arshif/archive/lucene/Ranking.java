package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.arshif.model.DayCount;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * The page of hits a search shows, how many texts match in all (copies counted once), how many articles (each copy
 * counted) and how many texts on each day, found in one pass over the matches ({@link #of}); the widening of short
 * queries that find almost nothing ({@link #widened}); the orders, every one ending on the article id.
 */
record Ranking(ScoreDoc[] page, long texts, long articles, List<DayCount> days) {

    /**
     * Every order ends on the article id: hits that tie (the same day, the same score) come in the same order in any
     * archive holding the same articles, whatever the doc ids that thread timing gave them.
     */
    private static final SortField BY_ID = new SortField(ArchiveFields.ID_ORDER, SortField.Type.STRING);
    static final Sort NEWEST = new Sort(dateSort(true), BY_ID);
    static final Sort OLDEST = new Sort(dateSort(false), BY_ID);
    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, BY_ID);
    private static SortField dateSort(boolean newestFirst) {
        SortField field = new SortField(ArchiveFields.DATE, SortField.Type.LONG, newestFirst);
        // Undated articles go last in either order.
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }


    /**
     * The ranking a search shows: the full query's, or, when no article holds every word of a short query, the
     * ranking with some of its words (the telling ones; the common ones when the telling ones find nothing), in
     * whatever order the list asks for.
     */
    static Ranking widened(IndexSearcher searcher, QueryBuilder queries, SearchQuery query, Ranking full,
                                   ScoreDoc after, CopyGroups copies) throws IOException {
        Query someWords = full.texts() == 0 ? someWordsQuery(queries, query, true) : null;
        if (someWords == null) {
            return full;
        }
        SortOrder sort = effectiveSort(query);
        Ranking ranking = of(searcher, queries.fullQuery(query, someWords), sort, query, after, copies);
        if (ranking.texts() == 0) {
            // The telling words find nothing (a misspelt name, say): the common words list what they find.
            ranking = of(searcher, queries.fullQuery(query, someWordsQuery(queries, query, false)), sort, query,
                    after, copies);
        }
        return ranking;
    }

    /**
     * Ranks a query's matches for the page asked (by cursor, else by offset), counting them and their days in the
     * same pass: one pass over the matches, a second only when folding copies leaves the page short.
     */
    static Ranking of(IndexSearcher searcher, Query full, SortOrder sort, SearchQuery query, ScoreDoc after,
                                CopyGroups copies) throws IOException {
        // No page holds more articles than the archive: a limit or offset of a billion would size Lucene's queues.
        int most = Math.max(1, searcher.getIndexReader().maxDoc());
        int limit = Math.min(query.limit(), most);
        int offset = Math.min(query.offset(), most);
        int wanted = after != null ? limit : Math.max(1, offset + limit);
        int fetch = Math.min(Math.max(1, copies.isEmpty() ? wanted : wanted + wanted / 2 + 10), most);
        Object[] both = searcher.search(full, new MultiCollectorManager(topManager(sort, fetch, after),
                MatchCounts.manager(copies)));
        TopDocs first = (TopDocs) both[0];
        MatchCounts.Result counts = (MatchCounts.Result) both[1];
        ScoreDoc[] page = after != null
                ? pageAfter(searcher, full, sort, first, fetch, limit, copies)
                : pageAt(searcher, full, sort, first, fetch, offset, limit, copies);
        return new Ranking(page, counts.texts(), counts.articles(), counts.days());
    }

    /**
     * The page at an offset: the top offset + limit hits are ranked (copies folded into the first of their group,
     * with a margin fetched, and more while folding leaves the page short), then the page is cut out.
     */
    private static ScoreDoc[] pageAt(IndexSearcher searcher, Query full, SortOrder sort, TopDocs first, int fetched,
                                     int offset, int limit, CopyGroups copies) throws IOException {
        int wanted = Math.max(1, offset + limit);
        TopDocs top = first;
        int fetch = fetched;
        ScoreDoc[] ranked = copies.firstOfEachGroup(top.scoreDocs);
        while (ranked.length < wanted && top.scoreDocs.length >= fetch) {
            fetch *= 4;
            top = topDocs(searcher, full, sort, fetch, null);
            ranked = copies.firstOfEachGroup(top.scoreDocs);
        }
        return pageOf(ranked, offset, limit);
    }

    /**
     * The page after a cursor: only the next hits are ranked (Lucene's search-after), so scrolling to the end of a
     * million results costs a page each time. A copy is shown only where no matching copy of it ranks before it,
     * decided per hit, since the pages before are not at hand.
     */
    private static ScoreDoc[] pageAfter(IndexSearcher searcher, Query full, SortOrder sort, TopDocs first, int fetch,
                                        int limit, CopyGroups copies) throws IOException {
        CopyOrder order = copies.isEmpty() ? null : new CopyOrder(searcher, full, sort, copies);
        List<ScoreDoc> kept = new ArrayList<>(limit);
        TopDocs batch = first;
        while (true) {
            ScoreDoc[] next = batch.scoreDocs;
            for (ScoreDoc hit : next) {
                if (kept.size() < limit && (order == null || order.isFirstOfItsGroup(hit))) {
                    kept.add(hit);
                }
            }
            if (kept.size() >= limit || next.length < fetch || next.length == 0) {
                break;
            }
            batch = topDocs(searcher, full, sort, fetch, next[next.length - 1]);
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    private static TopDocs topDocs(IndexSearcher searcher, Query query, SortOrder sort, int count, ScoreDoc after)
            throws IOException {
        return searcher.search(query, topManager(sort, count, after));
    }

    private static TopFieldCollectorManager topManager(SortOrder sort, int count, ScoreDoc after) {
        Sort order = switch (sort) {
            case RELEVANCE -> BY_SCORE;
            case NEWEST -> NEWEST;
            case OLDEST -> OLDEST;
        };
        return new TopFieldCollectorManager(order, count, (org.apache.lucene.search.FieldDoc) after, count);
    }

    /**
     * The query with some-words semantics when this query may be widened (two or three plain words), else null. Only
     * a query that finds nothing is widened, so the rows with some of the words never push down rows with all of
     * them (a pair of common words found together in two articles lists those two alone), and the list is the same
     * in every order: a list by date holds the same articles as the ranked one.
     */
    private static Query someWordsQuery(QueryBuilder queries, SearchQuery query, boolean tellingWordsOnly) {
        return query.isBlank() ? null : queries.someWordsQuery(query.text(), tellingWordsOnly);
    }

    /** A blank query has nothing to rank by: it lists newest first. */
    static SortOrder effectiveSort(SearchQuery query) {
        return query.isBlank() && query.sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST : query.sort();
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }
}
