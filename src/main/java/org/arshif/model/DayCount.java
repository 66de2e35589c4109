package org.arshif.model;

import java.time.LocalDate;

/** Number of matching texts published on one day: what the timeline adds up into days, months or years. */
public record DayCount(LocalDate day, long count) {
}
