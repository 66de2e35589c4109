package org.arshif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar arshif.jar} opens the window with JavaFX as named modules: nothing on stderr but the start-up
 * timings asked for, no "Unsupported JavaFX configuration" (issue 14). Run on the built jar (maven-failsafe), on
 * JavaFX's headless platform, in a home of its own (the modules' copies, the settings, the archive).
 */
class NamedJavaFxIT {

    private static final Path JAR = Path.of(System.getProperty("arshif.jar", "target/arshif.jar"));

    @Test
    void theJarCarriesJavaFxsModularJarsAndNoJavaFxClasses() throws Exception {
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            List<String> names = jar.stream().map(entry -> entry.getName()).toList();
            assertTrue(names.stream().noneMatch(name -> name.startsWith("javafx/") || name.startsWith("com/sun/")),
                    "JavaFX's classes are not merged into the jar");
            for (String module : List.of("base", "graphics", "controls")) {
                assertTrue(names.stream().anyMatch(name -> name.matches(NamedJavaFx.FOLDER + "javafx-" + module
                        + "-[0-9.]+-[a-z0-9-]+\\.jar")), module + " in " + names);
            }
        }
    }

    @Test
    void theWindowOpensWithoutJavaFxsWarning(@TempDir Path home) throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Darshif.config=" + home.resolve("config"), "-Darshif.timing=true",
                "-Dglass.platform=Headless", "-Dprism.order=sw", "-jar", JAR.toString(),
                "--archive=" + home.resolve("archive"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        List<String> stderr = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(app.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                stderr.add(line);
                if (line.startsWith("arshif timing: first results")) {
                    break;
                }
            }
        } finally {
            app.destroy();
            app.waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(stderr.stream().anyMatch(line -> line.startsWith("arshif timing: window shown")), stderr.toString());
        assertEquals(List.of(), stderr.stream().filter(line -> !line.startsWith("arshif timing:")).toList(),
                "nothing but the timings on stderr");
        // The modules were copied once into the per-user cache, named by their contents.
        try (var copies = Files.list(home.resolve(".cache").resolve("arshif"))) {
            List<String> names = copies.map(path -> path.getFileName().toString()).sorted().toList();
            assertEquals(3, names.size(), names.toString());
            assertFalse(names.stream().anyMatch(name -> name.endsWith(".part")), names.toString());
        }
    }
}
