package org.arshif.ui;

import org.arshif.text.CalendarSystem;
import org.arshif.text.DateInput;

/** Why a typed date is refused, as a sentence of the window's language (the reasons come from the core). */
final class DateProblems {

    private DateProblems() {
    }

    static String describe(DateInput.Refused refused) {
        // Years are passed as text: a number argument would be written with a thousands separator (2,015).
        String year = Integer.toString(refused.year());
        return switch (refused.reason()) {
            case UNREADABLE -> Messages.get("date.unreadable");
            case PLACEHOLDER -> Messages.get("date.placeholder");
            case SHORT_YEAR -> Messages.get("date.shortYear");
            case YEAR_OUT_OF_RANGE -> Messages.format("date.yearOutOfRange",
                    refused.year() == Integer.MAX_VALUE ? "…" : year,
                    range(CalendarSystem.GREGORIAN), range(CalendarSystem.HIJRI));
            case NO_SUCH_MONTH -> Messages.format("date.noSuchMonth", Integer.toString(refused.month()));
            case NO_SUCH_DAY -> Messages.format("date.noSuchDay", Integer.toString(refused.day()),
                    refused.calendar().monthName(refused.month(), Messages.locale()) + " " + year,
                    refused.daysInMonth());
        };
    }

    private static String range(CalendarSystem calendar) {
        return calendar.firstYear() + "–" + calendar.lastYear();
    }
}
