package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralTextTest {

    static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 700, 1000};

    /** «N مقال» in the six Arabic forms, as the PDF's labels write it (no zero form: 0 reads as «0 مقال»). */
    static final String[] ARABIC_ARTICLES = {"0 مقال", "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالاً",
        "99 مقالاً", "100 مقال", "101 مقال", "102 مقال", "200 مقال", "700 مقال", "1,000 مقال"};
    static final String[] ENGLISH_ARTICLES = {"0 articles", "1 article", "2 articles", "3 articles", "10 articles",
        "11 articles", "99 articles", "100 articles", "101 articles", "102 articles", "200 articles", "700 articles",
        "1,000 articles"};

    private static final String ARABIC = "{0,plural,one{مقال واحد} two{مقالان} few{# مقالات} many{# مقالاً} other{# مقال}}";
    private static final String ENGLISH = "{0,plural,one{# article} other{# articles}}";

    @Test
    void arabicCountsTakeTheirCldrFormByTheLastTwoDigits() {
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(ARABIC_ARTICLES[i], PluralText.format(ARABIC, Locale.forLanguageTag("ar"), COUNTS[i]));
        }
        assertEquals("1,003 مقالات", PluralText.format(ARABIC, Locale.forLanguageTag("ar"), 1003));
        assertEquals("1,011 مقالاً", PluralText.format(ARABIC, Locale.forLanguageTag("ar"), 1011));
    }

    @Test
    void englishCountsAreOneOrOther() {
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(ENGLISH_ARTICLES[i], PluralText.format(ENGLISH, Locale.ENGLISH, COUNTS[i]));
        }
    }

    @Test
    void digitsAreWesternInEveryLanguageAndOtherArgumentsPassThrough() {
        assertEquals("صُدِّر 12 مقالاً إلى /tmp/a.pdf", PluralText.format(
                "صُدِّر {0,plural,many{# مقالاً} other{# مقال}} إلى {1}", Locale.forLanguageTag("ar"), 12, "/tmp/a.pdf"));
        assertEquals("ما زال 3 من 1,250 في مكانه",
                PluralText.format("ما زال {0,number,integer} من {1,number,integer} في مكانه", Locale.forLanguageTag("ar"), 3, 1250));
        assertEquals("the archive's 2 files", PluralText.format("the archive's {0} files", Locale.ENGLISH, 2));
    }

    /** What ICU4J 79.1 wrote for each (checked side by side before ICU was removed). */
    @Test
    void apostrophesNestingAndOddNumbersAsIcuWroteThem() {
        Locale ar = Locale.forLanguageTag("ar");
        assertEquals("{0} is 5", PluralText.format("'{0}' is {0}", ar, 5));
        assertEquals("it's {literal} 5", PluralText.format("it''s '{'literal'}' {0}", Locale.ENGLISH, 5));
        assertEquals("# is 1", PluralText.format("{0,plural,one{'#' is #} other{'#' are #}}", Locale.ENGLISH, 1));
        assertEquals("a '# b' 1", PluralText.format("a '# b' {0}", Locale.ENGLISH, 1));
        assertEquals("x {z} 3", PluralText.format("{0,plural,one{x ''y'' #} other{x '{z}' #}}", Locale.ENGLISH, 3));
        assertEquals("five", PluralText.format("{0,plural,=5{five} few{few #} other{other #}}", ar, 5));
        assertEquals("b d 2", PluralText.format(
                "{0,plural,one{a} few{b {1,plural,one{c #} two{d #} other{e #}}} other{f #}}", ar, 3, 2));
        assertEquals("1 and {3}", PluralText.format("{0} and {3}", Locale.ENGLISH, 1));
        String six = "{0,plural,zero{z} one{o} two{t} few{f #} many{m #} other{x #}}";
        assertEquals("f \u200E-3", PluralText.format(six, ar, -3));
        assertEquals("x 1.5", PluralText.format(six, ar, 1.5));
        assertEquals("f 3", PluralText.format(six, ar, 3.0));
        assertEquals("o", PluralText.format(six, ar, 1.0004));
        assertEquals("x 103", PluralText.format("{0,plural,one{o #} other{x #}}", ar, 103));
        assertEquals("m 111", PluralText.format("{0,plural,few{f #} many{m #} other{x #}}", ar, 111));
        assertEquals("o 1", PluralText.format("{0,plural,one{o #} other{x #}}", Locale.ENGLISH, 1.0004));
        assertEquals("12,346", PluralText.format("{ 0 , number , integer }", Locale.ENGLISH, 12345.5));
        assertEquals("9,223,372,036,854,775,807", PluralText.format("{0,number,integer}", Locale.ENGLISH, Long.MAX_VALUE));
        assertEquals("null NaN", PluralText.format("{0} {1}", Locale.ENGLISH, null, Double.NaN));
        assertEquals("-1,234", PluralText.format("{0}", Locale.ENGLISH, -1234));
    }

    @Test
    void syntaxArshifDoesNotUseIsRefusedNamingThePattern() {
        for (String pattern : List.of("{0,select,a{x} other{y}}", "{0,plural,offset:1 one{x} other{y}}",
                "{0,plural,one{x}}", "{0,date}", "{name}", "{0,plural,one{x} other{y}", "{0,number}")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> PluralText.format(pattern, Locale.ENGLISH, pattern.equals("{0,number}") ? "text" : 1), pattern);
            assertTrue(refused.getMessage().contains(pattern), refused.getMessage());
        }
    }
}
