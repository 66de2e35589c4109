package org.arshif.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.arshif.model.Article;

/**
 * CSL-JSON, the citation data of Zotero and of every CSL processor: one {@code article-newspaper} item per article.
 * An author is a literal name (CSL would otherwise try to find a family name in it).
 */
final class CslJsonWriter implements CitationWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String write(List<Citation> citations) {
        ArrayNode items = JSON.createArrayNode();
        for (Citation citation : citations) {
            Article article = citation.article();
            ObjectNode item = items.addObject().put("id", article.id()).put("type", "article-newspaper");
            put(item, "title", article.title());
            put(item, "container-title", article.source());
            if (!article.author().isBlank()) {
                item.putArray("author").addObject().put("literal", article.author().strip());
            }
            if (article.date() != null) {
                item.putObject("issued").putArray("date-parts").addArray().add(article.date().getYear())
                        .add(article.date().getMonthValue()).add(article.date().getDayOfMonth());
            } else if (!article.dateRaw().isBlank()) {
                // The date as the source wrote it, which Arshif could not read: CSL's own field for a date not parsed.
                item.putObject("issued").put("literal", article.dateRaw().strip());
            }
            put(item, "URL", article.url());
            put(item, "language", citation.languageTag());
            put(item, "note", citation.note());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings and numbers always serialises
        }
    }

    private static void put(ObjectNode item, String field, String value) {
        if (!value.isBlank()) {
            item.put(field, value.strip());
        }
    }
}
