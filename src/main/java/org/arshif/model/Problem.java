package org.arshif.model;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the core refuses or reports, as a code and the values its sentence needs (a path, a number, a detail
 * from the system, or another problem). The sentences are in the bundles {@code org/arshif/model/problems*.properties}
 * (Arabic the default, English the other): the window says it in its language, the command line in English. A value
 * that comes from outside (a parser's or the system's own message) stays as it came.
 */
public record Problem(Code code, List<Object> args) {

    private static final String BUNDLE = "org.arshif.model.problems";

    /** What went wrong; each has a sentence in both bundles (ProblemTest). */
    public enum Code {
        SEARCH_RANGE_REVERSED, SEARCH_MENTIONED_RANGE_REVERSED, SEARCH_NEGATIVE_PAGE,
        FOLDER_UNLISTABLE, UNREADABLE, PERMISSION_DENIED, NO_SUCH_FILE, SYSTEM_FOLDER, SYSTEM_FILE, SPECIAL_FILE,
        FOLDER_LOOP, FOLDER_TOO_DEEP, MISSING_SINCE_IMPORT, INDEX_KEPT_ASIDE, HISTORY_LINE_UNTRUSTED,
        ZIP_UNREADABLE, ZIP_IN_ZIP, ZIP_INVALID, ZIP_ENTRY_OUTSIDE, ZIP_ENTRY_TOO_BIG, ZIP_TOO_BIG, READ_BEFORE_KEPT,
        UNSUPPORTED_TYPE, UNUSABLE_NAME, FILE_UNREADABLE, TOO_LARGE, EMPTY_FILE, BINARY,
        SIDECAR_REFUSED, SIDECAR_NOT_OBJECT, SIDECAR_INVALID,
        LINE_TOO_LONG, FIELD_TOO_LONG, NOT_JSON_OBJECT, INVALID_JSON, NO_RECORDS, LINE_NOT_UTF8, NOT_JSON_ARTICLES,
        REST_NOT_READ, REST_NOT_READ_BECAUSE, SKIPPED,
        CSV_ROW_WIDTH, INVALID_CSV, NO_ROWS, NOT_VALID_TEXT, NOT_VALID_TEXT_REST, BINARY_OR_UTF16,
        ENCODING_UNDECIDABLE, CSV_SEPARATOR_AMBIGUOUS,
        NO_BODY, EMPTY_BODY, URL_TOO_LONG, ID_TOO_LONG, NOT_INDEXED, LINK_TARGET_MISSING, LINK_FOLDER_OUTSIDE,
        LINK_FILE_OUTSIDE, DATE_UNBELIEVABLE, DATE_UNBELIEVABLE_HIJRI, DATE_READ_AS_HIJRI, DATE_PLACEHOLDER,
        DATE_UNREADABLE,
        NO_ARCHIVE, ARCHIVE_UNOPENABLE, ARCHIVE_DAMAGED, ARCHIVE_FILE_MISSING, ARCHIVE_NEWER_FORMAT,
        ARCHIVE_NEWER_FORMAT_ANALYSIS, ARCHIVE_INDEX_TOO_NEW, ARCHIVE_INDEX_TOO_OLD,
        COLLECTIONS_UNREADABLE, COLLECTIONS_NEWER, COLLECTIONS_DAMAGED, COLLECTIONS_AT, COLLECTIONS_TOO_LARGE,
        COLLECTIONS_NO_LIST, COLLECTIONS_ENTRY, COLLECTIONS_FIELD_MISSING, COLLECTION_MISSING, COLLECTION_EXISTS,
        COLLECTIONS_READ_ONLY, COLLECTIONS_UNSAVED, ARCHIVE_LOCKED, ARCHIVE_LOCKED_REBUILD, ARCHIVE_READ_ONLY_FOLDER,
        ARCHIVE_OPEN_READ_ONLY, ARCHIVE_REBUILD_STOPPED, ARCHIVE_WRONG_COPY_GROUPS, ARCHIVE_GLUED_OUT_OF_STEP,
        ARCHIVE_SHARES_WRONG, ARCHIVE_UNREADABLE, ARCHIVE_UNREADABLE_AGAIN, ARCHIVE_CLOSED, ARCHIVE_UNCLOSABLE,
        SEARCH_FAILED, ARTICLE_UNREADABLE, STATISTICS_UNREADABLE, NO_ARCHIVE_IMPORT_FIRST, REBUILD_NOT_NEEDED,
        REBUILD_UNSTARTABLE, REBUILD_UNFINISHABLE, REBUILD_HISTORY_UNREADABLE, REBUILD_NO_ORIGINALS,
        UPGRADE_CANCELLED, UPGRADE_LOSES_ARTICLES, UPGRADE_COUNT, UPGRADE_FAILED, UPGRADE_DISK_FULL,
        IMPORT_DISK_FULL, IMPORT_STOPPED, IMPORT_STOPPED_KEPT, IMPORT_MERGE_FAILED, DISK_FREE, RECORD_PROBLEM,
        FILE_PROBLEM, EXPORT_NOTHING, EXPORT_CANCELLED,
        EXPORT_UNWRITABLE, EXPORT_NOT_REGULAR, CITE_MISSING_ARTICLES, CITE_NOT_REGULAR, COLLECTIONS_LINK,
        COLLECTIONS_NOT_REGULAR, JSON_ENDS_IN_RECORD, JSON_ARRAY_NOT_CLOSED, JSON_NO_COMMA,
        LOCALE_CANNOT_SPELL, REASON_AND_ADVICE, NOTE_TOO_LONG, COLLECTION_HOLDS_TWICE, COLLECTION_NAME_EMPTY,
        COLLECTION_NAME_TOO_LONG, COLLECTION_NAME_CONTROL, COLLECTION_POSITION_OUTSIDE, COLLECTION_LACKS_ARTICLE,
        JSON_ARRAY_UNCLOSED, INDEXING_TOO_LONG, INDEXING_INTERRUPTED, FONT_UNEMBEDDABLE, SEED_MISSING, ARCHIVE_IS_ADDRESS,
        ARCHIVE_ADDRESS_PASSWORD, SERVER_UNREACHABLE, SERVER_TIMEOUT, SERVER_CREDENTIALS_REFUSED, SERVER_FORBIDDEN, SERVER_READS_ONLY,
        SERVER_NO_COLLECTION, SERVER_FAILED, SERVER_FORMAT, SERVER_RECORD_REFUSED, SERVER_IMPORT_STOPPED,
        CREDENTIALS_FILE_OPEN, CREDENTIALS_FILE_UNREADABLE, CREDENTIALS_FILE_MALFORMED, CREDENTIALS_USER_ONLY,
        CREDENTIALS_NOT_KEPT, CREDENTIALS_UNKEEPABLE, CONNECTION_REFUSED, HOST_UNKNOWN, TLS_FAILED,
        REPEATED_ID, RECORD_AT, FILE_AT, SIDECAR_BODY_NOT_USED
    }

    public Problem {
        args = List.copyOf(args);
    }

    /** A problem; numbers are best passed as text, which no locale regroups (a year as 2,015). */
    public static Problem of(Code code, Object... args) {
        return new Problem(code, Arrays.asList(args));
    }

    /** The sentence in {@code locale}'s language (Arabic unless English). */
    public String text(Locale locale) {
        boolean english = locale.getLanguage().equals("en");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = args.stream().map(a -> a instanceof Problem p ? p.text(locale) : String.valueOf(a)).toArray();
        return new MessageFormat(bundle.getString(code.name()), english ? Locale.ENGLISH : Locale.ROOT).format(values);
    }

    /** The English sentence: the command line's, and the logs'. */
    public String english() {
        return text(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    /** An invalid argument given to the core, with its problem for the window to put in its words. */
    public static final class Refused extends IllegalArgumentException {
        private final Problem problem;

        public Refused(Problem problem) {
            super(problem.english());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * A step that stopped for a reason the core can name (not the system's words): reading, indexing, embedding,
     * exporting.
     */
    public static class Failed extends java.io.IOException {
        private final transient Problem problem;

        public Failed(Problem problem, Throwable cause) {
            super(problem.english(), cause);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
