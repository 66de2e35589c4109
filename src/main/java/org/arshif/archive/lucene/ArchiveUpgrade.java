package org.arshif.archive.lucene;

import org.arshif.archive.ArticleSink;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.UpgradeCancelledException;
import org.arshif.archive.UpgradeFailedException;
import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.arshif.model.Article;
import org.arshif.model.ContentIds;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;

/**
 * The first half of upgrading in place an archive written by an older Arshif (an older format or analysis:
 * {@link CommitState#upgradeOwed}): every article is indexed again from the archive's own stored fields, with today's
 * analysis and fields, by the writer that holds the archive; no original is needed. Nothing is committed here: the
 * caller works the derived state out afresh over the new articles and commits everything at once
 * ({@link ImportPipeline#upgrade}). Until that one commit the old one stays the archive — Lucene keeps the files of the
 * last commit whatever the writer does meanwhile — so a crash, a kill or a cancel at any point leaves the old archive
 * whole (and still owing the upgrade, which the next writable open runs again from the start), and after it the new
 * archive is complete.
 */
final class ArchiveUpgrade {

    private ArchiveUpgrade() {
    }

    /**
     * Replaces, in the writer, the last commit's articles by the same articles indexed anew, each marked with the
     * import number {@code generation}; an archive before format 4 has its ids derived from content derived again,
     * with the source. Throws, leaving the commit as it was (the caller rolls the writer back), when cancelled or when
     * an article would not come through whole.
     *
     * @param collected the ids the archive's collections hold
     * @return those of them derived again, old to new
     */
    static Map<String, String> reindex(Path folder, Directory directory, IndexWriter writer, long generation,
                                       ImportMonitor monitor, Set<String> collected) throws IOException {
        Map<String, String> renamed = new HashMap<>();
        try (DirectoryReader committed = DirectoryReader.open(directory)) {
            boolean idsWithoutSources = CommitState.formatOf(committed.getIndexCommit().getUserData())
                    < CommitState.IDS_WITH_SOURCES;
            long articles = committed.numDocs();
            monitor.total(articles);
            writer.deleteAll();
            CrashPoints.reach("upgrade-started");
            // No commit between: the parallel indexer's periodic commit does nothing here, and is not announced.
            try (ParallelIndexer indexer = new ParallelIndexer(writer, null, generation, withoutCommits(monitor), () -> { })) {
                try {
                    readStored(committed, idsWithoutSources ? renaming(indexer, collected, renamed) : indexer);
                } finally {
                    indexer.finish();
                }
                // Cancelled while reading, or after (the last of the work, copy groups and the commit, is not cut).
                if (indexer.wasCancelled() || monitor.isCancelled()) {
                    throw new UpgradeCancelledException(Problem.of(Problem.Code.UPGRADE_CANCELLED, folder));
                }
                if (!indexer.problems().isEmpty() || indexer.imported() != articles) {
                    // An article the new index refuses (or one missing) would be lost: the old archive stays.
                    Problem why = indexer.problems().isEmpty() ? Problem.of(Problem.Code.UPGRADE_COUNT,
                            String.valueOf(indexer.imported()), String.valueOf(articles))
                            : indexer.problems().getFirst().whole();
                    throw new UpgradeFailedException(Problem.of(Problem.Code.UPGRADE_LOSES_ARTICLES, folder, why), null);
                }
            }
        }
        CrashPoints.reach("upgrade-indexed");
        return renamed;
    }

    /**
     * The sink with each article whose id was derived from its content without its source given the id this version
     * derives ({@link ContentIds#upgraded}); the ids that collections hold and that change are noted in {@code renamed}.
     */
    private static ArticleSink renaming(ArticleSink sink, Set<String> collected, Map<String, String> renamed) {
        return new ArticleSink() {
            @Override
            public void accept(Article article) {
                Article upgraded = ContentIds.upgraded(article);
                if (!upgraded.id().equals(article.id()) && collected.contains(article.id())) {
                    renamed.put(article.id(), upgraded.id());
                }
                sink.accept(upgraded);
            }

            @Override
            public void reject(org.arshif.model.ImportProblem problem) {
                sink.reject(problem);
            }

            @Override
            public boolean isCancelled() {
                return sink.isCancelled();
            }
        };
    }

    /** Delivers the commit's live articles as they were stored, stopping when the sink is cancelled. */
    private static void readStored(DirectoryReader reader, ArticleSink sink) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader segment = leaf.reader();
            Bits live = segment.getLiveDocs();
            StoredFields stored = segment.storedFields();
            for (int doc = 0; doc < segment.maxDoc(); doc++) {
                if (sink.isCancelled()) {
                    return;
                }
                if (live == null || live.get(doc)) {
                    sink.accept(ArticleDocuments.toArticle(stored.document(doc)));
                }
            }
        }
    }

    /** The monitor, told of progress and asked about cancelling, but not told of commits (there are none). */
    private static ImportMonitor withoutCommits(ImportMonitor monitor) {
        return new ImportMonitor() {
            @Override
            public void progress(long read, long imported, String file) {
                monitor.progress(read, imported, file);
            }

            @Override
            public boolean isCancelled() {
                return monitor.isCancelled();
            }
        };
    }
}
