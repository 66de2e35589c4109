package org.arshif.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Number of matching texts published in one (Gregorian) month. */
public record MonthCount(YearMonth month, long count) {

    /** The days' counts added up per month, oldest first ({@code days} oldest first). */
    public static List<MonthCount> addUp(List<DayCount> days) {
        List<MonthCount> months = new ArrayList<>();
        for (DayCount day : days) {
            YearMonth month = YearMonth.from(day.day());
            if (!months.isEmpty() && months.getLast().month().equals(month)) {
                months.set(months.size() - 1, new MonthCount(month, months.getLast().count() + day.count()));
            } else {
                months.add(new MonthCount(month, day.count()));
            }
        }
        return months;
    }
}
