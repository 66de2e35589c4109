package org.arshif.archive.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.arshif.model.Article;

/** The archive's own documents and analysis, for benchmarks outside this package that time Lucene writing them. */
public final class ArchiveDocumentsForBench {

    private ArchiveDocumentsForBench() {
    }

    /** The document the archive writes for an article of import number 1 (before its copy group is known). */
    public static Document document(Article article) {
        return ArticleDocuments.toDocument(article, 1);
    }

    public static Analyzer analyzer() {
        return new ArabicSearchAnalyzer();
    }
}
