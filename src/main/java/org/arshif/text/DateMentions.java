package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.HijrahDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds explicit dates written in an article's text: day month year and month year, with Egyptian/Gulf
 * (أكتوبر), Levantine (تشرين الأول) and Maghrebi (أوت, فيفري, جوان, جويلية) month names, Hijri months with their year
 * (رمضان 1436), dates in numbers of either calendar (10/10/1436هـ, 26/7/2015م, 1436/10/10 هـ), Western and
 * Arabic-Indic digits. A mention is a range of days: one day, or a whole month.
 */
public final class DateMentions {

    /** One date written in the text: characters {@code [start, end)}, meaning the days {@code from..to}. */
    public record Mention(int start, int end, LocalDate from, LocalDate to) {
    }

    private static final String GREGORIAN_NAMES = alternation(MonthNames.written());
    private static final String HIJRI_NAMES = alternation(MonthNames.writtenHijri());
    /** The last word of each name (the one a year follows), in the patterns' letter classes. */
    private static final List<String> GREGORIAN_ENDINGS = lastWords(MonthNames.written().keySet());
    private static final List<String> HIJRI_ENDINGS = lastWords(MonthNames.writtenHijri().keySet());

    private static final String BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String AFTER = "(?![\\p{L}\\p{N}])";
    private static final Pattern HIJRI_DATE = Pattern.compile(BEFORE + "(?:(\\d{1,2})\\s+)?(" + HIJRI_NAMES
            + ")\\s*[،,]?\\s*(1[3-5]\\d\\d)(?:\\s*(?:هـ|ه)(?![\\p{L}]))?" + AFTER);
    /** A Gregorian year, optionally followed by the era letter (2017م). */
    private static final String YEAR = "((?:19|20|21)\\d\\d)(?:\\s*م)?";
    /**
     * A month's name, or two names of one month as news agencies write them for readers of both regions
     * ({@code يوليو/تموز}, {@code تموز/ يوليو}, {@code يوليو (تموز)}): groups 1 and 2.
     */
    private static final String MONTH = "(" + GREGORIAN_NAMES + ")(?:\\s*[/(]\\s*(" + GREGORIAN_NAMES + ")\\s*\\)?)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(BEFORE + "(\\d{1,2})\\s+" + MONTH
            + "\\s*[،,]?\\s*" + YEAR + AFTER);
    private static final Pattern MONTH_YEAR = Pattern.compile(BEFORE + MONTH + "\\s*[،,]?\\s*" + YEAR + AFTER);
    /**
     * A date in numbers: day, month and a four-digit year, or year, month and day, joined by one separator written
     * twice, a slash or a hyphen, with spaces or none about it (10/10/1436هـ, 26 / 7 / 2015م, 1436-10-30 هـ), and the
     * era after it, if any. Not part of a longer run of numbers and separators written together (1/2/3/2015,
     * 12/5/1436/7); a range written with spaces (1/5/1436 - 5/5/1436) is two dates. Never numbers with a dot between
     * (a version: 2.12.2015). Groups: day 1, month 3, year 4; or year 5, month 7, day 8; the era 9.
     */
    private static final String SEPARATOR = "\\s*([/\\-])\\s*";
    private static final String NOT_AFTER_A_NUMBER = "(?<![\\p{L}\\p{N}])(?<!\\p{N}[/\\-.])";
    private static final String ERA = "(?:\\s*(هـ|ه|هجري|هجرية|م|ميلادي|ميلادية)(?![\\p{L}]))?";
    private static final String NOT_BEFORE_A_NUMBER = "(?![\\p{L}\\p{N}])(?![/\\-.]\\p{N})";
    private static final Pattern NUMERIC_DATE = Pattern.compile(NOT_AFTER_A_NUMBER
            + "(?:(\\d{1,2})" + SEPARATOR + "(\\d{1,2})\\s*\\2\\s*(\\d{4})"
            + "|(\\d{4})" + SEPARATOR + "(\\d{1,2})\\s*\\6\\s*(\\d{1,2}))" + ERA + NOT_BEFORE_A_NUMBER);
    /** Hijri years a date in numbers may be of without its era written: 1340–1460 (1921–2039). */
    private static final int PLAUSIBLE_HIJRI_FROM = 1340;
    private static final int PLAUSIBLE_HIJRI_TO = 1460;

    private DateMentions() {
    }

    /** Longest names first, with the hamza, teh marbuta and alef maqsura spellings all accepted. */
    private static String alternation(Map<String, Integer> names) {
        return names.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(DateMentions::flexible)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    private static String flexible(String name) {
        StringBuilder pattern = new StringBuilder();
        for (char c : name.toCharArray()) {
            pattern.append(switch (c) {
                case 'ا', 'أ', 'إ', 'آ' -> "[اأإآ]";
                case 'ة', 'ه' -> "[ةه]";
                case 'ى', 'ي' -> "[ىي]";
                case ' ' -> "\\s+";
                default -> Pattern.quote(Character.toString(c));
            });
        }
        return pattern.toString();
    }

    /** Every explicit date in the text, in order; overlapping readings keep the longest (the day over the month). */
    public static List<Mention> find(String text) {
        int calendars = calendarsIn(text);
        if (calendars == 0) {
            return List.of(); // most paragraphs: no year written after a month's name or in a date of numbers
        }
        String digits = ArabicFolding.asciiDigits(text); // same length: offsets stay valid
        List<Mention> found = new ArrayList<>();
        if ((calendars & NUMERIC) != 0) {
            Matcher numeric = NUMERIC_DATE.matcher(digits);
            while (numeric.find()) {
                numeric(numeric).ifPresent(found::add);
            }
            if ((calendars & (HIJRI | GREGORIAN)) == 0) {
                return found;
            }
            found.sort(Comparator.comparingInt(Mention::start)); // the patterns below keep what does not overlap
        }
        if ((calendars & HIJRI) != 0) {
            Matcher hijri = HIJRI_DATE.matcher(digits);
            while (hijri.find()) {
                hijri(hijri).ifPresent(found::add);
            }
        }
        if ((calendars & GREGORIAN) == 0) {
            found.sort(Comparator.comparingInt(Mention::start));
            return found;
        }
        List<Mention> invalid = new ArrayList<>(); // "31 فبراير 2017": not a date, and not February either
        Matcher m = DAY_MONTH_YEAR.matcher(digits);
        while (m.find()) {
            if (free(found, m.start(), m.end())) {
                java.util.Optional<Mention> day = gregorianDay(m);
                if (day.isPresent()) {
                    found.add(day.get());
                } else {
                    invalid.add(new Mention(m.start(), m.end(), null, null));
                }
            }
        }
        m = MONTH_YEAR.matcher(digits);
        while (m.find()) {
            if (free(found, m.start(), m.end()) && free(invalid, m.start(), m.end()) && oneMonth(m, 1)) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(3)), MonthNames.lookup(m.group(1)).orElseThrow());
                found.add(new Mention(m.start(), m.end(), month.atDay(1), month.atEndOfMonth()));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** {@link #calendarsIn}: a Gregorian date may be written in the text. */
    static final int GREGORIAN = 1;
    /** {@link #calendarsIn}: a Hijri date may be written in the text. */
    static final int HIJRI = 2;
    /** {@link #calendarsIn}: a date in numbers, of either calendar, may be written in the text. */
    static final int NUMERIC = 4;

    /**
     * The calendars whose dates the text may hold ({@link #GREGORIAN}, {@link #HIJRI}, both or none): every date the
     * patterns find ends in a run of exactly four digits (a year of the Gregorian or the Hijri range) written right
     * after a month's name of that calendar, with at most spaces and one comma between. So a year counts only when
     * the word before it ends like the last word of a month name of its calendar; most paragraphs, news with
     * "عام 2015" in them too, are left without running the patterns at all, and a paragraph dated in one calendar
     * without the other's patterns. A date in numbers ({@link #NUMERIC}) has a slash or a hyphen right before or
     * after its year. Never leaves out a calendar whose patterns would find something: it only asks for less than
     * they do.
     */
    static int calendarsIn(String text) {
        int calendars = 0;
        int i = 0;
        while (i < text.length() && calendars != (GREGORIAN | HIJRI | NUMERIC)) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (i - start != 4) {
                continue;
            }
            char first = ArabicFolding.foldExtra(text.charAt(start));
            char second = ArabicFolding.foldExtra(text.charAt(start + 1));
            boolean gregorian = (first == '1' && second == '9') || (first == '2' && (second == '0' || second == '1'));
            boolean hijri = first == '1' && second >= '3' && second <= '5';
            if ((gregorian || hijri) && (isDateSeparator(text, backOverSpaces(text, start) - 1)
                    || isDateSeparator(text, overSpaces(text, i)))) {
                calendars |= NUMERIC;
            }
            int nameEnd = beforeSeparator(text, start);
            if (gregorian && endsWithAny(text, nameEnd, GREGORIAN_ENDINGS)) {
                calendars |= GREGORIAN;
            } else if (hijri && endsWithAny(text, nameEnd, HIJRI_ENDINGS)) {
                calendars |= HIJRI;
            }
        }
        return calendars;
    }

    /** {@link Character#isDigit(char)}, without its table for ASCII (every other digit of any script is above it). */
    private static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    private static List<String> lastWords(java.util.Set<String> names) {
        return names.stream().map(name -> sameLetters(name.substring(name.lastIndexOf(' ') + 1))).distinct().toList();
    }

    /** Where a name would end before a year at {@code year}: back over the patterns' {@code \s*[،,]?\s*}. */
    private static int beforeSeparator(String text, int year) {
        int at = backOverSpaces(text, year);
        if (at > 0 && (text.charAt(at - 1) == '،' || text.charAt(at - 1) == ',')) {
            at = backOverSpaces(text, at - 1);
        }
        if (at > 0 && text.charAt(at - 1) == ')') { // the month's second name in brackets: "يوليو (تموز) 2015"
            at = backOverSpaces(text, at - 1);
        }
        return at;
    }

    /** Back over what the patterns' {@code \s} matches (ASCII white space only, as compiled). */
    private static int backOverSpaces(String text, int at) {
        while (at > 0 && " \t\n\u000B\f\r".indexOf(text.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    /** Forward over what the patterns' {@code \\s} matches. */
    private static int overSpaces(String text, int at) {
        while (at < text.length() && " \t\n\u000B\f\r".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    private static boolean isDateSeparator(String text, int at) {
        return at >= 0 && at < text.length() && (text.charAt(at) == '/' || text.charAt(at) == '-');
    }

    private static boolean endsWithAny(String text, int end, List<String> endings) {
        for (String ending : endings) {
            int start = end - ending.length();
            if (start >= 0 && sameLetters(text.substring(start, end)).equals(ending)) {
                return true;
            }
        }
        return false;
    }

    /** The letters {@link #flexible} lets stand for each other, as one of them. */
    private static String sameLetters(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            letters[i] = switch (letters[i]) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى' -> 'ي';
                default -> letters[i];
            };
        }
        return new String(letters);
    }

    private static boolean free(List<Mention> found, int start, int end) {
        return found.stream().noneMatch(x -> x.start() < end && start < x.end());
    }

    /** True when the month's name at group {@code name} has no second name, or one naming the same month. */
    private static boolean oneMonth(Matcher m, int name) {
        return m.group(name + 1) == null
                || MonthNames.lookup(m.group(name)).equals(MonthNames.lookup(m.group(name + 1)));
    }

    private static java.util.Optional<Mention> gregorianDay(Matcher m) {
        if (!oneMonth(m, 2)) {
            return java.util.Optional.empty(); // "23 يوليو/آب 2015": two months, no day to trust
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(4)), MonthNames.lookup(m.group(2)).orElseThrow(),
                    Integer.parseInt(m.group(1)));
            return java.util.Optional.of(new Mention(m.start(), m.end(), day, day));
        } catch (DateTimeException e) {
            return java.util.Optional.empty(); // 31 فبراير is not a date
        }
    }

    /**
     * The day a date in numbers names, strictly: a year of the Hijri range (1300–1599) is Hijri, and needs its era
     * written (هـ) unless it is a plausible year of today's news (1340–1460); a year of 1900–2199 is Gregorian; an
     * era of the other calendar, a day or month out of range (31/2/2015, 30 in a Hijri month of 29 days, 12/15/2015
     * written month first) and any other year make it no date.
     */
    private static java.util.Optional<Mention> numeric(Matcher m) {
        boolean dayFirst = m.group(1) != null;
        int day = Integer.parseInt(m.group(dayFirst ? 1 : 8));
        int month = Integer.parseInt(m.group(dayFirst ? 3 : 7));
        int year = Integer.parseInt(m.group(dayFirst ? 4 : 5));
        String era = m.group(9);
        boolean hijriEra = era != null && era.startsWith("ه");
        boolean gregorianEra = era != null && era.startsWith("م");
        try {
            LocalDate date;
            if (year >= 1300 && year <= 1599 && !gregorianEra
                    && (hijriEra || (year >= PLAUSIBLE_HIJRI_FROM && year <= PLAUSIBLE_HIJRI_TO))) {
                date = LocalDate.from(HijrahDate.of(year, month, day));
            } else if (year >= 1900 && year <= 2199 && !hijriEra) {
                date = LocalDate.of(year, month, day);
            } else {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Mention(m.start(), m.end(), date, date));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static java.util.Optional<Mention> hijri(Matcher m) {
        var found = MonthNames.lookupHijri(m.group(2));
        if (found.isEmpty()) {
            return java.util.Optional.empty();
        }
        int month = found.getAsInt();
        try {
            int year = Integer.parseInt(m.group(3));
            if (m.group(1) != null) {
                LocalDate day = LocalDate.from(HijrahDate.of(year, month, Integer.parseInt(m.group(1))));
                return java.util.Optional.of(new Mention(m.start(), m.end(), day, day));
            }
            HijrahDate first = HijrahDate.of(year, month, 1);
            LocalDate from = LocalDate.from(first);
            LocalDate to = from.plusDays(first.lengthOfMonth() - 1);
            return java.util.Optional.of(new Mention(m.start(), m.end(), from, to));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }
}
