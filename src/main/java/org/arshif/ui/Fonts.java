package org.arshif.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.arshif.layout.ShapingFace;

/**
 * The bundled fonts: Vazirmatn for the interface, Amiri for reading. Both cover Latin, digits and punctuation,
 * which matters because a font loaded this way gets no fallback in JavaFX.
 */
public final class Fonts {

    public static final String INTERFACE = "Vazirmatn";
    public static final String READING = "Amiri";
    private static final String AMIRI_REGULAR = "/fonts/amiri/Amiri-Regular.ttf";
    private static final String AMIRI_BOLD = "/fonts/amiri/Amiri-Bold.ttf";
    private static boolean loaded;
    /** Each bundled face's resource, by the name JavaFX gives it ("Amiri Bold"). */
    private static final Map<String, String> resources = new ConcurrentHashMap<>();
    /** The faces the reading pane draws with, loaded for shaping on first use. */
    private static final Map<String, ShapingFace> shapingFaces = new ConcurrentHashMap<>();

    private Fonts() {
    }

    /** Registers the bundled faces with JavaFX; safe to call more than once. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String path : new String[] {"/fonts/vazirmatn/Vazirmatn-Regular.ttf", "/fonts/vazirmatn/Vazirmatn-Bold.ttf",
                AMIRI_REGULAR, AMIRI_BOLD}) {
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                Font font = in == null ? null : Font.loadFont(in, 14);
                if (font == null) {
                    throw new IllegalStateException("the bundled font " + path + " could not be loaded");
                }
                resources.put(font.getName(), path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
        warmShaping();
    }

    /**
     * Loads the reading faces for shaping and shapes a word, off the FX thread: about 0.8 s the first article would
     * otherwise wait for (reading the font file, starting the JDK's layout engine).
     */
    private static void warmShaping() {
        Thread.ofPlatform().daemon().name("arshif-shaping-warm-up").start(() -> {
            for (String path : new String[] {AMIRI_REGULAR, AMIRI_BOLD}) {
                shapingFaces.computeIfAbsent(path, ShapingFace::load).outline("مركز", new byte[] {1, 1, 1, 1}, 20);
            }
        });
    }

    /**
     * The bundled face behind a JavaFX font, for drawing words as the JDK's HarfBuzz shapes them; empty for a font
     * that is not one of ours (JavaFX then draws the words itself).
     */
    static Optional<ShapingFace> shapingFace(Font font) {
        String resource = font == null ? null : resources.get(font.getName());
        return resource == null ? Optional.empty()
                : Optional.of(shapingFaces.computeIfAbsent(resource, ShapingFace::load));
    }

    public static Font reading(double size) {
        return Font.font(READING, size);
    }

    public static Font readingBold(double size) {
        return Font.font(READING, FontWeight.BOLD, size);
    }

    public static Font ui(double size) {
        return Font.font(INTERFACE, size);
    }

    public static Font uiBold(double size) {
        return Font.font(INTERFACE, FontWeight.BOLD, size);
    }
}
