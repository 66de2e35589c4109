package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ChronoLocalDate;
import java.time.chrono.Chronology;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The two calendars Arabic news dates are written in: Gregorian and Hijri (the JDK's {@link HijrahChronology}, the
 * Umm al-Qura calendar of Saudi Arabia). Dates are written out by hand with Western digits, as {@link DisplayDates}
 * does, so the JVM's locale never changes them.
 */
public enum CalendarSystem {
    GREGORIAN(IsoChronology.INSTANCE, 1800, 2199),
    /** The years the JDK's Umm al-Qura table covers: 1300–1600 AH (1882–2174). */
    HIJRI(HijrahChronology.INSTANCE, (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMinimum(),
            (int) HijrahChronology.INSTANCE.range(ChronoField.YEAR).getMaximum());

    private final Chronology chronology;
    private final int firstYear;
    private final int lastYear;

    CalendarSystem(Chronology chronology, int firstYear, int lastYear) {
        this.chronology = chronology;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
    }

    /**
     * The first year a date typed in this calendar may have: Gregorian from 1800 (no Arabic daily is older,
     * {@link DateParser#isBelievable}), Hijri from the first year the JDK's table holds.
     */
    public int firstYear() {
        return firstYear;
    }

    /** The last year a typed date may have. The two calendars' ranges do not overlap: a year says its calendar. */
    public int lastYear() {
        return lastYear;
    }

    /** The calendar whose typed years include {@code year}, if any. */
    public static java.util.Optional<CalendarSystem> ofYear(int year) {
        for (CalendarSystem calendar : values()) {
            if (year >= calendar.firstYear && year <= calendar.lastYear) {
                return java.util.Optional.of(calendar);
            }
        }
        return java.util.Optional.empty();
    }

    public Chronology chronology() {
        return chronology;
    }

    /** True when this calendar can show the day (the Hijri table ends in 2174, starts in 1882). */
    public boolean covers(LocalDate day) {
        try {
            chronology.date(day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The day in this calendar; throws {@link DateTimeException} outside what it {@linkplain #covers covers}. */
    public ChronoLocalDate date(LocalDate day) {
        return this == GREGORIAN ? day : HijrahDate.from(day);
    }

    /** The day {@code year-month-day} of this calendar; throws {@link DateTimeException} when there is none. */
    public ChronoLocalDate date(int year, int month, int day) {
        return chronology.date(year, month, day);
    }

    public String monthName(int month, Locale locale) {
        return this == GREGORIAN ? DisplayDates.gregorianMonth(month, locale) : DisplayDates.hijriMonth(month, locale);
    }

    /** A month and its year as a heading: {@code يوليو 2015}, {@code شوال 1436 هـ}. */
    public String monthTitle(ChronoLocalDate anyDayOfIt, Locale locale) {
        String title = monthName(anyDayOfIt.get(ChronoField.MONTH_OF_YEAR), locale) + " "
                + anyDayOfIt.get(ChronoField.YEAR_OF_ERA);
        return this == HIJRI ? title + " " + DisplayDates.hijriEra(locale) : title;
    }

    /**
     * The day as a date field shows it: {@code 25 يوليو 2015}, {@code 8 شوال 1436 هـ}. A day the Hijri table does
     * not hold is shown in the Gregorian calendar, which {@link DateInput} reads back the same.
     */
    public String format(LocalDate day, Locale locale) {
        if (this == HIJRI && covers(day)) {
            return DisplayDates.hijri(day, locale);
        }
        return DisplayDates.gregorian(day, locale);
    }
}
