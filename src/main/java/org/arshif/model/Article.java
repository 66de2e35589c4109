package org.arshif.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as the archive keeps it.
 *
 * @param id           stable identifier: the record's own id, else derived from its url, else from its content
 * @param title        the title as written, or one derived from the first clause when the record had none
 * @param titleDerived true when {@code title} was derived from the body rather than given
 * @param date         publication date, or {@code null} when unknown (an undated article never gets an invented date)
 * @param source       newspaper or agency, may be empty
 * @param author       may be empty
 * @param url          may be empty
 * @param paragraphs   the body, one entry a paragraph, never empty
 * @param origin       where the record came from (file and record number), for messages and rebuilds
 * @param dateRaw      the date as the record wrote it when it could not be kept ({@code date} is then null): unreadable,
 *                     or not believable as a news date (9999-12-31); or when it was read otherwise than it says
 *                     (figures with a Hijri year, 1439-02-10: {@code date} is the day read); empty otherwise
 */
public record Article(String id, String title, boolean titleDerived, LocalDate date, String source,
                      String author, String url, List<String> paragraphs, String origin, String dateRaw) {

    public Article {
        Objects.requireNonNull(id, "id");
        title = Objects.requireNonNullElse(title, "");
        source = Objects.requireNonNullElse(source, "");
        author = Objects.requireNonNullElse(author, "");
        url = Objects.requireNonNullElse(url, "");
        origin = Objects.requireNonNullElse(origin, "");
        paragraphs = List.copyOf(paragraphs);
        dateRaw = Objects.requireNonNullElse(dateRaw, "");
    }

    /** An article whose record's date, if any, was kept. */
    public Article(String id, String title, boolean titleDerived, LocalDate date, String source,
                   String author, String url, List<String> paragraphs, String origin) {
        this(id, title, titleDerived, date, source, author, url, paragraphs, origin, "");
    }

    /** What separates the paragraphs in {@link #body()}: a blank line. */
    public static final String PARAGRAPH_BREAK = "\n\n";

    /** The body as one string, paragraphs separated by a blank line. */
    public String body() {
        return String.join(PARAGRAPH_BREAK, paragraphs);
    }
}
