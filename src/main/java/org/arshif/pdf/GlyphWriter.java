package org.arshif.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes shaped glyphs into PDF pages and makes them searchable.
 *
 * <p>Glyphs are written by id through Type0 fonts (Identity-H), embedded and subset. PDFBox's own ToUnicode map
 * only knows glyphs reachable from the font's character map, so the joining forms an Arabic shaper picks
 * (initial, medial, final) would extract as nothing or as presentation forms. This writer records, for every glyph
 * it writes, the letters of its cluster in logical order and writes its own ToUnicode map. A glyph that stands for
 * different letters in different places gets a second font object for the second meaning.
 */
final class GlyphWriter {

    /** The PDF fonts of one face: the first, and more only when one glyph needs two meanings. */
    private final class FaceFonts {
        final FontFace face;
        final List<PDType0Font> fonts = new ArrayList<>();
        final List<Map<Integer, String>> meanings = new ArrayList<>();
        /** Glyph ids used per font: a joining form reached only through the shaper is not in the font's cmap. */
        final List<java.util.Set<Integer>> used = new ArrayList<>();

        FaceFonts(FontFace face) {
            this.face = face;
        }

        /**
         * The font index whose map gives this glyph this meaning, adding a font when none can. An empty meaning (a
         * second glyph of a cluster) claims nothing: any font where the glyph is not mapped to letters will do.
         */
        int fontFor(int glyph, String text) throws IOException {
            for (int i = 0; i < fonts.size(); i++) {
                String known = meanings.get(i).get(glyph);
                if (text.isEmpty() ? known == null : known == null || known.equals(text)) {
                    if (!text.isEmpty()) {
                        meanings.get(i).put(glyph, text);
                    }
                    return i;
                }
            }
            try (InputStream in = face.openStream()) {
                fonts.add(PDType0Font.load(document, in, true));
            }
            Map<Integer, String> map = new HashMap<>();
            if (!text.isEmpty()) {
                map.put(glyph, text);
            }
            meanings.add(map);
            used.add(new HashSet<>());
            return fonts.size() - 1;
        }

        /** Whether the first font already maps this glyph to these letters. */
        boolean knows(int glyph, String text) {
            return !meanings.isEmpty() && text.equals(meanings.getFirst().get(glyph));
        }
    }

    private final PDDocument document;
    private final Map<FontFace, FaceFonts> faces = new HashMap<>();

    GlyphWriter(PDDocument document) {
        this.document = document;
    }

    /** Shows glyphs with TJ: hex glyph ids, and the adjustments that put each glyph where the shaper placed it. */
    @SuppressWarnings("deprecation") // PDFBox has no other public way to show glyph ids; the operators are plain TJ
    private static void showGlyphs(PDPageContentStream content, List<Object> items) throws IOException {
        StringBuilder tj = new StringBuilder(items.size() * 8).append('[');
        for (Object item : items) {
            if (item instanceof Integer glyph) {
                tj.append('<').append(String.format("%04X", glyph)).append('>');
            } else {
                tj.append(' ').append(String.format(java.util.Locale.ROOT, "%.1f", (Float) item)).append(' ');
            }
        }
        tj.append("] TJ\n");
        content.appendRawCommands(tj.toString());
    }

    @SuppressWarnings("deprecation")
    private static void rise(PDPageContentStream content, float points) throws IOException {
        content.appendRawCommands(String.format(java.util.Locale.ROOT, "%.2f Ts\n", points));
    }

    /** Draws a set line with its left edge at x and its baseline at y. */
    void draw(PDPageContentStream content, SetLine line, float x, float y, float size) throws IOException {
        for (int r = 0; r < line.runs().size(); r++) {
            ShapedRun run = line.runs().get(r);
            float[] xs = line.xs().get(r);
            drawRun(content, line.text(), run, xs, x, y, size);
        }
    }

