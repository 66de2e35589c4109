package org.arshif.model;

import java.time.YearMonth;

/** Number of matching articles published in one month: one bar of the timeline. */
public record MonthCount(YearMonth month, long count) {
}
