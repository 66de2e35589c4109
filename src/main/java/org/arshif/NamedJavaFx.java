package org.arshif;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * JavaFX as named modules for {@code java -jar arshif.jar}. JavaFX supports only being loaded as its named modules
 * and says "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" otherwise (JDK-8256362),
 * but a jar's manifest cannot put anything on the module path ({@code Add-Modules} is not a manifest attribute, and
 * {@code Launcher-Agent-Class} cannot make class-path classes a module). So the runnable jars carry JavaFX's own
 * modular jars whole, under {@value #FOLDER} (not merged into the jar's classes), and this starts the window in a
 * module layer holding them: JavaFX is then {@code javafx.graphics}, named, explicit and not open, as when it is on
 * the module path. The application stays in an unnamed module (its own class loader, over this same jar, whose
 * parent is the layer's loader): its resource bundles and reflection work as from the class path.
 *
 * <p>Where JavaFX is found already (on the module path: {@code mvn javafx:run}, the installers' run-time; or on the
 * class path: the tests, an IDE), nothing of this happens.
 */
final class NamedJavaFx {

    /** Where the runnable jars keep JavaFX's modular jars (pom.xml puts them there). */
    static final String FOLDER = "javafx-modules/";

    private NamedJavaFx() {
    }

    /**
     * Starts the window with JavaFX as named modules when this jar carries them and JavaFX is not loaded otherwise;
     * false (nothing done) when it is, so the caller starts the window as it is.
     */
    static boolean launch(String[] args) throws Exception {
        if (javaFxVisible() || !(codeSource() instanceof Path jar && Files.isRegularFile(jar))) {
            return false;
        }
        String os = System.getProperty("os.name", "");
        List<Path> modules = extracted(jar, platform(os, System.getProperty("os.arch", "")),
                cacheFolder(System.getenv(), os, Path.of(System.getProperty("user.home", "."))));
        if (modules.isEmpty()) {
            return false;
        }
        Configuration graph = ModuleLayer.boot().configuration().resolveAndBind(
                ModuleFinder.of(modules.toArray(Path[]::new)), ModuleFinder.of(), Set.of("javafx.controls"));
        ModuleLayer.Controller javaFx = ModuleLayer.defineModulesWithOneLoader(graph, List.of(ModuleLayer.boot()),
                ClassLoader.getPlatformClassLoader());
        // JavaFX loads its native libraries (the manifest's Enable-Native-Access covers unnamed code only).
        javaFx.layer().modules().forEach(javaFx::enableNativeAccess);
        // The application over this jar, after JavaFX: the layer's loader gives the javafx packages, and its parent
        // (the platform's loader, not the class path's) nothing of this jar, so each class is loaded once, here.
        ClassLoader application = new URLClassLoader("arshif", new URL[] {jar.toUri().toURL()},
                javaFx.layer().findLoader("javafx.graphics"));
        Thread.currentThread().setContextClassLoader(application);
        application.loadClass(Main.class.getName()).getMethod("main", String[].class).invoke(null, (Object) args);
        return true;
    }

    /** True when JavaFX can be loaded as things are: this is the application's loader, or JavaFX is on a path. */
    private static boolean javaFxVisible() {
        try {
            Class.forName("javafx.application.Application", false, NamedJavaFx.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException notHere) {
            return false;
        }
    }

    private static Object codeSource() {
        try {
            return Path.of(NamedJavaFx.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
            return null; // not from a file (no code source): nothing to look into
        }
    }

    /**
     * The modular jars under {@value #FOLDER} of {@code jar} for {@code platform} (all there are when none is named
     * for it), copied once into {@code cache} (a module finder reads
     * files, not entries of a jar): each copy is named by its entry's name and CRC, so another build's JavaFX is a
     * copy of its own, and is written whole under a temporary name first (a start cut short leaves no half jar).
     */
    static List<Path> extracted(Path jar, String platform, Path cache) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> all = file.stream().filter(e -> e.getName().startsWith(FOLDER)
                    && e.getName().endsWith(".jar") && !e.isDirectory()).toList();
            // arshif.jar built with -Pplatform-jars holds every platform's: this one's are taken.
            List<JarEntry> mine = all.stream().filter(e -> e.getName().endsWith("-" + platform + ".jar")).toList();
            for (JarEntry entry : mine.isEmpty() ? all : mine) {
                String name = entry.getName().substring(FOLDER.length());
                Path copy = cache.resolve(name.substring(0, name.length() - ".jar".length()) + "-"
                        + Long.toHexString(entry.getCrc()) + ".jar");
                if (!Files.isRegularFile(copy) || Files.size(copy) != entry.getSize()) {
                    Files.createDirectories(cache);
                    Path partial = Files.createTempFile(cache, name, ".part");
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                        Files.move(partial, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } finally {
                        Files.deleteIfExists(partial);
                    }
                }
                modules.add(copy);
            }
        }
        return modules;
    }

    /** The platform as JavaFX's jars are named for it: linux, linux-aarch64, mac, mac-aarch64, win. */
    static String platform(String osName, String arch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String name = os.startsWith("windows") ? "win" : os.startsWith("mac") ? "mac" : "linux";
        return arch.equals("aarch64") || arch.equals("arm64") ? name + "-aarch64" : name;
    }

    /**
     * The per-user cache folder for the copies: {@code $XDG_CACHE_HOME/arshif} or {@code ~/.cache/arshif} on Linux,
     * {@code %LOCALAPPDATA%\Arshif\cache} on Windows, {@code ~/Library/Caches/Arshif} on macOS. Never a shared
     * temporary folder, where another user could leave a jar of their own under the name looked for.
     */
    static Path cacheFolder(Map<String, String> environment, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = environment.get("LOCALAPPDATA");
            return (local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local))
                    .resolve("Arshif").resolve("cache");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Caches").resolve("Arshif");
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".cache") : Path.of(xdg)).resolve("arshif");
    }
}
