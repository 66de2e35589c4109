package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What PDFBox makes of an /ActualText: not the text as given. It runs its visual-to-logical bidi step over the
 * replacement text as over glyphs, so a line's logical text comes back with its numbers and Latin words reversed and
 * its brackets mirrored, and only a pre-image made for PDFBox comes back as the text. This is why the text layer
 * does not carry each line's logical text as an /ActualText (docs/pdf-text-layer.md, "Tried and given up"): the
 * pre-image PDFBox needs is wrong text for a reader that takes /ActualText as the specification says. If a PDFBox
 * upgrade makes this test fail, that way is open again.
 */
class ActualTextReadingTest {

    private static final String LOGICAL = "قال المتحدث إن 20 وفداً شاركوا (في الاجتماع) أمس.";
    private static final String FOR_PDFBOX = "قال المتحدث إن 02 وفداً شاركوا )في الاجتماع( أمس.";

    @TempDir
    Path temp;

    @Test
    void pdfBoxReordersTheActualTextOfALineAsIfItWereDrawnLeftToRight() throws IOException {
        assertEquals(FOR_PDFBOX, readBack(LOGICAL));
        assertEquals("أعلنت شركة cnI elppA. نتائجها في 5102", readBack("أعلنت شركة Apple Inc. نتائجها في 2015"));
    }

    @Test
    void onlyAPreImageMadeForPdfBoxComesBackAsTheText() throws IOException {
        assertEquals(LOGICAL, readBack(FOR_PDFBOX));
    }

    /** A page of three lines; the middle one's glyphs (any Latin text) under a tag whose /ActualText is given. */
    @SuppressWarnings("deprecation") // PDFBox has no other public way to write a marked-content property list
    private String readBack(String actualText) throws IOException {
        Path pdf = temp.resolve("actual-text.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                line(content, font, 720, "Before");
                content.appendRawCommands("/P <</MCID 0 /ActualText <" + GlyphWriter.textString(actualText) + ">>> BDC\n");
                line(content, font, 700, "xxxxx yyyy zzzzz wwww");
                content.appendRawCommands("EMC\n");
                line(content, font, 680, "After");
            }
            document.save(pdf.toFile());
        }
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new PDFTextStripper().getText(document).lines().toList();
            assertEquals(List.of("Before", "After"), List.of(lines.get(0), lines.get(2)));
            return lines.get(1);
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 12);
        content.newLineAtOffset(72, y);
        content.showText(text);
        content.endText();
    }
}
