package org.arshif.ui;

import java.time.LocalDate;
import java.util.List;
import org.arshif.model.DayCount;

/**
 * What the timeline draws from: the last search's texts per day, and the range of publication dates that search
 * asked for (either end null when open, both null when the range applied to dates written in the text), which the
 * timeline spans even where the ends hold no article.
 */
record TimelineCounts(List<DayCount> days, LocalDate from, LocalDate to) {

    static final TimelineCounts NONE = new TimelineCounts(List.of(), null, null);

    TimelineCounts {
        days = List.copyOf(days);
    }
}
