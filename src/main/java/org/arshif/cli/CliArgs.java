package org.arshif.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arshif.text.DateInput;

/**
 * Command-line flags of one command. Only {@code --name} is a flag: a single-dash word such as {@code -روسيا} is an
 * excluded query word, not an option. {@code --} ends the flags.
 */
final class CliArgs {

    private final Map<String, String> values = new HashMap<>();
    private final List<String> positional = new ArrayList<>();

    private CliArgs() {
    }

    /**
     * @param valued   flags that take a value ({@code --from 2017-01-01} or {@code --from=2017-01-01})
     * @param switches flags that take none
     */
    static CliArgs parse(List<String> args, Set<String> valued, Set<String> switches) throws UsageException {
        CliArgs parsed = new CliArgs();
        boolean flagsOver = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (flagsOver || !arg.startsWith("--")) {
                parsed.positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                flagsOver = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = (eq < 0 ? arg : arg.substring(0, eq)).substring(2);
            if (switches.contains(name) && eq < 0) {
                parsed.values.put(name, "true");
            } else if (valued.contains(name)) {
                String value = eq >= 0 ? arg.substring(eq + 1) : (i + 1 < args.size() ? args.get(++i) : null);
                if (value == null) {
                    throw new UsageException("--" + name + " needs a value");
                }
                parsed.values.put(name, value);
            } else {
                throw new UsageException("unknown option " + arg);
            }
        }
        return parsed;
    }

    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }

    /**
     * A date flag read as the window's date fields read it ({@link DateInput}): {@code 2015-07-22},
     * {@code 22/7/2015}, {@code 1436-10-06} (a Hijri year is Hijri), {@code 6 شوال 1436}; a month or a year stands
     * for its first day in a {@code from} flag and its last day in a {@code to} flag. A year neither calendar takes,
     * a placeholder or a day the month lacks is refused with why, never read as the year 1436 of the Gregorian
     * calendar.
     */
    LocalDate date(String name) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return null;
        }
        return switch (DateInput.read(value)) {
            case DateInput.Days days -> name.endsWith("to") ? days.last() : days.first();
            case DateInput.Empty empty -> throw new UsageException("--" + name + " takes a date, e.g. 2015-07-22"
                    + " or 1436-10-06 (Hijri), not an empty value");
            case DateInput.Refused refused -> throw new UsageException("--" + name + " takes a date, e.g. 2015-07-22"
                    + " or 1436-10-06 (Hijri); '" + value.strip() + "' is not one: " + why(refused.reason()));
        };
    }

    /**
     * An argument as a message shows it: in guillemets (an empty one visible as «»), a long one cut to its start with
     * its length (a pasted page or a 100,000-character id must not fill the terminal).
     */
    static String shown(String arg) {
        return arg.length() <= SHOWN_AT_MOST ? "«" + arg + "»"
                : "«" + arg.substring(0, SHOWN_AT_MOST) + "…» (" + arg.length() + " characters)";
    }

    private static final int SHOWN_AT_MOST = 200;

    private static String why(DateInput.Reason reason) {
        return switch (reason) {
            case UNREADABLE -> "not a date";
            case PLACEHOLDER -> "all zeros stand for no date";
            case SHORT_YEAR -> "write the year in full";
            case YEAR_OUT_OF_RANGE -> "the year is outside 1800-2199 (Gregorian) and 1300-1600 (Hijri)";
            case NO_SUCH_MONTH -> "there is no such month";
            case NO_SUCH_DAY -> "the month has no such day";
        };
    }

    int integer(String name, int fallback, int min) throws UsageException {
        return integer(name, fallback, min, Integer.MAX_VALUE);
    }

    /** A whole number in [min, max]; the message names the bound that was crossed. */
    int integer(String name, int fallback, int min, int max) throws UsageException {
        String value = values.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed < min) {
                throw new UsageException("--" + name + " must be at least " + min);
            }
            if (parsed > max) {
                throw new UsageException("--" + name + " must be at most " + max + ", not " + parsed);
            }
            return parsed;
        } catch (NumberFormatException e) {
            if (value.strip().matches("\\d{10,}")) {
                throw new UsageException("--" + name + " must be at most " + max + ", not " + value.strip());
            }
            throw new UsageException("--" + name + " takes a whole number, not '" + value + "'");
        }
    }

    /** A mistake in how the command was called: exit code 2 with the message. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
