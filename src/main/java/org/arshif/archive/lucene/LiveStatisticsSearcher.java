package org.arshif.archive.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;

/**
 * A searcher whose relevance statistics count live articles only. Lucene's own go on counting an article replaced by
 * a later import until a merge drops it, and merges happen when Lucene decides: the same articles imported in one go
 * or in several, or a second run after a crash, would then score some hits differently. Here, without replaced
 * articles the statistics are Lucene's own (exact, free); with them, a query term's statistics are counted from its
 * postings over live articles, and a field's totals have the replaced articles' own share taken away, found by
 * analysing their stored text again once per segment and state of deletions. Equal live articles, equal scores.
 * The import that leaves replaced articles works their shares out and commits them ({@link #SHARES_KEY}), so a
 * process reading that commit (every command-line search) takes them from there instead of analysing again.
 */
final class LiveStatisticsSearcher extends IndexSearcher {

    /** The text fields whose totals are corrected; any other field keeps Lucene's totals (none is scored). */
    private static final Set<String> TEXT_FIELDS = Set.of(ArchiveFields.TITLE, ArchiveFields.BODY, ArchiveFields.LEAD);

    /** The commit user data key of the replaced articles' shares, one line per segment state and field. */
    static final String SHARES_KEY = "arshif.replacedShares";

    private final Analyzer analyzer;
    private final Map<Object, Removed> removedShares;
    private volatile Map<String, Removed> committedShares;
    private final Map<String, CollectionStatistics> collections = new ConcurrentHashMap<>();

    private LiveStatisticsSearcher(IndexReader reader, Analyzer analyzer, Map<Object, Removed> removedShares) {
        super(reader);
        this.analyzer = analyzer;
        this.removedShares = removedShares;
    }

