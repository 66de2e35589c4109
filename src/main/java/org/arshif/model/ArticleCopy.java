package org.arshif.model;

import java.time.LocalDate;

/** Another article whose body is a copy (identical or nearly) of a hit's: shown with the hit, not as a hit. */
public record ArticleCopy(String id, String source, LocalDate date) {
}
