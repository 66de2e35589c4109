package org.arshif.archive.lucene;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arshif.model.Article;
import org.arshif.text.DateMentions;
import org.arshif.text.Fingerprint;

/**
 * An article's values for the fields of the Solr configset (src/main/solr/configsets/arshif/conf/managed-schema.xml),
 * the same values {@link ArticleDocuments} writes locally: text fields as text (the schema analyses them with the
 * same chain), the date as an epoch day, the month as months since year 0, the dates written in the title and body
 * (each a day or a range of days, in the syntax of Solr's date range field), the body's lead and fingerprint bands.
 * Not here: the copy group and the import, which an index works out after its imports.
 */
public final class ArticleFields {

    private ArticleFields() {
    }

    /** Field name to its values, in the schema's order; a field the article lacks is left out. */
    public static Map<String, List<Object>> of(Article article) {
        Map<String, List<Object>> fields = new LinkedHashMap<>();
        fields.put(ArchiveFields.ID, List.of(article.id()));
        fields.put(ArchiveFields.TITLE, List.of(article.title()));
        if (article.titleDerived()) {
            fields.put(ArchiveFields.TITLE_DERIVED, List.of(1));
        }
        fields.put(ArchiveFields.BODY, List.of(article.body()));
        fields.put(ArchiveFields.LEAD, List.of(ArticleDocuments.lead(article.body())));
        LocalDate date = article.date();
        if (date != null) {
            fields.put(ArchiveFields.DATE, List.of(date.toEpochDay()));
            fields.put(ArchiveFields.MONTH, List.of(date.getYear() * 12L + date.getMonthValue() - 1));
        }
        fields.put(ArchiveFields.SOURCE, List.of(article.source()));
        putIfPresent(fields, ArchiveFields.AUTHOR, article.author());
        putIfPresent(fields, ArchiveFields.URL, article.url());
        putIfPresent(fields, ArchiveFields.ORIGIN, article.origin());
        putIfPresent(fields, ArchiveFields.DATE_RAW, article.dateRaw());
        List<Object> mentions = new ArrayList<>();
        for (String text : ArticleDocuments.mentionSources(article)) {
            for (DateMentions.Mention mention : DateMentions.find(text)) {
                mentions.add(mention.from().equals(mention.to()) ? mention.from().toString()
                        : "[" + mention.from() + " TO " + mention.to() + "]");
            }
        }
        if (!mentions.isEmpty()) {
            fields.put(ArchiveFields.MENTIONS, mentions);
        }
        Fingerprint fingerprint = Fingerprint.of(article.body());
        if (fingerprint != null) {
            fields.put(ArchiveFields.COPY_BANDS, List.of((Object[]) fingerprint.bandKeys()));
        }
        return fields;
    }

    /**
     * The article a Solr document holds, from its stored values by field name (as {@link ArticleDocuments} reads a
     * local one): the body's paragraphs split where they were joined, the date from its epoch day.
     */
    public static Article toArticle(java.util.function.Function<String, Object> stored) {
        String body = text(stored, ArchiveFields.BODY);
        Object day = stored.apply(ArchiveFields.DATE);
        return new Article(text(stored, ArchiveFields.ID), text(stored, ArchiveFields.TITLE),
                stored.apply(ArchiveFields.TITLE_DERIVED) != null,
                day instanceof Number number ? LocalDate.ofEpochDay(number.longValue()) : null,
                text(stored, ArchiveFields.SOURCE), text(stored, ArchiveFields.AUTHOR), text(stored, ArchiveFields.URL),
                body.isEmpty() ? List.of() : List.of(body.split(ArticleDocuments.PARAGRAPH_BREAK)),
                text(stored, ArchiveFields.ORIGIN), text(stored, ArchiveFields.DATE_RAW));
    }

    private static String text(java.util.function.Function<String, Object> stored, String field) {
        Object value = stored.apply(field);
        return value == null ? "" : value.toString();
    }

    private static void putIfPresent(Map<String, List<Object>> fields, String name, String value) {
        if (!value.isEmpty()) {
            fields.put(name, List.of(value));
        }
    }
}
