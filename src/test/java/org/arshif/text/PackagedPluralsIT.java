package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The built arshif.jar ships ICU4J without the data it does not use (pom.xml's shade filter): its plurals must still
 * come out right. PluralText is loaded from the jar alone, not from the build's class path.
 */
class PackagedPluralsIT {

    private static final String ARABIC = "{0,plural,one{مقال واحد} two{مقالان} few{# مقالات} many{# مقالاً} other{# مقال}}";

    @Test
    void theSixArabicFormsFromTheShippedJar() throws Exception {
        URL jar = Path.of(System.getProperty("arshif.jar", "target/arshif.jar")).toUri().toURL();
        try (URLClassLoader shipped = new URLClassLoader(new URL[] {jar}, ClassLoader.getPlatformClassLoader())) {
            Class<?> pluralText = shipped.loadClass(PluralText.class.getName());
            assertEquals(shipped, pluralText.getClassLoader());
            Method format = pluralText.getMethod("format", String.class, Locale.class, Object[].class);
            for (int i = 0; i < PluralTextTest.COUNTS.length; i++) {
                assertEquals(PluralTextTest.ARABIC_ARTICLES[i],
                        format.invoke(null, ARABIC, Locale.forLanguageTag("ar"), new Object[] {PluralTextTest.COUNTS[i]}));
            }
            assertEquals("1,011 مقالاً", format.invoke(null, ARABIC, Locale.forLanguageTag("ar"), new Object[] {1011}));
        }
    }
}
