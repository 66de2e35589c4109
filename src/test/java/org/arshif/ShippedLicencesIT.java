package org.arshif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The licences travel with the application: read from the built {@code arshif.jar} (maven-failsafe, verify phase),
 * the one the installers bundle too. The terms that are easy to lose when the jars are merged into one: PDFBox's Adobe
 * Glyph List and AFM terms, JavaFX's GPL with the Classpath Exception, the fonts' OFL, the list of every library.
 */
class ShippedLicencesIT {

    private static ZipFile jar;

    @BeforeAll
    static void openJar() throws IOException {
        Path built = Path.of(System.getProperty("arshif.jar", "target/arshif.jar"));
        assertTrue(Files.isRegularFile(built), "built jar: " + built.toAbsolutePath());
        jar = new ZipFile(built.toFile());
    }

    @AfterAll
    static void closeJar() throws IOException {
        jar.close();
    }

    private static String entry(String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertNotNull(entry, name + " is missing from the jar");
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void arshifsOwnLicenceIsTheOneMetaInfLicence() throws IOException {
        assertEquals(Files.readString(Path.of("LICENSE")), entry("META-INF/LICENSE"));
    }

    @Test
    void pdfboxsAdobeTermsAreShipped() throws IOException {
        // The merged NOTICE keeps PDFBox's: the glyph lists are Adobe's.
        String notice = entry("META-INF/NOTICE");
        assertTrue(notice.contains("Includes the Adobe Glyph List"), "Adobe Glyph List in META-INF/NOTICE");
        assertTrue(notice.contains("Apache PDFBox"), "PDFBox's notice");
        assertTrue(notice.contains("Apache Lucene"), "Lucene's notice");
        // PDFBox's own LICENSE, whole: the AFM and Glyph List terms live there, not in the Apache licence.
        String pdfbox = entry("META-INF/licenses/pdfbox/LICENSE");
        assertTrue(pdfbox.contains("Adobe Font Metrics (AFM) for PDF Core 14 Fonts"), "AFM terms");
        assertTrue(pdfbox.contains("The Adobe materials are provided on an \"AS IS\" basis"), "Glyph List terms");
        assertTrue(entry("META-INF/licenses/fontbox/LICENSE").contains("Apache License"));
    }

    @Test
    void everyBundledLibraryIsListedWithItsLicence() throws IOException {
        List<String> libraries = entry("META-INF/THIRD-PARTY.txt").lines().filter(line -> !line.startsWith("#")).toList();
        for (String coordinates : List.of("org.apache.pdfbox:pdfbox", "org.apache.pdfbox:fontbox",
                "org.apache.lucene:lucene-core", "org.openjfx:javafx-graphics",
                "com.fasterxml.jackson.core:jackson-databind", "commons-logging:commons-logging")) {
            assertTrue(libraries.stream().anyMatch(line -> line.split("\t")[1].equals(coordinates)),
                    coordinates + " listed in META-INF/THIRD-PARTY.txt");
        }
        for (String line : libraries) {
            String[] fields = line.split("\t");
            assertEquals(4, fields.length, "name, coordinates, version, licence: " + line);
            assertTrue(!fields[3].isBlank(), "a licence for " + line);
        }
    }

    @Test
    void javaFxsGplWithTheClasspathExceptionAndTheFontsOflAreShipped() throws IOException {
        String javafx = entry("META-INF/licenses/javafx/LICENSE");
        assertTrue(javafx.contains("GNU General Public License") && javafx.contains("\"CLASSPATH\" EXCEPTION TO THE GPL"), "GPLv2+CE");
        for (String font : List.of("amiri", "vazirmatn", "noto-symbols2")) {
            assertTrue(entry("fonts/" + font + "/OFL.txt").contains("SIL Open Font License"), font);
        }
    }
}
