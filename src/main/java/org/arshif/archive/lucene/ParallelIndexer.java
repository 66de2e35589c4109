package org.arshif.archive.lucene;

import org.arshif.model.Problem;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ImportMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Receives articles from the reading thread and indexes them on all cores: analysis, the costly part of
 * indexing, runs in {@link IndexWriter#updateDocument} on the calling thread, so several threads calling it
 * index in parallel. A bounded number of articles is in flight, so memory stays flat whatever the input size.
 *
 * <p>Each article goes to the thread chosen by its id, and each thread indexes in the order read: when one import
 * holds an id twice (a corrected version after the first), the later record always wins, whatever the timing, and
 * the repeat is noted with the id and both records.
 *
 * <p>An article whose every stored field is the one the archive holds under its id is not written again: it is
 * counted unchanged, and the index is left as it was. Each thread remembers the ids it met since the import's last
 * commit (at most {@code arshif.commitEvery} records: memory stays bounded); an id met before that is found in the
 * committed index, marked with this import's number when this import wrote it. The one repeat not seen so is of an
 * article left unchanged more than a commit earlier, and found unchanged again.
 */
final class ParallelIndexer implements ArticleSink, AutoCloseable {

    /** Indexing threads: one per core ({@code -Darshif.indexThreads=N} changes it: results never depend on it). */
    private final int threads = Math.max(1, Integer.getInteger("arshif.indexThreads",
            Runtime.getRuntime().availableProcessors()));
    private final int inFlightAtMost = 64 * threads;
    /**
     * Commit this often, so a crash or a kill loses at most this many records of a long import and searches see the
     * new articles as they come. ({@code -Darshif.commitEvery=N} changes it, for tests of a kill mid-import.)
     */
    private final long commitEvery = Long.getLong("arshif.commitEvery", 50_000);
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;

    /** Commits what was indexed so far; called from the reading thread. */
    interface Committer {
        void commit() throws IOException;
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** The articles in the archive as the import's last commit left them (as the import began, before the first). */
    private IndexSearcher committed;
    private StoredVersions stored;
    /** Per lane, the ids it met since the last commit, with what became of the last record of each. */
    private final List<Map<String, Met>> met;
    private final ImportMonitor monitor;
    private final Committer committer;
    private final long generation;
    /** One single-threaded lane per indexing thread: an id always goes to the same lane. */
    private final ExecutorService[] lanes;
    private final Semaphore inFlight = new Semaphore(inFlightAtMost);
    private final List<ImportProblem> problems = Collections.synchronizedList(new ArrayList<>());
    /** Records not imported, listed or not (a file of millions of bad lines keeps only the first reasons). */
    private final AtomicLong rejected = new AtomicLong();
    /** Articles written (new or replacing one with the same id): which were new is counted from the index after. */
    private final AtomicLong indexed = new AtomicLong();
    /** Articles found as the archive holds them, not written. */
    private final AtomicLong unchanged = new AtomicLong();
    /** Records whose id an earlier record of this import gave, and the first of them, each naming both records. */
    private final AtomicLong repeated = new AtomicLong();
    private final List<ImportProblem> repeats = Collections.synchronizedList(new ArrayList<>());
    private long read;
    private long readAtLastCommit;
    private long lastProgress = System.nanoTime();
    private String file = "";
    private boolean cancelled;
    /** The first write failure: later ones (a writer closed by the first) would hide its cause. */
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /** Where an id was last met in this import, and whether its article was written then or before. */
    private record Met(String origin, boolean written) {
    }

    /**
     * Indexes into {@code writer}, marking every article with the import number {@code generation}; the articles
     * already there are read from {@code searchers}, refreshed by each commit; with none (an upgrade, which has
     * deleted them all), every article is written.
     */
    ParallelIndexer(IndexWriter writer, SearcherManager searchers, long generation, ImportMonitor monitor,
                    Committer committer) throws IOException {
        this.writer = writer;
        this.searchers = searchers;
        this.generation = generation;
        this.monitor = monitor;
        this.committer = committer;
        this.met = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            met.add(new HashMap<>());
        }
        lookAtCommitted(); // before any thread starts: a failure here leaves none behind
        var factory = Thread.ofPlatform().name("arshif-index-", 0).daemon().factory();
        this.lanes = new ExecutorService[threads];
        for (int i = 0; i < threads; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(factory);
        }
    }

    /** Reads the archive as last committed (the lanes are idle): what each lane met before is found there now. */
    private void lookAtCommitted() throws IOException {
        met.forEach(Map::clear);
        if (searchers == null) {
            return;
        }
        if (committed != null) {
            searchers.release(committed);
            committed = null;
        }
        committed = searchers.acquire();
        stored = new StoredVersions(committed, generation);
    }

    private void fail(Exception e) {
        failure.compareAndSet(null, e);
    }

    @Override
    public void accept(Article article) {
        read++;
        inFlight.acquireUninterruptibly();
        try {
            int lane = Math.floorMod(article.id().hashCode(), threads);
            lanes[lane].execute(() -> index(article, met.get(lane)));
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
        afterRecord();
    }

    /**
     * Writes the article unless the archive holds it as it is and no earlier record of this import changed it; notes
     * a repeated id.
     */
    private void index(Article article, Map<String, Met> metInLane) {
        try {
            Met earlier = metInLane.get(article.id());
            StoredVersions.Version version = stored == null ? null : stored.find(article.id());
            if (earlier == null && version != null && version.thisImport()) {
                earlier = new Met(version.article().origin(), true);
            }
            if (earlier != null) {
                noteRepeat(article, earlier.origin());
            }
            boolean asStored = version != null && !version.thisImport() && version.article().equals(article)
                    && (earlier == null || !earlier.written());
            if (asStored) {
                if (earlier == null) {
                    unchanged.incrementAndGet();
                }
            } else {
                writer.updateDocument(new Term(ArchiveFields.ID, article.id()),
                        ArticleDocuments.toDocument(article, generation));
                indexed.incrementAndGet();
                if (earlier != null && !earlier.written()) {
                    unchanged.decrementAndGet(); // found unchanged first, changed by this later record
                }
            }
            metInLane.put(article.id(), new Met(article.origin(), !asStored));
        } catch (IllegalArgumentException e) {
            // Lucene refuses this one document (e.g. a term longer than it can store); the others go on.
            addProblem(new ImportProblem(article.origin(), 0, Problem.of(Problem.Code.NOT_INDEXED, e.getMessage())));
        } catch (IOException | RuntimeException e) {
            fail(e);
        } finally {
            inFlight.release();
        }
    }

    private void noteRepeat(Article article, String earlierOrigin) {
        if (repeated.incrementAndGet() <= ImportReport.LISTED_AT_MOST) {
            repeats.add(ImportProblem.at(article.origin(), Problem.of(Problem.Code.REPEATED_ID, article.id(),
                        ImportProblem.placeOf(earlierOrigin))));
        }
    }

    private void flushOneBuffer() {
        try {
            writer.flushNextBuffer();
        } catch (IOException | RuntimeException e) {
            fail(e);
        }
    }

    @Override
    public void reject(ImportProblem problem) {
        read++;
        addProblem(problem);
        afterRecord();
    }

    private void addProblem(ImportProblem problem) {
        if (rejected.incrementAndGet() <= ImportReport.LISTED_AT_MOST) {
            problems.add(problem);
        }
    }

    long rejected() {
        return rejected.get();
    }

    @Override
    public void reading(String file) {
        this.file = file;
        monitor.progress(read, imported(), file);
    }

    private void afterRecord() {
        if (read - readAtLastCommit >= commitEvery) {
            readAtLastCommit = read;
            waitForInFlight();
            try {
                committer.commit();
                lookAtCommitted();
                monitor.committed(imported());
            } catch (IOException e) {
                fail(e);
            }
        }
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
            lastProgress = now;
            monitor.progress(read, imported(), file);
        }
    }

    private void waitForInFlight() {
        inFlight.acquireUninterruptibly(inFlightAtMost);
        inFlight.release(inFlightAtMost);
    }

    @Override
    public boolean isCancelled() {
        if (!cancelled && (failure.get() != null || monitor.isCancelled())) {
            cancelled = true;
        }
        return cancelled;
    }

    /** Waits for the articles in flight; throws the first write failure, if any. */
    void finish() throws IOException {
        // Flush the in-memory segments on all threads now; left to the commit, they would flush one after another.
        for (ExecutorService lane : lanes) {
            lane.execute(this::flushOneBuffer);
            lane.shutdown();
        }
        // Waited for even when interrupted: a lane still writing after this returns would put its articles into the
        // writer behind the import's back, to be committed by the next import as if they were its own.
        boolean interrupted = false;
        for (ExecutorService lane : lanes) {
            while (true) {
                try {
                    if (!lane.awaitTermination(1, TimeUnit.HOURS)) {
                        throw new Problem.Failed(Problem.of(Problem.Code.INDEXING_TOO_LONG), null);
                    }
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new Problem.Failed(Problem.of(Problem.Code.INDEXING_INTERRUPTED), null);
        }
        monitor.progress(read, imported(), file);
        Exception first = failure.get();
        if (first instanceof IOException io) {
            throw io;
        } else if (first != null) {
            throw new IOException(first.getMessage(), first);
        }
    }

    /** Articles written, new or replacing one with the same id. */
    long imported() {
        return indexed.get();
    }

    /** Articles the import read as the archive held them, and left so. */
    long unchanged() {
        return unchanged.get();
    }

    /** Records whose id an earlier record of this import gave. */
    long repeated() {
        return repeated.get();
    }

    /** The first repeated records, each naming its id and the record that gave it before. */
    List<ImportProblem> repeats() {
        synchronized (repeats) {
            return List.copyOf(repeats);
        }
    }

    List<ImportProblem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** True when the monitor cancelled; a write failure is reported by {@link #finish} instead. */
    boolean wasCancelled() {
        return cancelled && failure.get() == null;
    }

    @Override
    public void close() throws IOException {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
        if (committed != null) {
            searchers.release(committed);
            committed = null;
        }
    }
}
