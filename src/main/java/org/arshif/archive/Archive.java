package org.arshif.archive;

import java.io.Closeable;
import java.util.Optional;
import org.arshif.model.Problem;
import org.arshif.model.Article;
import org.arshif.model.MarkedArticle;
import org.arshif.model.ArchiveStats;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;

/**
 * An archive of articles: everything the reader, the export and the command line ask of it. Kept this small
 * on purpose so that an archive served by a search server can stand in for the local Lucene one.
 */
public interface Archive extends Closeable {

    /** Imports what the source yields; re-imported articles replace their earlier version. */
    ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException;

    /** One page of hits with the exact total, snippets marked on the words as written. */
    SearchResult search(SearchQuery query) throws ArchiveException;

    Optional<Article> get(String id) throws ArchiveException;

    /**
     * The article with every place the query's text matches in it, on the words as written (for the reading pane and
     * a marked export), both from one view of the archive; no marks for a blank query.
     */
    Optional<MarkedArticle> read(String id, String queryText) throws ArchiveException;

    ArchiveStats stats() throws ArchiveException;

    /** False when opened read-only, e.g. while another process holds the archive for writing. */
    boolean isWritable();

    /**
     * Whether the archive answers with part of what keeps it down (a shared archive's cluster with a node stopped or
     * a replica recovering: searches are complete, with less to fall back on), read lightly — the cluster's state, no
     * search; empty for an archive that has no such parts (one on this computer).
     */
    default Optional<Boolean> degraded() throws ArchiveException {
        return Optional.empty();
    }

    /**
     * Why an archive opened for writing may not be imported into after all, as the user is told it (a shared
     * archive whose user may only read it, learnt when it was opened); empty otherwise.
     */
    default Optional<Problem> importRefusal() {
        return Optional.empty();
    }

    /**
     * The format of the archive as open (what it stores and how, see {@code docs/archive-format.md}): this version's
     * once open for writing, an older one while an archive written by an older Arshif is open read-only.
     */
    int formatVersion() throws ArchiveException;

    /**
     * Looks for what another process committed since the last look (an archive open read-only while another window
     * or command imports into it): true when the archive changed, and later calls see the change.
     */
    boolean refresh() throws ArchiveException;

    /** The checks of an archive kept on this machine; none for one a server keeps (the server checks it). */
    default Optional<ArchiveChecks> checks() {
        return Optional.empty();
    }

    /** The collections kept with this archive; none where the archive keeps no collections. */
    default Optional<CollectionShelf> collections() {
        return Optional.empty();
    }

    @Override
    void close() throws ArchiveException;
}
