package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.arshif.model.ImportReport;
import org.arshif.model.Problem;

/**
 * Imports into a writable archive and what they derive: the two commits of an import, the copy groups and the
 * run-together list brought up to date between them, the state each commit records ({@link CommitState}), and
 * the completion at open of a state an interrupted import left owed.
 */
final class ImportPipeline {

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The state of the last commit this process wrote. */
    private volatile CommitState state;
    /** The replaced articles' shares of the text fields' totals, as the last complete commit recorded them. */
    private String replacedShares;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    /** Whether the commit the writer opened owes an upgrade (until {@link #upgrade} commits). */
    private boolean upgradeOwed;
    /** The collected ids the last upgrade derived again, old to new, as its commit keeps them. */
    private Map<String, String> renamedIds;

    ImportPipeline(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        Map<String, String> committed = commitData(writer);
        this.state = CommitState.of(committed);
        this.upgradeOwed = CommitState.upgradeOwed(committed);
        this.replacedShares = committed.getOrDefault(LiveStatisticsSearcher.SHARES_KEY, "");
        this.renamedIds = CommitState.renamedOf(committed);
    }

    /**
     * The ids that collections held and that the upgrade which made the last commit derived again, old to new: the
     * collections are rewritten with them (again at each writable open until an import commits, in case a crash came
     * between the upgrade's commit and that rewrite).
     */
    Map<String, String> renamedIds() {
        return renamedIds;
    }

    CommitState state() {
        return state;
    }

    /** True when the commit the writer opened was written by an older Arshif: {@link #upgrade} it. */
    boolean upgradeOwed() {
        return upgradeOwed;
    }

