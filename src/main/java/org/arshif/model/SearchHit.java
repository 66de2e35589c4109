package org.arshif.model;

import java.time.LocalDate;

/** One article in a result list: enough to show it in a list without loading the whole article. */
public record SearchHit(String id, String title, LocalDate date, String source, float score, Snippet snippet) {
}
