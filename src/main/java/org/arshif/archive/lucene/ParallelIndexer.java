package org.arshif.archive.lucene;

import org.arshif.model.Problem;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ImportMonitor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;

/**
 * Receives articles from the reading thread and indexes them on all cores: analysis, the costly part of
 * indexing, runs in {@link IndexWriter#updateDocument} on the calling thread, so several threads calling it
 * index in parallel. A bounded number of articles is in flight, so memory stays flat whatever the input size.
 *
 * <p>Each article goes to the thread chosen by its id, and each thread indexes in the order read: when one import
 * holds an id twice (a corrected version after the first), the later record always wins, whatever the timing.
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
    private long read;
    private long readAtLastCommit;
    private long lastProgress = System.nanoTime();
    private String file = "";
    private boolean cancelled;
    /** The first write failure: later ones (a writer closed by the first) would hide its cause. */
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /** Indexes into {@code writer}, marking every article with the import number {@code generation}. */
    ParallelIndexer(IndexWriter writer, long generation, ImportMonitor monitor, Committer committer) {
        this.writer = writer;
        this.generation = generation;
        this.monitor = monitor;
        this.committer = committer;
        var factory = Thread.ofPlatform().name("arshif-index-", 0).daemon().factory();
        this.lanes = new ExecutorService[threads];
        for (int i = 0; i < threads; i++) {
            lanes[i] = Executors.newSingleThreadExecutor(factory);
        }
    }

    private void fail(Exception e) {
        failure.compareAndSet(null, e);
    }

    @Override
    public void accept(Article article) {
        read++;
        inFlight.acquireUninterruptibly();
        try {
            lanes[Math.floorMod(article.id().hashCode(), threads)].execute(() -> index(article));
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
        afterRecord();
    }

    private void index(Article article) {
        try {
            writer.updateDocument(new Term(ArchiveFields.ID, article.id()), ArticleDocuments.toDocument(article, generation));
            indexed.incrementAndGet();
        } catch (IllegalArgumentException e) {
            // Lucene refuses this one document (e.g. a term longer than it can store); the others go on.
            addProblem(new ImportProblem(article.origin(), 0, Problem.of(Problem.Code.NOT_INDEXED, e.getMessage())));
        } catch (IOException | RuntimeException e) {
            fail(e);
        } finally {
            inFlight.release();
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
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdownNow();
        }
    }
}
