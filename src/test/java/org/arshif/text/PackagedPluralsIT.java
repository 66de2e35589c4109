package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The built arshif.jar counts with its own plural rules, on the JDK alone: ICU4J is no longer bundled (it was 7.5 MB
 * of the installed size for this one use). PluralText is loaded from the jar alone, not from the build's class path,
 * and writes every case ICU4J wrote (PluralTextIcuEqualityTest's icu-outputs.tsv).
 */
class PackagedPluralsIT {

    private static final String ARABIC = "{0,plural,one{مقال واحد} two{مقالان} few{# مقالات} many{# مقالاً} other{# مقال}}";
    private static final Path JAR = Path.of(System.getProperty("arshif.jar", "target/arshif.jar"));

    @Test
    void theShippedJarWritesWhatIcuWrote() throws Exception {
        try (URLClassLoader shipped = new URLClassLoader(new URL[] {JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> pluralText = shipped.loadClass(PluralText.class.getName());
            assertEquals(shipped, pluralText.getClassLoader());
            Method format = pluralText.getMethod("format", String.class, Locale.class, Object[].class);
            for (int i = 0; i < PluralTextTest.COUNTS.length; i++) {
                assertEquals(PluralTextTest.ARABIC_ARTICLES[i],
                        format.invoke(null, ARABIC, Locale.forLanguageTag("ar"), new Object[] {PluralTextTest.COUNTS[i]}));
            }
            assertEquals("1,011 مقالاً", format.invoke(null, ARABIC, Locale.forLanguageTag("ar"), new Object[] {1011}));
            assertEquals(List.of(), PluralTextIcuEqualityTest.differences(
                    (pattern, locale, arguments) -> (String) format.invoke(null, pattern, locale, arguments)));
        }
    }

    @Test
    void icuIsNeitherShippedNorListed() throws Exception {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            assertTrue(jar.stream().noneMatch(entry -> entry.getName().startsWith("com/ibm/icu/")
                    || entry.getName().startsWith("META-INF/licenses/icu4j")), "ICU4J inside " + JAR);
            String thirdParty = new String(jar.getInputStream(jar.getEntry("META-INF/THIRD-PARTY.txt")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(!thirdParty.contains("icu4j"), thirdParty);
        }
    }
}
