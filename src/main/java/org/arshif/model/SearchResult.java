package org.arshif.model;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total      the exact number of matching articles, whatever the page size
 * @param hits       the requested page
 * @param didYouMean when the query found little, the same query with its rare words replaced by near spellings the
 *                   archive uses much more (normalised forms), or null
 */
public record SearchResult(long total, List<SearchHit> hits, String didYouMean) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    public SearchResult(long total, List<SearchHit> hits) {
        this(total, hits, null);
    }
}
