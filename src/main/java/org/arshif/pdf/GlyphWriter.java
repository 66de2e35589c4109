package org.arshif.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.arshif.model.Problem;

/**
 * Writes set lines into PDF pages in two layers: the glyphs that are seen, and an invisible text layer that is read.
 *
 * <p>Seen: the shaped glyphs by id through one Type0 font per face (Identity-H, embedded, subset), each exactly where
 * the shaper put it — joining forms, Amiri's extra lam-kaf piece, marks raised over their letters. These glyphs carry
 * no text (their fonts' ToUnicode maps send them to U+200B, and they stand inside an empty /ActualText). A drawn glyph is not a letter: a piece belongs to no letter, a mark
 * sits over its letter, left of where the letter starts, and text extractors rebuild words from where glyphs stand,
 * so letters read from the drawn glyphs split words (الممل كة, بدلا ً) and lose order.
 *
 * <p>Read: each line again, in invisible text (rendering mode 3, as in scanned pages made searchable), one glyph per
 * character, in the order of {@link ReadingOrder}. Every layer glyph has the same width in the font (the descendant
 * font's default width), and each word's glyphs are scaled horizontally (Tz) to cover that word on the page (a
 * combining mark narrower, see {@link Pitches}), so selecting or finding a word marks it where it is drawn. Characters of a word stand edge to edge and at least 0.11 em
 * apart: poppler splits a word at a gap of 0.1 em and takes a character less than 0.1 em from the previous one for a
 * duplicate.
 */
final class GlyphWriter {

    /** The width of every text-layer glyph, in thousandths of the font size. */
    private static final int LAYER_GLYPH_WIDTH = 500;
    /** What a drawn glyph reads as where an extractor ignores the empty /ActualText around it: nothing visible. */
    private static final int DRAWN_GLYPH_TEXT = 0x200B;
    /** A space of the text layer that takes no room: its own glyph, read as U+0020, 0 wide. */
    private static final int GLUED_SPACE = -' ';
    /**
     * The gap between two words of the text layer, in em: pdf.js reads a gap of 0.102 to 0.6 em as a space within
     * the line and a wider one as the end of a text item, and puts items in the order written, left to right, so a
     * justified line's wide spaces cut a right-to-left line into items read out of order. Each word's characters
     * therefore reach into the drawn space on either side, leaving a gap of at most {@link #MAX_GAP} (and at least
     * {@link #MIN_GAP}: poppler needs 0.03 em to see a space, pdf.js 0.102 em).
     */
    private static final float MIN_GAP = 0.15f;
    private static final float MAX_GAP = 0.4f;
    /**
     * Before a word that opens with a combining mark ({@link #opensWithMark}): wide enough for poppler to see a space
     * (0.03 em), narrow enough for pdf.js not to add one of its own between the mark and its letter (0.102 em).
     */
    private static final float MARK_GAP = 0.06f;
    /**
     * The widest gap between two words that pdf.js is let to see, in em (it ends a text item at 0.6 em). pdf.js moves
     * on by nothing for a combining mark (a glyph it reads as one, whatever its width), so after a word with marks it
     * sees the gap as wide as it is plus the marks' room in the word: قريبًا or قِبل in a justified line cut the line
     * into items it then gave in the wrong order. The gap after such a word is narrowed by that much, down to
     * {@link #MARK_GAP} (poppler's mark written apart stands 0.01 em into it: at 0.04 em poppler lost the space).
     */
    private static final float MAX_SEEN_GAP = 0.5f;
    /**
     * How far left of the character it precedes a mark for poppler stands (or right of the one it follows), in em:
     * poppler orders the words of a line by their left edges, and a gap below 0.03 em is no space to it.
     */
    private static final float POPPLER_MARK_LEAD = 0.01f;
    /** The least distance between two characters of the text layer, in em. */
    private static final float MIN_PITCH = 0.11f;

    /** A direction mark written apart for poppler: where it stands on the page, and which mark. */
    private record PopplerMark(float x, int character) {
    }

    /** One embedded copy of a face and the glyph ids drawn with it (a subset keeps only those). */
    private static final class Embedded {
        final PDType0Font font;
        final Set<Integer> used = new HashSet<>();
        /** For the text layer: what each glyph id stands for. */
        final Map<Integer, Integer> characters = new HashMap<>();

