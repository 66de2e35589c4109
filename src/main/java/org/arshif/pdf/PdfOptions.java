package org.arshif.pdf;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How to export.
 *
 * @param page        paper size
 * @param archiveName shown on the cover and in the running header
 * @param locale      language of the PDF's own labels (Arabic by default)
 * @param exportDate  the date printed on the cover
 */
public record PdfOptions(PageSize page, String archiveName, Locale locale, LocalDate exportDate) {

    public PdfOptions {
        page = Objects.requireNonNullElse(page, PageSize.A4);
        archiveName = archiveName == null || archiveName.isBlank() ? "أرشيف" : archiveName;
        locale = Objects.requireNonNullElse(locale, Locale.forLanguageTag("ar"));
        exportDate = Objects.requireNonNullElse(exportDate, LocalDate.now());
    }

    public static PdfOptions defaults() {
        return new PdfOptions(PageSize.A4, null, null, null);
    }

    /** Paper sizes, in points. */
    public enum PageSize {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        final float width;
        final float height;

        PageSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public static PageSize parse(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter" -> LETTER;
                default -> throw new IllegalArgumentException("unknown page size '" + value + "' (expected a4 or letter)");
            };
        }
    }
}
