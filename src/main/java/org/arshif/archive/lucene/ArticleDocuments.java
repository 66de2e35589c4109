package org.arshif.archive.lucene;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.Article;
import org.arshif.text.DateMentions;
import org.arshif.text.Fingerprint;

/** Converts articles to Lucene documents and back. */
final class ArticleDocuments {

    /** Analysed, stored, with offsets in the postings so snippets need no re-analysis of the body. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType();

    static {
        TEXT_WITH_OFFSETS.setTokenized(true);
        TEXT_WITH_OFFSETS.setStored(true);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /** The lead only lifts scores: no positions (no phrase runs on it), not stored. */
    private static final FieldType LEAD_TYPE = new FieldType();

    static {
        LEAD_TYPE.setTokenized(true);
        LEAD_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        LEAD_TYPE.freeze();
    }

    /** Paragraphs are stored joined by this; cleaned paragraphs never contain a line break. */
    static final String PARAGRAPH_BREAK = Article.PARAGRAPH_BREAK;

    private ArticleDocuments() {
    }

    /** The document of an article written by the import numbered {@code generation}. */
    static Document toDocument(Article article, long generation) {
        Document doc = new Document();
        doc.add(new StringField(ArchiveFields.ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ArchiveFields.ID_ORDER, new BytesRef(article.id())));
        doc.add(new LongPoint(ArchiveFields.IMPORT, generation));
        doc.add(new Field(ArchiveFields.TITLE, article.title(), TEXT_WITH_OFFSETS));
        if (article.titleDerived()) {
            doc.add(new StoredField(ArchiveFields.TITLE_DERIVED, 1));
        }
        doc.add(new Field(ArchiveFields.BODY, article.body(), TEXT_WITH_OFFSETS));
        doc.add(new Field(ArchiveFields.LEAD, lead(article.body()), LEAD_TYPE));
        LocalDate date = article.date();
        if (date != null) {
            long day = date.toEpochDay();
            doc.add(new LongPoint(ArchiveFields.DATE, day));
            doc.add(new NumericDocValuesField(ArchiveFields.DATE, day));
            doc.add(new StoredField(ArchiveFields.DATE, day));
            doc.add(new NumericDocValuesField(ArchiveFields.MONTH, date.getYear() * 12L + date.getMonthValue() - 1));
        }
        for (String text : mentionSources(article)) {
            for (DateMentions.Mention mention : DateMentions.find(text)) {
                doc.add(new LongRange(ArchiveFields.MENTIONS, new long[] {mention.from().toEpochDay()},
                        new long[] {mention.to().toEpochDay()}));
            }
        }
        Fingerprint fingerprint = Fingerprint.of(article.body());
        if (fingerprint != null) {
            for (String key : fingerprint.bandKeys()) {
                doc.add(new StringField(ArchiveFields.COPY_BANDS, key, Field.Store.NO));
            }
            doc.add(new BinaryDocValuesField(ArchiveFields.COPY_SKETCH, new BytesRef(fingerprint.sketch())));
        }
        // No copies until the grouping after the import says otherwise; the field must exist to be updated in place.
        doc.add(new NumericDocValuesField(ArchiveFields.COPY_GROUP, 0));
        doc.add(new StringField(ArchiveFields.SOURCE, article.source(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ArchiveFields.SOURCE, new BytesRef(article.source())));
        storeIfPresent(doc, ArchiveFields.AUTHOR, article.author());
        if (!article.url().isEmpty()) {
            doc.add(new StringField(ArchiveFields.URL, article.url(), Field.Store.YES));
        }
        storeIfPresent(doc, ArchiveFields.ORIGIN, article.origin());
        storeIfPresent(doc, ArchiveFields.DATE_RAW, article.dateRaw());
        return doc;
    }

    /** Length of the lead, in characters, cut back to a space. */
    static final int LEAD_LENGTH = 300;

    static String lead(String body) {
        if (body.length() <= LEAD_LENGTH) {
            return body;
        }
        int cut = body.lastIndexOf(' ', LEAD_LENGTH);
        return body.substring(0, cut > 0 ? cut : LEAD_LENGTH);
    }

    /** Where dates are looked for: the title and each paragraph. */
    static List<String> mentionSources(Article article) {
        List<String> texts = new java.util.ArrayList<>(article.paragraphs().size() + 1);
        texts.add(article.title());
        texts.addAll(article.paragraphs());
        return texts;
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (!value.isEmpty()) {
            doc.add(new StoredField(field, value));
        }
    }

    static Article toArticle(Document doc) {
        String body = doc.get(ArchiveFields.BODY);
        List<String> paragraphs = body == null ? List.of() : Arrays.asList(body.split(PARAGRAPH_BREAK));
        return new Article(doc.get(ArchiveFields.ID), doc.get(ArchiveFields.TITLE),
                doc.getField(ArchiveFields.TITLE_DERIVED) != null, date(doc), doc.get(ArchiveFields.SOURCE),
                doc.get(ArchiveFields.AUTHOR), doc.get(ArchiveFields.URL), paragraphs, doc.get(ArchiveFields.ORIGIN),
                doc.get(ArchiveFields.DATE_RAW));
    }

    static LocalDate date(Document doc) {
        var field = doc.getField(ArchiveFields.DATE);
        return field == null ? null : LocalDate.ofEpochDay(field.numericValue().longValue());
    }
}