        Embedded(PDType0Font font) {
            this.font = font;
        }
    }

    private final PDDocument document;
    private final FontFace layerFace;
    private final Map<FontFace, Embedded> drawn = new HashMap<>();
    private final List<Embedded> layer = new ArrayList<>();
    /** Text-layer glyph of each character: index of its font in {@link #layer}, glyph id. */
    private final Map<Integer, int[]> layerGlyphs = new HashMap<>();

    GlyphWriter(PDDocument document, FontFace layerFace) {
        this.document = document;
        this.layerFace = layerFace;
    }

    private Embedded embed(FontFace face) {
        try (InputStream in = face.openStream()) {
            return new Embedded(PDType0Font.load(document, in, true));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(new Problem.Failed(Problem.of(Problem.Code.FONT_UNEMBEDDABLE,
                    face.resource, e.getMessage()), e));
        }
    }

    /**
     * Draws a set line with its left edge at x and its baseline at y, as an artifact, and writes its text layer in the
     * marked content that {@code layerMarkedContent} opens (a BDC or BMC operator: the line's structure element, or
     * an artifact for running heads and page numbers).
     */
    @SuppressWarnings("deprecation")
    void draw(PDPageContentStream content, SetLine line, float x, float y, float size, String layerMarkedContent,
              boolean pageReadRightToLeft) throws IOException {
        content.appendRawCommands(StructureTree.ARTIFACT);
        for (int r = 0; r < line.runs().size(); r++) {
            drawRun(content, line.runs().get(r), line.xs().get(r), x, y, size);
        }
        content.appendRawCommands("EMC\n");
        // On a page poppler reads in the other direction, poppler reads the line from an /ActualText on a Span (it
        // follows no other), which PDFBox leaves for the layer's own marked content inside (it takes the /ActualText
        // of the last marked content begun, none), and pdf.js ignores.
        String forPoppler = ReadingOrder.forPopplerAcross(line, pageReadRightToLeft);
        if (forPoppler != null) {
            content.appendRawCommands("/Span <</ActualText <" + textString(forPoppler) + ">>> BDC\n");
        }
        content.appendRawCommands(layerMarkedContent);
        List<PopplerMark> popplerMarks = new ArrayList<>();
        writeTextLayer(content, line, x, y, size, popplerMarks);
        content.appendRawCommands("EMC\n");
        if (forPoppler != null) {
            content.appendRawCommands("EMC\n");
        } else {
            writePopplerMarks(content, popplerMarks, y, size);
        }
    }

