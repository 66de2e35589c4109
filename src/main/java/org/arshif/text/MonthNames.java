package org.arshif.text;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Gregorian month names as Arabic news writes them: Egyptian/Gulf (أكتوبر), Levantine (تشرين الأول),
 * Maghrebi (أوت, فيفري, جوان, جويلية), Moroccan (غشت, شتنبر, نونبر, دجنبر) and English (Oct, October).
 * Lookup is on {@link ArabicFolding#fold folded} text, so hamza, alef maqsura and teh marbuta spellings all match.
 */
public final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** The names as written (not folded), for building patterns that find them in running text. */
    private static final Map<String, Integer> WRITTEN = new java.util.LinkedHashMap<>();

    static {
        add(1, "يناير", "جانفي", "كانون الثاني", "january", "jan");
        add(2, "فبراير", "فيفري", "شباط", "february", "feb");
        add(3, "مارس", "آذار", "march", "mar");
        add(4, "أبريل", "ابريل", "إبريل", "أفريل", "نيسان", "april", "apr");
        add(5, "مايو", "ماي", "أيار", "may");
        add(6, "يونيو", "يونية", "جوان", "حزيران", "june", "jun");
        add(7, "يوليو", "يولية", "جويلية", "يوليوز", "تموز", "july", "jul");
        add(8, "أغسطس", "اغسطس", "أوت", "غشت", "آب", "august", "aug");
        add(9, "سبتمبر", "شتنبر", "أيلول", "september", "sep", "sept");
        add(10, "أكتوبر", "اكتوبر", "تشرين الأول", "october", "oct");
        add(11, "نوفمبر", "نونبر", "تشرين الثاني", "november", "nov");
        add(12, "ديسمبر", "دجنبر", "كانون الأول", "december", "dec");
    }

    private MonthNames() {
    }

    private static void add(int month, String... names) {
        for (String name : names) {
            MONTHS.put(key(name), month);
            WRITTEN.put(name, month);
        }
    }

    private static String key(String name) {
        return ArabicFolding.fold(name).replaceAll("\\s+", " ").strip();
    }

    /** Every month name as written, with its number (Arabic and English spellings). */
    public static Map<String, Integer> written() {
        return java.util.Collections.unmodifiableMap(WRITTEN);
    }

    /** The month number (1–12) of a name such as {@code تشرين الأول} or {@code أوت}, if it is one. */
    public static OptionalInt lookup(String name) {
        Integer month = MONTHS.get(key(name));
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }
}
