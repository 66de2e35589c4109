package org.arshif.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;

/** Collects what an article source yields, for tests and benchmarks. */
public final class CollectingSink implements ArticleSink {
    public final List<Article> articles = new ArrayList<>();
    public final List<ImportProblem> problems = new ArrayList<>();

    @Override
    public void accept(Article article) {
        articles.add(article);
    }

    @Override
    public void reject(ImportProblem problem) {
        problems.add(problem);
    }

    @Override
    public boolean isCancelled() {
        return false;
    }

    /** Everything a source yields. */
    public static CollectingSink readAll(ArticleSource source) throws IOException {
        CollectingSink sink = new CollectingSink();
        source.readInto(sink);
        return sink;
    }
}
