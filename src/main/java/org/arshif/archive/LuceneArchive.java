package org.arshif.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
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

    private static final Sort NEWEST = new Sort(dateSort(true));
    private static final Sort OLDEST = new Sort(dateSort(false));
    private static final Set<String> HIT_FIELDS =
            Set.of(ArchiveFields.ID, ArchiveFields.TITLE, ArchiveFields.DATE, ArchiveFields.SOURCE);

    private final Path folder;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();
    private volatile GluedWords glued;
    private final SnippetHighlighter highlighter = new SnippetHighlighter(analyzer);

    private LuceneArchive(Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.folder = folder;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.glued = GluedWords.load(folder);
    }

    private static SortField dateSort(boolean newestFirst) {
        SortField field = new SortField(ArchiveFields.DATE, SortField.Type.LONG, newestFirst);
        // Undated articles go last in either order.
        field.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    /** What the archive was imported from, one line per original (see {@link ArticleSource#rereadInstructions}). */
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
        Directory directory = null;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
            IndexWriterConfig config = new IndexWriterConfig(new ArabicSearchAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(256)
                    .setCommitOnClose(true);
            IndexWriter writer = new IndexWriter(directory, config);
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit(); // an empty archive that readers can open
            }
            Path marker = folder.resolve(OPEN_MARKER);
            Path unchecked = folder.resolve(UNCHECKED_MARKER);
            boolean crashed = Files.exists(marker) || Files.exists(unchecked);
            LuceneArchive archive = new LuceneArchive(folder, directory, writer, new SearcherManager(writer, null));
            if (sizeOf(directory) < Long.getLong("arshif.verifyBelowBytes", VERIFY_ALWAYS_BELOW_BYTES)) {
                try {
                    archive.verify();
                } catch (ArchiveException e) {
                    archive.close();
                    throw e;
                }
            } else if (crashed) {
                Files.writeString(unchecked, "the last session did not close this archive; verify it");
                archive.needsCheck = true;
            }
            Files.writeString(marker, Long.toString(ProcessHandle.current().pid()));
            return archive;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new ArchiveLockedException("the archive " + folder + " is in use by another Arshif window or command;"
                    + " close it and try again", e);
        } catch (DamagedArchiveException e) {
            throw e;
        } catch (org.apache.lucene.index.CorruptIndexException | org.apache.lucene.index.IndexFormatTooOldException
                 | org.apache.lucene.index.IndexFormatTooNewException | java.io.EOFException
                 | java.nio.file.NoSuchFileException e) {
            closeQuietly(directory);
            throw damaged(folder, e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw new ArchiveException("cannot open the archive " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Opens an existing archive for reading only: works while another process is writing to it. */
    public static LuceneArchive openReadOnly(Path folder) throws ArchiveException {
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            return new LuceneArchive(folder, directory, null, new SearcherManager(directory, null));
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
    public ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        if (writer == null) {
            throw new ArchiveException("the archive " + folder + " is open read-only");
        }
        long started = System.nanoTime();
        // New and updated articles are told apart by counting the archive before and after, not by remembering
        // every id of the import: a million-article import keeps its memory steady.
        long articlesBefore = articleCount();
        try (ParallelIndexer indexer = new ParallelIndexer(writer, monitor, this::commitAndRefresh)) {
            try {
                source.readInto(indexer);
            } finally {
                indexer.finish();
            }
            commitAndRefresh();
            remember(source.rereadInstructions());
            findGluedWords();
            groupCopies();
            long added = Math.max(0, articleCount() - articlesBefore);
            return new ImportReport(added, indexer.imported() - added, indexer.problems(),
                    Duration.ofNanos(System.nanoTime() - started), indexer.wasCancelled(), indexer.rejected());
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("the import stopped: " + e.getMessage()
                    + " (articles committed before this point are kept)", e);
        }
    }

    private long articleCount() throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /** Adds a source's originals to the import history (each line once), for a rebuild if the index is damaged. */
    private void remember(List<String> originals) throws IOException {
        if (originals.isEmpty()) {
            return;
        }
        Path history = folder.resolve(IMPORT_HISTORY);
        Set<String> known = Files.exists(history)
                ? new java.util.LinkedHashSet<>(Files.readAllLines(history, java.nio.charset.StandardCharsets.UTF_8))
                : new java.util.LinkedHashSet<>();
        if (known.addAll(originals)) {
            Path next = folder.resolve(IMPORT_HISTORY + ".new");
            Files.write(next, known, java.nio.charset.StandardCharsets.UTF_8);
            Files.move(next, history, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Makes what was imported so far durable and visible to searches running meanwhile. */
    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Rebuilds the list of run-together words from the vocabulary as it now stands. */
    private void findGluedWords() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            GluedWords found = GluedWords.build(searcher.getIndexReader(), ArchiveFields.BODY);
            found.save(folder);
            glued = found;
        } finally {
            searchers.release(searcher);
        }
    }

    /** Finds the copies among the archive's texts as it now stands, so that results show each text once. */
    private void groupCopies() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            CopyGroups.regroup(searcher.getIndexReader(), writer);
        } finally {
            searchers.release(searcher);
        }
        commitAndRefresh();
    }

    /** The copy groups of this searcher's reader, read once per reader. */
    private CopyGroups copyGroups(IndexSearcher searcher) throws IOException {
        ReaderGroups cached = readerGroups;
        if (cached == null || cached.reader() != searcher.getIndexReader()) {
            cached = new ReaderGroups(searcher.getIndexReader(), CopyGroups.read(searcher.getIndexReader()));
            readerGroups = cached;
        }
        return cached.groups();
    }

    private record ReaderGroups(IndexReader reader, CopyGroups groups) {
    }

    private volatile ReaderGroups readerGroups;

    @Override
    public SearchResult search(SearchQuery query) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            QueryBuilder queries = queries(searcher);
            CopyGroups copies = copyGroups(searcher);
            SortOrder sort = effectiveSort(query);
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            ScoreDoc after = PageCursor.parse(query.after(), version, sort);
            Ranking ranking = rank(searcher, queries.fullQuery(query), sort, query, after, copies);
            long allWords = ranking.texts();
            Query someWords = allWords < WIDEN_BELOW ? someWordsQuery(queries, query, true) : null;
            if (someWords != null) {
                ranking = rank(searcher, queries.fullQuery(query, someWords), sort, query, after, copies);
                if (ranking.texts() <= allWords) {
                    // The telling words find nothing more (a misspelt name, say): the common words list what they find.
                    ranking = rank(searcher, queries.fullQuery(query, someWordsQuery(queries, query, false)), sort,
                            query, after, copies);
                }
            }
            ScoreDoc[] page = ranking.page();
            String didYouMean = (allWords < SUGGEST_BELOW) && !query.isBlank() ? queries.didYouMean(query.text()) : null;
            String next = page.length == 0 ? null : PageCursor.format(version, sort, page[page.length - 1]);
            return new SearchResult(ranking.texts(), hits(searcher, queries.marks(query.text()), page, sort, copies),
                    didYouMean, allWords, next);
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("search failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /** A page of hits, and how many texts match in all (copies counted once). */
    private record Ranking(ScoreDoc[] page, long texts) {
    }

    /** Ranks a query's matches for the page asked (by cursor, else by offset) and counts them: one count pass. */
    private static Ranking rank(IndexSearcher searcher, Query full, SortOrder sort, SearchQuery query, ScoreDoc after,
                                CopyGroups copies) throws IOException {
        ScoreDoc[] page = after != null
                ? pageAfter(searcher, full, sort, after, query.limit(), copies)
                : pageAt(searcher, full, sort, query.offset(), query.limit(), copies);
        return new Ranking(page, distinctTexts(searcher, full, copies));
    }

    /**
     * The page at an offset: the top offset + limit hits are ranked (copies folded into the first of their group,
     * with a margin fetched, and more while folding leaves the page short), then the page is cut out.
     */
    private static ScoreDoc[] pageAt(IndexSearcher searcher, Query full, SortOrder sort, int offset, int limit,
                                     CopyGroups copies) throws IOException {
        int wanted = Math.max(1, offset + limit);
        int fetch = copies.isEmpty() ? wanted : wanted + wanted / 2 + 10;
        ScoreDoc[] ranked;
        while (true) {
            TopDocs top = topDocs(searcher, full, sort, fetch, null);
            ranked = copies.firstOfEachGroup(top.scoreDocs);
            if (ranked.length >= wanted || top.scoreDocs.length < fetch) {
                break;
            }
            fetch *= 4;
        }
        return pageOf(ranked, offset, limit);
    }

    /**
     * The page after a cursor: only the next hits are ranked (Lucene's search-after), so scrolling to the end of a
     * million results costs a page each time. A copy is shown only where no matching copy of it ranks before it,
     * decided per hit, since the pages before are not at hand.
     */
    private static ScoreDoc[] pageAfter(IndexSearcher searcher, Query full, SortOrder sort, ScoreDoc after, int limit,
                                        CopyGroups copies) throws IOException {
        CopyOrder order = copies.isEmpty() ? null : new CopyOrder(searcher, full, sort, copies);
        List<ScoreDoc> kept = new ArrayList<>(limit);
        int fetch = copies.isEmpty() ? limit : limit + limit / 2 + 10;
        ScoreDoc cursor = after;
        while (kept.size() < limit) {
            ScoreDoc[] next = topDocs(searcher, full, sort, Math.max(1, fetch), cursor).scoreDocs;
            for (ScoreDoc hit : next) {
                if (kept.size() < limit && (order == null || order.isFirstOfItsGroup(hit))) {
                    kept.add(hit);
                }
            }
            if (next.length < fetch || next.length == 0) {
                break;
            }
            cursor = next[next.length - 1];
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    private static TopDocs topDocs(IndexSearcher searcher, Query query, SortOrder sort, int count, ScoreDoc after)
            throws IOException {
        return switch (sort) {
            case RELEVANCE -> searcher.search(query, new TopScoreDocCollectorManager(count, after, count));
            case NEWEST -> searcher.search(query, new TopFieldCollectorManager(NEWEST, count,
                    (org.apache.lucene.search.FieldDoc) after, count));
            case OLDEST -> searcher.search(query, new TopFieldCollectorManager(OLDEST, count,
                    (org.apache.lucene.search.FieldDoc) after, count));
        };
    }

    /** How many rows a query lists: its matches, each group of copies counted once. */
    private static long distinctTexts(IndexSearcher searcher, Query query, CopyGroups copies) throws IOException {
        return searcher.count(query) - (copies.isEmpty() ? 0 : hiddenCopies(searcher, query, copies));
    }

    /**
     * How many matches are copies folded into another match: all matching members of a group but one. Only group
     * members are looked at (the query's iterator jumps to each), so a query matching the whole archive costs no
     * more than one matching a few articles.
     */
    private static long hiddenCopies(IndexSearcher searcher, Query full, CopyGroups copies) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(full), ScoreMode.COMPLETE_NO_SCORES, 1);
        Map<Long, Integer> matching = new HashMap<>();
        int[] members = copies.allMembers();
        int next = 0;
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int end = leaf.docBase + leaf.reader().maxDoc();
            Scorer scorer = weight.scorer(leaf);
            DocIdSetIterator matches = scorer == null ? null : scorer.iterator();
            for (; next < members.length && members[next] < end; next++) {
                int doc = members[next] - leaf.docBase;
                if (matches != null && matches.docID() < doc) {
                    matches.advance(doc);
                }
                if (matches != null && matches.docID() == doc) {
                    matching.merge(copies.groupOf(members[next]), 1, Integer::sum);
                }
            }
        }
        return matching.values().stream().mapToLong(count -> count - 1).sum();
    }

    /**
     * A short query (two or three words) whose words all together find fewer articles than this also lists, when
     * ranked by relevance, articles with some of its words after those with all of them: a title remembered slightly
     * wrong, or words the article spells differently, still find it.
     */
    static final int WIDEN_BELOW = 5;

    /** The query a search matches with its filters: widened to some of the words as {@link #search} would. */
    private Query matchedQuery(IndexSearcher searcher, QueryBuilder queries, SearchQuery query) throws IOException {
        Query full = queries.fullQuery(query);
        Query someWords = someWordsQuery(queries, query, true);
        CopyGroups copies = copyGroups(searcher);
        long allWords = someWords == null ? 0 : distinctTexts(searcher, full, copies);
        if (someWords == null || allWords >= WIDEN_BELOW) {
            return full;
        }
        Query telling = queries.fullQuery(query, someWords);
        return distinctTexts(searcher, telling, copies) > allWords ? telling
                : queries.fullQuery(query, someWordsQuery(queries, query, false));
    }

    /**
     * The query with some-words semantics when this query may be widened (two or three plain words, ranked by
     * relevance: only a ranked list can put the articles with every word first), else null.
     */
    private static Query someWordsQuery(QueryBuilder queries, SearchQuery query, boolean tellingWordsOnly) {
        return query.isBlank() || query.sort() != SortOrder.RELEVANCE ? null
                : queries.someWordsQuery(query.text(), tellingWordsOnly);
    }

    /** A query finding fewer articles than this gets a "did you mean" when one of its words has a near spelling. */
    static final int SUGGEST_BELOW = 5;

    /** Queries for this searcher's view of the archive (rare words get near spellings). */
    private QueryBuilder queries(IndexSearcher searcher) {
        return new QueryBuilder(analyzer, glued, new VariantSpellings(searcher.getIndexReader()));
    }

    /** A blank query has nothing to rank by: it lists newest first. */
    private static SortOrder effectiveSort(SearchQuery query) {
        return query.isBlank() && query.sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST : query.sort();
    }

    private static ScoreDoc[] pageOf(ScoreDoc[] all, int offset, int limit) {
        if (offset >= all.length) {
            return new ScoreDoc[0];
        }
        return java.util.Arrays.copyOfRange(all, offset, Math.min(all.length, offset + limit));
    }

    private List<SearchHit> hits(IndexSearcher searcher, QueryBuilder.Marks marks, ScoreDoc[] page, SortOrder sort,
                                 CopyGroups copies) throws IOException {
        if (page.length == 0) {
            return List.of();
        }
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Snippet[] snippets = highlighter.snippets(searcher, marks, docIds);
        var stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            Document doc = stored.document(page[i].doc, HIT_FIELDS);
            float score = sort == SortOrder.RELEVANCE ? page[i].score : Float.NaN;
            List<ArticleCopy> copyList = new ArrayList<>();
            for (int copy : copies.copiesOf(page[i].doc)) {
                Document copyDoc = stored.document(copy, HIT_FIELDS);
                copyList.add(new ArticleCopy(copyDoc.get(ArchiveFields.ID), copyDoc.get(ArchiveFields.SOURCE),
                        ArticleDocuments.date(copyDoc)));
            }
            hits.add(new SearchHit(doc.get(ArchiveFields.ID), doc.get(ArchiveFields.TITLE),
                    ArticleDocuments.date(doc), doc.get(ArchiveFields.SOURCE), score, snippets[i], copyList));
        }
        return hits;
    }

    @Override
    public List<MonthCount> monthCounts(SearchQuery query) throws ArchiveException {
        IndexSearcher searcher = acquire();
        try {
            MonthCollector collector = new MonthCollector();
            searcher.search(matchedQuery(searcher, queries(searcher), query), collector);
            List<MonthCount> counts = new ArrayList<>(collector.counts.size());
            collector.counts.forEach((month, count) ->
                    counts.add(new MonthCount(YearMonth.of((int) (month / 12), (int) (month % 12) + 1), count)));
            return counts;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("counting by month failed: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    /**
     * Counts matches per month from doc values: no stored fields are read. A text with copies counts once, in the
     * month of its first matching copy, as the result list shows it once.
     */
    private static final class MonthCollector extends SimpleCollector {
        final TreeMap<Long, Long> counts = new TreeMap<>();
        private final Set<Long> groupsSeen = new HashSet<>();
        private NumericDocValues months;
        private NumericDocValues groups;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            months = context.reader().getNumericDocValues(ArchiveFields.MONTH);
            groups = context.reader().getNumericDocValues(ArchiveFields.COPY_GROUP);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (groups != null && groups.advanceExact(doc) && groups.longValue() != 0
                    && !groupsSeen.add(groups.longValue())) {
                return;
            }
            if (months != null && months.advanceExact(doc)) {
                counts.merge(months.longValue(), 1L, Long::sum);
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
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
            QueryBuilder.Marks marks = queries(searcher).marks(queryText);
            List<Snippet.Span> title = highlighter.allMatches(searcher, marks, doc, ArchiveFields.TITLE);
            List<Snippet.Span> body = highlighter.allMatches(searcher, marks, doc, ArchiveFields.BODY);
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
                    inside.add(new Snippet.Span(span.start() - paragraphStart, span.end() - paragraphStart, span.kind()));
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
            long articles = searcher.getIndexReader().numDocs();
            long dated = searcher.count(new FieldExistsQuery(ArchiveFields.DATE));
            return new ArchiveStats(articles, articles - dated, edgeDate(searcher, OLDEST), edgeDate(searcher, NEWEST),
                    countsPerSource(searcher));
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException("cannot read the archive's statistics: " + e.getMessage(), e);
        } finally {
            release(searcher);
        }
    }

    private static LocalDate edgeDate(IndexSearcher searcher, Sort sort) throws IOException {
        TopDocs top = searcher.search(new FieldExistsQuery(ArchiveFields.DATE), 1, sort);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        return ArticleDocuments.date(searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(ArchiveFields.DATE)));
    }

    private static Map<String, Long> countsPerSource(IndexSearcher searcher) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            SortedDocValues sources = leaf.reader().getSortedDocValues(ArchiveFields.SOURCE);
            if (sources == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            long[] perOrd = new long[sources.getValueCount()];
            for (int doc = sources.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = sources.nextDoc()) {
                if (live == null || live.get(doc)) {
                    perOrd[sources.ordValue()]++;
                }
            }
            for (int ord = 0; ord < perOrd.length; ord++) {
                if (perOrd[ord] > 0) {
                    counts.merge(sources.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
                }
            }
        }
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(sorted);
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