    /** Makes these searchers for a searcher manager; the replaced articles' shares are kept per segment state. */
    static SearcherFactory factory(Analyzer analyzer) {
        Map<Object, Removed> shares = new ConcurrentHashMap<>();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return new LiveStatisticsSearcher(reader, analyzer, shares);
            }
        };
    }

    /** Live statistics counted for this reader, so that a term searched again is not counted again. */
    private final Map<Term, TermStatistics> counted = new ConcurrentHashMap<>();
    private static final int COUNTED_AT_MOST = 10_000;

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        if (!getIndexReader().hasDeletions()) {
            return super.termStatistics(term, docFreq, totalTermFreq);
        }
        TermStatistics known = counted.get(term);
        if (known != null) {
            return known;
        }
        TermStatistics live = liveTermStatistics(term, docFreq, totalTermFreq);
        if (counted.size() < COUNTED_AT_MOST) {
            counted.put(term, live);
        }
        return live;
    }

    private TermStatistics liveTermStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
        long[] live = LiveCounts.of(getIndexReader(), term);
        // A term held only by replaced articles matches no live one: it is never scored, any statistics will do.
        return live[0] == 0 ? super.termStatistics(term, docFreq, totalTermFreq)
                : new TermStatistics(term.bytes(), live[0], live[1]);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        if (!getIndexReader().hasDeletions() || !TEXT_FIELDS.contains(field)) {
            return super.collectionStatistics(field);
        }
        try {
            return collections.computeIfAbsent(field, this::liveCollection);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private CollectionStatistics liveCollection(String field) {
        long docCount = 0;
        long sumTotalTermFreq = 0;
        long sumDocFreq = 0;
        try {
            for (LeafReaderContext leaf : getIndexReader().leaves()) {
                Terms terms = leaf.reader().terms(field);
                if (terms == null) {
                    continue;
                }
                Removed removed = leaf.reader().hasDeletions() ? removedShare(leaf.reader(), field) : Removed.NONE;
                docCount += terms.getDocCount() - removed.documents();
                sumTotalTermFreq += terms.getSumTotalTermFreq() - removed.tokens();
                sumDocFreq += terms.getSumDocFreq() - removed.distinctTerms();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docCount == 0 ? null
                : new CollectionStatistics(field, getIndexReader().numDocs(), docCount, sumTotalTermFreq, sumDocFreq);
    }

    /** What the deleted articles of a segment add to a field's totals, worked out once per segment state. */
    private Removed removedShare(LeafReader segment, String field) throws IOException {
        Object key = segment.getReaderCacheHelper().getKey();
        Map<Object, Removed> shares = removedShares;
        Object entry = java.util.List.of(key, field);
        Removed known = shares.get(entry);
        if (known == null) {
            String state = stateOf(segment);
            known = state == null ? null : committedShares().get(state + ":" + field);
        }
        if (known != null) {
            return known;
        }
        segment.getReaderCacheHelper().addClosedListener(closed -> shares.keySet()
                .removeIf(k -> k instanceof java.util.List<?> pair && pair.get(0) == closed));
        Removed share = analyse(segment, field, analyzer);
        shares.put(entry, share);
        return share;
    }

    /** A segment and its state of deletions, as a commit names them; null for a reader that is not a segment's. */
    private static String stateOf(LeafReader segment) {
        return segment instanceof org.apache.lucene.index.SegmentReader reader
                ? reader.getSegmentName() + ":" + reader.getSegmentInfo().getDelGen() : null;
    }

    /** The shares the commit this searcher reads recorded (none for a reader of a writer, which works them out). */
    private Map<String, Removed> committedShares() {
        Map<String, Removed> known = committedShares;
        if (known == null) {
            known = new java.util.HashMap<>();
            try {
                if (getIndexReader() instanceof org.apache.lucene.index.DirectoryReader directory) {
                    String text = directory.getIndexCommit().getUserData().getOrDefault(SHARES_KEY, "");
                    for (String line : text.split("\n")) {
                        String[] parts = line.split(":");
                        if (parts.length == 6) {
                            known.put(parts[0] + ":" + parts[1] + ":" + parts[2], new Removed(Long.parseLong(parts[3]),
                                    Long.parseLong(parts[4]), Long.parseLong(parts[5])));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                known.clear(); // worked out again instead: slower, never wrong
            }
            committedShares = known;
        }
        return known;
    }

    /**
     * The replaced articles' shares of every segment of the reader that has some, for the commit the import is about
     * to make ({@link #SHARES_KEY}): one line per segment state and text field.
     */
    static String sharesOf(IndexReader reader, Analyzer analyzer, String previous) throws IOException {
        Map<String, String> known = new java.util.HashMap<>();
        for (String line : previous.split("\n")) {
            int end = line.indexOf(':', line.indexOf(':', line.indexOf(':') + 1) + 1);
            if (end > 0) {
                known.put(line.substring(0, end), line); // segment:delGen:field
            }
        }
        StringBuilder lines = new StringBuilder();
        for (LeafReaderContext leaf : reader.leaves()) {
            String state = stateOf(leaf.reader());
            if (state == null || !leaf.reader().hasDeletions()) {
                continue;
            }
            for (String field : new java.util.TreeSet<>(TEXT_FIELDS)) {
                String line = known.get(state + ":" + field);
                if (line == null) { // a segment state the last commit did not have: analysed once, here
                    Removed share = analyse(leaf.reader(), field, analyzer);
                    line = state + ":" + field + ":" + share.documents() + ":" + share.tokens() + ":"
                            + share.distinctTerms();
                }
                lines.append(line).append('\n');
            }
        }
        return lines.toString();
    }

    /**
     * The committed shares that disagree with the replaced articles analysed again (a segment state the commit names
     * and the reader has); empty when all is in order.
     */
    static List<String> wrongShares(DirectoryReader reader, Analyzer analyzer) throws IOException {
        String committed = reader.getIndexCommit().getUserData().getOrDefault(SHARES_KEY, "");
        Set<String> fresh = new HashSet<>(sharesOf(reader, analyzer, "").lines().toList());
        Set<String> states = new HashSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            states.add(stateOf(leaf.reader()));
        }
        return committed.lines().filter(line -> states.contains(line.substring(0, line.indexOf(':', line.indexOf(':') + 1))))
                .filter(line -> !fresh.contains(line)).toList();
    }

    /** Analyses the segment's deleted articles' text of a field again, counting what they added to its totals. */
    private static Removed analyse(LeafReader segment, String field, Analyzer analyzer) throws IOException {
        Bits liveDocs = segment.getLiveDocs();
        var stored = segment.storedFields();
        long documents = 0;
        long tokens = 0;
        long distinct = 0;
        for (int doc = 0; doc < segment.maxDoc(); doc++) {
            if (liveDocs.get(doc)) {
                continue;
            }
            Document article = stored.document(doc, Set.of(ArchiveFields.TITLE, ArchiveFields.BODY));
            String text = field.equals(ArchiveFields.TITLE) ? article.get(ArchiveFields.TITLE)
                    : field.equals(ArchiveFields.BODY) ? article.get(ArchiveFields.BODY)
                    : ArticleDocuments.lead(String.valueOf(article.get(ArchiveFields.BODY)));
            if (text == null) {
                continue;
            }
            Set<String> terms = new HashSet<>();
            long count = 0;
            try (TokenStream stream = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    count++;
                    terms.add(term.toString());
                }
                stream.end();
            }
            if (count > 0) {
                documents++;
                tokens += count;
                distinct += terms.size();
            }
        }
        return new Removed(documents, tokens, distinct);
    }

    /** A share of a field's totals: documents holding it, its tokens, and its distinct terms per document. */
    private record Removed(long documents, long tokens, long distinctTerms) {
        static final Removed NONE = new Removed(0, 0, 0);
    }
}
