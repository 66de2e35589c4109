package org.arshif.ui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * The named colours of a theme as the application loads them: the {@code .root} declarations of its stylesheet on
 * the class path, a name that refers to another resolved to its colour. And WCAG 2's contrast ratio.
 */
final class ThemeColours {

    private static final Pattern ROOT = Pattern.compile("\\.root\\s*\\{([^}]*)}");
    private static final Pattern DECLARATION = Pattern.compile("(-[a-z-]+)\\s*:\\s*([^;]+);");

    private final Map<String, String> declared = new LinkedHashMap<>();

    private ThemeColours(String css) {
        Matcher root = ROOT.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (root.find()) {
            Matcher declaration = DECLARATION.matcher(root.group(1));
            while (declaration.find()) {
                declared.put(declaration.group(1), declaration.group(2).trim());
            }
        }
    }

    static ThemeColours of(MainWindow.Theme theme) {
        return new ThemeColours(stylesheet(theme.stylesheet));
    }

    static String stylesheet(String name) {
        try (InputStream in = MainWindow.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    Map<String, String> declared() {
        return declared;
    }

    /** The colour a name stands for; a name the theme does not declare is an error, not a default. */
    Color colour(String name) {
        String value = declared.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the theme declares no " + name);
        }
        return value.startsWith("-") ? colour(value) : Color.web(value);
    }

    /** {@code top} laid over the opaque {@code bottom} (a transparent ground shows what is beneath it). */
    static Color over(Color top, Color bottom) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + bottom.getRed() * (1 - a), top.getGreen() * a + bottom.getGreen() * (1 - a),
                top.getBlue() * a + bottom.getBlue() * (1 - a));
    }

    /** WCAG 2.x relative luminance. */
    static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** WCAG 2.x contrast ratio of two opaque colours, 1 to 21. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }
}
