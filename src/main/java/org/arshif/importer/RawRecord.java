package org.arshif.importer;

import org.arshif.model.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import org.arshif.importer.FieldMapping.Target;
import org.arshif.model.Article;
import org.arshif.text.CalendarSystem;
import org.arshif.text.DateInput;
import org.arshif.text.DateParser;
import org.arshif.text.TextCleaner;

/**
 * One record as read from a file, every field still raw text (any may be {@code null}); {@link #toArticle} cleans
 * it and checks it.
 */
record RawRecord(String id, String title, String date, String body, String source, String author, String url) {

    static final int MAX_ID_LENGTH = 512;
    static final int MAX_URL_LENGTH = 4096;
    /** A date field is a few dozen characters; what is kept of an unusable one (and quoted in its note) is bounded. */
    static final int MAX_RAW_DATE_LENGTH = 200;

    static RawRecord from(JsonNode node, FieldMapping mapping) {
        return new RawRecord(mapping.value(node, Target.ID), mapping.value(node, Target.TITLE),
                mapping.value(node, Target.DATE), mapping.value(node, Target.BODY), mapping.value(node, Target.SOURCE),
                mapping.value(node, Target.AUTHOR), mapping.value(node, Target.URL));
    }

    /** This record with a text file's content as its body: its paragraphs, read from its layout, one a line. */
    RawRecord withTextFileBody(String content) {
        return new RawRecord(id, title, date, String.join("\n", Paragraphs.ofTextFile(content)), source, author, url);
    }

    /**
     * The day a Hijri date names ({@code 8 شوال 1436}, {@code 8/10/1436هـ}: Saudi papers date their issues so), read
     * as a date field reads it (the Umm al-Qura calendar of the JDK); null for anything else, a whole month included.
     */
    private static LocalDate hijriDay(String written) {
        return DateInput.read(written) instanceof DateInput.Days days && days.first().equals(days.last())
                && days.calendar() == CalendarSystem.HIJRI ? days.first() : null;
    }

    /**
     * The cleaned article and what the import report should say about it, or a {@link BadRecordException} whose
     * message says what is wrong with the record (an empty body, an overlong id or url). A date that cannot be read,
     * that no news article can have (see {@link DateParser#isBelievable}) or that software writes for "no date" (see
     * {@link DateParser#isPlaceholder}), does not lose the article: it is imported
     * undated, the date kept as written, with a note (an article is never given an invented date).
     *
     * @param today the day of the import, against which "more than a year in the future" is judged
     */
    Read toArticle(String origin, LocalDate today) throws BadRecordException {
        List<String> paragraphs = Paragraphs.ofField(body == null ? "" : body);
        if (paragraphs.isEmpty()) {
            throw new BadRecordException(Problem.of(body == null ? Problem.Code.NO_BODY : Problem.Code.EMPTY_BODY));
        }
        Problem dateNote = null;
        String rawDate = date == null ? "" : TextCleaner.cleanLine(date);
        if (rawDate.length() > MAX_RAW_DATE_LENGTH) {
            rawDate = rawDate.substring(0, MAX_RAW_DATE_LENGTH) + "…";
        }
        LocalDate gregorian = null;
        try {
            gregorian = DateParser.parse(date).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            // perhaps a Hijri date, read below
        }
        // In figures with a Hijri year (1439-02-10): not year 1439 of the Gregorian calendar, nor its 29 February.
        LocalDate inFigures = gregorian != null && DateParser.isBelievable(gregorian, today) ? null
                : DateParser.hijriInFigures(date).orElse(null);
        LocalDate named = gregorian == null && inFigures == null && date != null && !date.isBlank() ? hijriDay(date)
                : null; // 8 شوال 1436, 8/10/1436هـ
        LocalDate published = inFigures != null ? inFigures : gregorian != null ? gregorian : named;
        boolean hijri = inFigures != null || named != null;
        if (published == null) {
            dateNote = date == null || date.isBlank() ? null : Problem.of(Problem.Code.DATE_UNREADABLE, rawDate);
        } else if (DateParser.isPlaceholder(published)) {
            published = null;
            dateNote = Problem.of(Problem.Code.DATE_PLACEHOLDER, rawDate);
        } else if (!DateParser.isBelievable(published, today)) {
            dateNote = hijri ? Problem.of(Problem.Code.DATE_UNBELIEVABLE_HIJRI, rawDate, published.toString())
                    : Problem.of(Problem.Code.DATE_UNBELIEVABLE, rawDate);
            published = null;
        } else if (inFigures != null) { // read so without a word of the Hijri calendar: the report says so
            dateNote = Problem.of(Problem.Code.DATE_READ_AS_HIJRI, rawDate, published.toString());
        }
        if (dateNote == null) {
            rawDate = "";
        }
        String cleanTitle = TextCleaner.cleanLine(title == null ? null : HtmlText.plain(title));
        boolean derived = cleanTitle.isEmpty();
        if (derived) {
            cleanTitle = TitleDeriver.derive(paragraphs.getFirst());
        }
        String cleanUrl = TextCleaner.cleanLine(url);
        if (cleanUrl.length() > MAX_URL_LENGTH) {
            throw new BadRecordException(Problem.of(Problem.Code.URL_TOO_LONG, Integer.toString(MAX_URL_LENGTH)));
        }
        String cleanSource = TextCleaner.cleanLine(source);
        String articleId = ArticleIds.of(TextCleaner.cleanLine(id), cleanUrl, cleanTitle,
                inFigures == null ? published : dayBefore(gregorian, today), paragraphs, cleanSource);
        if (articleId.length() > MAX_ID_LENGTH) {
            throw new BadRecordException(Problem.of(Problem.Code.ID_TOO_LONG, Integer.toString(MAX_ID_LENGTH)));
        }
        return new Read(new Article(articleId, cleanTitle, derived, published, cleanSource,
                TextCleaner.cleanLine(author), cleanUrl, paragraphs, origin, rawDate), dateNote);
    }

    /**
     * The day a record with a Hijri date in figures had before such dates were read (and so the day its id, derived
     * from its content where it has no id or url, holds): none for a Gregorian reading of it (year 1439, refused), the
     * Hijri day the date fields' reading gave a day February lacks (29/02/1439). Imported again, the record then
     * updates its article instead of adding it a second time.
     */
    private LocalDate dayBefore(LocalDate gregorian, LocalDate today) {
        LocalDate named = gregorian == null ? hijriDay(date) : null;
        return named != null && DateParser.isBelievable(named, today) && !DateParser.isPlaceholder(named) ? named : null;
    }

    /** An article read from a record, and a note for the import report about its date (null when none is due). */
    record Read(Article article, Problem dateNote) {
    }

    /** A record that cannot become an article, and why. */
    static final class BadRecordException extends RefusedInputException {
        BadRecordException(Problem problem) {
            super(problem);
        }
    }
}
