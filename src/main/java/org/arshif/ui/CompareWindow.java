package org.arshif.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.Snippet;
import org.arshif.text.WordDiff;

/**
 * Two copies of one text side by side, the open one first (right in Arabic), each column's headline and paragraphs
 * laid out by {@link ArabicParagraph} (right to left, lines broken by the application) with the words the other copy
 * does not have marked. One scroll moves both columns: the same paragraph stays level with its copy.
 */
final class CompareWindow extends BorderPane {

    final Label summary = new Label(Messages.get("compare.loading"));
    final HBox columns = new HBox(24);
    /** The columns' paragraphs, headline first (for tests). */
    final List<List<ArabicParagraph>> paragraphs = new ArrayList<>();

    /** The copies compared: the first shown first. */
    final String firstId;
    final String secondId;

    private CompareWindow(String firstId, String secondId) {
        this.firstId = firstId;
        this.secondId = secondId;
        setId("compare");
        getStyleClass().addAll("arshif", "compare");
        setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        summary.setId("compare-summary");
        summary.getStyleClass().add("compare-summary");
        summary.setPadding(new Insets(8, 16, 8, 16));
        columns.setPadding(new Insets(12, 20, 24, 20));
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader");
        setTop(summary);
        setCenter(scroll);
    }

    /** Opens a window comparing copy {@code firstId} (shown first) with {@code secondId}, read in the background. */
    static Stage show(Window owner, CopiesViewModel model, String firstId, String secondId) {
        CompareWindow view = new CompareWindow(firstId, secondId);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(Messages.get("compare.title"));
        Scene scene = new Scene(view, 1100, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        // Escape or Ctrl+W closes it, as a window of its own should without a window manager's button.
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.ESCAPE),
                stage::close);
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.W,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        stage.show();
        model.compare(firstId, secondId, view::showComparison, view.summary::setText);
        return stage;
    }

    /**
     * The comparison shown in {@code stage} built again in the language now chosen, on the same two copies, read
     * through {@code model} (the new window's: the old one's background work has stopped). The stage stays where
     * the reader put it.
     */
    static void rebuild(Stage stage, CopiesViewModel model) {
        CompareWindow old = (CompareWindow) stage.getScene().getRoot();
        CompareWindow view = new CompareWindow(old.firstId, old.secondId);
        stage.setTitle(Messages.get("compare.title"));
        stage.getScene().setRoot(view);
        model.compare(view.firstId, view.secondId, view::showComparison, view.summary::setText);
    }

    private static List<List<Snippet.Span>> noMarks(List<List<Snippet.Span>> marks) {
        return marks.stream().map(paragraph -> List.<Snippet.Span>of()).toList();
    }

    private void showComparison(CopiesViewModel.Comparison comparison) {
        WordDiff.Result titles = comparison.titles();
        WordDiff.Result bodies = comparison.bodies();
        summary.setText(!bodies.compared() ? Messages.get("compare.tooLong")
                : titles.same() && bodies.same() ? Messages.get("compare.same")
                : Messages.format("compare.different", differing(titles.left(), bodies.left()),
                        differing(titles.right(), bodies.right())));
        // Too long to compare: nothing is marked, the headlines neither, as the summary says.
        columns.getChildren().setAll(
                column(comparison.first(), bodies.compared() ? titles.left() : noMarks(titles.left()), bodies.left()),
                column(comparison.second(), bodies.compared() ? titles.right() : noMarks(titles.right()),
                        bodies.right()));
    }

    /** How many spans of differing words one side has, headline and body. */
    private static int differing(List<List<Snippet.Span>> title, List<List<Snippet.Span>> body) {
        return title.stream().mapToInt(List::size).sum() + body.stream().mapToInt(List::size).sum();
    }

    private VBox column(Article article, List<List<Snippet.Span>> titleMarks, List<List<Snippet.Span>> bodyMarks) {
        Label place = new Label(CopiesView.placeOf(new ArticleCopy(article.id(), article.source(), article.date(),
                article.title())));
        place.getStyleClass().add("reader-meta");
        List<ArabicParagraph> shown = new ArrayList<>();
        ArabicParagraph title = paragraph(article.title(), titleMarks.getFirst(), Fonts.readingBold(22));
        title.getStyleClass().add("compare-title");
        shown.add(title);
        for (int i = 0; i < article.paragraphs().size(); i++) {
            ArabicParagraph paragraph = paragraph(article.paragraphs().get(i), bodyMarks.get(i), Fonts.reading(17));
            paragraph.setJustified(true);
            shown.add(paragraph);
        }
        paragraphs.add(shown);
        VBox column = new VBox(12);
        column.getStyleClass().add("compare-column");
        column.getChildren().add(place);
        column.getChildren().addAll(shown);
        // Two equal columns, whatever their texts' lengths: each wraps to half the window.
        column.setPrefWidth(0);
        column.setMinWidth(0);
        HBox.setHgrow(column, Priority.ALWAYS);
        column.setMaxWidth(Double.MAX_VALUE);
        return column;
    }

    private ArabicParagraph paragraph(String text, List<Snippet.Span> marks, javafx.scene.text.Font font) {
        ArabicParagraph paragraph = new ArabicParagraph(text);
        paragraph.setFont(font);
        paragraph.setLineSpacing(1.2);
        // Its marks are differences, drawn in colours of their own (.compare .match-mark in the stylesheet).
        paragraph.setMarks(marks);
        return paragraph;
    }
}
