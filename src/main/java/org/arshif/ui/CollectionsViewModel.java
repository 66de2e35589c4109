package org.arshif.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.CollectionExistsException;
import org.arshif.archive.CollectionShelf;
import org.arshif.cite.CitationFormat;
import org.arshif.cite.CollectionCitations;
import org.arshif.model.ArticleCollection;

/**
 * The collections panel's state: the collections kept with the archive, the one chosen and its articles in the
 * researcher's order with their notes. Every read and change runs in the background; the lists change on the FX
 * thread when the archive has answered.
 */
final class CollectionsViewModel {

    /** One article of the chosen collection as the panel lists it. */
    record Row(String id, String title, LocalDate date, String source, String note, boolean missing) {
    }

    /** What the panel shows after one read or change. */
    private record Loaded(List<String> names, ArticleCollection chosen, List<Row> rows) {
    }

    final ObservableList<String> names = FXCollections.observableArrayList();
    final ObjectProperty<String> chosen = new SimpleObjectProperty<>(this, "chosen");
    final ObservableList<Row> rows = FXCollections.observableArrayList();
    /** The outcome of the last change, or why it failed; empty when there is nothing to say. */
    final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final Background background;
    private final Supplier<Archive> archive;
    /** The chosen collection as last read: what a change applies to. */
    private ArticleCollection current;

    CollectionsViewModel(Background background, Supplier<Archive> archive) {
        this.background = background;
        this.archive = archive;
        chosen.addListener((o, old, now) -> {
            if (now != null && (current == null || !current.name().equals(now))) {
                reload();
            }
        });
    }

    /** Reads the shelf again (after opening an archive, or when another window may have changed it). */
    void reload() {
        String wanted = chosen.get();
        background.read(() -> load(wanted), this::show, this::failed);
    }

    void create(String name) {
        if (!acceptable(name)) {
            return;
        }
        change(name.strip(), shelf -> shelf.create(name));
    }

    /** Adds articles at the end of the chosen collection (the ids are fetched off the FX thread). */
    void add(Background.Job<List<String>> ids) {
        if (current == null) {
            message.set(Messages.get("collections.chooseFirst"));
            return;
        }
        String name = current.name();
        change(name, shelf -> shelf.save(collection(shelf, name).with(ids.run())));
    }

    void remove(List<String> ids) {
        edit(collection -> collection.without(ids));
    }

    void move(String id, int position) {
        edit(collection -> collection.moved(id, position));
    }

    /**
     * Keeps {@code text} as the note on article {@code id} of the collection named {@code collection}: the one whose
     * row was being noted, which need not be the one chosen by the time the note is kept (another was chosen).
     */
    void note(String collection, String id, String text) {
        String show = current == null ? collection : current.name();
        change(show, shelf -> shelf.save(collection(shelf, collection).withNote(id, text)));
    }

    void rename(String newName) {
        if (current != null && acceptable(newName)) {
            String name = current.name();
            change(newName.strip(), shelf -> shelf.rename(name, newName));
        }
    }

    /** A name the shelf will take, else false with the reason in the window's language. */
    private boolean acceptable(String name) {
        String stripped = name == null ? "" : name.strip();
        String problem = stripped.isEmpty() ? Messages.get("collections.nameBlank")
                : stripped.length() > ArticleCollection.NAME_LIMIT
                ? Messages.format("collections.nameLong", ArticleCollection.NAME_LIMIT)
                : stripped.codePoints().anyMatch(Character::isISOControl) ? Messages.get("collections.nameLine") : null;
        if (problem != null) {
            message.set(problem);
        }
        return problem == null;
    }

    void delete() {
        if (current != null) {
            String name = current.name();
            change(null, shelf -> shelf.delete(name));
        }
    }

    /** Writes the chosen collection's citations; the message says where, or why not. */
    void cite(CitationFormat format, Path target) {
        if (current == null) {
            message.set(Messages.get("collections.chooseFirst"));
            return;
        }
        ArticleCollection collection = current;
        Archive open = archive.get();
        background.read(() -> {
            CollectionCitations.write(target, format, CollectionCitations.read(open, collection));
            return target;
        }, written -> message.set(Messages.format("collections.cited", collection.entries().size(),
                written.getFileName().toString())), this::failed);
    }

    ArticleCollection current() {
        return current;
    }

    private void edit(UnaryOperator<ArticleCollection> edit) {
        if (current != null) {
            String name = current.name();
            change(name, shelf -> shelf.save(edit.apply(collection(shelf, name))));
        }
    }

    private interface Change {
        void apply(CollectionShelf shelf) throws Exception;
    }

    /** Applies a change to the shelf as it is on disk now, then shows the collection named {@code show}. */
    private void change(String show, Change change) {
        Archive open = archive.get();
        if (open == null) {
            return;
        }
        background.write(() -> {
            change.apply(shelf(open));
            return load(show);
        }, loaded -> {
            message.set("");
            show(loaded);
        }, this::failed);
    }

    private Loaded load(String wanted) throws ArchiveException {
        Archive open = archive.get();
        if (open == null || open.collections().isEmpty()) {
            return new Loaded(List.of(), null, List.of());
        }
        List<ArticleCollection> all = open.collections().get().all();
        ArticleCollection chosenNow = all.stream().filter(c -> c.name().equals(wanted)).findFirst()
                .orElse(all.isEmpty() ? null : all.getFirst());
        List<Row> listed = new ArrayList<>();
        if (chosenNow != null) {
            for (ArticleCollection.Entry entry : chosenNow.entries()) {
                listed.add(open.read(entry.articleId(), null).map(read -> new Row(entry.articleId(),
                                read.article().title(), read.article().date(), read.article().source(), entry.note(), false))
                        .orElse(new Row(entry.articleId(), entry.articleId(), null, "", entry.note(), true)));
            }
        }
        return new Loaded(all.stream().map(ArticleCollection::name).toList(), chosenNow, listed);
    }

    private void show(Loaded loaded) {
        current = loaded.chosen();
        names.setAll(loaded.names());
        chosen.set(current == null ? null : current.name());
        rows.setAll(loaded.rows());
    }

    private void failed(Exception failure) {
        message.set(failure instanceof CollectionExistsException taken ? Messages.format("collections.exists", taken.name())
                : Messages.format("collections.failed", Messages.describe(failure)));
    }

    private static CollectionShelf shelf(Archive open) throws ArchiveException {
        return open.collections().orElseThrow(() -> new ArchiveException(Messages.get("collections.none")));
    }

    private static ArticleCollection collection(CollectionShelf shelf, String name) throws ArchiveException {
        Optional<ArticleCollection> found = shelf.find(name);
        return found.orElseThrow(() -> new ArchiveException(Messages.format("collections.gone", name)));
    }
}
