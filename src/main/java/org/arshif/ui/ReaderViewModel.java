package org.arshif.ui;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.arshif.archive.Archive;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;

/** The state of the reading pane: the open article, where the query matches in it, and the text size. */
public final class ReaderViewModel {

    static final double MIN_TEXT_SIZE = 12;
    static final double MAX_TEXT_SIZE = 40;

    /** The article shown, its matches and the dates written in each paragraph, set together. */
    record Shown(Article article, ArticleMatches matches, java.util.List<java.util.List<org.arshif.model.Snippet.Span>> dates) {
    }

    private final Background background;
    private long generation;

    final ObjectProperty<Shown> shown = new SimpleObjectProperty<>();
    final DoubleProperty textSize = new SimpleDoubleProperty(20);
    final StringProperty error = new SimpleStringProperty("");
    /** Every match of the shown article, in reading order (title first). */
    private java.util.List<ArticleMatches.Place> places = java.util.List.of();
    /** The index in {@link #places} of the match the reader is at (the first when an article opens); -1 for none. */
    final javafx.beans.property.IntegerProperty currentMatch = new javafx.beans.property.SimpleIntegerProperty(-1);

    ReaderViewModel(Background background) {
        this.background = background;
        shown.addListener((o, old, now) -> {
            places = now == null ? java.util.List.of() : now.matches().inReadingOrder();
            currentMatch.set(-1); // a change even when the new article's first match has the same index
            currentMatch.set(places.isEmpty() ? -1 : 0);
        });
    }

    /** How many matches the shown article has. */
    int matchCount() {
        return places.size();
    }

    /** The match the reader is at, if any. */
    java.util.Optional<ArticleMatches.Place> current() {
        int at = currentMatch.get();
        return at < 0 || at >= places.size() ? java.util.Optional.empty() : java.util.Optional.of(places.get(at));
    }

    /** Moves to the next match (F3), from the last back to the first. */
    void nextMatch() {
        if (!places.isEmpty()) {
            currentMatch.set((currentMatch.get() + 1) % places.size());
        }
    }

    /** Moves to the previous match (Shift+F3), from the first round to the last. */
    void previousMatch() {
        if (!places.isEmpty()) {
            currentMatch.set(Math.floorMod(currentMatch.get() - 1, places.size()));
        }
    }

    /** Opens an article by id, marking where {@code queryText} matches; {@code null} clears the pane. */
    void open(Archive archive, String id, String queryText) {
        long mine = ++generation;
        if (id == null || archive == null) {
            shown.set(null);
            return;
        }
        background.read(() -> {
            return archive.read(id, queryText)
                    .map(read -> new Shown(read.article(), read.matches(), datesIn(read.article()))).orElse(null);
        }, result -> {
            if (mine == generation) {
                shown.set(result);
            }
        }, failure -> error.set(Messages.describe(failure)));
    }

    private static java.util.List<java.util.List<org.arshif.model.Snippet.Span>> datesIn(Article article) {
        return article.paragraphs().stream()
                .map(p -> org.arshif.text.DateMentions.find(p).stream()
                        .map(m -> new org.arshif.model.Snippet.Span(m.start(), m.end())).toList())
                .toList();
    }

    void zoom(double step) {
        textSize.set(Math.max(MIN_TEXT_SIZE, Math.min(MAX_TEXT_SIZE, textSize.get() + step)));
    }
}
