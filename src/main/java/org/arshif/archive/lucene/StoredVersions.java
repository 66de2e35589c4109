package org.arshif.archive.lucene;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.Article;

/**
 * The articles an import finds in the archive as it reads: for an id, the article stored under it and whether this
 * import wrote it (in an earlier stretch between two of its commits). Reads one searcher, safely from every indexing
 * thread at once.
 */
final class StoredVersions {

    /** The stored article of an id, and whether the running import wrote it. */
    record Version(Article article, boolean thisImport) {
    }

    private final IndexSearcher searcher;
    private final Weight thisImport;

    /** The articles {@code searcher} sees; those of the import numbered {@code generation} are told apart. */
    StoredVersions(IndexSearcher searcher, long generation) throws IOException {
        this.searcher = searcher;
        Query imported = org.apache.lucene.document.LongPoint.newExactQuery(ArchiveFields.IMPORT, generation);
        this.thisImport = searcher.createWeight(searcher.rewrite(imported), ScoreMode.COMPLETE_NO_SCORES, 1);
    }

    /** The live article stored under {@code id}, or null when there is none. */
    Version find(String id) throws IOException {
        BytesRef term = new Term(ArchiveFields.ID, id).bytes();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms(ArchiveFields.ID);
            if (terms == null) {
                continue;
            }
            TermsEnum ids = terms.iterator();
            if (!ids.seekExact(term)) {
                continue;
            }
            PostingsEnum postings = ids.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    Article article = ArticleDocuments.toArticle(leaf.reader().storedFields().document(doc));
                    return new Version(article, writtenBy(leaf, doc));
                }
            }
        }
        return null;
    }

    private boolean writtenBy(LeafReaderContext leaf, int doc) throws IOException {
        Scorer scorer = thisImport.scorer(leaf);
        return scorer != null && scorer.iterator().advance(doc) == doc;
    }
}
