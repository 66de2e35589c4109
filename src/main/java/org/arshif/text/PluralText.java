package org.arshif.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Messages with counts, written with the plural rules of the Unicode CLDR through ICU's {@link MessageFormat}:
 * {@code {0, plural, one{# article} other{# articles}}}. Arabic has six forms (zero, one, two, few for 3–10,
 * many for 11–99, other for 100–102 and round hundreds…, chosen by the last two digits), which the JDK's
 * choice format can only approximate: «200 مقالاً» where Arabic writes «200 مقال». Shared by the window, the
 * command line and the PDF so all three count alike.
 *
 * <p>Numbers are written in Western digits in every language, as everywhere else in Arshif (dates, the list, the
 * PDF): ICU would otherwise write Arabic-Indic digits for Arabic.
 */
public final class PluralText {

    private PluralText() {
    }

    /** Formats {@code pattern} (ICU message syntax, apostrophes as in ICU: only '' before a brace quotes). */
    public static String format(String pattern, Locale locale, Object... arguments) {
        ULocale westernDigits = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
        return new MessageFormat(pattern, westernDigits).format(arguments);
    }
}
