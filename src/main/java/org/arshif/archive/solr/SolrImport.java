package org.arshif.archive.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.UpdateParams;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.ArchiveFields;
import org.arshif.archive.lucene.ArticleFields;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.arshif.model.Problem;

/**
 * One import into a shared archive: the records the source yields go to the cluster in batches of
 * {@value #BATCH}, each sent before the next is read (the reading waits for the cluster: memory stays flat whatever
 * the input), each tried again after a passing failure ({@link SolrRetry}: an article is written under its own
 * id, so a batch sent twice is written once). Before a batch is sent, its ids are looked up: an article already
 * there is replaced in place (on the shard of its copy group), and counted as replaced — or as repeated when this
 * import wrote it already (the repeat named with both records). An article as the collection holds it is written
 * again all the same (the local archive leaves it: skipping it here changed the order of tied hits against the local
 * archive in SolrArchiveTest, not yet understood). A record the cluster refuses (a word too long to index, say) is reported with its file
 * and record; the others go on. The import commits every {@code arshif.commitEvery} articles (50,000), and at the
 * end; then its copy groups are brought up to date ({@link SolrCopyGroups}) and committed.
 */
final class SolrImport implements ArticleSink {

    static final int BATCH = 200;
    private static final long COMMIT_EVERY = Long.getLong("arshif.commitEvery", 50_000);
    private static final long PROGRESS_EVERY_NANOS = 200_000_000L;
    /** Separates ids in a terms query: a control character no id holds (ids are cleaned text). */
    static final String SEPARATOR = "\u0001";

    private final SolrArchive archive;
    /** This import's number, on every article it writes: tells a repeated record from a replaced article. */
    private final long generation = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    private final Map<String, Article> batch = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private ImportMonitor monitor = ImportMonitor.NONE;
    private long read;
    private long rejected;
    private long added;
    private long replaced;
    private long repeated;
    private final List<ImportProblem> repeats = new ArrayList<>();
    private long written;
    private long writtenAtLastCommit;
    private long lastProgress = System.nanoTime();
    private String file = "";
    private boolean cancelled;
    private ArchiveException failure;

    SolrImport(SolrArchive archive) {
        this.archive = archive;
    }

