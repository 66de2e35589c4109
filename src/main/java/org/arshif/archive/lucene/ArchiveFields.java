package org.arshif.archive.lucene;

/** Names of the fields an article is stored in: in the local Lucene index and in the Solr configset alike. */
public final class ArchiveFields {
    public static final String ID = "id";
    public static final String TITLE = "title";
    public static final String TITLE_DERIVED = "title_derived";
    public static final String BODY = "body";
    /** The body's opening (about its first sentences): news leads restate the headline. Indexed only. */
    public static final String LEAD = "lead";
    /** Epoch day: a point for range filters, doc values for sorting, stored for display. */
    public static final String DATE = "date";
    /**
     * Months since year 0 (year * 12 + month - 1), doc values only. Read by nothing since the timeline counts days
     * (from {@link #DATE}); still written because the fields are part of what analysis version 1 names (see
     * {@code AnalysisVersionTest}): dropping it means raising {@code CommitState.ANALYSIS}, which re-indexes every
     * archive at open — to be done with the next change that needs a new analysis version anyway.
     */
    public static final String MONTH = "month";
    public static final String SOURCE = "source";
    /** Dates written in the text, each a range of days (one day, or a month), for "mentions a date between". */
    public static final String MENTIONS = "mentions";
    /** Copies of one text: band keys of the body's fingerprint (indexed), its sketch (binary doc values). */
    public static final String COPY_BANDS = "copy_bands";
    public static final String COPY_SKETCH = "copy_sketch";
    /** The copy group an article belongs to (numeric doc values, updated in place after each import); 0 or none: no copies. */
    public static final String COPY_GROUP = "copy_group";
    public static final String AUTHOR = "author";
    public static final String URL = "url";
    public static final String ORIGIN = "origin";
    /** The number of the import that wrote the article (a point, not stored): copy groups are brought up to date
     *  around the articles of the last import, and its report counts new and replaced articles from it. */
    public static final String IMPORT = "import";
    /**
     * The id again, as sorted doc values: every order breaks ties by it. A field of its own (not doc values on
     * {@link #ID}), so that archives whose segments were written before it existed keep indexing and sorting.
     */
    public static final String ID_ORDER = "id_order";
    /** The record's date as written, when it could not be kept as the date (unreadable or not believable); stored only. */
    public static final String DATE_RAW = "date_raw";

    private ArchiveFields() {
    }
}
