package org.arshif.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.text.DisplayDates;

/**
 * The reading pane: title in large type, date (Gregorian with the Hijri date beside it), source and author, then the
 * body in paragraphs with comfortable line spacing, every match of the query marked. The text size follows the
 * view model (Ctrl+plus / Ctrl+minus). The body is justified; its text can be selected and copied
 * ({@link ReaderSelection}).
 */
final class ReaderView extends ScrollPane {

    /** The reading column's widest, in ems of the reading text (860 px at the default 20 px). */
    static final double COLUMN_EMS = 43;

    private final ReaderViewModel model;
    private final VBox page = new VBox(14);
    private final Label empty = new Label(Messages.get("reader.empty"));

    /** Whether the list has articles to choose from: the empty pane says to choose one, or that none was found. */
    void setNothingFound(boolean nothing) {
        empty.setText(Messages.get(nothing ? "reader.nothingFound" : "reader.empty"));
    }
    private final List<ArabicParagraph> paragraphs = new ArrayList<>();
    private ArabicParagraph title;
    private final ReaderSelection selection;
    /** The article the paragraphs were built for (the view model's changes before the view's). */
    private ReaderViewModel.Shown displayed;
    /** The paragraph holding the current match's mark, to clear it when the reader moves on. */
    private ArabicParagraph markedCurrent;

    ReaderView(ReaderViewModel model) {
        this.model = model;
        setId("reader");
        getStyleClass().add("reader");
        setFitToWidth(true);
        // Tab reaches the pane (a ScrollPane is skipped by default): arrows and Page Up/Down then scroll it, and
        // Ctrl+C copies its selection.
        setFocusTraversable(true);
        page.getStyleClass().add("reader-page");
        page.setPadding(new Insets(24, 32, 32, 32));
        // A column of about 75 letters a line at any text size, in the middle of the pane: on a wide screen the
        // spare room is shared by both sides instead of lying beside the text (950 px of it at 2560 px).
        page.maxWidthProperty().bind(model.textSize.multiply(COLUMN_EMS));
        empty.getStyleClass().add("reader-empty");
        javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(page);
        centred.setAlignment(javafx.geometry.Pos.TOP_CENTER);
        setContent(centred);
        page.getChildren().setAll(empty);
        selection = new ReaderSelection(page, this);
        model.shown.addListener((o, old, shown) -> show(shown));
        model.currentMatch.addListener((o, old, now) -> {
            if (displayed == model.shown.get()) {
                markCurrentMatch();
            }
        });
        model.textSize.addListener((o, old, size) -> applyTextSize());
    }

    private void show(ReaderViewModel.Shown shown) {
        displayed = shown;
        markedCurrent = null;
        paragraphs.clear();
        if (shown == null) {
            title = null;
            selection.setParagraphs(List.of());
            page.getChildren().setAll(empty);
            return;
        }
        Article article = shown.article();
        ArticleMatches matches = shown.matches();
        title = new ArabicParagraph(article.title());
        title.setId("reader-title");
        title.getStyleClass().add("reader-title");
        title.setMarks(matches.title());
        title.setLineSpacing(1.05);

        Label meta = new Label(metaLine(article));
        meta.setId("reader-meta");
        meta.getStyleClass().add("reader-meta");
        meta.setWrapText(false);
        List<javafx.scene.Node> children = new ArrayList<>(List.of(title, meta));
        if (article.titleDerived()) {
            Label derived = new Label(Messages.get("reader.derivedTitle"));
            derived.getStyleClass().add("reader-note");
            children.add(derived);
        }
        for (int i = 0; i < article.paragraphs().size(); i++) {
            ArabicParagraph paragraph = new ArabicParagraph(article.paragraphs().get(i));
            paragraph.getStyleClass().add("reader-paragraph");
            paragraph.setMarks(matches.paragraphs().get(i));
            paragraph.setDateMarks(shown.dates().get(i));
            paragraph.setLineSpacing(1.2);
            paragraph.setJustified(true);
            paragraphs.add(paragraph);
            children.add(paragraph);
        }
        page.getChildren().setAll(children);
        List<ArabicParagraph> selectable = new ArrayList<>(List.of(title));
        selectable.addAll(paragraphs);
        selection.setParagraphs(selectable);
        applyTextSize();
        setVvalue(0);
        markCurrentMatch(); // the pane opens at the first match
    }

    /** Marks the match the reader is at and scrolls it into view when it is out of sight. */
    private void markCurrentMatch() {
        if (markedCurrent != null) {
            markedCurrent.setCurrentMark(null);
            markedCurrent = null;
        }
        var place = model.current();
        if (place.isEmpty() || displayed == null) {
            return;
        }
        int index = place.get().paragraph();
        markedCurrent = index == org.arshif.model.ArticleMatches.TITLE ? title : paragraphs.get(index);
        markedCurrent.setCurrentMark(place.get().span());
        reveal(markedCurrent, place.get().span().start());
    }

    /**
     * Scrolls so that character {@code at} of {@code paragraph} is in view, a third of the way down, unless it is in
     * view already (stepping through the matches of one screen does not move the page).
     */
    private void reveal(ArabicParagraph paragraph, int at) {
        applyCss();
        layout();
        double viewport = getViewportBounds().getHeight();
        double content = page.getBoundsInLocal().getHeight();
        if (viewport <= 0 || content <= viewport) {
            return;
        }
        double lineHeight = paragraph.lineMiddle(1) - paragraph.lineMiddle(0);
        double middle = paragraph.getBoundsInParent().getMinY() + paragraph.lineMiddle(paragraph.lineOf(at));
        double top = getVvalue() * (content - viewport);
        if (middle - lineHeight / 2 >= top && middle + lineHeight / 2 <= top + viewport) {
            return;
        }
        setVvalue(Math.max(0, Math.min(1, (middle - viewport / 3) / (content - viewport))));
    }

    private static String metaLine(Article article) {
        List<String> parts = new ArrayList<>();
        parts.add(article.date() != null ? DisplayDates.both(article.date(), Messages.locale())
                : article.dateRaw().isBlank() ? Messages.get("reader.undated")
                : Messages.format("reader.undatedWritten", article.dateRaw()));
        if (!article.source().isEmpty()) {
            parts.add(Messages.format("reader.source", article.source()));
        }
        if (!article.author().isEmpty()) {
            parts.add(Messages.format("reader.author", article.author()));
        }
        return String.join("   ·   ", parts);
    }

    private void applyTextSize() {
        double size = model.textSize.get();
        if (title != null) {
            title.setFont(Fonts.readingBold(size * 1.5));
        }
        Font body = Fonts.reading(size);
        paragraphs.forEach(p -> p.setFont(body));
    }

    /** The paragraphs shown (for tests). */
    List<ArabicParagraph> paragraphs() {
        return List.copyOf(paragraphs);
    }

    /** The text selected in the pane, in logical order (for tests). */
    String selectedText() {
        return selection.selectedText();
    }

    ArabicParagraph titleParagraph() {
        return title;
    }
}
