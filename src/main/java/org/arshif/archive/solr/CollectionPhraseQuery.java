package org.arshif.archive.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ExactPhraseMatcher;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseMatcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PhraseWeight;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SloppyPhraseMatcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.ArrayUtil;

/**
 * A {@link MultiPhraseQuery} (a pair of neighbouring words in their stems' forms, a quoted phrase in its spellings)
 * scored on a shard as the whole collection scores it. Lucene's own sums the idf of only the terms the shard holds,
 * so a shard lacking one spelling that other shards hold still matches the phrase through the others, with a smaller
 * weight than the laptop gives the same article. Here the idf of every term any shard holds counts, in Lucene's
 * order, with the collection's statistics from Solr's stats cache; the phrase is matched as Lucene matches it.
 */
final class CollectionPhraseQuery extends CollectionScoredQuery<MultiPhraseQuery> {

    CollectionPhraseQuery(MultiPhraseQuery phrase) {
        super(phrase);
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = wrapped.rewrite(searcher);
        return rewritten == wrapped ? this : rewritten; // one position or none: term queries, scored as they are
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        if (!scoreMode.needsScores()) {
            return wrapped.createWeight(searcher, scoreMode, boost);
        }
        Map<Term, TermStates> states = new HashMap<>();
        for (Term[] position : wrapped.getTermArrays()) {
            for (Term term : position) {
                if (!states.containsKey(term)) {
                    states.put(term, TermStates.build(searcher, term, true));
                }
            }
        }
        return new PhraseWeight(this, field(), searcher, scoreMode) {
            @Override
            protected Similarity.SimScorer getStats(IndexSearcher searcher) throws IOException {
                List<TermStatistics> statistics = new ArrayList<>();
                for (Term[] position : wrapped.getTermArrays()) {
                    for (Term term : position) {
                        TermStatistics collectionWide = CollectionScoring.collectionWide(searcher, term,
                                states.get(term));
                        if (collectionWide != null) {
                            statistics.add(collectionWide);
                        }
                    }
                }
                if (statistics.isEmpty()) {
                    return null; // no shard holds a term: the phrase matches nowhere and is never scored
                }
                return searcher.getSimilarity().scorer(boost, searcher.collectionStatistics(field()),
                        statistics.toArray(TermStatistics[]::new));
            }

            @Override
            protected PhraseMatcher getPhraseMatcher(LeafReaderContext context, Similarity.SimScorer scorer,
                                                     boolean exposeOffsets) throws IOException {
                return matcher(context, states, scoreMode, scorer, exposeOffsets);
            }
        };
    }

    private String field() {
        return wrapped.getTermArrays()[0][0].field();
    }

    /** The phrase's matcher in a segment: each position the union of the postings of its terms held there. */
    private PhraseMatcher matcher(LeafReaderContext context, Map<Term, TermStates> states, ScoreMode scoreMode,
                                  Similarity.SimScorer scorer, boolean exposeOffsets) throws IOException {
        Terms terms = context.reader().terms(field());
        if (terms == null) {
            return null;
        }
        if (!terms.hasPositions()) { // as Lucene's own refuses: without positions there is no phrase to find
            throw new IllegalStateException("field \"" + field() + "\" was indexed without position data; cannot run "
                    + "MultiPhraseQuery (phrase=" + this + ")");
        }
        Term[][] termArrays = wrapped.getTermArrays();
        PhraseQuery.PostingsAndFreq[] positions = new PhraseQuery.PostingsAndFreq[termArrays.length];
        TermsEnum lookup = terms.iterator();
        float matchCost = 0;
        for (int i = 0; i < termArrays.length; i++) {
            List<PostingsEnum> postings = new ArrayList<>();
            for (Term term : termArrays[i]) {
                TermState state = states.get(term).get(context);
                if (state != null) {
                    lookup.seekExact(term.bytes(), state);
                    postings.add(lookup.postings(null, exposeOffsets ? PostingsEnum.ALL : PostingsEnum.POSITIONS));
                    matchCost += PhraseQuery.termPositionsCost(lookup);
                }
            }
            if (postings.isEmpty()) {
                return null; // a position none of whose terms the segment holds: no article here has the phrase
            }
            PostingsEnum any = postings.size() == 1 ? postings.getFirst()
                    : exposeOffsets ? new MultiPhraseQuery.UnionFullPostingsEnum(postings)
                    : new MultiPhraseQuery.UnionPostingsEnum(postings);
            positions[i] = new PhraseQuery.PostingsAndFreq(any, new SlowImpactsEnum(any), wrapped.getPositions()[i],
                    termArrays[i]);
        }
        if (wrapped.getSlop() == 0) {
            ArrayUtil.timSort(positions); // rarest first, as Lucene's exact matcher expects
            return new ExactPhraseMatcher(positions, scoreMode, scorer, matchCost);
        }
        return new SloppyPhraseMatcher(positions, wrapped.getSlop(), scoreMode, scorer, matchCost, exposeOffsets);
    }
}
