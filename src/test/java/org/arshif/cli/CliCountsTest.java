package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CliCountsTest {

    private static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 700, 1000};
    private static final String[] ARTICLES = {"0 articles", "1 article", "2 articles", "3 articles", "10 articles",
        "11 articles", "99 articles", "100 articles", "101 articles", "102 articles", "200 articles", "700 articles",
        "1,000 articles"};

    @Test
    void everyCountReadsInTheRightForm() {
        for (int i = 0; i < COUNTS.length; i++) {
            assertEquals(ARTICLES[i], CliCounts.articles(COUNTS[i]));
            assertEquals("Exported " + ARTICLES[i] + ", 1 page, to out.pdf in 0.2 s",
                    CliCounts.exported(COUNTS[i], 1, "out.pdf", 0.21));
            assertEquals(ARTICLES[i] + " (1 undated)", CliCounts.undated(COUNTS[i], 1));
        }
        assertEquals("Exported 1 article, 2 pages, to /tmp/x.pdf in 1.5 s", CliCounts.exported(1, 2, "/tmp/x.pdf", 1.5));
        assertEquals("  … and 1 more skipped record, not listed", CliCounts.moreSkipped(1));
        assertEquals("  … and 10,001 more skipped records, not listed", CliCounts.moreSkipped(10_001));
        assertEquals("arshif: 1 character has no glyph in the bundled fonts and was left out", CliCounts.missingGlyphs(1));
        assertEquals("arshif: 3 characters have no glyph in the bundled fonts and were left out", CliCounts.missingGlyphs(3));
        assertEquals("1 record read, 1 imported, 12 articles/s", CliCounts.progress(1, 1, 12.4));
        assertEquals("3 records read, 1 imported", CliCounts.progress(3, 1, 1.2), "no '1 articles/s'");
        assertEquals("652 texts · 797 articles (copies of one text, such as a wire story printed by several papers,"
                + " are shown once)", CliCounts.found(652, 797));
        assertEquals("1 text · 2 articles (copies of one text, such as a wire story printed by several papers,"
                + " are shown once)", CliCounts.found(1, 2));
        assertEquals("5 articles", CliCounts.found(5, 5));
    }
}
