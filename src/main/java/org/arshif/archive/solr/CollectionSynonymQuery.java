package org.arshif.archive.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link SynonymQuery} scored on a shard as the whole collection scores it. Lucene's own takes the statistics of
 * only the terms the shard holds (its weight skips a term whose local count is 0), so a shard holding مكتب but none of
 * its stem's articles scored مكتب's title with the statistics of one term where the collection has two (measured on
 * the shared sample: 10.93 on the cluster, 10.37 locally, for the one article whose title holds it). Here every term
 * of the query counts, with the collection's statistics Solr's stats cache hands the shard; the score is the
 * similarity's for the summed frequency of the terms in the article, as Lucene's synonym scorer gives it.
 */
final class CollectionSynonymQuery extends CollectionScoredQuery<SynonymQuery> {

    CollectionSynonymQuery(SynonymQuery synonyms) {
        super(synonyms);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return wrapped.createWeight(searcher, scoreMode, boost);
        }
        String field = wrapped.getField();
        List<Term> terms = wrapped.getTerms();
        List<TermStates> states = new ArrayList<>();
        long docFreq = 0;
        long totalTermFreq = 0;
        for (Term term : terms) {
            TermStates state = TermStates.build(searcher, term, true);
            states.add(state);
            TermStatistics statistics = CollectionScoring.collectionWide(searcher, term, state);
            if (statistics != null) {
                docFreq = Math.max(docFreq, statistics.docFreq());
                totalTermFreq += statistics.totalTermFreq();
            }
        }
        if (docFreq == 0) {
            return wrapped.createWeight(searcher, scoreMode, boost); // no article anywhere holds a term
        }
        CollectionStatistics collection = searcher.collectionStatistics(field);
        Similarity.SimScorer similarity = searcher.getSimilarity().scorer(boost, collection,
                new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq));
        return new SummedWeight(this, field, terms, states, similarity);
    }

    /** The terms' postings in a segment, scored together as one term of their summed frequency. */
    private static final class SummedWeight extends Weight {
        private final String field;
        private final List<Term> terms;
        private final List<TermStates> states;
        private final Similarity.SimScorer similarity;

        SummedWeight(Query query, String field, List<Term> terms, List<TermStates> states,
                     Similarity.SimScorer similarity) {
            super(query);
            this.field = field;
            this.terms = terms;
            this.states = states;
            this.similarity = similarity;
        }

        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
            List<PostingsEnum> postings = new ArrayList<>();
            for (int i = 0; i < terms.size(); i++) {
                TermState state = states.get(i).get(context);
                if (state != null) {
                    TermsEnum lookup = context.reader().terms(field).iterator();
                    lookup.seekExact(terms.get(i).bytes(), state);
                    postings.add(lookup.postings(null, PostingsEnum.FREQS));
                }
            }
            if (postings.isEmpty()) {
                return null;
            }
            return new SummedScorer(this, postings, new LeafSimScorer(similarity, context.reader(), field, true));
        }

        @Override
        public Explanation explain(LeafReaderContext context, int doc) throws IOException {
            Scorer scorer = scorer(context);
            if (scorer == null || scorer.iterator().advance(doc) != doc) {
                return Explanation.noMatch("no term of " + getQuery() + " in the article");
            }
            return Explanation.match(scorer.score(), getQuery() + ", scored with the collection's statistics");
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return true;
        }
    }

    /** The documents holding any of the terms, each scored for the sum of the terms' frequencies in it. */
    private static final class SummedScorer extends Scorer {
        private final List<PostingsEnum> postings;
        private final LeafSimScorer similarity;
        private int doc = -1;
        private final DocIdSetIterator iterator = new DocIdSetIterator() {
            @Override
            public int docID() {
                return doc;
            }

            @Override
            public int nextDoc() throws IOException {
                return advance(doc + 1);
            }

            @Override
            public int advance(int target) throws IOException {
                int next = NO_MORE_DOCS;
                for (PostingsEnum term : postings) {
                    int at = term.docID() < target ? term.advance(target) : term.docID();
                    next = Math.min(next, at);
                }
                doc = next;
                return doc;
            }

            @Override
            public long cost() {
                return postings.stream().mapToLong(PostingsEnum::cost).sum();
            }
        };

        SummedScorer(Weight weight, List<PostingsEnum> postings, LeafSimScorer similarity) {
            super(weight);
            this.postings = postings;
            this.similarity = similarity;
        }

        @Override
        public int docID() {
            return doc;
        }

        @Override
        public DocIdSetIterator iterator() {
            return iterator;
        }

        @Override
        public float score() throws IOException {
            float frequency = 0;
            for (PostingsEnum term : postings) {
                if (term.docID() == doc) {
                    frequency += term.freq();
                }
            }
            return similarity.score(doc, frequency);
        }

        @Override
        public float getMaxScore(int upTo) {
            return Float.MAX_VALUE;
        }
    }
}
