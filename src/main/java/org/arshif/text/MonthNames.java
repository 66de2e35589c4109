package org.arshif.text;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Month names as Arabic news writes them. Gregorian: Egyptian/Gulf (أكتوبر), Levantine (تشرين الأول),
 * Maghrebi (أوت, فيفري, جوان, جويلية), Moroccan (غشت, شتنبر, نونبر, دجنبر) and English (Oct, October). Hijri: the
 * twelve months with their common spellings (ربيع الآخر or ربيع الثاني, ذو القعدة or ذي القعدة), and in English as
 * the window writes them (Shawwal). Lookup is on {@link ArabicFolding#fold folded} text, so hamza, alef maqsura and
 * teh marbuta spellings all match.
 */
public final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    /** The names as written (not folded), for building patterns that find them in running text. */
    private static final Map<String, Integer> WRITTEN = new java.util.LinkedHashMap<>();
    private static final Map<String, Integer> HIJRI = new HashMap<>();
    /** The Arabic Hijri names as written, for patterns over running text (the English ones are for typed dates). */
    private static final Map<String, Integer> HIJRI_WRITTEN = new java.util.LinkedHashMap<>();

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
        String[][] hijri = {{"محرم"}, {"صفر"}, {"ربيع الأول", "ربيع الاول"},
            {"ربيع الآخر", "ربيع الثاني", "ربيع الاخر"}, {"جمادى الأولى", "جمادى الاولى", "جمادى الأول"},
            {"جمادى الآخرة", "جمادى الثانية", "جمادى الاخرة"}, {"رجب"}, {"شعبان"}, {"رمضان"}, {"شوال"},
            {"ذو القعدة", "ذي القعدة"}, {"ذو الحجة", "ذي الحجة"}};
        for (int month = 1; month <= 12; month++) {
            for (String name : hijri[month - 1]) {
                HIJRI.put(key(name), month);
                HIJRI_WRITTEN.put(name, month);
            }
            HIJRI.put(key(DisplayDates.hijriMonth(month, java.util.Locale.ENGLISH)), month);
        }
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

    /** Every Arabic Hijri month name as written, with its number. */
    public static Map<String, Integer> writtenHijri() {
        return java.util.Collections.unmodifiableMap(HIJRI_WRITTEN);
    }

    /** The Hijri month number (1–12) of a name such as {@code ذي القعدة} or {@code Shawwal}, if it is one. */
    public static OptionalInt lookupHijri(String name) {
        Integer month = HIJRI.get(key(name));
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }

    /** The month number (1–12) of a name such as {@code تشرين الأول} or {@code أوت}, if it is one. */
    public static OptionalInt lookup(String name) {
        Integer month = MONTHS.get(key(name));
        return month == null ? OptionalInt.empty() : OptionalInt.of(month);
    }
}
