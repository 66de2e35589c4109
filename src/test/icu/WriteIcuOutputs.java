import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/**
 * Wrote src/test/resources/org/arshif/text/icu-outputs.tsv with ICU4J 79.1, the implementation PluralText had before
 * its own (PluralTextIcuEqualityTest). Not part of the build: a single-file program, kept to show how the expected
 * outputs were made. Run from the project folder:
 * {@code java -cp ~/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar src/test/icu/WriteIcuOutputs.java . src/test/resources/org/arshif/text/icu-outputs.tsv}
 */
public class WriteIcuOutputs {
    static String icu(String pattern, Locale locale, Object... arguments) {
        ULocale westernDigits = ULocale.forLocale(locale).setKeywordValue("numbers", "latn");
        return new MessageFormat(pattern, westernDigits).format(arguments);
    }
    static final long[] COUNTS = {0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 200, 1000, 3340, 1000000};
    static PrintWriter out;
    static void line(String locale, String pattern, Object[] args) {
        String expected = icu(pattern, Locale.forLanguageTag(locale), args);
        StringJoiner a = new StringJoiner(" ");
        for (Object o : args) a.add(o instanceof String s ? "s:" + s : o.toString());
        for (String f : List.of(pattern, expected, a.toString())) {
            if (f.contains("\t") || f.contains("\n")) throw new IllegalStateException(f);
        }
        out.println(locale + "\t" + pattern + "\t" + a + "\t" + expected);
    }
    public static void main(String[] argv) throws Exception {
        String root = argv[0];
        out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(argv[1]), StandardCharsets.UTF_8));
        String[][] bundles = {{"ar", "ui/messages.properties"}, {"en", "ui/messages_en.properties"},
            {"ar", "pdf/labels.properties"}, {"en", "pdf/labels_en.properties"}};
        for (String[] b : bundles) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of(root, "src/main/resources/org/arshif", b[1]))) { p.load(r); }
            for (String key : new TreeSet<>(p.stringPropertyNames())) {
                String pattern = p.getProperty(key);
                if (!pattern.contains("{") && !pattern.contains("'")) continue;
                int max = -1;
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(pattern);
                while (m.find()) max = Math.max(max, Integer.parseInt(m.group(1)));
                if (max < 0) { line(b[0], pattern, new Object[0]); continue; }
                for (long c : COUNTS) {
                    Object[] same = new Object[max + 1];
                    Object[] apart = new Object[max + 1];
                    for (int i = 0; i <= max; i++) { same[i] = c; apart[i] = c + i; }
                    line(b[0], pattern, same);
                    if (max > 0) line(b[0], pattern, apart);
                }
            }
        }
        // The command line's own patterns (CliCounts), English, with their doubles.
        String[] cli = {
            "{0,plural,one{# article} other{# articles}}",
            "Exported {0,plural,one{# article} other{# articles}}, {1,plural,one{# page} other{# pages}}, to {2} in {3,number,0.0} s",
            "The archive {0} is sound: {1,plural,one{# article} other{# articles}}, every file matches its checksum",
            "{0,plural,one{# article} other{# articles}} ({1,number,integer} undated)",
            "{0,plural,one{# record} other{# records}} read, {1,number,integer} imported, {2,number,integer} articles/s",
            "Upgraded the archive {0} to format {1,number,integer}: {2,plural,one{# article} other{# articles}} indexed again from the archive itself, with the import history kept, in {3,number,0.0} s",
        };
        double[] reals = {0, 0.04, 0.05, 0.15, 0.25, 0.5, 1.5, 2.5, 3.5, 12.345, 99.95, 1234.56, 1234.5, 1000000.25};
        for (int i = 0; i < COUNTS.length; i++) {
            long c = COUNTS[i];
            double d = reals[i];
            line("en", cli[0], new Object[] {c});
            line("en", cli[1], new Object[] {c, c + 1, "/tmp/the_archive's.pdf", d});
            line("en", cli[2], new Object[] {"/tmp/archive", c});
            line("en", cli[3], new Object[] {c, c / 3});
            line("en", cli[4], new Object[] {c, c, d});
            line("en", cli[5], new Object[] {"/tmp/archive", 3, c, d});
            // Plain arguments that are real numbers: the JDK-free default number format (at most 3 decimals).
            line("en", "{0} and {1,number,integer}", new Object[] {d, d});
            line("ar", "{0} و{1,number,integer}", new Object[] {d, d});
        }
        out.close();
    }
}