    /**
     * Imports in two commits. The first makes the articles durable together with the import history, marking the
     * derived state (copy groups, run-together words) as owed; the second brings the derived state up to date and
     * marks it done. A crash before the first loses only this import (run it again); a crash after it leaves owed
     * state, completed at the next writable open before any result is shown (a read-only open derives it in memory).
     * Long imports commit every 50,000 records the same way, their state owed.
     */
    ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        long started = System.nanoTime();
        CommitState before = state;
        CommitState importing = before.importing(source.rereadInstructions());
        // New and replaced articles are told apart by counting the archive before and after and the articles that
        // carry this import's number, not by remembering every id: a million-article import keeps its memory steady.
        long articlesBefore;
        try {
            articlesBefore = articleCount();
        } catch (IOException | org.apache.lucene.store.AlreadyClosedException e) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_CLOSED, folder), e);
        }
        ImportReport report;
        try (ParallelIndexer indexer = new ParallelIndexer(writer, searchers, importing.generation(), monitor,
                () -> apart(() -> commit(importing)))) {
            try {
                source.readInto(indexer);
            } finally {
                indexer.finish();
            }
            report = apart(() -> {
                commit(importing);
                CrashPoints.reach("articles-committed");
                long articlesAfter = articleCount();
                long written = countOf(importedBy(importing.generation()));
                long replaced = articlesBefore - (articlesAfter - written);
                // Around the new articles when they are few beside the archive (copies: one walk per article;
                // run-together words: the new articles' words and the words their newly common words begin or end);
                // afresh, over the band keys and the whole dictionary, when they are many or replaced others: either
                // way the same state.
                derive(importing, before.derived() && replaced == 0 && written * AROUND_AT_MOST < articlesAfter);
                return new ImportReport(articlesAfter - articlesBefore, replaced, indexer.problems(),
                        Duration.ofNanos(System.nanoTime() - started), indexer.wasCancelled(), indexer.rejected(),
                        indexer.repeated(), indexer.unchanged(), indexer.repeats());
            });
        } catch (IOException | RuntimeException e) {
            long kept = keepWhatWasWritten(importing, e);
            removeLeftovers();
            throw new ArchiveException(ImportFailure.describe(e, folder, kept), e);
        }
        if (!report.cancelled()) {
            long written = report.added() + report.updated();
            settle(written, monitor, cause -> ImportFailure.describeMerge(cause, folder, written));
        }
        return report.took(Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Merges the archive's segments after a large import ({@link SegmentSettling}) and commits them with the state
     * just committed (the writer's live commit data): a merge changes no article and no answer. Everything imported
     * is committed before, so a kill at any point here loses nothing (an unfinished merge's files are deleted at the
     * next open). A merge that fails closes Lucene's writer (a full disk, damage found in a segment it reads): the
     * import then says that every article was imported, that the merge failed and why, and that the archive is to be
     * opened again; the space the merge took is freed.
     *
     * @param failure the problem to report when the merge closed the writer, from its cause
     */
    private void settle(long written, ImportMonitor monitor, java.util.function.Function<Throwable, Problem> failure)
            throws ArchiveException {
        try {
            int target = SegmentSettling.isLargeImport(written, articleCount()) && !monitor.isCancelled()
                    ? SegmentSettling.owedTarget(SegmentInfos.readLatestCommit(directory), folder) : 0;
            if (target == 0) {
                return;
            }
            monitor.merging();
            apart(() -> writer.forceMerge(target, false));
            if (!SegmentSettling.awaitMerges(writer, monitor)) {
                return;
            }
            CrashPoints.reach("segments-merged");
            apart(() -> {
                writer.prepareCommit();
                CrashPoints.reach("settled-prepared");
                writer.commit();
                CrashPoints.reach("settled-committed");
                searchers.maybeRefreshBlocking();
            });
        } catch (IOException | RuntimeException e) {
            if (writer.isOpen()) {
                return; // the writer stands: the archive is as the import committed it, searched more slowly
            }
            Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : e;
            removeLeftovers();
            if (cause instanceof org.apache.lucene.index.CorruptIndexException) {
                markUnchecked(); // damage a merge found in a segment: the next open checks every file
            }
            throw new ArchiveException(failure.apply(cause), e);
        }
    }

    private void markUnchecked() {
        try {
            Files.writeString(folder.resolve(LuceneArchive.UNCHECKED_MARKER), "a merge found damage; verify it");
        } catch (IOException e) {
            // the merge's own message says what failed
        }
    }

    /**
     * After an import failed with the writer still open, commits what it had written, as a cancel does: every
     * article indexed before the failure is whole, and left uncommitted in the writer it would be committed by the
     * next import (and counted as that import's) or by no one. The history names the import's originals (running it
     * again adds only what is missing); its derived state is worked out now, or owed when that fails too. An
     * interrupt that stopped the import is set aside meanwhile (the commit's writes would fail on it) and restored.
     *
     * @return the articles of this import in the archive now (0: nothing of it was committed)
     */
    private long keepWhatWasWritten(CommitState importing, Exception failure) {
        if (!writer.isOpen()) {
            return 0; // the writer failed for good (a full disk): what it held is gone, the last commit stays
        }
        try {
            return apart(() -> {
                commit(importing);
                long kept = countOf(importedBy(importing.generation()));
                try {
                    derive(importing, false);
                } catch (IOException | RuntimeException owed) {
                    failure.addSuppressed(owed); // owed, completed at the next writable open
                }
                return kept;
            });
        } catch (IOException | RuntimeException notKept) {
            failure.addSuppressed(notKept);
            return 0;
        }
    }

    /** Work on the writer that gives a result. */
    private interface WriterWork<T> {
        T run() throws IOException;
    }

    /** Work on the writer that gives none. */
    private interface WriterStep {
        void run() throws IOException;
    }

    private static void apart(WriterStep step) throws IOException {
        apart(() -> {
            step.run();
            return null;
        });
    }

    /**
     * Runs work on the writer on a thread of its own and waits for it, interrupted or not. An interrupt of the thread
     * that imports (a window's cancelled task) reaching Lucene's file channels would close the channel of the archive's
     * write lock, and with it the writer for the rest of the session, in the middle of a commit; the import's thread
     * keeps its interrupt, which its caller sees when the import returns.
     */
    private static <T> T apart(WriterWork<T> work) throws IOException {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work::run);
        Thread.ofPlatform().name("arshif-commit").daemon().start(task);
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException e) {
                    switch (e.getCause()) {
                        case IOException io -> throw io;
                        case RuntimeException runtime -> throw runtime;
                        case Error error -> throw error;
                        default -> throw new IOException(e.getCause());
                    }
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
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
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND)
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

    private long articleCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    private long countOf(Query query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Commits what was written so far with this state, and makes it visible to searches running meanwhile. */
    private void commit(CommitState committed) throws IOException {
        renamedIds = Map.of(); // applied to the collections at the writable open, before any import
        writer.setLiveCommitData(committed.userData().entrySet());
        writer.prepareCommit();
        CrashPoints.reach("articles-prepared");
        writer.commit();
        state = committed;
        searchers.maybeRefreshBlocking();
    }

    /**
     * Brings the copy groups and the run-together list up to date for the committed articles and commits them:
     * around the last import's articles when it only added a few articles to a complete state, else afresh.
     */
    private void derive(CommitState owed, boolean aroundLastImport) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        GluedWords found;
        try {
            IndexReader reader = searcher.getIndexReader();
            if (aroundLastImport) {
                CopyGroups.regroupAdded(reader, writer, importedBy(owed.generation()));
            } else {
                CopyGroups.regroupAll(reader, writer);
            }
            CrashPoints.reach("groups-written");
            found = aroundLastImport
                    ? GluedWords.afterAdding(GluedWords.parse(owed.glued()), reader, ArchiveFields.BODY,
                            importedBy(owed.generation()), analyzer)
                    : GluedWords.build(reader, ArchiveFields.BODY);
            CrashPoints.reach("glued-found");
            replacedShares = LiveStatisticsSearcher.sharesOf(reader, analyzer, replacedShares);
        } finally {
            searchers.release(searcher);
        }
        CommitState done = owed.derivedWith(found);
        Map<String, String> data = done.userData();
        if (!replacedShares.isEmpty()) {
            data.put(LiveStatisticsSearcher.SHARES_KEY, replacedShares);
        }
        if (!renamedIds.isEmpty()) {
            data.put(CommitState.RENAMED, CommitState.renamed(renamedIds));
        }
        writer.setLiveCommitData(data.entrySet());
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
    void completeDerivedState() throws IOException {
        CommitState committed = state;
        if (!committed.derived()) {
            if (committed.history().isEmpty()) {
                // An archive from before the history was kept in the index: its side file is all there is.
                committed = committed.withHistory(historyCopy(folder));
            }
            derive(committed, false);
        } else {
            mirrorHistory(committed);
        }
    }

    /**
     * At open: an archive written by an older Arshif is indexed again from its own stored fields
     * ({@link ArchiveUpgrade}), its derived state worked out afresh and its history carried over (with an older
     * archive's side file when its commits did not keep it), all in one commit.
     */
    void upgrade(ImportMonitor monitor, java.util.Set<String> collected) throws IOException, ArchiveException {
        CommitState owed = state.history().isEmpty() ? state.withHistory(historyCopy(folder)) : state;
        try {
            renamedIds = ArchiveUpgrade.reindex(folder, directory, writer, owed.generation(), monitor, collected);
            replacedShares = ""; // every article was indexed anew: no replaced one is left in the new segments
            searchers.maybeRefreshBlocking();
            derive(owed, false);
        } catch (IOException | RuntimeException e) {
            removeLeftovers(); // a full disk closed the writer: the half-written new index would hold the space
            throw e;
        }
        upgradeOwed = false;
        // Every article was indexed anew: the largest of imports. Its commit is made: a merge that fails fails the
        // open, not the upgrade (the next open finds the archive upgraded).
        settle(Long.MAX_VALUE, monitor, cause -> Problem.of(Problem.Code.ARCHIVE_UNOPENABLE, folder,
                String.valueOf(cause.getMessage())));
    }

    /** The user data of the last commit, as the writer opened it. */
    private static Map<String, String> commitData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(entry -> data.put(entry.getKey(), entry.getValue()));
        }
        return data;
    }

    /** The copy of the import history beside the index in this folder; empty when there is none. */
    static List<String> historyCopy(Path folder) throws IOException {
        Path copy = folder.resolve(ArchiveLocation.HISTORY_COPY);
        return Files.isRegularFile(copy) ? Files.readAllLines(copy, StandardCharsets.UTF_8) : List.of();
    }

    /**
     * Rewrites the history's copy beside the index when it differs from the committed history. The commit is the
     * history; the copy only serves a rebuild of an index too damaged to read it, so a copy that cannot be written
     * (a full disk, a file in its way) fails nothing: it is written at the next import or writable open, and
     * {@code check} reports it meanwhile.
     */
    private void mirrorHistory(CommitState committed) {
        try {
            if (committed.history().equals(historyCopy(folder))) {
                return;
            }
            Path next = folder.resolve(ArchiveLocation.HISTORY_COPY + ".new");
            Files.write(next, committed.history(), StandardCharsets.UTF_8);
            Files.move(next, folder.resolve(ArchiveLocation.HISTORY_COPY), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // left for the next import or writable open; check reports it meanwhile
        }
    }
}
