package org.arshif.archive.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.arshif.model.ArchiveStats;

/** The archive's statistics from doc values and two one-hit searches: no article is read whole. */
final class ArchiveStatistics {

    private ArchiveStatistics() {
    }

    static ArchiveStats of(IndexSearcher searcher) throws IOException {
        long articles = searcher.getIndexReader().numDocs();
        long dated = searcher.count(new FieldExistsQuery(ArchiveFields.DATE));
        return new ArchiveStats(articles, articles - dated, edgeDate(searcher, Ranking.OLDEST),
                edgeDate(searcher, Ranking.NEWEST), countsPerSource(searcher));
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
}
