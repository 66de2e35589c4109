package org.arshif.archive;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.model.ArchiveStats;
import org.arshif.model.ImportReport;
import org.arshif.model.MonthCount;
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

    /** Matching articles per month for the query's text and filters (paging and order are ignored). */
    List<MonthCount> monthCounts(SearchQuery query) throws ArchiveException;

    Optional<Article> get(String id) throws ArchiveException;

    /** Every place the query's text matches in the article, on the words as written (for the reading pane). */
    ArticleMatches matches(Article article, String queryText) throws ArchiveException;

    ArchiveStats stats() throws ArchiveException;

    /** False when opened read-only, e.g. while another process holds the archive for writing. */
    boolean isWritable();

    /**
     * Looks for what another process committed since the last look (an archive open read-only while another window
     * or command imports into it): true when the archive changed, and later calls see the change.
     */
    boolean refresh() throws ArchiveException;

    @Override
    void close() throws ArchiveException;
}
