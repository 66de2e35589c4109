package org.arshif.model;

import java.util.List;

/**
 * One page of hits.
 *
 * @param total the exact number of matching articles, whatever the page size
 * @param hits  the requested page
 */
public record SearchResult(long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
