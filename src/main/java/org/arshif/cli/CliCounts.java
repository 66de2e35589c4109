package org.arshif.cli;

import java.util.Locale;
import org.arshif.text.PluralText;

/**
 * The command line's sentences that hold counts, in English with CLDR plural forms ("1 article", "2 articles"),
 * so a count of one never reads "1 articles".
 */
final class CliCounts {

    private CliCounts() {
    }

    private static String format(String pattern, Object... arguments) {
        return PluralText.format(pattern, Locale.ENGLISH, arguments);
    }

    static String articles(long count) {
        return format("{0,plural,one{# article} other{# articles}}", count);
    }

    /**
     * What a search found, as the window says it: the texts (the list's rows, copies of one text folded) and the
     * articles they stand for, so that neither number is taken for the other.
     */
    static String found(long texts, long articles) {
        return texts == articles ? articles(articles) : format("{0,plural,one{# text} other{# texts}} · "
                + "{1,plural,one{# article} other{# articles}} (copies of one text, such as a wire story printed by"
                + " several papers, are shown once)", texts, articles);
    }

    static String repeatedIds(long repeats) {
        return format("arshif: {0,plural,one{# id was given again and is exported once} other{# ids were given again"
                + " and are exported once}}", repeats);
    }

    static String exported(long articles, long pages, Object file, double seconds) {
        return format("Exported {0,plural,one{# article} other{# articles}}, {1,plural,one{# page} other{# pages}},"
                + " to {2} in {3,number,0.0} s", articles, pages, String.valueOf(file), seconds);
    }

    static String sound(Object folder, long articles) {
        return format("The archive {0} is sound: {1,plural,one{# article} other{# articles}}, every file matches its"
                + " checksum", String.valueOf(folder), articles);
    }

    static String undated(long articles, long undated) {
        return format("{0,plural,one{# article} other{# articles}} ({1,number,integer} undated)", articles, undated);
    }

    static String moreSkipped(long records) {
        return format("  … and {0,plural,one{# more skipped record} other{# more skipped records}}, not listed",
                records);
    }

    static String moreNotes(long notes) {
        return format("  … and {0,plural,one{# more note} other{# more notes}}, not listed", notes);
    }

    /** Said once a large import's articles are all committed and its segments merge (a minute at a million). */
    static final String MERGING = "every article imported; merging the archive's segments for faster searches";
    /** The same, after an upgrade indexed every article again. */
    static final String UPGRADE_MERGING = "every article indexed again; merging the archive's segments for faster"
            + " searches";

    /** The import's progress; the rate only once there is one to tell (a first second rounds to 0 or 1). */
    static String progress(long read, long imported, double perSecond) {
        long rate = Math.round(perSecond);
        return format("{0,plural,one{# record} other{# records}} read, {1,number,integer} imported", read, imported)
                + (rate < 2 ? "" : format(", {0,number,integer} articles/s", rate));
    }

    static String upgradeProgress(long indexed, long total) {
        return format("upgrading: {0,number,integer} of {1,plural,one{# article} other{# articles}} indexed again",
                indexed, total);
    }

    static String upgraded(Object folder, int format, long articles, double seconds) {
        return format("Upgraded the archive {0} to format {1,number,integer}: {2,plural,one{# article} other{# articles}}"
                + " indexed again from the archive itself, with the import history kept, in {3,number,0.0} s",
                String.valueOf(folder), format, articles, seconds);
    }

    static String shortenedTitles(long titles, int limit) {
        return format("arshif: {0,plural,one{# title is} other{# titles are}} longer than {1,number,integer}"
                + " characters: cut there in the PDF, kept whole in the archive", titles, limit);
    }

    static String missingGlyphs(long characters) {
        return format("arshif: {0,plural,one{# character has} other{# characters have}} no glyph in the bundled fonts"
                + " and {0,plural,one{was} other{were}} left out", characters);
    }
}