    /** A PDF text string's bytes in hexadecimal: UTF-16BE after its byte order mark. */
    static String textString(String text) {
        StringBuilder hex = new StringBuilder("FEFF");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            hex.append(String.format("%02X", b & 0xFF));
        }
        return hex.toString();
    }

    /**
     * Writes the direction marks only poppler needs ({@link ReadingOrder#onlyForPoppler}, {@link
     * ReadingOrder#closesForPoppler}) after the line, each where
     * it stands in the line: poppler orders a line's characters by where they stand, PDFBox and pdf.js by the order
     * written. They stand in an empty /ActualText on an artifact, which PDFBox follows and poppler (which follows
     * /ActualText only on a Span) does not; pdf.js skips format characters, and the marked content starts only after
     * the line's own text, so it cuts no text item of pdf.js inside the line. Written from right to left: PDFBox
     * puts a word break before a character that stands further right than the previous one's end.
     */
    @SuppressWarnings("deprecation")
    private void writePopplerMarks(PDPageContentStream content, List<PopplerMark> marks, float y, float size)
            throws IOException {
        if (marks.isEmpty()) {
            return;
        }
        marks.sort((a, b) -> Float.compare(b.x(), a.x()));
        content.appendRawCommands("/Artifact <</ActualText ()>> BDC\n");
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        int currentFont = -1;
        for (PopplerMark mark : marks) {
            int[] glyph = layerGlyph(mark.character());
            if (glyph[0] != currentFont) {
                content.setFont(layer.get(glyph[0]).font, size);
                currentFont = glyph[0];
            }
            content.appendRawCommands(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm [<%04X>] TJ\n",
                    mark.x(), y, glyph[1]));
        }
        content.setRenderingMode(RenderingMode.FILL);
        content.endText();
        content.appendRawCommands("EMC\n");
    }

    /** Shows glyph ids with TJ, with the adjustments (in thousandths of the size) that put each glyph in its place. */
    @SuppressWarnings("deprecation") // PDFBox has no other public way to show glyph ids; the operators are plain TJ
    private static void showGlyphs(PDPageContentStream content, List<Object> items) throws IOException {
        StringBuilder tj = new StringBuilder(items.size() * 8).append('[');
        for (Object item : items) {
            if (item instanceof Integer glyph) {
                tj.append('<').append(String.format("%04X", glyph)).append('>');
            } else {
                tj.append(' ').append(String.format(Locale.ROOT, "%.1f", (Float) item)).append(' ');
            }
        }
        tj.append("] TJ\n");
        content.appendRawCommands(tj.toString());
    }

    @SuppressWarnings("deprecation")
    private static void rise(PDPageContentStream content, float points) throws IOException {
        content.appendRawCommands(String.format(Locale.ROOT, "%.2f Ts\n", points));
    }

    /** One text object per run: glyphs placed where the shaper put them, marks raised or lowered with Ts. */
    @SuppressWarnings("deprecation")
    private void drawRun(PDPageContentStream content, ShapedRun run, float[] xs, float x, float y, float size)
            throws IOException {
        int count = run.glyphs().length;
        if (count == 0) {
            return;
        }
        Embedded font = drawn.computeIfAbsent(run.face(), this::embed);
        // Drawn glyphs stand for no text: poppler reads a glyph its ToUnicode map leaves out as the character with
        // the glyph's number unless an (inline) empty /ActualText says otherwise.
        content.appendRawCommands("/Span <</ActualText ()>> BDC\n");
        content.beginText();
        content.setFont(font.font, size);
        content.newLineAtOffset(x + xs[0], y);
        float pen = xs[0];
        float currentRise = 0;
        List<Object> items = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int glyph = run.glyphs()[g];
            float rise = run.y()[g];
            if (rise != currentRise) {
                if (!items.isEmpty()) {
                    showGlyphs(content, items);
                    items.clear();
                }
                rise(content, rise);
                currentRise = rise;
            }
            float gap = xs[g] - pen;
            if (Math.abs(gap) > 0.01f) {
                items.add(-gap * 1000f / size);
            }
            items.add(glyph);
            font.used.add(glyph);
            pen = xs[g] + font.font.getWidthFromFont(glyph) * size / 1000f;
        }
        if (!items.isEmpty()) {
            showGlyphs(content, items);
        }
        if (currentRise != 0) {
            rise(content, 0);
        }
        content.endText();
        content.appendRawCommands("EMC\n");
    }

    /**
     * The line's characters in reading order, invisible, word by word over the words as drawn: the line is cut at its
     * spaces, each space written over the drawn space and each word's characters spread evenly over the word.
     */
    private void writeTextLayer(PDPageContentStream content, SetLine line, float x, float y, float size,
                                List<PopplerMark> popplerMarks) throws IOException {
        String order = ReadingOrder.of(line);
        List<float[]> spaces = drawnSpaces(line);
        int[] characters = order.codePoints().toArray();
        long spaceCount = order.chars().filter(c -> c == ' ').count();
        if (spaceCount != spaces.size()) {
            spaces = List.of(); // a space the shaper merged into a cluster: spread the whole line instead
        }
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        float minPitch = MIN_PITCH * size;
        int[] currentFont = {-1};
        float cursor = 0;
        float nextLeft = 0;
        int space = 0;
        int from = 0;
        for (int i = 0; i <= characters.length; i++) {
            boolean end = i == characters.length;
            if (!end && (characters[i] != ' ' || spaces.isEmpty())) {
                continue;
            }
            // Past here, a character that is not the end is a space over a drawn space.
            int run = 1; // spaces in a row make one gap
            while (!end && i + run < characters.length && characters[i + run] == ' ') {
                run++;
            }
            boolean beforeMark = !end && run == 1 && opensWithMark(characters, i + 1);
            float[] gap = end ? null
                    : visibleGap(spaces.get(space)[0], spaces.get(space + run - 1)[1], size, beforeMark);
            float left = Math.max(cursor, nextLeft);
            float right = gap == null ? line.width() : gap[0];
            cursor = writeLayerPiece(content, characters, from, i, left, right, x, y, size, minPitch, currentFont,
                    popplerMarks);
            if (gap != null) {
                float lag = Pitches.of(characters, from, i, right - left, minPitch).marksAdvance();
                float spaceLeft = Math.max(cursor, gap[0]);
                // pdf.js sees the gap and the room of the word's marks, which it does not move on by.
                float widest = MAX_SEEN_GAP * size - lag;
                boolean narrowed = !beforeMark && Math.max(gap[1], spaceLeft + MIN_GAP * size) - cursor > widest;
                boolean glued = beforeMark || narrowed;
                if (glued) {
                    Arrays.fill(characters, i, i + run, GLUED_SPACE);
                }
                cursor = writeLayerPiece(content, characters, i, i + run, spaceLeft, glued ? spaceLeft : gap[1],
                        x, y, size, minPitch, currentFont, popplerMarks);
                nextLeft = beforeMark ? spaceLeft + MARK_GAP * size
                        : narrowed ? spaceLeft + Math.max(MARK_GAP, widest / size) * size
                        : Math.max(gap[1], spaceLeft + MIN_GAP * size);
                space += run;
                i += run - 1;
            }
            from = i + 1;
        }
        // Rendering mode and horizontal scaling are graphics state: they outlive the text object.
        content.setRenderingMode(RenderingMode.FILL);
        content.setHorizontalScaling(100);
        content.endText();
    }

    /**
     * Writes characters [from, to) spread over [left, right] (at least the least pitch apart); returns where they
     * end. {@code currentFont} holds the layer font in use, kept across the pieces of a line. Marks only poppler
     * needs are not written here but put in {@code popplerMarks}, for {@link #writePopplerMarks}.
     */
    @SuppressWarnings("deprecation") // positions and scaling written raw: PDFBox's own operators print 5 decimals
    private float writeLayerPiece(PDPageContentStream content, int[] characters, int from, int to, float left,
                                  float right, float x, float y, float size, float minPitch, int[] currentFont,
                                  List<PopplerMark> popplerMarks) throws IOException {
        int count = to - from;
        if (count <= 0) {
            return left;
        }
        Pitches pitches = Pitches.of(characters, from, to, right - left, minPitch);
        int first = layerGlyph(characters[from])[0];
        if (first != currentFont[0]) {
            content.setFont(layer.get(first).font, size);
            currentFont[0] = first;
        }
        float at = left;
        float scale = pitches.letter();
        StringBuilder show = new StringBuilder(count * 8 + 40);
        show.append(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm %s [", x + left, y, scaling(scale, size)));
        for (int i = from; i < to; i++) {
            if (ReadingOrder.onlyForPoppler(characters[i])) {
                if (opensWord(characters, i)) {
                    popplerMarks.add(new PopplerMark(x + at - POPPLER_MARK_LEAD * size, characters[i]));
                    continue;
                }
                // Inside a word (20‏%, )‏47) or after the line's last one: poppler reads a mark apart from the word's
                // characters as a line of its own, or moves the line's end; so it stays where PDFBox reads it too.
            } else if (ReadingOrder.closesForPoppler(characters[i]) && closesWord(characters, i)
                    && !opensWord(characters, i)) {
                popplerMarks.add(new PopplerMark(x + at + POPPLER_MARK_LEAD * size, characters[i]));
                continue;
            }
            int[] glyph = layerGlyph(characters[i]);
            if (glyph[0] != currentFont[0]) {
                content.appendRawCommands(show.append("] TJ\n").toString());
                content.setFont(layer.get(glyph[0]).font, size);
                currentFont[0] = glyph[0];
                show.setLength(0);
                show.append(String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f Tm [", x + at, y));
            }
            float pitch = takesNoRoom(characters[i]) ? 0 : isMark(characters[i]) ? pitches.mark() : pitches.letter();
            if (pitch != 0 && pitch != scale) {
                // A mark narrower than the letters: the scaling (graphics state) changes, the position runs on.
                show.append(String.format(Locale.ROOT, "] TJ %s [", scaling(pitch, size)));
                scale = pitch;
            }
            show.append('<').append(String.format("%04X", glyph[1])).append('>');
            at += pitch;
        }
        content.appendRawCommands(show.append("] TJ\n").toString());
        return at;
    }

    /** The horizontal scaling (Tz) that makes a layer glyph {@code pitch} wide. */
    private static String scaling(float pitch, float size) {
        return String.format(Locale.ROOT, "%.2f Tz", 100f * pitch / (LAYER_GLYPH_WIDTH * size / 1000f));
    }

    private static boolean isMark(int character) {
        return Character.getType(character) == Character.NON_SPACING_MARK;
    }

    /**
     * How far apart a piece's characters stand: letters (and every character that is not a combining mark) share
     * the width evenly, at least the least pitch apart; a combining mark takes only the least pitch, which poppler
     * needs to keep it (it takes a character closer than 0.1 em to the previous one for a duplicate). pdf.js moves
     * on by nothing for a mark (whatever its glyph's width), so each mark's room is a gap it finds at the word's end
     * ({@link #MAX_SEEN_GAP}): the narrower, the fewer lines it cuts.
     */
    private record Pitches(float letter, float mark, int marks) {

        static Pitches of(int[] characters, int from, int to, float width, float minPitch) {
            int marks = 0;
            int advancing = 0;
            for (int i = from; i < to; i++) {
                if (!takesNoRoom(characters[i])) {
                    advancing++;
                    marks += isMark(characters[i]) ? 1 : 0;
                }
            }
            float even = Math.max(minPitch, width / Math.max(1, advancing));
            if (marks == 0 || marks == advancing || even <= minPitch) {
                return new Pitches(even, even, marks);
            }
            return new Pitches(Math.max(minPitch, (width - marks * minPitch) / (advancing - marks)), minPitch, marks);
        }

        /** The room the marks take. */
        float marksAdvance() {
            return marks * mark;
        }
    }

    /** Whether only direction controls stand between this character and a space after it. */
    private static boolean closesWord(int[] characters, int at) {
        int after = at + 1;
        while (after < characters.length && ReadingOrder.isDirectionControl(characters[after])) {
            after++;
        }
        return after < characters.length && (characters[after] == ' ' || characters[after] == GLUED_SPACE);
    }

    /** Whether only direction controls stand between the start of the line or a space and this character. */
    private static boolean opensWord(int[] characters, int at) {
        int before = at - 1;
        while (before >= 0 && ReadingOrder.isDirectionControl(characters[before])) {
            before--;
        }
        return before < 0 || characters[before] == ' ' || characters[before] == GLUED_SPACE;
    }

    /**
     * Direction controls take no room in the text layer (their glyphs are 0 wide): pdf.js drops them without moving
     * on, so a control given a character's room left a gap that split the line into items it then read out of
     * order; poppler and PDFBox read them where they stand either way.
     */
    private static boolean takesNoRoom(int character) {
        return character == GLUED_SPACE || ReadingOrder.isDirectionControl(character);
    }

    /**
     * Where the layer leaves a gap for drawn spaces [left, right] (one, or several in a row): the middle of it, at
     * most {@link #MAX_GAP} wide; before a word that opens with a mark, its start and {@link #MARK_GAP} after it.
     */
    private static float[] visibleGap(float spaceLeft, float spaceRight, float size, boolean beforeMark) {
        if (beforeMark) {
            return new float[] {spaceLeft, spaceLeft + MARK_GAP * size};
        }
        float excess = Math.max(0, spaceRight - spaceLeft - MAX_GAP * size);
        return new float[] {spaceLeft + excess / 2, spaceRight - excess / 2};
    }

    /**
     * Whether the word written from {@code at} on opens with a combining mark: a right-to-left word that ends with
     * tanween or a haraka (بدلاً), written left to right. pdf.js reads a mark without looking at where it stands and
     * a letter after a gap as the start of a new word, so it read «بدلا ً»; the word follows the previous one by
     * only {@link #MARK_GAP}, after a space that takes no room ({@link #GLUED_SPACE}).
     */
    private static boolean opensWithMark(int[] characters, int at) {
        for (int i = at; i < characters.length; i++) {
            if (!ReadingOrder.isDirectionControl(characters[i])) {
                return isMark(characters[i]);
            }
        }
        return false;
    }

    /** The layer glyph standing for a character: glyph ids are handed out in order, a new font when one is full. */
    private int[] layerGlyph(int character) {
        return layerGlyphs.computeIfAbsent(character, c -> {
            if (layer.isEmpty() || layer.getLast().characters.size() >= layerFace.glyphCount() - 1) {
                layer.add(embed(layerFace));
            }
            Embedded font = layer.getLast();
            int glyph = font.characters.size() + 1; // glyph 0 is .notdef
            font.characters.put(glyph, c);
            font.used.add(glyph);
            return new int[] {layer.size() - 1, glyph};
        });
    }

    /** The drawn spaces of a line, left to right: each from its glyph's x to where the next glyph starts. */
    private static List<float[]> drawnSpaces(SetLine line) {
        List<float[]> spaces = new ArrayList<>();
        List<ShapedRun> runs = line.runs();
        for (int r = 0; r < runs.size(); r++) {
            ShapedRun run = runs.get(r);
            float[] xs = line.xs().get(r);
            float runEnd = r + 1 < runs.size() && line.xs().get(r + 1).length > 0
                    ? line.xs().get(r + 1)[0] - runs.get(r + 1).x()[0] : line.width();
            for (int g = 0; g < xs.length; g++) {
                int c = run.charStart()[g];
                if (run.charEnd()[g] == c + 1 && line.text().charAt(c) == ' ') {
                    spaces.add(new float[] {xs[g], g + 1 < xs.length ? xs[g + 1] : runEnd});
                }
            }
        }
        return spaces;
    }

    /** Tells each font which glyphs its subset must keep; call before the document is first saved. */
    void addUsedGlyphsToSubsets() {
        drawn.values().forEach(font -> font.font.addGlyphsToSubset(font.used));
        layer.forEach(font -> font.font.addGlyphsToSubset(font.used));
    }

    /**
     * Writes each font's ToUnicode map, and gives the text layer's glyphs their one width. Call after the document
     * has been saved once (PDFBox subsets the fonts and writes its own maps and widths while saving), then save again.
     */
    void writeToUnicodeMaps() throws IOException {
        for (Embedded font : drawn.values()) {
            // U+200B for every drawn glyph: poppler and PDFBox follow the empty /ActualText around it, pdf.js (which
            // does not) drops a zero-width space, where an unmapped glyph reads as its own number; PDF/UA forbids
            // U+0000, which pdf.js gave back as a NUL character for every drawn glyph.
            Map<Integer, Integer> nothing = new HashMap<>();
            font.used.forEach(glyph -> nothing.put(glyph, DRAWN_GLYPH_TEXT));
            setToUnicode(font.font, nothing);
        }
        for (Embedded font : layer) {
            Map<Integer, Integer> read = new HashMap<>(font.characters);
            read.replaceAll((glyph, character) -> character == GLUED_SPACE ? ' ' : character);
            setToUnicode(font.font, read);
            var descendant = font.font.getDescendantFont().getCOSObject();
            descendant.setItem(COSName.W, noRoomWidths(font.characters));
            descendant.setInt(COSName.DW, LAYER_GLYPH_WIDTH);
        }
    }

    /** The /W array giving the layer glyphs of direction controls no width (every other glyph has /DW). */
    private static COSArray noRoomWidths(Map<Integer, Integer> characters) {
        COSArray widths = new COSArray();
        new TreeMap<>(characters).forEach((glyph, character) -> {
            if (takesNoRoom(character)) {
                widths.add(COSInteger.get(glyph));
                widths.add(COSInteger.get(glyph));
                widths.add(COSInteger.ZERO);
            }
        });
        return widths;
    }

    private void setToUnicode(PDType0Font font, Map<Integer, Integer> characters) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(toUnicodeCMap(characters).getBytes(StandardCharsets.US_ASCII));
        }
        font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    }

    static String toUnicodeCMap(Map<Integer, Integer> characters) {
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
        List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(new TreeMap<>(characters).entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, Integer> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : Character.toChars(entry.getValue())) {
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
