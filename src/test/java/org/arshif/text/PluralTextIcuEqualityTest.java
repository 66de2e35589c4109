package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * PluralText writes exactly what ICU4J 79.1's MessageFormat wrote when it was the implementation. {@code
 * icu-outputs.tsv} was written by ICU itself (src/test/icu/WriteIcuOutputs.java, with Western digits as PluralText
 * asked) for every key with arguments or apostrophes of the window's and the PDF's bundles, Arabic and English, with
 * the counts 0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 1000, 3340 and 1000000 (every argument the same count, then
 * each a different one), and for the command line's patterns with real numbers (seconds, articles a second: rounding
 * half to even). Each line holds the locale, the pattern, the arguments (a long, a double with a point, or {@code s:}
 * a string) and ICU's output. The patterns are kept in the file, so a message changed later does not fail this test.
 */
class PluralTextIcuEqualityTest {

    /** A message formatter: PluralText from the build's classes or from the shipped jar (PackagedPluralsIT). */
    interface Formatter {
        String format(String pattern, Locale locale, Object[] arguments) throws Exception;
    }

    @Test
    void everyCountedMessageComesOutAsIcuWroteIt() throws Exception {
        assertEquals(List.of(), differences(PluralText::format));
    }

    /** Every case of icu-outputs.tsv that {@code formatter} writes otherwise than ICU did, ICU's output and its own. */
    static List<String> differences(Formatter formatter) throws Exception {
        List<String> lines;
        try (InputStream in = PluralTextIcuEqualityTest.class.getResourceAsStream("icu-outputs.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertTrue(lines.size() > 1800, "the outputs ICU wrote: " + lines.size());
        List<String> different = new ArrayList<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            Object[] arguments = fields[2].isEmpty() ? new Object[0]
                    : Arrays.stream(fields[2].split(" ")).map(PluralTextIcuEqualityTest::argument).toArray();
            String actual = formatter.format(fields[1], Locale.forLanguageTag(fields[0]), arguments);
            if (!actual.equals(fields[3])) {
                different.add(fields[0] + " " + fields[1] + " [" + fields[2] + "]\n  ICU:  " + fields[3] + "\n  now:  " + actual);
            }
        }
        return different;
    }

    private static Object argument(String field) {
        if (field.startsWith("s:")) {
            return field.substring(2);
        }
        return field.contains(".") ? (Object) Double.parseDouble(field) : (Object) Long.parseLong(field);
    }
}
