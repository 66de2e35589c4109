package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code arshif --version}: what the build wrote, checked against the libraries actually on the class path. */
class VersionCommandTest {

    @Test
    void versionNamesTheBuildTheRuntimeAndEachComponentWithItsLicence() {
        CliRun run = CliRun.of("--version");
        assertEquals(0, run.code(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        // Filtered by Maven: a version and a date, never the unfiltered ${project.version}.
        assertTrue(lines.getFirst().matches("Arshif \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?, built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC"),
                lines.getFirst());
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version() + " ("), lines.get(1));
        // The versions listed are those of the jars this process runs with.
        assertComponent(lines, "Apache PDFBox", org.apache.pdfbox.util.Version.getVersion(), "Apache-2.0");
        assertComponent(lines, "Apache Lucene (module: core)", org.apache.lucene.util.Version.LATEST.toString(), "Apache-2.0");
        assertComponent(lines, "javafx controls", com.sun.javafx.runtime.VersionInfo.getVersion(),
                "GPL-2.0-only WITH Classpath-exception-2.0");
        assertTrue(lines.stream().noneMatch(line -> line.contains("ICU")), "ICU4J is no longer bundled: " + lines);
        assertComponent(lines, "Amiri", "0.113", "OFL-1.1");
        assertComponent(lines, "Vazirmatn", "33.0.3", "OFL-1.1");
        // Every component line ends with a licence.
        lines.stream().filter(line -> line.startsWith("  "))
                .forEach(line -> assertTrue(line.strip().split("\\s{2,}").length == 3, "a licence on: " + line));
    }

    @Test
    void versionNamesTheArchivesFolderAndFormatWithoutChangingOrCreatingIt(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        java.nio.file.Path old = org.arshif.archive.lucene.KeptArchives.copyOf("format-2", dir);
        CliRun run = CliRun.of("--version", "--archive", old.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().lines().anyMatch(("Archive " + old + ": format 2")::equals), run.out());
        assertEquals(2, org.arshif.archive.lucene.KeptArchives.formatOnDisk(old), "read, not upgraded");

        java.nio.file.Path none = dir.resolve("none");
        CliRun empty = CliRun.of("--version", "--archive", none.toString());
        assertTrue(empty.out().lines().anyMatch(("Archive " + none + ": none there yet")::equals), empty.out());
        assertTrue(java.nio.file.Files.notExists(none), "nothing created");
        assertEquals(2, CliRun.of("--version", "--archives", "x").code());
    }

    @Test
    void theUsageNamesTheVersionOption() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().contains("arshif --version"), run.out());
    }

    private static void assertComponent(List<String> lines, String name, String version, String licence) {
        assertTrue(lines.stream().anyMatch(line -> line.strip().split("\\s{2,}").length == 3
                        && List.of(line.strip().split("\\s{2,}")).equals(List.of(name, version, licence))),
                name + " " + version + " " + licence + " in:\n" + String.join("\n", lines));
    }
}
