package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
