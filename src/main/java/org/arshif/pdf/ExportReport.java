package org.arshif.pdf;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What an export wrote.
 *
 * @param file              the PDF
 * @param articles          articles in it
 * @param pages             pages in it
 * @param missingCharacters characters no bundled font has a glyph for, left out of the page
 * @param elapsed           time taken
 * @param missing           each character left out (emoji, scripts no bundled font covers), with how often
 * @param shortenedTitles   titles longer than {@value PdfExporter#TITLE_LIMIT} characters, cut in the PDF (the
 *                          archive keeps them whole)
 */
public record ExportReport(Path file, int articles, int pages, int missingCharacters, Duration elapsed,
                           java.util.SortedMap<Integer, Integer> missing, int shortenedTitles) {

    /** The characters left out, most frequent first, as "😀 U+1F600 ×3, 中 U+4E2D ×1" (at most {@code limit}). */
    public String missingSummary(int limit) {
        return missing.entrySet().stream()
                .sorted(java.util.Map.Entry.<Integer, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(e -> Character.toString(e.getKey()) + " U+" + String.format("%04X", e.getKey()) + " ×" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "))
                + (missing.size() > limit ? ", …" : "");
    }
}
