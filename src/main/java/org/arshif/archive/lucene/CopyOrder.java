package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.SortOrder;

/**
 * Decides, for one hit, whether it is the first of its copies in a ranking, without the ranking before it: each
 * other copy is checked for matching the query and for ranking earlier (a higher score, or a newer or older date
 * as the order asks; the smaller id on a tie, as the archive's sorts break ties).
 */
final class CopyOrder {

    /** Scores summed in another order may differ in the last bits: closer than this is a tie. */
    private static final float SCORE_TOLERANCE = 1e-5f;

    private final List<LeafReaderContext> leaves;
    private final Weight weight;
    private final SortOrder sort;
    private final CopyGroups copies;

    CopyOrder(IndexSearcher searcher, Query query, SortOrder sort, CopyGroups copies) throws IOException {
        this.leaves = searcher.getIndexReader().leaves();
        this.weight = searcher.createWeight(searcher.rewrite(query),
                sort == SortOrder.RELEVANCE ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1);
        this.sort = sort;
        this.copies = copies;
    }

    boolean isFirstOfItsGroup(ScoreDoc hit) throws IOException {
        for (int copy : copies.copiesOf(hit.doc)) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(copy, leaves));
            Scorer scorer = weight.scorer(leaf);
            int local = copy - leaf.docBase;
            if (scorer == null || scorer.iterator().advance(local) != local) {
                continue; // this copy does not match the query
            }
            if (ranksBefore(copy, leaf, scorer, hit)) {
                return false;
            }
        }
        return true;
    }

    private boolean ranksBefore(int copy, LeafReaderContext leaf, Scorer scorer, ScoreDoc hit) throws IOException {
        FieldDoc ranked = (FieldDoc) hit;
        if (sort == SortOrder.RELEVANCE) {
            float score = scorer.score();
            float hitScore = (Float) ranked.fields[0];
            if (Math.abs(score - hitScore) > SCORE_TOLERANCE * Math.max(1f, Math.abs(hitScore))) {
                return score > hitScore;
            }
        } else {
            long date = dateOf(leaf, copy - leaf.docBase);
            long hitDate = (Long) ranked.fields[0];
            if (date != hitDate) {
                return sort == SortOrder.NEWEST ? date > hitDate : date < hitDate;
            }
        }
        return tieBreak(leaf, copy, ranked);
    }

    /** On a tie the smaller id ranks first, as the sort has it (doc ids for articles indexed without sortable ids). */
    private static boolean tieBreak(LeafReaderContext leaf, int copy, FieldDoc hit) throws IOException {
        SortedDocValues ids = leaf.reader().getSortedDocValues(ArchiveFields.ID_ORDER);
        BytesRef hitId = (BytesRef) hit.fields[1];
        if (ids == null || hitId == null || !ids.advanceExact(copy - leaf.docBase)) {
            return copy < hit.doc;
        }
        return ids.lookupOrd(ids.ordValue()).compareTo(hitId) < 0;
    }

    /** The copy's date as the sort sees it: undated ones go last in either order. */
    private long dateOf(LeafReaderContext leaf, int local) throws IOException {
        NumericDocValues dates = leaf.reader().getNumericDocValues(ArchiveFields.DATE);
        if (dates != null && dates.advanceExact(local)) {
            return dates.longValue();
        }
        return sort == SortOrder.NEWEST ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
}
