package org.arshif.archive;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.arshif.model.ArchiveStats;
import org.arshif.model.ArticleCopy;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.model.ImportReport;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.Snippet;
import org.arshif.model.SortOrder;

/**
 * The archive as a Lucene index in a folder on this machine.
 *
 * <p>Dates are indexed as points and doc values under one field name, so sorting by date skips the documents
 * that cannot make the page instead of visiting every hit (an index sorted by date would do the same, but cost a
 * quarter of the import throughput: see {@code docs/benchmarks.md}). One process at a time may write (Lucene's
 * lock file); others may open the archive read-only.
 */
public final class LuceneArchive implements Archive {

    private static final Set<String> HIT_FIELDS =
            Set.of(ArchiveFields.ID, ArchiveFields.TITLE, ArchiveFields.DATE, ArchiveFields.SOURCE);

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final SnippetHighlighter highlighter = new SnippetHighlighter(analyzer);
    /** The state of the last commit this process wrote (writable archives; read-only ones read it per reader). */
    private volatile CommitState state;

    private LuceneArchive(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers,
                          CommitState state) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.state = state;
    }

    /**
     * What the archive was imported from, one line per original (see {@link ArticleSource#rereadInstructions}): a
     * copy of the history kept in the index's commit, for rebuilding an index too damaged to read it from.
     */
    public static final String IMPORT_HISTORY = "imports.tsv";
    /** Present while a window or command has the archive open for writing: found at open, the last one crashed. */
    static final String OPEN_MARKER = "arshif.open";
    /** Present while a crash's check is still owed (a large archive is checked while in use, which may be cut). */
    static final String UNCHECKED_MARKER = "arshif.unchecked";
    /**
     * An archive up to this size has every file's checksum verified at each open (a second or less);
     * {@code -Darshif.verifyBelowBytes=N} changes it (tests use 0 to stand for a large archive).
     */
    static final long VERIFY_ALWAYS_BELOW_BYTES = 256L << 20;

    /**
     * Opens the archive in {@code folder} for reading and writing, creating it when it does not exist. Damage is
     * detected here: Lucene checks headers, footers and lengths of every file as it opens them (a truncated file
     * fails), and every file's checksum is verified too when the archive is small. A large archive that was not
     * closed the last time (a crash, a kill) opens at once and {@link #needsCheck() needs a check}, which the caller
     * runs with {@link #verify()} (the window does it in the background; reading 7 GB takes a minute). A damaged
     * archive throws {@link DamagedArchiveException}.
     */
    public static LuceneArchive open(Path folder) throws ArchiveException {
        refuseUnfinishedRebuild(folder);
        return openWritable(folder);
    }

    /** Opens the new, empty archive of a rebuild under way ({@link ArchiveRebuild}). */
    static LuceneArchive openForRebuild(Path folder) throws ArchiveException {
        return openWritable(folder);
    }

    private static void refuseUnfinishedRebuild(Path folder) throws DamagedArchiveException {
        if (ArchiveRebuild.isUnfinished(folder)) {
            throw new DamagedArchiveException("the archive " + folder + " is being rebuilt, and the rebuild was stopped"
                    + " before it finished", null);
        }
    }

    private static LuceneArchive openWritable(Path folder) throws ArchiveException {
        Directory directory = null;
        IndexWriter writer = null;
        try {
            refuseReadOnlyFolder(folder);
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(new ArabicSearchAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    .setCommitOnClose(true);
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                // An empty archive that readers can open, its (empty) derived state complete.
                writer.setLiveCommitData(new CommitState(true, 0, List.of(), "").userData().entrySet());
                writer.commit();
            }
            Path marker = folder.resolve(OPEN_MARKER);
            Path unchecked = folder.resolve(UNCHECKED_MARKER);
            boolean crashed = Files.exists(marker) || Files.exists(unchecked);
            LuceneArchive archive = new LuceneArchive(folder, directory, writer, new SearcherManager(writer, null),
                    committedState(writer));
            if (sizeOf(directory) < Long.getLong("arshif.verifyBelowBytes", VERIFY_ALWAYS_BELOW_BYTES)) {
                archive.verify();
            } else if (crashed) {
                Files.writeString(unchecked, "the last session did not close this archive; verify it");
                archive.needsCheck = true;
            }
            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
            archive.completeDerivedState();
            return archive;
        } catch (LockObtainFailedException e) {
            abandon(writer, directory);
            throw new ArchiveLockedException("the archive " + folder + " is in use by another Arshif window or command;"
                    + " close it and try again", e);
        } catch (ArchiveException e) {
            abandon(writer, directory);
            throw e;
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException | java.io.EOFException
                 | java.nio.file.NoSuchFileException e) {
            abandon(writer, directory);
            throw damaged(folder, e);
        } catch (java.nio.file.FileSystemException e) {
            abandon(writer, directory);
            if (Files.isDirectory(folder) && e.getMessage() != null && (e instanceof java.nio.file.AccessDeniedException
                    || e.getMessage().contains("Read-only file system"))) {
                throw readOnly(folder, e);
            }
            throw new ArchiveException("cannot open the archive " + folder + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            abandon(writer, directory);
            throw new ArchiveException("cannot open the archive " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * A folder holding an archive that this user may not write to (another user's, a read-only share) is opened
     * read-only by the callers; it is not damaged.
     */
    private static void refuseReadOnlyFolder(Path folder) throws ReadOnlyArchiveException {
        if (Files.isDirectory(folder) && !Files.isWritable(folder)) {
            throw readOnly(folder, null);
        }
    }

    private static ReadOnlyArchiveException readOnly(Path folder, Exception cause) {
        return new ReadOnlyArchiveException("the archive " + folder + " is read-only for you (no permission to write"
                + " in its folder): it can be searched and read, not changed", cause);
    }

    /** Gives up a half-opened archive: nothing committed, the write lock released. */
    private static void abandon(IndexWriter writer, Directory directory) {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // already failing with a better message
            }
        }
        closeQuietly(directory);
    }

    /** Opens an existing archive for reading only: works while another process is writing to it. */
    public static LuceneArchive openReadOnly(Path folder) throws ArchiveException {
        refuseUnfinishedRebuild(folder);
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            return new LuceneArchive(folder, directory, null, new SearcherManager(directory, null), null);
        } catch (IndexNotFoundException e) {
            closeQuietly(directory);
            throw new ArchiveException("there is no archive in " + folder, e);
        } catch (java.nio.file.NoSuchFileException e) {
            closeQuietly(directory);
            if (!Files.isDirectory(folder)) {
                throw new ArchiveException("there is no archive in " + folder, e);
            }
            throw damaged(folder, e);
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException | java.io.EOFException e) {
            closeQuietly(directory);
            throw damaged(folder, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new ArchiveException("cannot open the archive " + folder + ": " + e.getMessage(), e);
        }
    }

    public Path folder() {
        return folder;
    }

    private volatile boolean needsCheck;

    /** True when the archive is large and was not closed the last time: {@link #verify()} it. */
    public boolean needsCheck() {
        return needsCheck;
    }

    private static DamagedArchiveException damaged(Path folder, Exception cause) {
        String what = cause instanceof java.nio.file.NoSuchFileException missing
                ? "the file " + Path.of(missing.getFile()).getFileName() + " is missing"
                : cause.getMessage();
        return new DamagedArchiveException("the archive " + folder + " is damaged (" + what + ")", cause);
    }

    private static long sizeOf(Directory directory) throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (java.nio.file.NoSuchFileException e) {
                // removed by a merge meanwhile
            }
        }
        return size;
    }

    /**
     * Reads every file of the index and checks it against its checksum (Lucene's {@code checkIntegrity}): seconds
     * per gigabyte. Throws {@link DamagedArchiveException} naming what failed.
     */
    public void verify() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            if (writer != null) {
                Files.deleteIfExists(folder.resolve(UNCHECKED_MARKER));
            }
            needsCheck = false;
        } catch (IOException | RuntimeException e) {
            throw damaged(folder, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public boolean isWritable() {
        return writer != null;
    }

    @Override
    public boolean refresh() throws ArchiveException {
        try {
            IndexSearcher before = acquire();
            long version;
            try {
                version = ((DirectoryReader) before.getIndexReader()).getVersion();
            } finally {
                release(before);
            }
            searchers.maybeRefreshBlocking();
            IndexSearcher after = acquire();
            try {
                return ((DirectoryReader) after.getIndexReader()).getVersion() != version;
            } finally {
                release(after);
            }
        } catch (IOException e) {
            throw new ArchiveException("cannot read the archive " + folder + " again: " + e.getMessage(), e);
        }
    }

    /**
     * Imports in two commits. The first makes the articles durable together with the import history, marking the
     * derived state (copy groups, run-together words) as owed; the second brings the derived state up to date and
     * marks it done. A crash before the first loses only this import (run it again); a crash after it leaves owed
     * state, completed at the next writable open before any result is shown (a read-only open derives it in memory).
     * Long imports commit every 50,000 records the same way, their state owed.
     */
    @Override
    public ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        if (writer == null) {
            throw new ArchiveException("the archive " + folder + " is open read-only");
        }
        long started = System.nanoTime();
        CommitState before = state;
        CommitState importing = before.importing(source.rereadInstructions());
        // New and replaced articles are told apart by counting the archive before and after and the articles that
        // carry this import's number, not by remembering every id: a million-article import keeps its memory steady.
        long articlesBefore = articleCount();
        try (ParallelIndexer indexer = new ParallelIndexer(writer, importing.generation(), monitor,
                () -> commit(importing))) {
            try {
                source.readInto(indexer);
            } finally {
                indexer.finish();
            }
            commit(importing);
            CrashPoints.reach("articles-committed");
            long articlesAfter = articleCount();
            long written = countOf(importedBy(importing.generation()));
            long replaced = articlesBefore - (articlesAfter - written);
            // Around the new articles when they are few beside the archive (one walk per article); afresh, in one pass
            // over the band keys, when they are many or replaced others: either way the same groups.
            derive(importing, before.derived() && replaced == 0 && written * AROUND_AT_MOST < articlesAfter);
            long repeated = indexer.imported() - written;
            return new ImportReport(articlesAfter - articlesBefore, replaced, indexer.problems(),
                    Duration.ofNanos(System.nanoTime() - started), indexer.wasCancelled(), indexer.rejected(), repeated);
        } catch (IOException | RuntimeException e) {
            removeLeftovers();
            throw new ArchiveException(ImportFailure.describe(e, folder), e);
        }
    }

    /**
     * After a failure that closed the writer (a full disk), the files it had begun are referenced by no commit and
     * would hold the space until the next writable open: a writer opened and dropped at once deletes them now.
     */
    private void removeLeftovers() {
        if (writer.isOpen()) {
            return;
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                .setCommitOnClose(false);
        try (IndexWriter cleaner = new IndexWriter(directory, config)) {
            cleaner.rollback();
        } catch (IOException | RuntimeException e) {
            // the next writable open deletes them: nothing is lost by leaving them now
        }
    }

    /** Copy groups are brought up to date around an import holding at most one article in this many. */
    private static final int AROUND_AT_MOST = 10;

    private static Query importedBy(long generation) {
        return LongPoint.newExactQuery(ArchiveFields.IMPORT, generation);
    }

    private long articleCount() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    private long countOf(Query query) throws IOException, ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(query);
        } finally {
            release(searcher);
        }
    }

    /** Commits what was written so far with this state, and makes it visible to searches running meanwhile. */
    private void commit(CommitState committed) throws IOException {
        writer.setLiveCommitData(committed.userData().entrySet());
        writer.prepareCommit();
        CrashPoints.reach("articles-prepared");
        writer.commit();
        state = committed;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Brings the copy groups and the run-together list up to date for the committed articles and commits them:
     * around the last import's articles when it only added articles to a complete state, else afresh.
     */
    private void derive(CommitState owed, boolean aroundLastImport) throws IOException, ArchiveException {
        IndexSearcher searcher = acquire();
        GluedWords found;
        try {
            IndexReader reader = searcher.getIndexReader();
            if (aroundLastImport) {
                CopyGroups.regroupAdded(reader, writer, importedBy(owed.generation()));
            } else {
                CopyGroups.regroupAll(reader, writer);
            }
            CrashPoints.reach("groups-written");
            found = GluedWords.build(reader, ArchiveFields.BODY);
            CrashPoints.reach("glued-found");
        } finally {
            release(searcher);
        }
        CommitState done = owed.derivedWith(found);
        writer.setLiveCommitData(done.userData().entrySet());
        writer.prepareCommit();
        CrashPoints.reach("derived-prepared");
        writer.commit();
        state = done;
        CrashPoints.reach("derived-committed");
        mirrorHistory(done);
        searchers.maybeRefreshBlocking();
    }

    /**
     * At open: an archive whose last import was stopped before its derived state was committed (or one made before
     * that state was kept) gets it now, before any search; the history's copy beside the index is brought in line.
     */
    private void completeDerivedState() throws IOException, ArchiveException {
        CommitState committed = state;
        if (!committed.derived()) {
            if (committed.history().isEmpty()) {
                // An archive from before the history was kept in the index: its side file is all there is.
                committed = committed.withHistory(readHistoryCopy());
            }
            derive(committed, false);
        } else {
            mirrorHistory(committed);
        }
    }

    /** The state of the last commit, as the writer opened it. */
    private static CommitState committedState(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return CommitState.of(data);
    }

    private List<String> readHistoryCopy() throws IOException {
        Path copy = folder.resolve(IMPORT_HISTORY);
        return Files.isRegularFile(copy) ? Files.readAllLines(copy, StandardCharsets.UTF_8) : List.of();
    }

    /** Rewrites the history's copy beside the index when it differs from the committed history. */
    private void mirrorHistory(CommitState committed) throws IOException {
        if (committed.history().equals(readHistoryCopy())) {
            return;
        }
        Path next = folder.resolve(IMPORT_HISTORY + ".new");
        Files.write(next, committed.history(), StandardCharsets.UTF_8);
        Files.move(next, folder.resolve(IMPORT_HISTORY), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Checks what the archive derives from its articles against what it derives afresh: the last commit's derived
     * state done, every article's copy group and the run-together list as they follow from the articles. Reads the
     * whole archive (seconds for a large one); throws {@link DamagedArchiveException} naming what is out of step.
     */
    public void verifyDerivedState() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            CommitState committed = stateOf(reader);
            if (!committed.derived()) {
                throw new ArchiveException("the archive " + folder + " has articles whose copies and"
                        + " run-together words were not yet worked out (an import was stopped); opening it for"
                        + " writing (an import, the window) completes them");
            }
            long wrong = CopyGroups.disagreements(reader);
            if (wrong > 0) {
                throw new DamagedArchiveException("the archive " + folder + " has " + wrong + " articles in the"
                        + " wrong copy group; 'arshif rebuild --force' works them out again", null);
            }
            if (!GluedWords.build(reader, ArchiveFields.BODY).equals(GluedWords.parse(committed.glued()))) {
                throw new DamagedArchiveException("the archive " + folder + " has a run-together word list out of"
                        + " step with its articles; 'arshif rebuild --force' works it out again", null);
            }
        } catch (IOException | RuntimeException e) {
            throw damaged(folder, e);
        } finally {
            release(searcher);
        }
    }

    /** The commit state a reader sees: this process's own for a writable archive, else the reader's commit's. */
    private CommitState stateOf(IndexReader reader) throws IOException {
        return writer != null ? state : CommitState.of(((DirectoryReader) reader).getIndexCommit().getUserData());
    }

    /** The copy groups of this searcher's reader, read once per reader. */
    private CopyGroups copyGroups(IndexSearcher searcher) throws IOException {
        return derivedOf(searcher).groups();
    }

    /**
     * What a reader's articles derive, read once per reader: from the index when its commit has it done; worked
     * out in memory when it is owed (a read-only open of an archive whose import was stopped).
     */
    private ReaderDerived derivedOf(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        ReaderDerived cached = readerDerived;
        if (cached == null || cached.reader() != reader) {
            CommitState committed = stateOf(reader);
            cached = committed.derived()
                    ? new ReaderDerived(reader, CopyGroups.read(reader), GluedWords.parse(committed.glued()))
                    : new ReaderDerived(reader, CopyGroups.of(CopyGroups.compute(reader)),
                            GluedWords.build(reader, ArchiveFields.BODY));
            readerDerived = cached;
        }
        return cached;
    }

    private record ReaderDerived(IndexReader reader, CopyGroups groups, GluedWords glued) {
    }

    private volatile ReaderDerived readerDerived;

    @Override
    public SearchResult search(SearchQuery query) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            QueryBuilder queries = queries(searcher);
            CopyGroups copies = copyGroups(searcher);
            SortOrder sort = Ranking.effectiveSort(query);
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            ScoreDoc after = PageCursor.parse(query.after(), version, sort);
            Ranking full = Ranking.of(searcher, queries.fullQuery(query), sort, query, after, copies);
            Ranking ranking = Ranking.widened(searcher, queries, query, full, after, copies);
            ScoreDoc[] page = ranking.page();
            long allWords = full.texts();
            String didYouMean = (allWords < SUGGEST_BELOW) && !query.isBlank() ? queries.didYouMean(query.text()) : null;
            String next = page.length == 0 ? null : PageCursor.format(version, sort, page[page.length - 1]);
            return new SearchResult(ranking.texts(), hits(searcher, queries.markQuery(query.text()), page, sort, copies),
                    didYouMean, allWords, next, ranking.months());
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("search failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** A query finding fewer articles than this gets a "did you mean" when one of its words has a near spelling. */
    static final int SUGGEST_BELOW = 5;

    /** Queries for this searcher's view of the archive (rare words get near spellings). */
    private QueryBuilder queries(IndexSearcher searcher) throws IOException {
        return new QueryBuilder(analyzer, derivedOf(searcher).glued(), new VariantSpellings(searcher.getIndexReader()));
    }

    private List<SearchHit> hits(IndexSearcher searcher, Query textQuery, ScoreDoc[] page, SortOrder sort,
                                 CopyGroups copies) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Snippet[] snippets = highlighter.snippets(searcher, textQuery, docIds);
        var stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            float score = sort == SortOrder.RELEVANCE ? (Float) ((org.apache.lucene.search.FieldDoc) page[i]).fields[0]
                    : Float.NaN;
            List<ArticleCopy> copyList = new ArrayList<>();
            for (int copy : copies.copiesOf(page[i].doc)) {
                Document copyDoc = stored.document(copy, HIT_FIELDS);
                copyList.add(new ArticleCopy(copyDoc.get(ArchiveFields.ID), copyDoc.get(ArchiveFields.SOURCE),
                        ArticleDocuments.date(copyDoc)));
            }
            copyList.sort(COPY_ORDER);
            hits.add(new SearchHit(doc.get(ArchiveFields.ID), doc.get(ArchiveFields.TITLE),
                    ArticleDocuments.date(doc), doc.get(ArchiveFields.SOURCE), score, snippets[i], copyList));
        }
        return hits;
    }

    /** Copies listed by date (undated last), then source, then id: the same order in every archive. */
    private static final Comparator<ArticleCopy> COPY_ORDER = Comparator
            .comparing(ArticleCopy::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleCopy::source).thenComparing(ArticleCopy::id);

    /** The timeline of a search: the same pass as {@link #search} makes, with a page of one hit. */
    @Override
    public List<MonthCount> monthCounts(SearchQuery query) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            QueryBuilder queries = queries(searcher);
            CopyGroups copies = copyGroups(searcher);
            SearchQuery first = query.withPage(0, 1);
            Ranking full = Ranking.of(searcher, queries.fullQuery(first), Ranking.effectiveSort(first), first, null,
                    copies);
            return Ranking.widened(searcher, queries, first, full, null, copies).months();
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("counting by month failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public Optional<Article> get(String id) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ArchiveFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            return Optional.of(ArticleDocuments.toArticle(searcher.storedFields().document(top.scoreDocs[0].doc)));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("cannot read article " + id + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public ArticleMatches matches(Article article, String queryText) throws ArchiveException {
        if (queryText == null || queryText.isBlank()) {
            return ArticleMatches.none(article);
        }
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ArchiveFields.ID, article.id())), 1);
            if (top.scoreDocs.length == 0) {
                return ArticleMatches.none(article);
            }
            int doc = top.scoreDocs[0].doc;
            Query query = queries(searcher).markQuery(queryText);
            List<Snippet.Span> title = highlighter.allMatches(searcher, query, doc, ArchiveFields.TITLE);
            List<Snippet.Span> body = highlighter.allMatches(searcher, query, doc, ArchiveFields.BODY);
            return new ArticleMatches(title, perParagraph(article, body));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("cannot mark the matches in article " + article.id() + ": " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** Splits spans over the stored body (paragraphs joined by a blank line) into per-paragraph spans. */
    private static List<List<Snippet.Span>> perParagraph(Article article, List<Snippet.Span> body) {
        List<List<Snippet.Span>> result = new ArrayList<>();
        int paragraphStart = 0;
        for (String paragraph : article.paragraphs()) {
            int paragraphEnd = paragraphStart + paragraph.length();
            List<Snippet.Span> inside = new ArrayList<>();
            for (Snippet.Span span : body) {
                if (span.start() >= paragraphStart && span.end() <= paragraphEnd) {
                    inside.add(new Snippet.Span(span.start() - paragraphStart, span.end() - paragraphStart));
                }
            }
            result.add(inside);
            paragraphStart = paragraphEnd + ArticleDocuments.PARAGRAPH_BREAK.length();
        }
        return result;
    }

    @Override
    public ArchiveStats stats() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return ArchiveStatistics.of(searcher);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("cannot read the archive's statistics: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() throws ArchiveException {
        try {
            return searchers.acquire();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw new ArchiveException("the archive " + folder + " is closed", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            // releasing a reader only decrements a count; a failure here leaves nothing to undo
        }
    }

    @Override
    public void close() throws ArchiveException {
        try {
            searchers.close();
            if (writer != null) {
                writer.close();
                Files.deleteIfExists(folder.resolve(OPEN_MARKER)); // closed cleanly
            }
            directory.close();
        } catch (IOException e) {
            throw new ArchiveException("cannot close the archive " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // already failing with a better message
            }
        }
    }
}
