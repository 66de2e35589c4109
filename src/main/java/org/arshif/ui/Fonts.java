package org.arshif.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The bundled fonts: Vazirmatn for the interface, Amiri for reading. Both cover Latin, digits and punctuation,
 * which matters because a font loaded this way gets no fallback in JavaFX.
 */
public final class Fonts {

    public static final String INTERFACE = "Vazirmatn";
    public static final String READING = "Amiri";
    private static boolean loaded;

    private Fonts() {
    }

    /** Registers the bundled faces with JavaFX; safe to call more than once. */
    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String path : new String[] {"/fonts/vazirmatn/Vazirmatn-Regular.ttf", "/fonts/vazirmatn/Vazirmatn-Bold.ttf",
                "/fonts/amiri/Amiri-Regular.ttf", "/fonts/amiri/Amiri-Bold.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream(path)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    throw new IllegalStateException("the bundled font " + path + " could not be loaded");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaded = true;
    }

    public static Font reading(double size) {
        return Font.font(READING, size);
    }

    public static Font readingBold(double size) {
        return Font.font(READING, FontWeight.BOLD, size);
    }

    public static Font uiBold(double size) {
        return Font.font(INTERFACE, FontWeight.BOLD, size);
    }
}
