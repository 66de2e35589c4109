package org.arshif.archive.lucene;

import org.arshif.model.Problem;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveChecks;
import org.arshif.archive.CollectionShelf;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLockedException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.ReadOnlyArchiveException;
import org.arshif.archive.UpgradeFailedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.arshif.model.ArchiveStats;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.ArticleMatches;
import org.arshif.model.MarkedArticle;
import org.arshif.model.ImportReport;
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
public final class LuceneArchive implements Archive, ArchiveChecks {

    private static final Set<String> HIT_FIELDS =
            Set.of(ArchiveFields.ID, ArchiveFields.TITLE, ArchiveFields.DATE, ArchiveFields.SOURCE);

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private final SnippetHighlighter highlighter = new SnippetHighlighter(analyzer);
    /** Imports and what they derive, with the state of the last commit (writable archives only). */
    private final ImportPipeline imports;
    private final CollectionFile collections;

    private LuceneArchive(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.imports = writer == null ? null : new ImportPipeline(folder, directory, writer, searchers);
        this.collections = new CollectionFile(folder, writer != null);
    }

    /**
     * Fewer, larger segments than Lucene's default keeps: a search looks each query word's forms up in every
     * segment's term dictionary (its clitics, spellings and inflections: a walk of each dictionary per word), so its
     * cost grows with the number of segments, and an archive is searched far more often than it is written. Two
     * indexing threads and a commit every 50,000 records leave many small segments, which the default policy kept
     * (44 for a million articles, against 5 for raw Lucene's one thread); segments under 64 MB count as 64 MB, and
     * five of a size are allowed before they are merged (docs/benchmarks.md, tenth session). A shared archive's
     * shards keep the same (the configset's solrconfig.xml).
     */
    public static TieredMergePolicy mergePolicy() {
        return new TieredMergePolicy().setFloorSegmentMB(64).setSegmentsPerTier(5);
    }

