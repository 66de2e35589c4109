package org.arshif.archive.solr;

import java.util.Objects;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A Lucene query that a shard scores with the collection's statistics ({@link CollectionScoring}): it matches as the
 * query it wraps, shows and compares as it, and only its weight differs.
 */
abstract class CollectionScoredQuery<Q extends Query> extends Query {

    /** The query as Lucene would run it on one index holding every article. */
    final Q wrapped;

    CollectionScoredQuery(Q wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public void visit(QueryVisitor visitor) {
        wrapped.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return wrapped.toString(field);
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && wrapped.equals(((CollectionScoredQuery<?>) other).wrapped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), wrapped);
    }
}
