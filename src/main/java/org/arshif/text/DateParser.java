package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a publication date written the ways news data writes it: ISO ({@code 2017-10-30}), with a time
 * ({@code 2017-10-30 14:05:00}, {@code 2017-10-30T14:05:00Z}), day/month/year with slashes, dots or dashes,
 * Arabic written dates ({@code 30 أكتوبر 2017}, {@code ٣٠ تشرين الأول ٢٠١٧}, {@code الاثنين 30 أوت 2017م}) and
 * RSS dates ({@code Mon, 30 Oct 2017 10:00:00 GMT}). Only the calendar date is kept: a time of day, a weekday
 * or a zone does not move it.
 */
public final class DateParser {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Z]{2,4})?)?");
    private static final Pattern YMD = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");
    private static final Pattern DMY = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    /** Optional weekday, day, month name of one or two words, optional comma, year, optional era letter. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?:\\p{L}+\\s*[،,]?\\s+)?(\\d{1,2})\\s+(\\p{L}+(?:\\s+\\p{L}+)?)\\s*[،,]?\\s*(\\d{4})\\s*(?:م|CE|AD)?\\.?");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?:\\p{L}+\\s*,?\\s+)?(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");
    private static final Pattern RSS_TAIL = Pattern.compile(
            "(\\d{1,2}\\s+\\p{L}+\\.?\\s+\\d{4})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?(?:\\s*(?:[A-Z]{1,5}|[+-]\\d{4}))?");

    private DateParser() {
    }

    /**
     * Parses a date, or returns empty when the text is blank. Throws {@link IllegalArgumentException} with
     * the offending text when it is not a date in any known form (an unreadable date is a bad record,
     * never a guess).
     */
    public static Optional<LocalDate> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String text = ArabicFolding.asciiDigits(TextCleaner.cleanLine(raw)).replace('\u060C', ',');
        LocalDate date = tryParse(text);
        if (date == null) {
            throw new IllegalArgumentException("unreadable date '" + raw.strip() + "'");
        }
        return Optional.of(date);
    }

    private static LocalDate tryParse(String text) {
        Matcher m;
        if ((m = ISO.matcher(text)).matches() || (m = YMD.matcher(text)).matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        if ((m = DMY.matcher(text)).matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        if ((m = RSS_TAIL.matcher(text)).find() && m.end() == text.length()) {
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
