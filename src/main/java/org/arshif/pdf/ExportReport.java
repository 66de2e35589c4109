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
 */
public record ExportReport(Path file, int articles, int pages, int missingCharacters, Duration elapsed) {
}
