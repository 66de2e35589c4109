package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * No English sentence reaches the Arabic window. Every text its windows show (labels, buttons, texts, paragraphs,
 * placeholders, tooltips, menu and context-menu items, dialogs) is walked in several states: after start, with
 * results and an article, with a text field's context menu open, with a reversed date range, after an import that skipped and noted records (its report
 * open), with About open. A text passes when it holds no two Latin words in a row, or when it is the archive's own
 * data (an article's title, text, source or author, or a path the user chose), or a name About lists (a bundled
 * component, its licence, the Java run-time, the files in the jar that hold the licences), whole or cut short by
 * its column ("..."). English from a bundle,
 * from the core, or from JavaFX itself would fail it.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicWindowTextTest extends WindowTestBase {

    /** Two Latin words in a row: English. Key names (Shift+F3) and file names (feed.json) are single words. */
    static final Pattern ENGLISH = Pattern.compile("\\p{IsLatin}{2,}[ ,;:()]+\\p{IsLatin}{2,}");
    /** An English article in the archive: the window may show it, its title and its words are data. */
    static final String ENGLISH_TITLE = "Talks resume in Astana";
    static final String ENGLISH_BODY = "Delegations met in Astana on Monday for a new round of talks about Syria.";

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void noEnglishSentenceReachesTheArabicWindow(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        List<String> english = new ArrayList<>(englishIn("at start"));

        robot.clickOn("#query").write("أستانا");
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get()
                && window.readerView.titleParagraph() != null);
        english.addAll(englishIn("with results and an article"));
        // A text field's context menu, as a right click opens it (JavaFX's own would be English).
        robot.rightClickOn("#query");
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.ContextMenu));
        assertTrue(allTexts().contains(Messages.get("text.selectAll")), "the menu's items are walked");
        english.addAll(englishIn("with a text field's menu open"));
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu).forEach(Window::hide));
        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w instanceof javafx.scene.control.ContextMenu));

        robot.interact(() -> {
            window.model.from.set(LocalDate.of(2017, 12, 1));
            window.model.to.set(LocalDate.of(2017, 10, 1));
        });
        waitUntil(() -> !window.searchBar.dateProblem.getText().isEmpty());
        english.addAll(englishIn("with a reversed date range"));
        robot.interact(() -> {
            window.model.from.set(null);
            window.model.to.set(null);
        });

        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                "{\"title\": \"" + ENGLISH_TITLE + "\", \"date\": \"2017-10-30\", \"source\": \"Reuters\", \"content\": \""
                        + ENGLISH_BODY + "\"}",
                "{\"title\": \"بلا نص\", \"date\": \"2017-10-30\"}",
                "[1, 2]",
                "{\"title\": \"تاريخ لا يقرأ\", \"date\": \"أمس\", \"content\": \"نص عن أستانا بتاريخ لا يقرأ.\"}",
                "{not json"), StandardCharsets.UTF_8);
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        Path other = dir.resolve("notes.pdf");
        Files.writeString(other, "%PDF");
        window.importer.lastReport = null;
        robot.interact(() -> window.importPaths(List.of(feed, empty, other)));
        waitUntil(() -> window.importer.lastReport != null && !window.model.searching.get()
                && Window.getWindows().size() > 1);
        List<ImportProblem> skipped = window.importer.lastReport.skipped();
        assertEquals(5, skipped.size(), skipped.toString());
        assertEquals(1, window.importer.lastNotes.count(), "the unreadable date is noted");
        english.addAll(englishIn("with the import report open"));
        assertTrue(allTexts().stream().anyMatch(t -> t.contains("ملف فارغ")), "the report lists the empty file");
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != window.root.getScene().getWindow())
                .forEach(Window::hide));

        robot.interact(() -> window.showAbout());
        english.addAll(englishIn("with About open"));
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != window.root.getScene().getWindow())
                .forEach(Window::hide));

        assertEquals(List.of(), english);
    }

    /** The walk finds the texts it should: a planted English label fails it. */
    @Test
    void theWalkSeesEnglishWhereThereIsSome(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.interact(() -> window.status.activity.setText("Import finished"));
        assertEquals(List.of("planted: Import finished"), englishIn("planted"));
        robot.interact(() -> window.searchBar.queryField.setTooltip(new Tooltip("Search the archive")));
        assertFalse(englishIn("planted").isEmpty());
        robot.interact(() -> window.searchBar.queryField.setTooltip(null));
    }

    private List<String> englishIn(String state) throws Exception {
        Set<String> data = articleData();
        return allTexts().stream()
                .filter(text -> ENGLISH.matcher(text).find())
                .filter(text -> data.stream().noneMatch(d -> !d.isEmpty() && (text.contains(d) || d.contains(text)
                        || (text.endsWith("...") && d.startsWith(text.substring(0, text.length() - 3))))))
                .filter(text -> !text.contains(dir.toString())) // a path the user chose
                .map(text -> state + ": " + text)
                .toList();
    }

    /** Every text of every window now showing. */
    private List<String> allTexts() throws Exception {
        return onFx(() -> {
            Set<String> texts = new LinkedHashSet<>();
            for (Window shown : List.copyOf(Window.getWindows())) {
                if (shown instanceof Stage stage) {
                    texts.add(stage.getTitle());
                }
                if (shown.getScene() != null) {
                    shown.getScene().getRoot().applyCss();
                    collect(shown.getScene().getRoot(), texts);
                }
            }
            texts.remove(null);
            texts.remove("");
            return List.copyOf(texts);
        });
    }

    private static void collect(Node node, Set<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof ArabicParagraph paragraph) {
            texts.add(paragraph.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control) {
            if (control.getTooltip() != null) {
                texts.add(control.getTooltip().getText());
            }
            if (control.getContextMenu() != null) {
                control.getContextMenu().getItems().forEach(item -> collect(item, texts));
            }
        }
        if (node instanceof ComboBox<?> combo) {
            combo.getItems().forEach(item -> texts.add(combo.getConverter() == null ? String.valueOf(item)
                    : ((javafx.util.StringConverter<Object>) (javafx.util.StringConverter<?>) combo.getConverter())
                            .toString(item)));
            texts.add(combo.getPromptText());
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(menu -> collect(menu, texts));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
        if (node instanceof javafx.scene.control.ScrollPane scroll && scroll.getContent() != null) {
            collect(scroll.getContent(), texts);
        }
    }

    private static void collect(MenuItem item, Set<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, texts));
        }
    }

    /** The archive's own words: the seed's, the sample's and the English article imported. */
    private static Set<String> articleData() throws Exception {
        List<Article> articles = new ArrayList<>(TestArticles.sample());
        TestArticles.seeds().readInto(new ArticleSink() {
            @Override
            public void accept(Article article) {
                articles.add(article);
            }

            @Override
            public void reject(ImportProblem problem) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        Set<String> data = new LinkedHashSet<>(List.of(ENGLISH_TITLE, ENGLISH_BODY, "Reuters",
                org.arshif.model.BuildInfo.javaRuntime(), org.arshif.model.BuildInfo.LICENCE_TEXTS));
        for (var component : org.arshif.model.BuildInfo.load().components()) {
            data.add(component.name());
            data.add(component.licence());
        }
        for (Article article : articles) {
            data.add(article.title());
            data.add(article.source());
            data.add(article.author());
            data.addAll(article.paragraphs());
        }
        return data;
    }
}
