package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * WCAG AA over both themes' stylesheets, as the application loads them: every text colour against every ground it
 * is drawn on at 4.5:1, every mark, frame and bar against its ground at 3:1. A ground may be translucent: it is
 * laid over what lies beneath it first. The colours rendered in a real window are checked by
 * {@link ThemeWindowContrastTest}.
 */
class ThemeContrastTest {

    static final double TEXT = 4.5;
    static final double MARK = 3.0;

    /** {@code fg} drawn on {@code ground}, which lies on {@code beneath} (the same name when it is opaque). */
    record Pair(String what, String fg, String ground, String beneath, double minimum) {
        Pair(String what, String fg, String ground, double minimum) {
            this(what, fg, ground, ground, minimum);
        }
    }

    static final List<Pair> PAIRS = pairs();

    private static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        for (String ground : List.of("-fx-background", "-fx-control-inner-background",
                "-fx-control-inner-background-alt", "-arshif-bar", "-fx-selection-bar-non-focused")) {
            pairs.add(new Pair("text", "-arshif-text", ground, TEXT));
            pairs.add(new Pair("muted text (result dates, notes)", "-arshif-muted", ground, TEXT));
        }
        pairs.add(new Pair("reading text", "-arshif-ink", "-arshif-page", TEXT));
        pairs.add(new Pair("reader's date and source line", "-arshif-muted", "-arshif-page", TEXT));
        pairs.add(new Pair("count of articles", "-arshif-accent", "-arshif-bar", TEXT));
        pairs.add(new Pair("date placeholder", "-arshif-prompt", "-fx-control-inner-background", TEXT));
        pairs.add(new Pair("search placeholder", "-arshif-prompt", "-fx-control-inner-background", TEXT));
        pairs.add(new Pair("a refused date's reason", "-arshif-error", "-arshif-bar", TEXT));
        pairs.add(new Pair("a refused date's frame", "-arshif-error", "-fx-control-inner-background", MARK));
        pairs.add(new Pair("selected row's text", "-arshif-selected-text", "-fx-accent", TEXT));
        pairs.add(new Pair("selected row's text (JavaFX)", "-fx-selection-bar-text", "-fx-accent", TEXT));
        pairs.add(new Pair("selected row's date and source", "-arshif-selected-muted", "-fx-accent", TEXT));
        pairs.add(new Pair("timeline bar", "-arshif-accent", "-arshif-bar", MARK));
        pairs.add(new Pair("timeline bar under the pointer", "-arshif-accent-strong", "-arshif-bar", MARK));
        pairs.add(new Pair("focus ring", "-fx-focus-color", "-fx-background", MARK));
        // Marks in the reading pane: the mark against the page, the text on the mark.
        pairs.add(new Pair("match frame", "-arshif-mark-frame", "-arshif-page", MARK));
        pairs.add(new Pair("reading text on a match", "-arshif-ink", "-arshif-mark-fill", "-arshif-page", TEXT));
        pairs.add(new Pair("stem-only frame", "-arshif-mark-frame", "-arshif-stem-mark-fill", "-arshif-page", MARK));
        pairs.add(new Pair("reading text on a stem-only match", "-arshif-ink", "-arshif-stem-mark-fill",
                "-arshif-page", TEXT));
        pairs.add(new Pair("current match frame", "-arshif-current-mark-frame", "-arshif-page", MARK));
        pairs.add(new Pair("reading text on the current match", "-arshif-ink", "-arshif-current-mark-fill",
                "-arshif-page", TEXT));
        pairs.add(new Pair("date frame", "-arshif-date-mark-frame", "-arshif-page", MARK));
        pairs.add(new Pair("reading text on a date", "-arshif-ink", "-arshif-date-mark-fill", "-arshif-page", TEXT));
        pairs.add(new Pair("difference frame (two copies compared)", "-arshif-difference-frame", "-arshif-page", MARK));
        pairs.add(new Pair("reading text on a difference", "-arshif-ink", "-arshif-difference-fill", "-arshif-page",
                TEXT));
        pairs.add(new Pair("reading text selected", "-arshif-ink", "-arshif-selection-fill", "-arshif-page", TEXT));
        // Marks in the results' snippets, on either row colour and on an unfocused selection.
        for (String row : List.of("-fx-control-inner-background", "-fx-control-inner-background-alt",
                "-fx-selection-bar-non-focused")) {
            pairs.add(new Pair("match frame in a result", "-arshif-mark-frame", row, MARK));
            pairs.add(new Pair("result text on a match", "-arshif-text", "-arshif-mark-fill", row, TEXT));
        }
        pairs.add(new Pair("match frame in the selected result", "-arshif-selected-text", "-fx-accent", MARK));
        return List.copyOf(pairs);
    }

    @ParameterizedTest
    @EnumSource(MainWindow.Theme.class)
    void everyNamedPairMeetsWcagAa(MainWindow.Theme theme) {
        ThemeColours colours = ThemeColours.of(theme);
        List<String> failures = new ArrayList<>();
        for (Pair pair : PAIRS) {
            Color ground = ThemeColours.over(colours.colour(pair.ground()), colours.colour(pair.beneath()));
            Color fg = ThemeColours.over(colours.colour(pair.fg()), ground);
            double ratio = ThemeColours.contrast(fg, ground);
            if (ratio < pair.minimum()) {
                failures.add(String.format("%s: %s on %s is %.2f:1, under %.1f:1", pair.what(), pair.fg(),
                        pair.ground(), ratio, pair.minimum()));
            }
        }
        assertEquals(List.of(), failures, theme.name());
    }

    /** The two kinds of match are told apart by more than colour: a ground, or none; a solid frame, or dashes. */
    @ParameterizedTest
    @EnumSource(MainWindow.Theme.class)
    void theMarkKindsDiffer(MainWindow.Theme theme) {
        ThemeColours colours = ThemeColours.of(theme);
        Color page = colours.colour("-arshif-page");
        Color exact = ThemeColours.over(colours.colour("-arshif-mark-fill"), page);
        Color stemOnly = ThemeColours.over(colours.colour("-arshif-stem-mark-fill"), page);
        Color current = ThemeColours.over(colours.colour("-arshif-current-mark-fill"), page);
        assertNotEquals(exact, stemOnly);
        assertNotEquals(exact, current);
        assertNotEquals(colours.colour("-arshif-mark-frame"), colours.colour("-arshif-current-mark-frame"));
        String shared = ThemeColours.stylesheet("arshif.css");
        assertTrue(Pattern.compile("\\.stem-only-mark\\s*\\{[^}]*-fx-stroke-dash-array").matcher(shared).find(),
                "the stem-only frame is dashed");
    }

    /** Both themes name the same colours: a name only one declares falls back to JavaFX's own in the other. */
    @org.junit.jupiter.api.Test
    void bothThemesDeclareTheSameNames() {
        var light = ThemeColours.of(MainWindow.Theme.LIGHT).declared().keySet().stream()
                .filter(name -> name.startsWith("-arshif-")).sorted().toList();
        var dark = ThemeColours.of(MainWindow.Theme.DARK).declared().keySet().stream()
                .filter(name -> name.startsWith("-arshif-")).sorted().toList();
        assertEquals(light, dark);
    }

    /**
     * Colours live in the themes only: the shared stylesheet names them, and the window's code holds none (a colour
     * in code would escape this test). A drop shadow's black is the one literal allowed; black is the initial text
     * colour of a paragraph before any stylesheet.
     */
    @org.junit.jupiter.api.Test
    void noColourOutsideTheThemes() throws IOException {
        String shared = ThemeColours.stylesheet("arshif.css").replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("dropshadow\\([^)]*\\)\\)?", "");
        var literal = Pattern.compile("#[0-9a-fA-F]{3,8}\\b|rgba?\\(|:\\s*(white|black|red|blue|yellow|orange)\\b");
        assertTrue(literal.matcher(shared).results().toList().isEmpty(),
                () -> "colours in arshif.css: " + literal.matcher(shared).results().map(r -> r.group()).toList());
        var inCode = Pattern.compile("Color\\.(web|rgb|hsb|color|gray)\\(|Color\\.(WHITE|RED|YELLOW|ORANGE|BLUE)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/org/arshif/ui"))) {
            for (Path file : files.toList()) {
                inCode.matcher(Files.readString(file)).results().forEach(r -> found.add(file.getFileName() + ": " + r.group()));
            }
        }
        assertEquals(List.of(), found);
    }
}
