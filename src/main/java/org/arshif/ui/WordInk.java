package org.arshif.ui;

import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.arshif.layout.ShapedWord;
import org.arshif.layout.ShapingFace;

/**
 * A word's ink as the JDK's HarfBuzz shapes it, as a JavaFX shape. JavaFX's text on Linux keeps each glyph's advance
 * but drops its x/y offset, so Amiri's raa before a kaf (مركز) and its tanween and harakat land in the wrong place;
 * the reading pane draws these outlines over its words instead and keeps the (transparent) {@code Text} nodes for
 * layout, hit-testing and selection.
 *
 * <p>Outlines are remembered per face, size, bidi levels and word: an article repeats most of its words, and a
 * resize or a new mark lays the same words out again.
 */
final class WordInk {

    /** About 3 KB each: enough for the distinct words of several long articles at two sizes. */
    private static final int REMEMBERED = 8192;
    private static final Map<String, Outline> remembered = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Outline> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** An outline as SVG path data, origin at the word's left end on the baseline, and the word's advance. */
    record Outline(String path, FillRule fillRule, double advance) {

        SVGPath node() {
            SVGPath node = new SVGPath();
            node.setContent(path);
            node.setFillRule(fillRule);
            node.setStroke(null);
            return node;
        }
    }

    private WordInk() {
    }

    /** The outline of {@code word} at {@code size} px, its characters at the bidi {@code levels} of its line. */
    static Outline of(ShapingFace face, String word, byte[] levels, double size) {
        StringBuilder key = new StringBuilder(face.resource()).append('|').append(size).append('|');
        for (byte level : levels) {
            key.append((char) ('0' + level));
        }
        key.append('|').append(word);
        synchronized (remembered) {
            return remembered.computeIfAbsent(key.toString(), k -> {
                ShapedWord shaped = face.outline(word, levels, (float) size);
                return new Outline(pathData(shaped.outline()), fillRule(shaped.outline()), shaped.advance());
            });
        }
    }

    private static FillRule fillRule(Shape outline) {
        return outline.getPathIterator(null).getWindingRule() == PathIterator.WIND_EVEN_ODD
                ? FillRule.EVEN_ODD : FillRule.NON_ZERO;
    }

    /** SVG path data of an outline, to a hundredth of a pixel. */
    static String pathData(Shape outline) {
        StringBuilder data = new StringBuilder(1024);
        float[] c = new float[6];
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> points(data.append('M'), c, 1);
                case PathIterator.SEG_LINETO -> points(data.append('L'), c, 1);
                case PathIterator.SEG_QUADTO -> points(data.append('Q'), c, 2);
                case PathIterator.SEG_CUBICTO -> points(data.append('C'), c, 3);
                default -> data.append('Z');
            }
        }
        return data.toString();
    }

    private static void points(StringBuilder data, float[] c, int count) {
        for (int i = 0; i < 2 * count; i++) {
            if (i > 0) {
                data.append(' ');
            }
            long hundredths = Math.round(c[i] * 100.0);
            if (hundredths < 0) {
                data.append('-');
                hundredths = -hundredths;
            }
            data.append(hundredths / 100);
            long fraction = hundredths % 100;
            if (fraction != 0) {
                data.append('.').append(fraction / 10);
                if (fraction % 10 != 0) {
                    data.append(fraction % 10);
                }
            }
        }
    }
}
