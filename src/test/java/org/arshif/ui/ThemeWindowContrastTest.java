package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The colours a real Arabic window draws with, in both themes, read back from its nodes after CSS: the reading
 * text on the page, the marks of the matches on the page and the text on them, the date fields' placeholders on
 * their field, the results' text and marks on their rows, selected or not. So the stylesheets' names
 * ({@link ThemeContrastTest}) cannot pass while the window paints something else.
 */
@ExtendWith(ApplicationExtension.class)
class ThemeWindowContrastTest extends WindowTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void bothThemesMeetWcagAaInTheWindow(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.clickOn("#query").write("أستانا");
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get()
                && window.readerView.titleParagraph() != null);
        // The results list holds the focus, its first row selected: the selected row in the list's accent.
        robot.interact(() -> {
            window.results.requestFocus();
            window.results.getSelectionModel().clearAndSelect(0);
        });
        waitUntil(() -> window.results.isFocused() && !window.readerView.paragraphs().isEmpty());
        for (MainWindow.Theme theme : MainWindow.Theme.values()) {
            robot.interact(() -> window.applyTheme(theme));
            List<String> failures = onFx(() -> {
                window.root.applyCss();
                window.root.layout();
                return measure();
            });
            assertEquals(List.of(), failures, theme.name());
        }
    }

    private List<String> measure() {
        List<String> failures = new ArrayList<>();
        Color page = background(window.root.lookup(".reader-page"));
        ArabicParagraph body = window.readerView.paragraphs().stream()
                .filter(p -> !p.markShape().getElements().isEmpty()).findFirst().orElseThrow();
        Color ink = colour(body.getFill());
        check(failures, "reading text on the page", ink, page, ThemeContrastTest.TEXT);
        check(failures, "match frame on the page", colour(body.markShape().getStroke()), page, ThemeContrastTest.MARK);
        check(failures, "reading text on a match", ink, ThemeColours.over(colour(body.markShape().getFill()), page),
                ThemeContrastTest.TEXT);
        check(failures, "stem-only frame on the page", colour(body.stemOnlyMarkShape().getStroke()), page,
                ThemeContrastTest.MARK);
        check(failures, "reading text on a stem-only match", ink,
                ThemeColours.over(colour(body.stemOnlyMarkShape().getFill()), page), ThemeContrastTest.TEXT);
        ArabicParagraph current = window.readerView.paragraphs().stream()
                .filter(p -> p.getCurrentMark() != null).findFirst()
                .orElse(window.readerView.titleParagraph());
        check(failures, "current match frame", colour(current.currentMarkShape().getStroke()), page,
                ThemeContrastTest.MARK);
        check(failures, "reading text on the current match", ink,
                ThemeColours.over(colour(current.currentMarkShape().getFill()), page), ThemeContrastTest.TEXT);
        check(failures, "date frame", colour(body.dateShape().getStroke()), page, ThemeContrastTest.MARK);

        for (DateField field : List.of(window.searchBar.fromField, window.searchBar.toField)) {
            TextField editor = field.editor;
            Text prompt = editor.lookupAll(".text").stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> editor.getPromptText().equals(t.getText())).findFirst().orElseThrow();
            check(failures, "date placeholder", colour(prompt.getFill()), background(editor), ThemeContrastTest.TEXT);
        }
        Labeled count = window.searchBar.countLabel;
        check(failures, "count", colour(count.getTextFill()), background(window.searchBar), ThemeContrastTest.TEXT);

        List<ResultsView.HitCell> rows = window.results.lookupAll(".hit-cell").stream()
                .map(ResultsView.HitCell.class::cast)
                .filter(cell -> !cell.isEmpty() && cell.getItem() != null).toList();
        assertFalse(rows.stream().filter(ListCell::isSelected).toList().isEmpty(), "a selected row");
        assertFalse(rows.stream().filter(c -> !c.isSelected()).toList().isEmpty(), "a row not selected");
        for (ResultsView.HitCell row : rows) {
            String which = row.isSelected() ? "selected row" : "row";
            Color ground = background(row);
            ArabicParagraph title = (ArabicParagraph) row.lookup(".hit-title");
            ArabicParagraph snippet = (ArabicParagraph) row.lookup(".hit-snippet");
            Labeled meta = (Labeled) row.lookup(".hit-meta");
            check(failures, which + ": title", colour(title.getFill()), ground, ThemeContrastTest.TEXT);
            check(failures, which + ": date and source", colour(meta.getTextFill()), ground, ThemeContrastTest.TEXT);
            check(failures, which + ": match frame", colour(snippet.markShape().getStroke()), ground,
                    ThemeContrastTest.MARK);
            check(failures, which + ": text on a match", colour(snippet.getFill()),
                    ThemeColours.over(colour(snippet.markShape().getFill()), ground), ThemeContrastTest.TEXT);
        }
        return failures;
    }

    private static void check(List<String> failures, String what, Color fg, Color ground, double minimum) {
        double ratio = ThemeColours.contrast(ThemeColours.over(fg, ground), ground);
        if (ratio < minimum) {
            failures.add(String.format("%s: %s on %s is %.2f:1", what, fg, ground, ratio));
        }
    }

    private static Color colour(Paint paint) {
        assertNotNull(paint);
        return (Color) paint;
    }

    /**
     * The colour a region shows: its topmost background fill (JavaFX's borders are fills beneath it); of a text
     * field's gradient (a shade in its top 5 px), the colour it ends in, which fills the rest.
     */
    private static Color background(Node node) {
        Region region = (Region) node;
        assertNotNull(region.getBackground(), node + " has no background");
        var fills = region.getBackground().getFills();
        Paint top = fills.get(fills.size() - 1).getFill();
        if (top instanceof javafx.scene.paint.LinearGradient gradient) {
            return gradient.getStops().get(gradient.getStops().size() - 1).getColor();
        }
        return colour(top);
    }
}
