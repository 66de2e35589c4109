package org.arshif.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    /** Two Latin words in a row outside an isolate: English left in an Arabic sentence. */
    private static final Pattern LATIN_WORDS = Pattern.compile("\\p{IsLatin}{2,}[ ,;:]+\\p{IsLatin}{2,}");

    /** Every code has a sentence in both languages, and the Arabic one is Arabic. */
    @ParameterizedTest
    @EnumSource(Problem.Code.class)
    void everyCodeHasAnArabicAndAnEnglishSentence(Problem.Code code) {
        Problem problem = Problem.of(code, "«1»", "«2»");
        String arabic = problem.text(ARABIC);
        String english = problem.text(Locale.ENGLISH);
        assertTrue(arabic.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                arabic);
        String outsideIsolates = arabic.replaceAll("\u2068[^\u2069]*\u2069", "");
        assertFalse(LATIN_WORDS.matcher(outsideIsolates).find(), arabic);
        assertTrue(english.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC),
                english);
    }

    @Test
    void aReversedRangeIsRefusedWithItsCodeAndBothDates() {
        var from = LocalDate.of(2017, 10, 30);
        var to = LocalDate.of(2017, 10, 1);
        Problem.Refused refused = org.junit.jupiter.api.Assertions.assertThrows(Problem.Refused.class,
                () -> new SearchQuery("أستانا", from, to, null, SortOrder.NEWEST, 0, 20));
        assertEquals(Problem.Code.SEARCH_RANGE_REVERSED, refused.problem().code());
        assertEquals("the date range ends (2017-10-01) before it starts (2017-10-30)", refused.getMessage());
        assertEquals("نطاق التاريخ ينتهي (\u20682017-10-01\u2069) قبل أن يبدأ (\u20682017-10-30\u2069)",
                refused.problem().text(ARABIC));
    }

    /** A problem inside a problem is said in the same language; a system's own words stay as they came. */
    @Test
    void nestedProblemsFollowTheLanguage() {
        Problem denied = Problem.of(Problem.Code.UNREADABLE, Problem.of(Problem.Code.PERMISSION_DENIED));
        assertEquals("cannot read: permission denied", denied.english());
        assertEquals("تعذّرت القراءة: لا إذن بالوصول", denied.text(ARABIC));
        List<String> none = new ArrayList<>();
        assertEquals("invalid JSON: Unexpected character", Problem.of(Problem.Code.INVALID_JSON, "Unexpected character")
                .english(), none.toString());
    }

    /**
     * Both sentences of a code take the same values, and every value appears: a sentence that dropped one (or quoted
     * it away: MessageFormat reads a lone apostrophe as the start of a quote) would say less in one language.
     */
    @ParameterizedTest
    @EnumSource(Problem.Code.class)
    void bothSentencesTakeTheSameValuesAndSayThemAll(Problem.Code code) throws java.io.IOException {
        String arabic = raw("problems.properties", code);
        String english = raw("problems_en.properties", code);
        assertEquals(placeholders(arabic), placeholders(english), code.name());
        assertFalse(english.replace("''", "").contains("'"), "a lone apostrophe in " + english);
        assertFalse(arabic.replace("''", "").contains("'"), "a lone apostrophe in " + arabic);
        Object[] values = {"V0", "V1", "V2", "V3", "V4"};
        for (Locale locale : List.of(ARABIC, Locale.ENGLISH)) {
            String said = new Problem(code, java.util.Arrays.asList(values)).text(locale);
            assertFalse(said.contains("{") || said.contains("}"), said);
            for (int n : placeholders(locale == ARABIC ? arabic : english)) {
                assertTrue(said.contains("V" + n), code + " says value " + n + ": " + said);
            }
        }
    }

    /** A few sentences composed of several codes, word for word as the command line said them before the codes. */
    @Test
    void composedSentencesKeepTheCommandLinesWords() {
        Problem damaged = Problem.of(Problem.Code.COLLECTIONS_DAMAGED, "/a/collections.json",
                Problem.of(Problem.Code.COLLECTIONS_ENTRY, "2", Problem.of(Problem.Code.COLLECTIONS_FIELD_MISSING, "name")));
        assertEquals("the collections file /a/collections.json cannot be read: collection 2: 'name' is missing or not"
                + " text. It was left as it is; the collections cannot change until it is repaired or moved away",
                damaged.english());
        assertEquals("تعذّرت قراءة ملف المجموعات \u2068/a/collections.json\u2069: المجموعة 2: الحقل «\u2068name\u2069»"
                + " مفقود أو ليس نصاً. تُرك كما هو؛ لا تتغير المجموعات حتى يُصلَح أو يُنقل من مكانه", damaged.text(ARABIC));
        Problem full = Problem.of(Problem.Code.UPGRADE_FAILED, "/a",
                Problem.of(Problem.Code.UPGRADE_DISK_FULL, Problem.of(Problem.Code.DISK_FREE, "12", "1,024")));
        assertEquals("the archive /a could not be upgraded to this version's format (the disk holding it is full (12 MB"
                + " free of 1,024 MB); the upgrade needs about as much free space again as the archive takes): it was"
                + " left as it was, and can be opened read-only meanwhile", full.english());
        assertTrue(full.text(ARABIC).contains("ممتلئ (\u206812\u2069 ميغابايت متاحة من \u20681,024\u2069 ميغابايت)؛"),
                full.text(ARABIC));
        assertEquals("a collection named 'سوريا' exists already",
                Problem.of(Problem.Code.COLLECTION_EXISTS, "سوريا").english());
    }

    private static String raw(String bundle, Problem.Code code) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var in = ProblemTest.class.getResourceAsStream("/org/arshif/model/" + bundle)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties.getProperty(code.name());
    }

    private static java.util.SortedSet<Integer> placeholders(String pattern) {
        var found = new java.util.TreeSet<Integer>();
        var matcher = Pattern.compile("\\{(\\d+)\\}").matcher(pattern);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }
}
