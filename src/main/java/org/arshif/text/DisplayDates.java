package org.arshif.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;

/**
 * Dates as the reader and the PDF show them: Gregorian and Hijri, in Arabic or English. Written out by hand
 * rather than with {@code DateTimeFormatter}: the JDK's Arabic locale data inserts right-to-left marks that the
 * bundled fonts draw as boxes, and Arabic readers expect Western digits in news dates as often as not.
 */
public final class DisplayDates {

    private static final List<String> GREGORIAN_AR = List.of("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
            "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر");
    private static final List<String> GREGORIAN_EN = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final List<String> HIJRI_AR = List.of("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى",
            "جمادى الآخرة", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة");
    private static final List<String> HIJRI_EN = List.of("Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani",
            "Jumada al-Ula", "Jumada al-Akhirah", "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah",
            "Dhu al-Hijjah");

    private DisplayDates() {
    }

    private static boolean arabic(Locale locale) {
        return "ar".equals(locale.getLanguage());
    }

    /** {@code 30 أكتوبر 2017} or {@code 30 October 2017}. */
    public static String gregorian(LocalDate date, Locale locale) {
        return date.getDayOfMonth() + " " + gregorianMonth(date.getMonthValue(), locale) + " " + date.getYear();
    }

    /** {@code 10 صفر 1439 هـ} or {@code 10 Safar 1439 AH}; empty outside the JDK's Hijri calendar range. */
    public static String hijri(LocalDate date, Locale locale) {
        try {
            HijrahDate hijri = HijrahDate.from(date);
            int month = hijri.get(ChronoField.MONTH_OF_YEAR);
            return hijri.get(ChronoField.DAY_OF_MONTH) + " " + hijriMonth(month, locale) + " "
                    + hijri.get(ChronoField.YEAR) + " " + hijriEra(locale);
        } catch (DateTimeException e) {
            return "";
        }
    }

    /** Both calendars: {@code 30 أكتوبر 2017 · 10 صفر 1439 هـ}. */
    public static String both(LocalDate date, Locale locale) {
        String hijri = hijri(date, locale);
        return hijri.isEmpty() ? gregorian(date, locale) : gregorian(date, locale) + " · " + hijri;
    }

    /** The name of Gregorian month {@code month} (1–12): {@code يوليو}, {@code July}. */
    public static String gregorianMonth(int month, Locale locale) {
        return (arabic(locale) ? GREGORIAN_AR : GREGORIAN_EN).get(month - 1);
    }

    /** The name of Hijri month {@code month} (1–12): {@code شوال}, {@code Shawwal}. */
    public static String hijriMonth(int month, Locale locale) {
        return (arabic(locale) ? HIJRI_AR : HIJRI_EN).get(month - 1);
    }

    private static final List<String> WEEKDAYS_AR = List.of("اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة", "سبت", "أحد");
    private static final List<String> WEEKDAYS_EN = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    /** A weekday's short name for a calendar's column heads: {@code سبت}, {@code Sat}. */
    public static String weekday(java.time.DayOfWeek day, Locale locale) {
        return (arabic(locale) ? WEEKDAYS_AR : WEEKDAYS_EN).get(day.getValue() - 1);
    }

    /** The era after a Hijri year: {@code هـ} or {@code AH}. */
    public static String hijriEra(Locale locale) {
        return arabic(locale) ? "هـ" : "AH";
    }

    /** Month and year for the timeline: {@code أكتوبر 2017}. */
    public static String month(int year, int month, Locale locale) {
        return gregorianMonth(month, locale) + " " + year;
    }
}
