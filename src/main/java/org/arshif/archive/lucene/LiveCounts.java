package org.arshif.archive.lucene;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

/**
 * How many live articles hold a term. Lucene's {@code docFreq} goes on counting an article replaced by a later
 * import until a merge drops it, and merges happen when Lucene decides (or after a large import): a word only the
 * replaced versions wrote would count as held before the merge and not after, and the same imports would answer
 * differently. Without replaced articles the count is Lucene's own (exact, free); with them, the term's postings are
 * walked over the live articles.
 */
final class LiveCounts {

    private LiveCounts() {
    }

    /** The live articles holding the term, and the term's occurrences in them ({@code {articles, occurrences}}). */
    static long[] of(IndexReader reader, Term term) throws IOException {
        long live = 0;
        long occurrences = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(term.field());
            if (terms == null) {
                continue;
            }
            TermsEnum lookup = terms.iterator();
            if (lookup.seekExact(term.bytes())) {
                boolean frequencies = terms.hasFreqs();
                PostingsEnum postings = lookup.postings(null, frequencies ? PostingsEnum.FREQS : PostingsEnum.NONE);
                Bits liveDocs = leaf.reader().getLiveDocs();
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (liveDocs == null || liveDocs.get(doc)) {
                        live++;
                        occurrences += frequencies ? postings.freq() : 1;
                    }
                }
            }
        }
        return new long[] {live, occurrences};
    }

    /** The live articles holding the term: Lucene's count when no article is replaced. */
    static int docFreq(IndexReader reader, Term term) throws IOException {
        return reader.hasDeletions() ? (int) of(reader, term)[0] : reader.docFreq(term);
    }

    /**
     * Counts the live articles holding an enum's current term, one postings enum reused from term to term (a walk of a
     * whole dictionary meets millions of terms).
     */
    static final class Counter {
        private final Bits liveDocs;
        private PostingsEnum postings;

        /** @param liveDocs the live documents, numbered as the enums' postings (null: none replaced, Lucene's counts) */
        Counter(Bits liveDocs) {
            this.liveDocs = liveDocs;
        }

        /** The live articles holding the enum's current term. */
        int of(TermsEnum positioned) throws IOException {
            return atMost(positioned, Integer.MAX_VALUE);
        }

        /** The live articles holding the enum's current term, counted up to {@code enough}. */
        int atMost(TermsEnum positioned, int enough) throws IOException {
            if (liveDocs == null) {
                return Math.min(positioned.docFreq(), enough);
            }
            postings = positioned.postings(postings, PostingsEnum.NONE);
            int live = 0;
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS && live < enough;
                    doc = postings.nextDoc()) {
                if (liveDocs.get(doc)) {
                    live++;
                }
            }
            return live;
        }
    }
}
