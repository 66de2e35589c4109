package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.ChronoField;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date typed into a date field the ways people write them:
 * <ul>
 *   <li>numbers, day first: {@code 25/07/2015}, {@code 25-7-2015}, {@code 25.07.2015}, or year first:
 *       {@code 2015-07-25}, {@code 2015/07/25};</li>
 *   <li>a month's name, Egyptian/Gulf, Levantine, Maghrebi or English: {@code 25 يوليو 2015},
 *       {@code ٢٥ تموز ٢٠١٥}, {@code السبت، 25 يوليو 2015م}, {@code July 25, 2015};</li>
 *   <li>Hijri: {@code 8 شوال 1436}, {@code 8/10/1436هـ}, {@code 1436/10/8}, {@code 8 Shawwal 1436 AH};</li>
 *   <li>a whole month or year: {@code يوليو 2015}, {@code 07/2015}, {@code 2015-07}, {@code رمضان 1436},
 *       {@code 2015}, {@code 1436هـ};</li>
 *   <li>anything {@link DateParser} reads in imported data (an ISO date with its time, an RSS date).</li>
 * </ul>
 * Digits may be Western, Arabic-Indic (٢٥) or Eastern Arabic-Indic, as Persian and Urdu keyboards type them (۲۵).
 *
 * <p>Numbers are always read day first, as Arabic writing does: {@code 03/04/2015} is 3 April, never March 4th;
 * {@code 07/25/2015} is refused (there is no month 25), not turned around. The year decides the calendar: the
 * Gregorian years taken are 1800–2199 and the Hijri ones 1300–1600 (the JDK's Umm al-Qura table), so {@code 1436}
 * can only be Hijri and {@code 2015} only Gregorian; {@code هـ} or {@code م} after the year, or a month's name,
 * only confirm it, and a date whose marks contradict its year is refused. The JVM's locale plays no part.
 *
 * <p>Nothing is guessed: a two-digit year, a day the month does not have ({@code 31/02/2015}), a placeholder
 * ({@code 0000-00-00}) or a year outside both ranges ({@code 0001-01-01}, {@code 9999-12-31}) is {@linkplain Refused
 * refused} with its {@link Reason}. {@code 1900-01-01}, which some systems store for "no date", is a real day a
 * search may well start from, and is taken.
 */
public final class DateInput {

    /** What a typed text says. */
    public sealed interface Reading permits Empty, Days, Refused {
    }

    /** Nothing typed: the field leaves its end of the range open. */
    public record Empty() implements Reading {
    }

    /**
     * The days meant, {@code first} to {@code last}: one day, or a whole month or year when no day was typed.
     *
     * @param calendar the calendar the text was written in
     */
    public record Days(LocalDate first, LocalDate last, CalendarSystem calendar) implements Reading {
    }

    /**
     * Not a date, with why.
     *
     * @param reason   what is wrong
     * @param calendar the calendar the text was read in (for {@link Reason#NO_SUCH_DAY} and
     *                 {@link Reason#YEAR_OUT_OF_RANGE}), or null when none could be told
     * @param year     the year as typed (0 when none was read)
     * @param month    the month as typed (0 when none was read)
     * @param day      the day as typed (0 when none was read)
     */
    public record Refused(Reason reason, CalendarSystem calendar, int year, int month, int day) implements Reading {

        /** For {@link Reason#NO_SUCH_DAY}: how many days the month has (0 when the month does not exist). */
        public int daysInMonth() {
            try {
                return calendar.date(year, month, 1).lengthOfMonth();
            } catch (DateTimeException | NullPointerException e) {
                return 0;
            }
        }
    }

    /** Why a typed text is not taken as a date. */
    public enum Reason {
        /** Not a date in any form read here. */
        UNREADABLE,
        /** All zeros ({@code 0000-00-00}, {@code 00/00/0000}): a stand-in for "no date". */
        PLACEHOLDER,
        /** A year of one to three digits ({@code 25/07/15}): 2015, 1915 or 1436 cannot be told. */
        SHORT_YEAR,
        /** A year neither calendar takes, or one its mark (هـ, م, a month's name) contradicts. */
        YEAR_OUT_OF_RANGE,
        /** A month number outside 1–12 ({@code 07/25/2015} read day first). */
        NO_SUCH_MONTH,
        /** A day the month does not have ({@code 31/02/2015}, {@code 30 شوال 1436}), or day 0. */
        NO_SUCH_DAY
    }

    /** A typed date is short; longer text is not looked at (a pasted paragraph, 10,000 characters). */
    static final int MAX_LENGTH = 60;
    private static final String SEPARATOR = "\\s*[/.\\-\\\\\u066B\u2044\u2010\u2011\u2012\u2013]\\s*";
    /** What may follow the year: the Hijri era (هـ, ه, AH) or the Gregorian one (م, CE, AD). */
    private static final String ERA = "\\s*(?:(هـ|ه|AH|A\\.H\\.)|(م|CE|AD))?\\.?";
    /** A month's name: up to three words, joined by spaces or hyphens (كانون الثاني, Dhu al-Qadah). */
    private static final String NAME = "(\\p{L}+(?:[\\s-]+\\p{L}+){0,2})";
    /** An optional weekday before the day: السبت، 25 يوليو 2015. */
    private static final String WEEKDAY = "(?:\\p{L}+\\s*,?\\s+)?";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d+)" + ERA);
    private static final Pattern YEAR_FIRST = Pattern.compile(
            "(\\d{3,4})" + SEPARATOR + "(\\d{1,2})" + SEPARATOR + "(\\d{1,2})" + ERA);
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})" + SEPARATOR + "(\\d+)" + ERA);
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})" + SEPARATOR + "(\\d{1,2})" + ERA);
    private static final Pattern YEAR = Pattern.compile("(\\d+)" + ERA);
    private static final Pattern DAY_NAME_YEAR = Pattern.compile(
            WEEKDAY + "(\\d{1,2})\\s+" + NAME + "\\s*,?\\s*(\\d+)" + ERA);
    private static final Pattern NAME_DAY_YEAR = Pattern.compile(NAME + "\\.?\\s+(\\d{1,2})\\s*,\\s*(\\d+)" + ERA);
    private static final Pattern NAME_YEAR = Pattern.compile(NAME + "\\s*,?\\s*(\\d+)" + ERA);

    private DateInput() {
    }

    /** What {@code typed} says: nothing, days, or a refusal with its reason. */
    public static Reading read(String typed) {
        if (typed != null && typed.length() > MAX_LENGTH) {
            return new Refused(Reason.UNREADABLE, null, 0, 0, 0);
        }
        // Invisible marks (a right-to-left mark pasted with the date) go first: a field holding only them is empty.
        String text = typed == null ? "" : ArabicFolding.asciiDigits(TextCleaner.cleanLine(typed))
                .replace('\u060C', ',').replace('\u0640', ' ').replaceAll("\\s+", " ").strip();
        if (text.isEmpty()) {
            return new Empty();
        }
        Matcher m;
        if ((m = DAY_FIRST.matcher(text)).matches()) {
            return numbers(m.group(3), m.group(2), m.group(1), era(m, 4));
        }
        if ((m = YEAR_FIRST.matcher(text)).matches()) {
            return numbers(m.group(1), m.group(2), m.group(3), era(m, 4));
        }
        if ((m = YEAR_MONTH.matcher(text)).matches()) {
            return numbers(m.group(1), m.group(2), null, era(m, 3));
        }
        if ((m = MONTH_YEAR.matcher(text)).matches()) {
            return numbers(m.group(2), m.group(1), null, era(m, 3));
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return numbers(m.group(1), null, null, era(m, 2));
        }
        if ((m = DAY_NAME_YEAR.matcher(text)).matches()) {
            Reading named = named(m.group(3), m.group(2), m.group(1), era(m, 4));
            if (named != null) {
                return named;
            }
        }
        if ((m = NAME_DAY_YEAR.matcher(text)).matches()) {
            Reading named = named(m.group(3), m.group(1), m.group(2), era(m, 4));
            if (named != null) {
                return named;
            }
        }
        if ((m = NAME_YEAR.matcher(text)).matches()) {
            Reading named = named(m.group(2), m.group(1), null, era(m, 3));
            if (named != null) {
                return named;
            }
        }
        return imported(text);
    }

    /** The era written after the year, if any: {@code هـ} says Hijri, {@code م} Gregorian. */
    private static CalendarSystem era(Matcher m, int group) {
        return m.group(group) != null ? CalendarSystem.HIJRI : m.group(group + 1) != null ? CalendarSystem.GREGORIAN : null;
    }

    /** A date with a month's name: the name says the calendar. Null when the name is no month's. */
    private static Reading named(String year, String name, String day, CalendarSystem era) {
        OptionalInt gregorian = MonthNames.lookup(name);
        OptionalInt hijri = MonthNames.lookupHijri(name);
        if (gregorian.isEmpty() && hijri.isEmpty()) {
            return null;
        }
        CalendarSystem calendar = gregorian.isPresent() ? CalendarSystem.GREGORIAN : CalendarSystem.HIJRI;
        if (era != null && era != calendar) {
            return refused(Reason.YEAR_OUT_OF_RANGE, calendar, year, null, day);
        }
        int month = gregorian.isPresent() ? gregorian.getAsInt() : hijri.getAsInt();
        return days(calendar, year, month, day);
    }

    /** A date of numbers only: the year says the calendar, which a written era must agree with. */
    private static Reading numbers(String year, String month, String day, CalendarSystem era) {
        if (isZero(year) && (month == null || isZero(month)) && (day == null || isZero(day))) {
            return new Refused(Reason.PLACEHOLDER, null, 0, 0, 0);
        }
        if (year.length() < 4) {
            return refused(Reason.SHORT_YEAR, era, year, month, day);
        }
        int value = number(year);
        CalendarSystem calendar = CalendarSystem.ofYear(value).orElse(null);
        if (calendar == null || (era != null && era != calendar)) {
            return refused(Reason.YEAR_OUT_OF_RANGE, era, year, month, day);
        }
        return days(calendar, year, month == null ? null : number(month), day);
    }

    /** The day, or the whole month ({@code day} null) or year ({@code month} null), checked against the calendar. */
    private static Reading days(CalendarSystem calendar, String yearText, Integer month, String dayText) {
        int year = number(yearText);
        int day = dayText == null ? 0 : number(dayText);
        int typedMonth = month == null ? 0 : month;
        if (year < calendar.firstYear() || year > calendar.lastYear()) {
            return new Refused(Reason.YEAR_OUT_OF_RANGE, calendar, year, typedMonth, day);
        }
        if (month == null) {
            ChronoLocalDate first = calendar.date(year, 1, 1);
            return span(calendar, first, first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear()));
        }
        if (month < 1 || month > 12) {
            return new Refused(Reason.NO_SUCH_MONTH, calendar, year, month, day);
        }
        ChronoLocalDate first = calendar.date(year, month, 1);
        if (dayText == null) {
            return span(calendar, first, first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth()));
        }
        if (day < 1 || day > first.lengthOfMonth()) {
            return new Refused(Reason.NO_SUCH_DAY, calendar, year, month, day);
        }
        ChronoLocalDate date = first.with(ChronoField.DAY_OF_MONTH, day);
        return span(calendar, date, date);
    }

    private static Reading span(CalendarSystem calendar, ChronoLocalDate first, ChronoLocalDate last) {
        return new Days(LocalDate.from(first), LocalDate.from(last), calendar);
    }

    /** Forms only data writes (an ISO date with its time, an RSS date), as the importer reads them. */
    private static Reading imported(String typed) {
        try {
            LocalDate date = DateParser.parse(typed).orElseThrow();
            if (CalendarSystem.ofYear(date.getYear()).orElse(null) != CalendarSystem.GREGORIAN) {
                return new Refused(Reason.YEAR_OUT_OF_RANGE, CalendarSystem.GREGORIAN, date.getYear(),
                        date.getMonthValue(), date.getDayOfMonth());
            }
            return new Days(date, date, CalendarSystem.GREGORIAN);
        } catch (IllegalArgumentException e) {
            return new Refused(Reason.UNREADABLE, null, 0, 0, 0);
        }
    }

    private static Reading refused(Reason reason, CalendarSystem calendar, String year, String month, String day) {
        return new Refused(reason, calendar, number(year), month == null ? 0 : number(month), day == null ? 0 : number(day));
    }

    private static boolean isZero(String digits) {
        return digits.chars().allMatch(c -> c == '0');
    }

    /** The digits' value; a run too long for an int (a pasted number) reads as out of every range. */
    private static int number(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