    ImportReport run(ArticleSource source, ImportMonitor importMonitor) throws ArchiveException {
        long started = System.nanoTime();
        this.monitor = importMonitor;
        try {
            source.readInto(this);
        } catch (IOException e) {
            if (failure == null) {
                failure = e instanceof ArchiveException archiveFailure ? archiveFailure
                        : new ArchiveException(Problem.of(Problem.Code.UNREADABLE, e.getMessage()), e);
            }
        }
        if (failure == null) {
            try {
                send();
            } catch (ArchiveException e) {
                failure = e;
            }
        }
        // What was written stays, whatever stopped the import: committed, its copies grouped.
        try {
            commit(false);
            new SolrCopyGroups(archive).regroup(generation);
            commit(true);
        } catch (ArchiveException e) {
            if (failure == null) {
                throw e;
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new ImportReport(added, replaced, problems, Duration.ofNanos(System.nanoTime() - started), cancelled,
                rejected, repeated, 0, repeats);
    }

    @Override
    public void accept(Article article) {
        if (failure != null) {
            return;
        }
        read++;
        Article earlier = batch.remove(article.id());
        if (earlier != null) {
            noteRepeat(article, earlier.origin()); // the later record of an id is the one kept, as locally
        }
        batch.put(article.id(), article);
        if (batch.size() >= BATCH) {
            try {
                send();
            } catch (ArchiveException e) {
                failure = e;
            }
        }
        progress();
    }

    @Override
    public void reject(ImportProblem problem) {
        read++;
        rejected++;
        if (problems.size() < ImportReport.LISTED_AT_MOST) {
            problems.add(problem);
        }
        progress();
    }

    @Override
    public void reading(String name) {
        file = name;
    }

    @Override
    public boolean isCancelled() {
        if (monitor.isCancelled()) {
            cancelled = true;
        }
        return cancelled || failure != null;
    }

    private void progress() {
        long now = System.nanoTime();
        if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
            lastProgress = now;
            monitor.progress(read, written, file);
        }
    }

    /**
     * Sends the batch; when the cluster cannot take it even after the pauses of {@link SolrRetry#runWrite}, the
     * import stops naming the first record not written (its file and number), the cluster's reason, and how many
     * articles are kept. A refusal of the user (no rights, wrong password) is said as it is: no record is at stake.
     */
    private void send() throws ArchiveException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            sendBatch();
        } catch (ArchiveException e) {
            Problem.Code code = e.problem().map(Problem::code).orElse(null);
            if (code == Problem.Code.SERVER_FORBIDDEN || code == Problem.Code.SERVER_CREDENTIALS_REFUSED) {
                throw e;
            }
            Article first = batch.values().iterator().next();
            throw new ArchiveException(Problem.of(Problem.Code.SERVER_IMPORT_STOPPED,
                    first.origin().isEmpty() ? first.id() : first.origin(),
                    e.problem().orElse(Problem.of(Problem.Code.SERVER_FAILED, "", e.getMessage())),
                    Long.toString(written)), e);
        }
    }

    /** Sends the batch: each article under the copy group it has (a new one alone), replacing any earlier version. */
    private void sendBatch() throws ArchiveException {
        Map<String, SolrDocument> existing = lookUp(batch.keySet());
        List<SolrInputDocument> documents = new ArrayList<>(batch.size());
        Map<String, Article> byId = new HashMap<>(batch);
        for (Article article : batch.values()) {
            SolrDocument before = existing.get(article.id());
            documents.add(document(article, before == null ? article.id()
                    : (String) before.getFieldValue(ArchiveFields.COPY_GROUP),
                    before == null ? 0 : ((Number) before.getFieldValue(SolrCopyGroups.COPIES)).intValue(),
                    generation));
        }
        for (SolrInputDocument refusedDocument : write(documents)) {
            byId.remove((String) refusedDocument.getFieldValue(ArchiveFields.ID));
        }
        for (String id : byId.keySet()) {
            SolrDocument before = existing.get(id);
            if (before == null) {
                added++;
            } else if (writtenByThisImport(before)) {
                noteRepeat(byId.get(id), (String) before.getFieldValue(ArchiveFields.ORIGIN));
            } else {
                replaced++;
            }
        }
        written += byId.size();
        batch.clear();
        if (written - writtenAtLastCommit >= COMMIT_EVERY) {
            commit(false);
            monitor.committed(written);
        }
    }

    /**
     * Writes the documents; when the cluster refuses the batch as a request (not for a passing reason), each on its
     * own, so that the one refused is named and the others land. Returns the refused ones.
     */
    private List<SolrInputDocument> write(List<SolrInputDocument> documents) throws ArchiveException {
        try {
            add(documents);
            return List.of();
        } catch (ArchiveException e) {
            if (!isRefusedRequest(e)) {
                throw e;
            }
            if (documents.size() == 1) {
                refused(documents.getFirst(), e);
                return documents;
            }
        }
        List<SolrInputDocument> refused = new ArrayList<>();
        for (SolrInputDocument document : documents) {
            refused.addAll(write(List.of(document)));
        }
        return refused;
    }

    private void add(Collection<SolrInputDocument> documents) throws ArchiveException {
        UpdateRequest update = new UpdateRequest();
        update.add(documents);
        SolrRetry.runWrite(() -> update.process(archive.client(), archive.collection()), archive);
    }

    /** A request the cluster read and refused (HTTP 400): the documents, not the cluster, are at fault. */
    private static boolean isRefusedRequest(ArchiveException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof org.apache.solr.common.SolrException solr && solr.code() == 400) {
                return true;
            }
        }
        return false;
    }

    private void refused(SolrInputDocument document, ArchiveException e) {
        rejected++;
        if (problems.size() < ImportReport.LISTED_AT_MOST) {
            Object origin = document.getFieldValue(ArchiveFields.ORIGIN);
            String detail = e.getCause() == null || e.getCause().getMessage() == null ? e.getMessage()
                    : e.getCause().getMessage();
            problems.add(new ImportProblem(origin == null ? (String) document.getFieldValue(ArchiveFields.ID)
                    : origin.toString(), 0, Problem.of(Problem.Code.SERVER_RECORD_REFUSED, detail)));
        }
    }

    private boolean writtenByThisImport(SolrDocument stored) {
        return stored.getFieldValue(ArchiveFields.IMPORT) instanceof Number number && number.longValue() == generation;
    }

    private void noteRepeat(Article article, String earlierOrigin) {
        if (++repeated <= ImportReport.LISTED_AT_MOST) {
            repeats.add(ImportProblem.at(article.origin(), Problem.of(Problem.Code.REPEATED_ID, article.id(),
                    ImportProblem.placeOf(earlierOrigin == null ? "" : earlierOrigin))));
        }
    }

    /** The articles of these ids already in the collection: their copy group, its size, the import and origin. */
    private Map<String, SolrDocument> lookUp(Collection<String> ids) throws ArchiveException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", "{!terms f=id separator=" + SEPARATOR + " v=$arshif.ids}");
        params.set("arshif.ids", String.join(SEPARATOR, ids));
        params.set("fl", "id,copy_group,copies,import,origin");
        params.set("rows", ids.size());
        Map<String, SolrDocument> found = new HashMap<>();
        for (SolrDocument document : archive.ask(params).getResults()) {
            found.put((String) document.getFieldValue(ArchiveFields.ID), document);
        }
        return found;
    }

    /** The article as the collection keeps it: the configset's fields, its copy group (its route) and the import. */
    static SolrInputDocument document(Article article, String copyGroup, int copies, long importNumber) {
        SolrInputDocument document = new SolrInputDocument();
        ArticleFields.of(article).forEach((field, values) -> values.forEach(value -> document.addField(field, value)));
        document.setField(ArchiveFields.COPY_GROUP, copyGroup);
        document.setField(SolrCopyGroups.COPIES, copies);
        document.setField(ArchiveFields.IMPORT, importNumber);
        return document;
    }

    /**
     * Makes what was written durable and visible to searches; {@code expunge} also merges away every document deleted
     * or replaced (the copy groups' rewrite moves articles between shards), which would otherwise count in the term
     * statistics until its segment merges, and rank the cluster's answers otherwise than the local archive's
     * (configset: {@code forceMergeDeletesPctAllowed} 0). First a forced merge with no limit on the number of segments,
     * which merges nothing itself but waits for the merges already running: {@code expungeDeletes} leaves alone a
     * segment being merged, and the searcher it opens would still see that segment's deletes (measured: 22 articles of
     * the first 120 in SolrArchiveTest, until the next commit).
     */
    private void commit(boolean expunge) throws ArchiveException {
        if (expunge) {
            UpdateRequest settle = new UpdateRequest();
            settle.setAction(UpdateRequest.ACTION.OPTIMIZE, true, true, Integer.MAX_VALUE);
            SolrRetry.runWrite(() -> settle.process(archive.client(), archive.collection()), archive);
        }
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        if (expunge) {
            commit.setParam(UpdateParams.EXPUNGE_DELETES, "true");
        }
        SolrRetry.runWrite(() -> commit.process(archive.client(), archive.collection()), archive);
        writtenAtLastCommit = written;
    }
}
