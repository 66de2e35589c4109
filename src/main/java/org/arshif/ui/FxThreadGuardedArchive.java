package org.arshif.ui;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.CollectionShelf;
import org.arshif.archive.ImportMonitor;
import org.arshif.model.ArchiveStats;
import org.arshif.model.Article;
import org.arshif.model.ArticleCollection;
import org.arshif.model.MarkedArticle;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;

/**
 * The archive as the window sees it: every call made on the JavaFX application thread fails at once, so index and
 * file work can never freeze the window unnoticed (the UI tests run with this guard).
 */
final class FxThreadGuardedArchive implements Archive {

    private final Archive archive;

    FxThreadGuardedArchive(Archive archive) {
        this.archive = archive;
    }

    private static void offFxThread() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("archive work on the JavaFX application thread would freeze the window");
        }
    }

    @Override
    public ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        offFxThread();
        return archive.importArticles(source, monitor);
    }

    @Override
    public SearchResult search(SearchQuery query) throws ArchiveException {
        offFxThread();
        return archive.search(query);
    }

    @Override
    public Optional<Article> get(String id) throws ArchiveException {
        offFxThread();
        return archive.get(id);
    }

    @Override
    public Optional<MarkedArticle> read(String id, String queryText) throws ArchiveException {
        offFxThread();
        return archive.read(id, queryText);
    }

    @Override
    public ArchiveStats stats() throws ArchiveException {
        offFxThread();
        return archive.stats();
    }

    @Override
    public boolean isWritable() {
        return archive.isWritable();
    }

    @Override
    public java.util.Optional<Boolean> degraded() throws ArchiveException {
        offFxThread();
        return archive.degraded();
    }

    @Override
    public java.util.Optional<org.arshif.model.Problem> importRefusal() {
        return archive.importRefusal(); // learnt when the archive was opened: no request
    }

    @Override
    public int formatVersion() throws ArchiveException {
        offFxThread();
        return archive.formatVersion();
    }

    @Override
    public boolean refresh() throws ArchiveException {
        offFxThread();
        return archive.refresh();
    }

    @Override
    public Optional<CollectionShelf> collections() {
        return archive.collections().map(GuardedShelf::new);
    }

    @Override
    public void close() throws ArchiveException {
        archive.close();
    }

    /** The shelf reads and writes a file at every call: off the FX thread too. */
    private record GuardedShelf(CollectionShelf shelf) implements CollectionShelf {
        @Override
        public List<ArticleCollection> all() throws ArchiveException {
            offFxThread();
            return shelf.all();
        }

        @Override
        public void create(String name) throws ArchiveException {
            offFxThread();
            shelf.create(name);
        }

        @Override
        public void save(ArticleCollection collection) throws ArchiveException {
            offFxThread();
            shelf.save(collection);
        }

        @Override
        public void rename(String name, String newName) throws ArchiveException {
            offFxThread();
            shelf.rename(name, newName);
        }

        @Override
        public void delete(String name) throws ArchiveException {
            offFxThread();
            shelf.delete(name);
        }
    }
}
