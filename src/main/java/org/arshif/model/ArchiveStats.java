package org.arshif.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * What an archive holds.
 *
 * @param articles  number of articles
 * @param undated   how many of them have no known date
 * @param earliest  earliest publication date, or {@code null} when no article is dated
 * @param latest    latest publication date, or {@code null}
 * @param perSource article count per source (an empty string stands for "no source"), largest first
 */
public record ArchiveStats(long articles, long undated, LocalDate earliest, LocalDate latest,
                           Map<String, Long> perSource) {
    public ArchiveStats {
        perSource = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(perSource));
    }
}