    /**
     * Lucene's scheduler, but a failed merge is not thrown again on its own thread (which printed Lucene's stack trace
     * to the terminal): the writer keeps the failure as the reason it closed, and the next write — the large import's
     * merge commit, or any later import — reports it in the user's terms ({@link ImportFailure}).
     */
    private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
        @Override
        protected void handleMergeException(Throwable failure) {
            // kept by the writer (IndexWriter#getTragicException), reported by the write that finds it closed
        }
    }

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
        return open(folder, ImportMonitor.NONE);
    }

    /**
     * As {@link #open(Path)}; an archive written by an older Arshif (an older format or analysis) is first upgraded in
     * place from its own stored fields ({@link ArchiveUpgrade}), the monitor following it and able to cancel it (the
     * archive then stays as it was and {@link org.arshif.archive.UpgradeCancelledException} is thrown).
     */
    public static LuceneArchive open(Path folder, ImportMonitor upgrading) throws ArchiveException {
        refuseUnfinishedRebuild(folder);
        return openWritable(folder, upgrading);
    }

    /** Opens the new, empty archive of a rebuild under way ({@link ArchiveRebuild}). */
    static LuceneArchive openForRebuild(Path folder) throws ArchiveException {
        return openWritable(folder, ImportMonitor.NONE);
    }

    /**
     * An archive written by a newer Arshif is left untouched: this version would read it with the wrong rules (and
     * opening a writer on it would already delete files).
     */
    private static void refuseNewerFormat(Directory directory, Path folder) throws IOException, ArchiveException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        var data = SegmentInfos.readLatestCommit(directory).getUserData();
        if (CommitState.isNewer(data)) {
            int analysis = CommitState.analysisOf(data);
            String format = Integer.toString(CommitState.formatOf(data));
            String readsFormat = Integer.toString(CommitState.FORMAT);
            String readsAnalysis = Integer.toString(CommitState.ANALYSIS);
            throw new ArchiveException(analysis > 0
                    ? Problem.of(Problem.Code.ARCHIVE_NEWER_FORMAT_ANALYSIS, folder, format, Integer.toString(analysis), readsFormat,
                            readsAnalysis)
                    : Problem.of(Problem.Code.ARCHIVE_NEWER_FORMAT, folder, format, readsFormat, readsAnalysis), null);
        }
    }

    /** An index of a Lucene this version cannot read is no damage: say which way it is off. */
    private static ArchiveException unreadableFormat(Path folder, IOException cause) {
        return new ArchiveException(Problem.of(cause instanceof org.apache.lucene.index.IndexFormatTooNewException
                ? Problem.Code.ARCHIVE_INDEX_TOO_NEW : Problem.Code.ARCHIVE_INDEX_TOO_OLD, folder, cause.getMessage()),
                cause);
    }

    private static void refuseUnfinishedRebuild(Path folder) throws DamagedArchiveException {
        if (new ArchiveRebuild(folder).isUnfinished()) {
            throw new DamagedArchiveException(Problem.of(Problem.Code.ARCHIVE_REBUILD_STOPPED, folder), null);
        }
    }

    private static LuceneArchive openWritable(Path folder, ImportMonitor upgrading) throws ArchiveException {
        Directory directory = null;
        IndexWriter writer = null;
        SearcherManager searchers = null;
        try {
            refuseReadOnlyFolder(folder);
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            refuseNewerFormat(directory, folder);
            IndexWriterConfig config = new IndexWriterConfig(new ArabicSearchAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    .setMergePolicy(mergePolicy())
                    .setMergeScheduler(new QuietMergeScheduler())
                    // Everything the archive holds is committed by an import or an upgrade, with its state: closing
                    // commits nothing more (what a failed import might have left would be nobody's).
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                // An empty archive that readers can open, its (empty) derived state complete.
                writer.setLiveCommitData(new CommitState(true, 0, List.of(), "").userData().entrySet());
                writer.commit();
            }
            Path marker = folder.resolve(OPEN_MARKER);
            Path unchecked = folder.resolve(UNCHECKED_MARKER);
            boolean crashed = Files.exists(marker) || Files.exists(unchecked);
            searchers = new SearcherManager(writer, LiveStatisticsSearcher.factory(new ArabicSearchAnalyzer()));
            LuceneArchive archive = new LuceneArchive(folder, directory, writer, searchers);
            // Judged on the commit the writer opened (another writer may have upgraded it since the check above).
            boolean upgrade = archive.imports.upgradeOwed();
            // An upgrade reads every article anyway: damage is found first, never carried into the new index.
            if (upgrade || sizeOf(directory) < Long.getLong("arshif.verifyBelowBytes", VERIFY_ALWAYS_BELOW_BYTES)) {
                archive.verify();
            } else if (crashed) {
                Files.writeString(unchecked, "the last session did not close this archive; verify it");
                archive.needsCheck = true;
            }
            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
            if (upgrade) {
                upgrade(archive, upgrading);
            } else {
                archive.imports.completeDerivedState();
            }
            archive.collections.renameIds(archive.imports.renamedIds());
            // The run-together list lived in this side file before it was kept in the commit.
            Files.deleteIfExists(folder.resolve("glued-words.tsv"));
            return archive;
        } catch (LockObtainFailedException e) {
            abandon(searchers, writer, directory);
            throw new ArchiveLockedException(Problem.of(Problem.Code.ARCHIVE_LOCKED, folder), e);
        } catch (ArchiveException e) {
            abandon(searchers, writer, directory);
            throw e;
        } catch (org.apache.lucene.index.IndexFormatTooOldException | org.apache.lucene.index.IndexFormatTooNewException e) {
            abandon(searchers, writer, directory);
            throw unreadableFormat(folder, e);
        } catch (org.apache.lucene.index.CorruptIndexException | java.io.EOFException | java.nio.file.NoSuchFileException e) {
            abandon(searchers, writer, directory);
            throw damaged(folder, e);
        } catch (java.nio.file.FileSystemException e) {
            abandon(searchers, writer, directory);
            if (Files.isDirectory(folder) && e.getMessage() != null && (e instanceof java.nio.file.AccessDeniedException
                    || e.getMessage().contains("Read-only file system"))) {
                throw readOnly(folder, e);
            }
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNOPENABLE, folder, e.getMessage()), e);
        } catch (IOException | RuntimeException e) {
            abandon(searchers, writer, directory);
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNOPENABLE, folder, e.getMessage()), e);
        }
    }

    /** The upgrade at open; a failure (not a cancel) says that the archive is as it was and can still be read. */
    private static void upgrade(LuceneArchive archive, ImportMonitor upgrading) throws ArchiveException {
        try {
            archive.imports.upgrade(upgrading, archive.collections.heldIds());
        } catch (org.arshif.archive.UpgradeCancelledException | UpgradeFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UpgradeFailedException(ImportFailure.describeUpgrade(e, archive.folder), e);
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
        return new ReadOnlyArchiveException(Problem.of(Problem.Code.ARCHIVE_READ_ONLY_FOLDER, folder), cause);
    }

    /**
     * Gives up a half-opened archive: nothing committed, the write lock released, no file held open (its readers
     * closed too: an upgrade that failed on a full disk left them on the old segments).
     */
    private static void abandon(SearcherManager searchers, IndexWriter writer, Directory directory) {
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException | RuntimeException ignored) {
                // already failing with a better message
            }
        }
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
            refuseNewerFormat(directory, folder);
            LuceneArchive archive = new LuceneArchive(folder, directory, null, new SearcherManager(directory,
                    LiveStatisticsSearcher.factory(new ArabicSearchAnalyzer())));
            // As a writable open does: a small archive's overwritten bytes are found before any answer is given
            // (a search on a bit-flipped archive answered without a word).
            if (sizeOf(directory) < Long.getLong("arshif.verifyBelowBytes", VERIFY_ALWAYS_BELOW_BYTES)) {
                try {
                    archive.verify();
                } catch (ArchiveException damage) {
                    archive.close();
                    throw damage;
                }
            }
            return archive;
        } catch (IndexNotFoundException e) {
            closeQuietly(directory);
            throw new ArchiveException(Problem.of(Problem.Code.NO_ARCHIVE, folder), e);
        } catch (java.nio.file.NoSuchFileException e) {
            closeQuietly(directory);
            if (!Files.isDirectory(folder)) {
                throw new ArchiveException(Problem.of(Problem.Code.NO_ARCHIVE, folder), e);
            }
            throw damaged(folder, e);
        } catch (org.apache.lucene.index.IndexFormatTooOldException | org.apache.lucene.index.IndexFormatTooNewException e) {
            closeQuietly(directory);
            throw unreadableFormat(folder, e);
        } catch (org.apache.lucene.index.CorruptIndexException | java.io.EOFException e) {
            closeQuietly(directory);
            throw damaged(folder, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            if (causedByCorruption(e)) { // a checksum failure met while opening the searcher's statistics
                throw damaged(folder, e);
            }
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNOPENABLE, folder, e.getMessage()), e);
        }
    }

    private static boolean causedByCorruption(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.lucene.index.CorruptIndexException || cause instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    public Path folder() {
        return folder;
    }

    private volatile boolean needsCheck;
    /** The reader whose files were last verified: the same view is not read twice. */
    private volatile org.apache.lucene.index.IndexReader verified;

    /** True when the archive is large and was not closed the last time: {@link #verify()} it. */
    @Override
    public boolean needsCheck() {
        return needsCheck;
    }

    private static DamagedArchiveException damaged(Path folder, Exception cause) {
        Object what = cause instanceof java.nio.file.NoSuchFileException missing
                ? Problem.of(Problem.Code.ARCHIVE_FILE_MISSING, Path.of(missing.getFile()).getFileName())
                : cause.getMessage();
        return new DamagedArchiveException(Problem.of(Problem.Code.ARCHIVE_DAMAGED, folder, what), cause);
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
    @Override
    public void verify() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            if (searcher.getIndexReader() == verified) {
                return; // these very files were read at open (`check` on a small archive asks again)
            }
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                leaf.reader().checkIntegrity();
            }
            verified = searcher.getIndexReader();
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

    /** {@link CommitState#FORMAT} once open for writing (an older archive is upgraded at open); else the commit's. */
    @Override
    public int formatVersion() throws ArchiveException {
        return imports != null ? CommitState.FORMAT : CommitState.formatOf(readCommitData());
    }

    /** True when read-only and written by an older Arshif: searched as it is until a writable open upgrades it. */
    @Override
    public boolean upgradeOwed() throws ArchiveException {
        return imports == null && CommitState.upgradeOwed(readCommitData());
    }

    @Override
    public String writtenWith() throws ArchiveException {
        return CommitState.describe(readCommitData());
    }

    /** The commit data of the view searches see now (read-only archives: it follows the writer's commits). */
    private java.util.Map<String, String> readCommitData() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNREADABLE, folder, e.getMessage()), e);
        } finally {
            release(searcher);
        }
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
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNREADABLE_AGAIN, folder, e.getMessage()), e);
        }
    }

    /** See {@link ImportPipeline#importArticles}. */
    @Override
    public ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        if (imports == null) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_OPEN_READ_ONLY, folder), null);
        }
        return imports.importArticles(source, monitor);
    }

    /**
     * Checks what the archive derives from its articles against what it derives afresh: every article's copy group
     * and the run-together list as they follow from the articles. Reads the whole archive (seconds for a large one);
     * throws {@link DamagedArchiveException} naming what is out of step.
     *
     * @return true when the derived state is complete; false when it is still owed (an import was stopped after its
     *     article commit: the archive answers right meanwhile, working it out in memory, and the next writable open
     *     completes it), which is no damage
     */
    @Override
    public boolean verifyDerivedState() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            CommitState committed = stateOf(reader);
            if (!committed.derived()) {
                return false;
            }
            long wrong = CopyGroups.disagreements(reader);
            if (wrong > 0) {
                throw new DamagedArchiveException(Problem.of(Problem.Code.ARCHIVE_WRONG_COPY_GROUPS, folder, String.valueOf(wrong)),
                        null);
            }
            if (!GluedWords.build(reader, ArchiveFields.BODY).equals(GluedWords.parse(committed.glued()))) {
                throw new DamagedArchiveException(Problem.of(Problem.Code.ARCHIVE_GLUED_OUT_OF_STEP, folder), null);
            }
            if (imports == null && !LiveStatisticsSearcher.wrongShares((DirectoryReader) reader, analyzer).isEmpty()) {
                throw new DamagedArchiveException(Problem.of(Problem.Code.ARCHIVE_SHARES_WRONG, folder), null);
            }
            return true;
        } catch (ArchiveException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(folder, e);
        } finally {
            release(searcher);
        }
    }

    /** True when the copy of the import history beside the index says what the index's own history says. */
    @Override
    public boolean historyCopyInStep() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return stateOf(searcher.getIndexReader()).history().equals(ImportPipeline.historyCopy(folder));
        } catch (IOException e) {
            return false;
        } finally {
            release(searcher);
        }
    }

    /** The commit state a reader sees: this process's own for a writable archive, else the reader's commit's. */
    private CommitState stateOf(IndexReader reader) throws IOException {
        return imports != null ? imports.state()
                : CommitState.of(((DirectoryReader) reader).getIndexCommit().getUserData());
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
            String didYouMean = full.texts() < SUGGEST_BELOW && !query.isBlank() ? queries.didYouMean(query.text())
                    : null;
            // Which articles hold every word: none of a widened list; those a long query's full-match lift finds.
            Query everyWord = ranking != full ? new MatchNoDocsQuery()
                    : query.isBlank() ? null : queries.everyWordQuery(query.text());
            long allWords = everyWord == null ? full.texts() : searcher.search(queries.fullQuery(query, everyWord),
                    MatchCounts.manager(copies)).texts();
            String next = page.length == 0 ? null : PageCursor.format(version, sort, page[page.length - 1]);
            return new SearchResult(ranking.texts(), hits(searcher, queries.marks(query.text()), page, sort, copies,
                    everyWord), didYouMean, allWords, next, ranking.days(), ranking.articles());
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(Problem.of(Problem.Code.SEARCH_FAILED, e.getMessage()), e);
        } finally {
            release(searcher);
        }
    }

    /** A query finding fewer articles than this gets a "did you mean" when one of its words has a near spelling. */
    public static final int SUGGEST_BELOW = 5;

    /** Queries for this searcher's view of the archive (rare words get near spellings). */
    private QueryBuilder queries(IndexSearcher searcher) throws IOException {
        return new QueryBuilder(analyzer, derivedOf(searcher).glued(), new VariantSpellings(searcher.getIndexReader()));
    }

    /** The page's hits; {@code everyWord} (null: all of them) finds those that hold every word of the query. */
    private List<SearchHit> hits(IndexSearcher searcher, MatchMarks marks, ScoreDoc[] page, SortOrder sort,
                                 CopyGroups copies, Query everyWord) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        Weight holdsEveryWord = everyWord == null ? null
                : searcher.createWeight(searcher.rewrite(everyWord), ScoreMode.COMPLETE_NO_SCORES, 1);
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Snippet[] snippets = highlighter.snippets(searcher, marks, docIds);
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
                        ArticleDocuments.date(copyDoc), copyDoc.get(ArchiveFields.TITLE)));
            }
            copyList.sort(COPY_ORDER);
            hits.add(new SearchHit(doc.get(ArchiveFields.ID), doc.get(ArchiveFields.TITLE),
                    ArticleDocuments.date(doc), doc.get(ArchiveFields.SOURCE), score, snippets[i], copyList,
                    holdsEveryWord == null || matches(searcher, holdsEveryWord, page[i].doc)));
        }
        return hits;
    }

    /** True when the document matches the weight's query. */
    private static boolean matches(IndexSearcher searcher, Weight weight, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        Scorer scorer = weight.scorer(leaf);
        return scorer != null && scorer.iterator().advance(doc - leaf.docBase) == doc - leaf.docBase;
    }

    /** Copies listed by date (undated last), then source, then id: the same order in every archive. */
    private static final Comparator<ArticleCopy> COPY_ORDER = Comparator
            .comparing(ArticleCopy::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleCopy::source).thenComparing(ArticleCopy::id);

    @Override
    public Optional<Article> get(String id) throws ArchiveException {
        return read(id, null).map(MarkedArticle::article);
    }

    @Override
    public Optional<MarkedArticle> read(String id, String queryText) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(ArchiveFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            Article article = ArticleDocuments.toArticle(searcher.storedFields().document(doc));
            if (queryText == null || queryText.isBlank()) {
                return Optional.of(new MarkedArticle(article, ArticleMatches.none(article)));
            }
            MatchMarks marks = queries(searcher).marks(queryText);
            List<Snippet.Span> title = highlighter.allMatches(searcher, marks, doc, ArchiveFields.TITLE);
            List<Snippet.Span> body = highlighter.allMatches(searcher, marks, doc, ArchiveFields.BODY);
            return Optional.of(new MarkedArticle(article, ArticleMatches.ofBody(article, title, body)));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(Problem.of(Problem.Code.ARTICLE_UNREADABLE, id, e.getMessage()), e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public ArchiveStats stats() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return ArchiveStatistics.of(searcher);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(Problem.of(Problem.Code.STATISTICS_UNREADABLE, e.getMessage()), e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() throws ArchiveException {
        try {
            return searchers.acquire();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_CLOSED, folder), e);
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
    public Optional<ArchiveChecks> checks() {
        return Optional.of(this);
    }

    @Override
    public Optional<CollectionShelf> collections() {
        return Optional.of(collections);
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
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_UNCLOSABLE, folder, e.getMessage()), e);
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
