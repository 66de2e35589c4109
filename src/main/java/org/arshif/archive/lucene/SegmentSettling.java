package org.arshif.archive.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.arshif.archive.ImportMonitor;

/**
 * Merges an archive's segments down to a few large ones after an import that wrote a large share of it (the first
 * import of a big collection, an upgrade). A search walks every segment's term dictionary once per query word and
 * form (its clitics, spellings and inflections), so its time grows with the number of segments; an import indexing
 * on one thread per core and committing every 50,000 records leaves many, and the merge policy keeps about twenty for
 * a million articles (raw Lucene's one thread leaves five). Merged down to five, the same million-article archive
 * answered the benchmark's 1,000 searches with snippets at p95 in 13.0 ms instead of 21.3 ms, every hit, score and
 * snippet the same; the merge took 42 s (docs/benchmarks.md, fourteenth session).
 *
 * <p>Only a large import pays it: one that wrote at least a fifth of the archive's articles, so the merges' work over
 * the life of an archive stays in proportion to what was imported (a day's articles added to a large archive merge
 * nothing here; the merge policy gathers their small segments as it always did).
 */
final class SegmentSettling {

    /** About the size of raw Lucene's one-thread segments at a million articles (0.7–0.9 GB) and twice it. */
    static final long SEGMENT_BYTES = 1536L << 20;
    /** Segments beyond the target left as they are. */
    private static final int SLACK = 4;
    /** An import that wrote at least one article in this many of the archive's is a large one. */
    static final int LARGE_IMPORT_SHARE = 5;
    /** How often the wait for the merges looks whether the import was cancelled. */
    private static final long POLL_MILLIS = 50;

    private SegmentSettling() {
    }

    /** True when an import that wrote {@code written} articles, leaving {@code articles}, is a large one. */
    static boolean isLargeImport(long written, long articles) {
        return written > 0 && written >= (articles + LARGE_IMPORT_SHARE - 1) / LARGE_IMPORT_SHARE;
    }

    /** The number of segments a committed index of this size is merged down to. */
    static int target(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + SEGMENT_BYTES - 1) / SEGMENT_BYTES));
    }

    /**
     * The number of segments the committed index is to be merged down to, or 0 when nothing is owed — no more
     * segments than its size's target and the slack beside it (the merge policy's five of a size;
     * {@code -Darshif.segmentSlack=-1} has a test's small archive merged however few its segments) — or when the disk
     * lacks the room: a merge writes its new segments while the old ones stay held by the last commit, so it needs as
     * much free space as the segments it merges (at most the whole index). Without that room the archive stays as the
     * import committed it — whole, searched more slowly — instead of a merge filling the disk, which would close the
     * archive's writer for the session.
     */
    static int owedTarget(SegmentInfos committed, Path folder) throws IOException {
        long bytes = 0;
        for (SegmentCommitInfo segment : committed) {
            bytes += segment.sizeInBytes();
        }
        int target = target(bytes);
        boolean owed = committed.size() > target + Integer.getInteger("arshif.segmentSlack", SLACK);
        return owed && Files.getFileStore(folder).getUsableSpace() >= bytes ? target : 0;
    }

    /**
     * Waits for the writer's merges (a forced merge's rounds follow one another: the last merge of a round registers
     * the next before it leaves), unless the import is cancelled meanwhile or its thread interrupted (the interrupt
     * is kept): the merges then go on in the background and are committed with the next import, or dropped when the
     * archive closes; the articles were all committed before, so nothing is lost either way.
     *
     * @return true when no merge is left running; false when the wait was cut short
     */
    static boolean awaitMerges(IndexWriter writer, ImportMonitor monitor) {
        while (!writer.getMergingSegments().isEmpty()) {
            if (monitor.isCancelled() || Thread.currentThread().isInterrupted()) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
