package org.arshif.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Messages with counts, in the ICU message syntax and with the plural rules of the Unicode CLDR:
 * {@code {0, plural, one{# article} other{# articles}}}. Arabic has six forms (zero, one, two, few for 3–10, many
 * for 11–99, other for 100–102 and round hundreds…, chosen by the last two digits), which the JDK's choice format
 * can only approximate: «200 مقالاً» where Arabic writes «200 مقال». Shared by the window, the command line and the
 * PDF so all three count alike.
 *
 * <p>Only the part of ICU's syntax Arshif's bundles use, written here so the application need not ship ICU4J (7.5 MB
 * of the installed size for this alone): {@code {N}}, {@code {N,number}}, {@code {N,number,integer}}, {@code
 * {N,number,PATTERN}} (a {@link DecimalFormat} pattern) and {@code {N,plural,=K{…} zero{…} one{…} two{…} few{…}
 * many{…} other{…}}} with {@code #} for the count and arguments nested in the forms. Apostrophes as in ICU: one
 * before a brace (or a {@code #} in a form) quotes up to the next, {@code ''} is one, any other is itself («the
 * archive's»). Anything else (select, choice, offsets, dates) is refused with an {@link IllegalArgumentException}.
 * PluralTextIcuEqualityTest holds the outputs ICU4J 79.1 wrote for every counted message: these are the same.
 *
 * <p>Numbers are written in Western digits with a comma between thousands in every language, as everywhere else in
 * Arshif (dates, the list, the PDF); real numbers are rounded half to even from their shortest decimal form, as ICU
 * does (0.15 s reads 0.2 s).
 */
public final class PluralText {

    private static final DecimalFormatSymbols WESTERN = DecimalFormatSymbols.getInstance(Locale.ROOT);
    private static final String DEFAULT_NUMBER = "#,##0.###";
    private static final String INTEGER = "#,##0";

    private final String pattern;
    private final PluralRules rules;
    /** Arabic's minus keeps left of its digits in right-to-left text (ICU's too): a left-to-right mark before it. */
    private final String minus;
    private final Object[] arguments;
    private final StringBuilder out = new StringBuilder();

    private PluralText(String pattern, Locale locale, Object[] arguments) {
        this.pattern = pattern;
        this.rules = PluralRules.of(locale);
        this.minus = rules == PluralRules.ARABIC ? "\u200E-" : "-";
        this.arguments = arguments;
    }

    /** Formats {@code pattern} (ICU message syntax, apostrophes as in ICU: only ' before a brace quotes). */
    public static String format(String pattern, Locale locale, Object... arguments) {
        PluralText text = new PluralText(pattern, locale, arguments);
        text.message(0, pattern.length(), null);
        return text.out.toString();
    }

    /** Writes the message between {@code start} and {@code end}; {@code count} is what {@code #} writes, if any. */
    private void message(int start, int end, Number count) {
        int i = start;
        while (i < end) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                i = quoted(i, end, count != null);
            } else if (c == '#' && count != null) {
                out.append(number(count, DEFAULT_NUMBER));
                i++;
            } else if (c == '{') {
                int close = closingBrace(i, end);
                argument(i, close);
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
    }

    /** At an apostrophe: writes what it stands for and returns where the message goes on. */
    private int quoted(int at, int end, boolean inForm) {
        if (at + 1 < end && pattern.charAt(at + 1) == '\'') {
            out.append('\'');
            return at + 2;
        }
        if (!startsQuote(at, end, inForm)) {
            out.append('\'');
            return at + 1;
        }
        int i = at + 1;
        while (i < end) {
            if (pattern.charAt(i) == '\'') {
                if (i + 1 < end && pattern.charAt(i + 1) == '\'') {
                    out.append('\'');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            out.append(pattern.charAt(i++));
        }
        return end;
    }

    private boolean startsQuote(int apostrophe, int end, boolean inForm) {
        if (apostrophe + 1 >= end) {
            return false;
        }
        char next = pattern.charAt(apostrophe + 1);
        return next == '{' || next == '}' || (inForm && next == '#');
    }

    /** The brace that closes the one at {@code open}, past nested arguments and quoted braces. */
    private int closingBrace(int open, int end) {
        int depth = 0;
        int i = open;
        while (i < end) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < end && pattern.charAt(i + 1) == '\'') {
                i += 2;
                continue;
            }
            if (c == '\'' && startsQuote(i, end, true)) {
                int closeQuote = pattern.indexOf('\'', i + 1);
                i = closeQuote < 0 ? end : closeQuote + 1;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
            i++;
        }
        throw new IllegalArgumentException("Unmatched '{' at " + open + " in: " + pattern);
    }

    /** The argument between the braces at {@code open} and {@code close}: its number, then its type and style if any. */
    private void argument(int open, int close) {
        int typeStart = comma(open + 1, close);
        int styleStart = typeStart < close ? comma(typeStart + 1, close) : close;
        int index = index(pattern.substring(open + 1, Math.min(typeStart, close)).strip());
        String type = typeStart < close ? pattern.substring(typeStart + 1, styleStart).strip() : "";
        String style = styleStart < close ? pattern.substring(styleStart + 1, close).strip() : null;
        if (index >= arguments.length) {
            out.append('{').append(pattern, open + 1, close).append('}');
            return;
        }
        Object value = arguments[index];
        switch (type) {
            case "" -> out.append(value instanceof Number n ? number(n, DEFAULT_NUMBER) : String.valueOf(value));
            case "number" -> out.append(number(asNumber(value), style == null ? DEFAULT_NUMBER
                    : style.equals("integer") ? INTEGER : style));
            case "plural" -> plural(asNumber(value), styleStart + 1, close);
            default -> throw new IllegalArgumentException("Unsupported argument type '" + type + "' in: " + pattern);
        }
    }

    /** The first comma from {@code from}, or {@code close} if there is none before it. */
    private int comma(int from, int close) {
        int comma = pattern.indexOf(',', from);
        return comma < 0 || comma > close ? close : comma;
    }

    private int index(String name) {
        if (name.isEmpty() || !name.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("Argument '" + name + "' is not a number in: " + pattern);
        }
        return Integer.parseInt(name);
    }

    private Number asNumber(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        throw new IllegalArgumentException("A number argument is '" + value + "' in: " + pattern);
    }

    /** The forms of a plural argument: the first {@code =K} equal to the count, else the count's category, else other. */
    private void plural(Number count, int start, int end) {
        String category = isFinite(count) ? rules.category(displayed(count)) : "other";
        int exact = -1;
        int byCategory = -1;
        int other = -1;
        int i = start;
        while (true) {
            while (i < end && Character.isWhitespace(pattern.charAt(i))) {
                i++;
            }
            if (i >= end) {
                break;
            }
            int open = pattern.indexOf('{', i);
            if (open < 0 || open >= end) {
                throw new IllegalArgumentException("A plural form without its {…} in: " + pattern);
            }
            String selector = pattern.substring(i, open).strip();
            if (selector.startsWith("offset:")) {
                throw new IllegalArgumentException("Plural offsets are not supported: " + pattern);
            }
            if (selector.startsWith("=") && exact < 0 && isFinite(count) && equal(count, selector.substring(1))) {
                exact = open;
            } else if (selector.equals(category) && byCategory < 0) {
                byCategory = open;
            }
            if (selector.equals("other") && other < 0) {
                other = open;
            }
            i = closingBrace(open, end) + 1;
        }
        if (other < 0) {
            throw new IllegalArgumentException("A plural argument needs an other{…} form: " + pattern);
        }
        int chosen = exact >= 0 ? exact : byCategory >= 0 ? byCategory : other;
        message(chosen + 1, closingBrace(chosen, end), count);
    }

    private static boolean equal(Number count, String value) {
        try {
            return decimal(count).compareTo(new BigDecimal(value.strip())) == 0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a number after '=': " + value , e);
        }
    }

    /** The count as the default number format writes it (three decimals at most): the plural rules read that. */
    private static BigDecimal displayed(Number count) {
        BigDecimal rounded = decimal(count).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    private String number(Number value, String numberPattern) {
        DecimalFormat format = new DecimalFormat(numberPattern, WESTERN);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setNegativePrefix(minus);
        return isFinite(value) ? format.format(decimal(value)) : format.format(value.doubleValue());
    }

    private static boolean isFinite(Number value) {
        return !(value instanceof Double || value instanceof Float) || Double.isFinite(value.doubleValue());
    }

    /** Exact for integers; a real number by its shortest decimal form (0.15, not 0.1499…), as ICU rounds it. */
    private static BigDecimal decimal(Number value) {
        return switch (value) {
            case BigDecimal big -> big;
            case BigInteger big -> new BigDecimal(big);
            case Long _, Integer _, Short _, Byte _ -> BigDecimal.valueOf(value.longValue());
            default -> new BigDecimal(Double.toString(value.doubleValue()));
        };
    }
}
