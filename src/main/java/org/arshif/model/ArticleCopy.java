package org.arshif.model;

import java.time.LocalDate;

/**
 * Another article whose body is a copy (identical or nearly) of a hit's: shown with the hit, not as a hit. Its own
 * headline comes with it: papers printing one wire story give it headlines of their own.
 */
public record ArticleCopy(String id, String source, LocalDate date, String title) {
}
