package org.arshif.archive;

import org.arshif.model.Article;
import org.arshif.model.ImportProblem;

/** Where an {@link ArticleSource} delivers what it reads. */
public interface ArticleSink {

    /** One good article. */
    void accept(Article article);

    /** One record that could not be read, with its file and record number. */
    void reject(ImportProblem problem);

    /** Tells the source which file it is reading now, for progress displays. */
    default void reading(String file) {
    }

    /** True when the user cancelled: the source stops at the next record. */
    boolean isCancelled();
}
