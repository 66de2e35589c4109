package org.arshif.cite;

import java.util.Objects;
import org.arshif.layout.ParagraphDirection;
import org.arshif.model.Article;

/**
 * One article to cite, with the researcher's note on it (from a collection; may be empty).
 */
public record Citation(Article article, String note) {

    public Citation {
        Objects.requireNonNull(article, "article");
        note = Objects.requireNonNullElse(note, "");
    }

    /**
     * The article's language as a BCP 47 tag: Arabic when most of its title and first paragraph's letters are
     * (right-to-left letters in a news archive are Arabic), else none: reference managers then take their default.
     */
    String languageTag() {
        String sample = article.title() + " " + article.paragraphs().getFirst();
        return ParagraphDirection.isRightToLeft(sample) ? "ar" : "";
    }
}
