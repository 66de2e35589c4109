package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The article count the PDF prints under its table of contents and on its cover, in Arabic and English. */
class PdfCountLabelTest {

    private static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 700, 1000};

    private static String count(Locale locale, long n) {
        return new PdfExporter(new PdfOptions(PdfOptions.PageSize.A4, "أرشيف", locale, LocalDate.of(2017, 10, 30)))
                .label("articleCount", n);
    }

    @Test
    void arabicCountsFollowCldr() {
        String[] expected = {"0 مقال", "مقال واحد", "مقالان", "3 مقالات", "10 مقالات", "11 مقالاً", "99 مقالاً",
            "100 مقال", "101 مقال", "102 مقال", "200 مقال", "700 مقال", "1,000 مقال"};
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(expected[i], count(Locale.forLanguageTag("ar"), COUNTS[i]));
        }
    }

    @Test
    void englishCountsAreOneOrOther() {
        String[] expected = {"0 articles", "1 article", "2 articles", "3 articles", "10 articles", "11 articles",
            "99 articles", "100 articles", "101 articles", "102 articles", "200 articles", "700 articles",
            "1,000 articles"};
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(expected[i], count(Locale.ENGLISH, COUNTS[i]));
        }
    }
}
