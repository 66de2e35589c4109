package org.arshif.archive.solr;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;

/**
 * A shard's query scored as the whole collection scores it. Lucene's queries of several terms at one position
 * (synonyms, phrases of alternatives) weigh only the terms the shard holds; Solr's stats cache knows every term's
 * statistics over the collection, and the queries here ask it for all of them.
 */
final class CollectionScoring {

    private CollectionScoring() {
    }

    /** The query with every scored synonym and multi-term phrase in it (under Boolean and boost queries) mended. */
    static Query throughout(Query query) {
        if (query instanceof SynonymQuery synonym) {
            return new CollectionSynonymQuery(synonym);
        }
        if (query instanceof MultiPhraseQuery phrase) {
            return new CollectionPhraseQuery(phrase);
        }
        if (query instanceof BoostQuery boosted) {
            return new BoostQuery(throughout(boosted.getQuery()), boosted.getBoost());
        }
        if (query instanceof BooleanQuery bool) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder()
                    .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
            for (BooleanClause clause : bool.clauses()) {
                boolean scored = clause.getOccur() == BooleanClause.Occur.MUST
                        || clause.getOccur() == BooleanClause.Occur.SHOULD;
                builder.add(scored ? throughout(clause.getQuery()) : clause.getQuery(), clause.getOccur());
            }
            return builder.build();
        }
        return query; // constant-score, single-term phrase and term queries: a term a shard lacks matches nothing there
    }

    /**
     * The term's statistics over the collection: Solr's stats cache answers for a term any shard holds, even one this
     * shard does not (Lucene's own weights never ask for those); null for a term no shard holds.
     */
    static TermStatistics collectionWide(IndexSearcher searcher, Term term, TermStates state) throws IOException {
        try {
            return searcher.termStatistics(term, state.docFreq(), state.totalTermFreq());
        } catch (IllegalArgumentException heldNowhere) {
            return null; // a count of 0, neither here nor in the stats cache
        }
    }
}
