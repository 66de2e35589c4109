package org.arshif.model;

/**
 * An article with every place a query's text matches in it, read together from one view of the archive: marks found
 * on another version of the text (replaced by an import in between) would fall on the wrong words.
 */
public record MarkedArticle(Article article, ArticleMatches matches) {
}