    /**
     * One text object per run, so extractors see the run as one piece of text: the font (a second font object for a
     * glyph with a second meaning) and the rise (marks stacked above or below) change inside it. A glyph that stands
     * for no letter of its own (Amiri draws some lam-kaf pairs with an extra piece) is skipped in the text and drawn
     * afterwards as a shape: as text it would extract as a stray character.
     */
    private void drawRun(PDPageContentStream content, String text, ShapedRun run, float[] xs, float x, float y,
                         float size) throws IOException {
        FaceFonts fonts = faces.computeIfAbsent(run.face(), FaceFonts::new);
        String[] meaning = meanings(text, run, fonts);
        int count = run.glyphs().length;
        List<Integer> shapes = new ArrayList<>();
        content.beginText();
        content.newLineAtOffset(x + (count == 0 ? 0 : xs[0]), y);
        float pen = count == 0 ? 0 : xs[0];
        int currentFont = -1;
        float currentRise = 0;
        List<Object> items = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            if (meaning[g].isEmpty()) {
                shapes.add(g);
                continue;
            }
            int glyph = run.glyphs()[g];
            int font = fonts.fontFor(glyph, meaning[g]);
            float rise = run.y()[g];
            if (font != currentFont || rise != currentRise) {
                if (!items.isEmpty()) {
                    showGlyphs(content, items);
                    items.clear();
                }
                if (font != currentFont) {
                    content.setFont(fonts.fonts.get(font), size);
                    currentFont = font;
                }
                if (rise != currentRise) {
                    rise(content, rise);
                    currentRise = rise;
                }
            }
            float gap = xs[g] - pen;
            if (Math.abs(gap) > 0.01f) {
                items.add(-gap * 1000f / size);
            }
            items.add(glyph);
            fonts.used.get(font).add(glyph);
            pen = xs[g] + fonts.fonts.get(font).getWidthFromFont(glyph) * size / 1000f;
        }
        if (!items.isEmpty()) {
            showGlyphs(content, items);
        }
        if (currentRise != 0) {
            rise(content, 0);
        }
        content.endText();
        for (int g : shapes) {
            drawOutline(content, run.face(), run.glyphs()[g], x + xs[g], y + run.y()[g], size);
        }
    }

    private static void drawOutline(PDPageContentStream content, FontFace face, int glyph, float x, float y, float size)
            throws IOException {
        java.awt.geom.PathIterator path = face.outline(glyph, size);
        float[] point = new float[6];
        float lastX = 0;
        float lastY = 0;
        boolean any = false;
        for (; !path.isDone(); path.next()) {
            switch (path.currentSegment(point)) {
                case java.awt.geom.PathIterator.SEG_MOVETO -> content.moveTo(lastX = x + point[0], lastY = y + point[1]);
                case java.awt.geom.PathIterator.SEG_LINETO -> content.lineTo(lastX = x + point[0], lastY = y + point[1]);
                case java.awt.geom.PathIterator.SEG_QUADTO -> {
                    // A quadratic curve as the cubic with the same shape.
                    float cx = x + point[0];
                    float cy = y + point[1];
                    float ex = x + point[2];
                    float ey = y + point[3];
                    content.curveTo(lastX + 2f / 3 * (cx - lastX), lastY + 2f / 3 * (cy - lastY),
                            ex + 2f / 3 * (cx - ex), ey + 2f / 3 * (cy - ey), ex, ey);
                    lastX = ex;
                    lastY = ey;
                }
                case java.awt.geom.PathIterator.SEG_CUBICTO -> {
                    content.curveTo(x + point[0], y + point[1], x + point[2], y + point[3],
                            lastX = x + point[4], lastY = y + point[5]);
                }
                default -> content.closePath();
            }
            any = true;
        }
        if (any) {
            content.fill();
        }
    }

    /**
     * The letters each glyph stands for, in logical order. When a cluster is drawn with several glyphs (Amiri
     * draws some lam-kaf pairs with an extra piece), one glyph carries the letters and the others stand for
     * nothing: preferably the glyph already known for those letters, else the cluster's main glyph (the logically
     * first, which is visually last in a right-to-left run).
     */
    private static String[] meanings(String text, ShapedRun run, FaceFonts fonts) {
        int count = run.glyphs().length;
        String[] meaning = new String[count];
        Map<Integer, List<Integer>> clusters = new java.util.LinkedHashMap<>();
        for (int g = 0; g < count; g++) {
            clusters.computeIfAbsent(run.charStart()[g], k -> new ArrayList<>()).add(g);
        }
        boolean rtl = count > 1 && run.charStart()[0] > run.charStart()[count - 1];
        for (List<Integer> cluster : clusters.values()) {
            int end = cluster.stream().mapToInt(g -> run.charEnd()[g]).max().orElse(0);
            String letters = text.substring(run.charStart()[cluster.getFirst()], Math.max(end, run.charStart()[cluster.getFirst()]));
            int carrier = rtl ? cluster.getLast() : cluster.getFirst();
            for (int g : cluster) {
                if (fonts.knows(run.glyphs()[g], letters)) {
                    carrier = g;
                    break;
                }
            }
            for (int g : cluster) {
                meaning[g] = g == carrier ? letters : "";
            }
        }
        return meaning;
    }

    /** Tells each font which glyphs its subset must keep; call before the document is first saved. */
    void addUsedGlyphsToSubsets() {
        for (FaceFonts fonts : faces.values()) {
            for (int i = 0; i < fonts.fonts.size(); i++) {
                fonts.fonts.get(i).addGlyphsToSubset(fonts.used.get(i));
            }
        }
    }

    /**
     * Writes each font's ToUnicode map. Call after the document has been saved once (PDFBox subsets the fonts
     * and writes its own maps while saving), then save again.
     */
    void writeToUnicodeMaps() throws IOException {
        for (FaceFonts fonts : faces.values()) {
            for (int i = 0; i < fonts.fonts.size(); i++) {
                COSStream stream = document.getDocument().createCOSStream();
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(toUnicodeCMap(fonts.meanings.get(i)).getBytes(StandardCharsets.US_ASCII));
                }
                fonts.fonts.get(i).getCOSObject().setItem(COSName.TO_UNICODE, stream);
            }
        }
    }

    static String toUnicodeCMap(Map<Integer, String> meanings) {
        TreeMap<Integer, String> sorted = new TreeMap<>();
        meanings.forEach((glyph, text) -> {
            if (!text.isEmpty()) {
                sorted.put(glyph, text);
            }
        });
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(sorted.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return cmap.toString();
    }
}
