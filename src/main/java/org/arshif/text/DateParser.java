package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the ways news data writes it: ISO ({@code 2017-10-30}), with a time
 * ({@code 2017-10-30 14:05:00}, {@code 2017-10-30T14:05:00Z}), day/month/year with slashes, dots or dashes,
 * Arabic written dates ({@code 30 أكتوبر 2017}, {@code ٣٠ تشرين الأول ٢٠١٧}, {@code الاثنين 30 أوت 2017م}) and
 * RSS dates ({@code Mon, 30 Oct 2017 10:00:00 GMT}). Only the calendar date is kept: a time of day, a weekday
 * or a zone does not move it, but it must be a real one ({@code 25:61} makes the whole date unreadable: a field
 * that holds garbage in its time may hold garbage in its date too).
 *
 * <p>A date can be read and still not be believable as a news date: placeholders such as {@code 9999-12-31} and
 * {@code 0001-01-01}, or a year typed wrong ({@link #isBelievable}), and the zero dates of software such as the Unix
 * epoch ({@link #isPlaceholder}). An archive should trust neither.
 */
public final class DateParser {

    /** Hour, minute, optional second: groups 1 to 3 of the time part, checked by {@link #realTime}. */
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?";
    /** A zone offset's hours and minutes: the two groups after the time's, checked by {@link #realTime}. */
    private static final String OFFSET = "[+-](\\d{2}):?(\\d{2})";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]" + TIME + "(?:[.,]\\d+)?\\s*(?:Z|" + OFFSET + "|[A-Z]{2,4})?)?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    /** Optional weekday, day, month name of one or two words, optional comma, year, optional era letter. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:\\p{L}+\\s*[،,]?\\s+)?(\\d{1,2})\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s*[،,]?\\s*(\\d{4})\\s*(?:م|CE|AD)?\\.?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:\\p{L}+\\s*,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern RSS_TAIL = Pattern.compile(
            "(\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})(?:\\s+" + TIME + ")?(?:\\s*(?:[A-Z]{1,5}|" + OFFSET + "))?");
    /** The longest date written out (weekday, day, two-word month, year, time, zone) is about 60 characters. */
    static final int MAX_LENGTH = 100;
    /** Publication dates before this are not believable in a news archive (the first dailies in Arabic: 1828). */
    static final LocalDate EARLIEST_BELIEVABLE = LocalDate.of(1800, 1, 1);
    /**
     * The "zero" dates that software writes when it has none: the Unix epoch, the zero day of SQL Server and of many
     * databases and spreadsheets (1900-01-01), of OLE Automation and Excel (1899-12-30, 1899-12-31) and of Excel on
     * the Mac (1904-01-01). A feed full of them is a feed without dates; an article really published on one of these
     * days is rarer than a system's default, and is still imported, undated, with its date kept as written.
     */
    private static final Set<LocalDate> PLACEHOLDERS = Set.of(LocalDate.of(1970, 1, 1),
            LocalDate.of(1900, 1, 1), LocalDate.of(1899, 12, 30), LocalDate.of(1899, 12, 31), LocalDate.of(1904, 1, 1));

    private DateParser() {
    }

    /**
     * Parses a date, or returns empty when the text is blank. Throws {@link IllegalArgumentException} with
     * the offending text when it is not a date in any known form: a date is never guessed (the importer then keeps
     * the article undated, with the text it could not read).
     */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String stripped = raw.strip();
        String text = prepared(raw);
        LocalDate date = text == null ? null : tryParse(text);
        if (date == null) {
            throw new IllegalArgumentException("unreadable date '" + (stripped.length() > MAX_LENGTH
                    ? stripped.substring(0, MAX_LENGTH) + "…" : stripped) + "'");
        }
        return Optional.of(date);
    }

    /**
     * True for a date a news archive can trust as a publication date: from 1800 to one year after {@code today}
     * (an article dated next month may be an embargoed or mistyped one; 9999-12-31 is a placeholder).
     */
    public static boolean isBelievable(LocalDate date, LocalDate today) {
        return !date.isBefore(EARLIEST_BELIEVABLE) && !date.isAfter(today.plusYears(1));
    }

    /** True for a date that systems write when they have none (see {@link #PLACEHOLDERS}), not a publication date. */
    public static boolean isPlaceholder(LocalDate date) {
        return PLACEHOLDERS.contains(date);
    }

    /**
     * The day a date written in figures names when its year is a Hijri one ({@code 1439-02-10}, {@code 10/02/1439}:
     * the year says the calendar, as in the window's date fields, {@link CalendarSystem#ofYear}; no Gregorian news
     * year is so early), by the Umm al-Qura calendar of the JDK; empty for anything else, and for a day that calendar
     * does not have. Saudi data often writes its Hijri dates so, without the هـ that {@code DateInput} reads.
     */
    public static Optional<LocalDate> hijriInFigures(String raw) {
        String text = prepared(raw);
        String[] ymd = text == null ? null : inFigures(text);
        if (ymd == null || CalendarSystem.ofYear(Integer.parseInt(ymd[0])).orElse(null) != CalendarSystem.HIJRI) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.from(HijrahDate.of(Integer.parseInt(ymd[0]), Integer.parseInt(ymd[1]),
                    Integer.parseInt(ymd[2]))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The field as the patterns read it: cleaned, Western digits, the Arabic comma as a comma; null for a blank field
     * or one of garbage too long to be a date (no pattern need look at it).
     */
    private static String prepared(String raw) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_LENGTH) {
            return null;
        }
        return ArabicFolding.asciiDigits(TextCleaner.cleanLine(raw.strip())).replace('\u060C', ',');
    }

    /** Year, month and day of a date written in figures (ISO, year first, day first); null for any other form. */
    private static String[] inFigures(String text) {
        Matcher m;
        if ((m = ISO.matcher(text)).matches()) {
            return realTime(m, 4) ? new String[] {m.group(1), m.group(2), m.group(3)} : null;
        }
        if ((m = YMD.matcher(text)).matches()) {
            return new String[] {m.group(1), m.group(2), m.group(3)};
        }
        if ((m = DMY.matcher(text)).matches()) {
            return new String[] {m.group(3), m.group(2), m.group(1)};
        }
        return null;
    }

    private static LocalDate tryParse(String text) {
        String[] ymd = inFigures(text);
        if (ymd != null) {
            return of(ymd[0], ymd[1], ymd[2]);
        }
        Matcher m;
        if ((m = RSS_TAIL.matcher(text)).find() && m.end() == text.length()) {
            if (!realTime(m, 2)) {
                return null;
            }
            text = m.group(1);
        }
        if ((m = DAY_MONTH_YEAR.matcher(text)).matches()) {
            return named(m.group(3), m.group(2), m.group(1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(text)).matches()) {
            return named(m.group(3), m.group(1), m.group(2));
        }
        return null;
    }

    /**
     * True when the time and offset matched from group {@code first} on (hour, minute, second, offset hours, offset
     * minutes; each may be absent) are real: hours to 23, minutes to 59, seconds to 60 (a leap second), offsets to 18
     * hours.
     */
    private static boolean realTime(Matcher m, int first) {
        return within(m.group(first), 23) && within(m.group(first + 1), 59) && within(m.group(first + 2), 60)
                && within(m.group(first + 3), 18) && within(m.group(first + 4), 59);
    }

    private static boolean within(String digits, int max) {
        return digits == null || Integer.parseInt(digits) <= max;
    }

    private static LocalDate named(String year, String monthName, String day) {
        var month = MonthNames.lookup(monthName);
        return month.isPresent() ? of(year, Integer.toString(month.getAsInt()), day) : null;
    }

    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
