package org.arshif.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer the way a reader of right-to-left text does: glyphs grouped into lines by baseline,
 * each line read from right to left, runs of left-to-right characters (digits, Latin) turned back. It trusts only
 * what the PDF says — each glyph's position and its ToUnicode letters — so it checks what the exporter controls.
 * (PDFBox's own stripper reverses a line in pieces wherever it sees a gap with no glyph; pdftotext does not.)
 */
final class RightToLeftTextExtractor extends PDFTextStripper {

    private final List<TextPosition> positions = new ArrayList<>();

    RightToLeftTextExtractor() throws IOException {
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        positions.add(text);
    }

    static String extract(PDDocument document, int page) throws IOException {
        RightToLeftTextExtractor extractor = new RightToLeftTextExtractor();
        extractor.setStartPage(page);
        extractor.setEndPage(page);
        extractor.getText(document);
        TreeMap<Integer, List<TextPosition>> lines = new TreeMap<>();
        for (TextPosition position : extractor.positions) {
            lines.computeIfAbsent(Math.round(position.getYDirAdj() / 3f), k -> new ArrayList<>()).add(position);
        }
        StringBuilder text = new StringBuilder();
        for (List<TextPosition> line : lines.values()) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj).reversed());
            StringBuilder logical = new StringBuilder();
            line.forEach(p -> logical.append(p.getUnicode()));
            text.append(turnLeftToRightRunsBack(logical.toString())).append('\n');
        }
        return text.toString();
    }

    static String extract(PDDocument document) throws IOException {
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            all.append(extract(document, page));
        }
        return all.toString();
    }

    private static String turnLeftToRightRunsBack(String rightToLeft) {
        StringBuilder out = new StringBuilder(rightToLeft.length());
        int i = 0;
        while (i < rightToLeft.length()) {
            int j = i;
            while (j < rightToLeft.length() && isLeftToRight(rightToLeft.charAt(j))) {
                j++;
            }
            if (j > i) {
                out.append(new StringBuilder(rightToLeft.substring(i, j)).reverse());
                i = j;
            } else {
                out.append(rightToLeft.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isLeftToRight(char c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                || direction == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
    }
}
