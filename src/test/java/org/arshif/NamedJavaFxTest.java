package org.arshif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the runnable jar's JavaFX modules are copied, and which: the platform's, once, whole. */
class NamedJavaFxTest {

    @TempDir
    Path dir;

    /** A jar holding, under javafx-modules/, an entry per name with the name as its contents. */
    private Path jarWith(String... names) throws Exception {
        Path jar = dir.resolve("arshif.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("org/arshif/Main.class"));
            out.write(1);
            for (String name : names) {
                out.putNextEntry(new ZipEntry(NamedJavaFx.FOLDER + name));
                out.write(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static List<String> names(List<Path> copies) {
        return copies.stream().map(path -> path.getFileName().toString().replaceAll("-[0-9a-f]+\\.jar$", ".jar"))
                .sorted().toList();
    }

    @Test
    void thisPlatformsModulesAreCopiedOnceAndACutCopyAgain() throws Exception {
        Path jar = jarWith("javafx-base-26.0.2-linux.jar", "javafx-graphics-26.0.2-linux.jar",
                "javafx-base-26.0.2-linux-aarch64.jar", "javafx-graphics-26.0.2-linux-aarch64.jar",
                "javafx-base-26.0.2-win.jar");
        Path cache = dir.resolve("cache");
        List<Path> copies = NamedJavaFx.extracted(jar, "linux", cache);
        assertEquals(List.of("javafx-base-26.0.2-linux.jar", "javafx-graphics-26.0.2-linux.jar"), names(copies));
        assertEquals("javafx-base-26.0.2-linux.jar", Files.readString(copies.getFirst()));
        assertEquals(List.of("javafx-base-26.0.2-linux-aarch64.jar", "javafx-graphics-26.0.2-linux-aarch64.jar"),
                names(NamedJavaFx.extracted(jar, "linux-aarch64", cache)));

        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(copies.getFirst(), written);
        try (OutputStream cut = Files.newOutputStream(copies.getLast())) {
            cut.write('j'); // a copy cut short (a disk full at the first start)
        }
        List<Path> again = NamedJavaFx.extracted(jar, "linux", cache);
        assertEquals(copies, again);
        assertEquals(written, Files.getLastModifiedTime(again.getFirst()), "a whole copy is not written again");
        assertEquals("javafx-graphics-26.0.2-linux.jar", Files.readString(again.getLast()), "a cut one is");
        try (var left = Files.list(cache)) {
            assertEquals(4, left.count(), "no partial file left behind");
        }
    }

    @Test
    void aJarOfOnePlatformGivesItsModulesWhateverThePlatformIsNamed() throws Exception {
        Path jar = jarWith("javafx-base-26.0.2-mac.jar");
        assertEquals(List.of("javafx-base-26.0.2-mac.jar"), names(NamedJavaFx.extracted(jar, "win", dir.resolve("c"))));
        assertEquals(List.of(), NamedJavaFx.extracted(jarWith(), "linux", dir.resolve("d")));
    }

    @Test
    void thePlatformAndTheCacheFolderFollowTheSystem() {
        assertEquals("linux", NamedJavaFx.platform("Linux", "amd64"));
        assertEquals("linux-aarch64", NamedJavaFx.platform("Linux", "aarch64"));
        assertEquals("mac-aarch64", NamedJavaFx.platform("Mac OS X", "aarch64"));
        assertEquals("mac", NamedJavaFx.platform("Mac OS X", "x86_64"));
        assertEquals("win", NamedJavaFx.platform("Windows 11", "amd64"));
        Path home = Path.of("/home/reader");
        assertEquals(home.resolve(".cache/arshif"), NamedJavaFx.cacheFolder(Map.of(), "Linux", home));
        assertEquals(Path.of("/xdg/arshif"), NamedJavaFx.cacheFolder(Map.of("XDG_CACHE_HOME", "/xdg"), "Linux", home));
        assertEquals(home.resolve("Library/Caches/Arshif"), NamedJavaFx.cacheFolder(Map.of(), "Mac OS X", home));
        assertEquals(Path.of("/local", "Arshif", "cache"),
                NamedJavaFx.cacheFolder(Map.of("LOCALAPPDATA", "/local"), "Windows 11", home));
        assertNotEquals(Path.of(System.getProperty("java.io.tmpdir")),
                NamedJavaFx.cacheFolder(Map.of(), "Linux", home).getParent(), "never a shared temporary folder");
    }
}
