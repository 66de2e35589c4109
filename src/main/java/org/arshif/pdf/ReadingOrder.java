package org.arshif.pdf;

import java.util.List;

/**
 * The characters of a set line in the order PDF text extractors turn back into the text as written.
 *
 * <p>Extractors read a line's characters from left to right and reverse its right-to-left stretches themselves;
 * they differ in how. PDFBox runs the Unicode bidi algorithm over the line and mirrors the brackets it finds in a
 * right-to-left stretch. Poppler (pdftotext, Evince, Okular) uses a simpler rule: from the right, every character
 * that is not a left-to-right letter, a digit or a separator such as {@code ، . : % -} belongs to the right-to-left
 * stretch; a left-to-right stretch runs from its rightmost letter or digit leftwards up to the next right-to-left
 * letter, neutral characters included; brackets are never mirrored.
 *
 * <p>So the line is written in display order, and where poppler's rule would go wrong a right-to-left mark (U+200F)
 * closes the stretch on its left: before each left-to-right stretch (a number, a Latin name) and before each
 * separator inside right-to-left text (one for a run of the same separator). PDFBox and pdf.js read the line right
 * without these marks, so {@code GlyphWriter} writes each mark that opens a word apart, after the line, where only
 * poppler reads it ({@link #onlyForPoppler}); a mark inside a word stays in the line. Each bracket of right-to-left
 * text is written as the character it stands for inside a left-to-right isolate (U+2066 … U+2069): poppler and
 * pdf.js mirror nothing, PDFBox mirrors a bracket of a right-to-left stretch but neither pairs nor mirrors one alone
 * in an isolate; left-to-right text is isolated only when it holds a bracket. In a left-to-right line, right-to-left
 * text goes in a right-to-left isolate (U+2067), drawn order inside, for PDFBox to turn back, closed for poppler by
 * a left-to-right mark ({@link #closesForPoppler}), and the line opens with a left-to-right mark. A right-to-left line opens with an Arabic letter mark only where PDFBox, which takes a line's
 * direction from its leftmost letter, would read it left to right (a line ending in a Latin word). The marks are
 * invisible controls that only steer direction; the letters, digits and spaces are the line's own.
 */
final class ReadingOrder {

    static final char RLM = '\u200F';
    static final char LRM = '\u200E';
    static final char ALM = '\u061C';
    static final char LRI = '\u2066';
    static final char RLI = '\u2067';
    static final char PDI = '\u2069';

    private ReadingOrder() {
    }

    /**
     * Whether poppler reads a page of these lines right to left: it counts the page's left-to-right letters against
     * its right-to-left ones, direction marks included (TextPage::coalesce, a tie left to right).
     */
    static boolean readByPopplerRightToLeft(List<SetLine> lines) {
        long balance = 0;
        for (SetLine line : lines) {
            balance += of(line).codePoints().map(cp -> isRightToLeft(cp) ? 1
                    : Character.getDirectionality(cp) == Character.DIRECTIONALITY_LEFT_TO_RIGHT ? -1 : 0).sum();
        }
        return balance > 0;
    }

    /** The line's characters for the text layer, left to right, with the direction marks it needs. */
    static String of(SetLine line) {
        String text = line.text();
        StringBuilder order = new StringBuilder(text.length() + 16);
        if (!line.rightToLeft()) {
            order.append(LRM);
        }
        List<ShapedRun> runs = line.runs();
        for (int r = 0; r < runs.size(); ) {
            if (!embedded(line, runs.get(r))) {
                if (line.rightToLeft()) {
                    rightToLeftRun(order, text, runs.get(r));
                } else {
                    order.append(withoutDirectionControls(text.substring(runs.get(r).start(), runs.get(r).limit())));
                }
                r++;
                continue;
            }
            // Text of the other direction embedded in the line (a number, a Latin name, an Arabic date), as drawn.
            int end = r;
            boolean anyRightToLeft = false;
            StringBuilder embedded = new StringBuilder();
            while (end < runs.size() && embedded(line, runs.get(end))) {
                ShapedRun run = runs.get(end++);
                anyRightToLeft |= run.rightToLeft();
                if (run.rightToLeft()) {
                    for (int i = run.limit(); i > run.start(); ) {
                        int cp = text.codePointBefore(i);
                        i -= Character.charCount(cp);
                        if (!isDirectionControl(cp)) {
                            embedded.appendCodePoint(mirrored(cp)); // PDFBox mirrors it back
                        }
                    }
                } else {
                    embedded.append(withoutDirectionControls(text.substring(run.start(), run.limit())));
                }
            }
            r = end;
            if (line.rightToLeft()) {
                leftToRightInRightToLeft(order, embedded.toString());
            } else if (anyRightToLeft) {
                order.append(RLI).append(embedded).append(PDI);
                if (runs.subList(r, runs.size()).stream().anyMatch(run -> !withoutDirectionControls(
                        text.substring(run.start(), run.limit())).isEmpty())) {
                    // Poppler reads a left-to-right line from the left in stretches, a right-to-left one running over
                    // everything but Latin letters and digits: without a left-to-right letter after the Arabic, the
                    // space and bracket after it (an English contents line's date) came out before it.
                    order.append(LRM);
                }
            } else {
                order.append(embedded);
            }
        }
        if (order.isEmpty()) {
            return "";
        }
        if (takenForHyphen(order.codePointBefore(order.length()))) {
            order.append(line.rightToLeft() ? RLM : LRM);
        }
        if (line.rightToLeft() && text.codePoints().anyMatch(ReadingOrder::isRightToLeft)
                && !readByPdfBoxRightToLeft(order)) {
            order.insert(0, ALM);
        }
        return order.toString();
    }

    /**
     * The line's text as poppler must be given it on a page it reads in the other direction, or null where the
     * layer's own order does. Poppler takes a page's direction from most of its letters and reads every line of it
     * in that direction, in stretches (see the class comment): an English byline on a page of Arabic text came back
     * with its stretches from the right (`عبدالله … · Author:واس 24 July 2015 · … · Source:`), an Arabic line
     * holding a number on a page of English text with them from the left; no order of the characters where they are
     * drawn gives the line back. Poppler reads this text instead ({@code GlyphWriter}: an /ActualText on a Span,
     * which only the text-layer's own marked content inside keeps from PDFBox): the line's stretches in the order
     * poppler meets them, each right-to-left one reversed, with a mark where a stretch would run on into the next.
     */
    static String forPopplerAcross(SetLine line, boolean pageRightToLeft) {
        String text = withoutDirectionControls(line.text());
        if (line.rightToLeft() == pageRightToLeft || !text.codePoints().anyMatch(pageRightToLeft
                ? ReadingOrder::isRightToLeft : ReadingOrder::takenForLeftToRight)) {
            return null;
        }
        StringBuilder across = new StringBuilder(text.length() + 8);
        boolean rightToLeftStretch = pageRightToLeft;
        for (int at = 0; at < text.length(); rightToLeftStretch = !rightToLeftStretch) {
            int end = at;
            while (end < text.length() && (rightToLeftStretch ? !takenForLeftToRight(text.codePointAt(end))
                    : !isRightToLeft(text.codePointAt(end)))) {
                end += Character.charCount(text.codePointAt(end));
            }
            String stretch = text.substring(at, end);
            at = end;
            if (stretch.isEmpty()) {
                continue;
            }
            String read = rightToLeftStretch ? new StringBuilder(stretch).reverse().toString() : stretch;
            // A right-to-left stretch runs on over neutral characters, a left-to-right one over all but Arabic.
            if (pageRightToLeft) {
                boolean open = !rightToLeftStretch && !takenForLeftToRight(stretch.codePointBefore(stretch.length()));
                across.insert(0, open ? read + LRM : read);
            } else {
                boolean open = rightToLeftStretch && (across.length() > 0 || !isRightToLeft(read.codePointAt(0)));
                across.append(open ? RLM + read : read);
            }
        }
        return across.toString();
    }

    /**
     * Whether PDFBox reads the line right to left as written: it runs the bidi algorithm over the characters it is
     * given (the marks for poppler are not among them) and takes the line's direction from the first strong letter,
     * the leftmost (PDFTextStripper.handleDirection, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT). A right-to-left line
     * whose leftmost letter is Latin («… بيان Apple») needs a mark of its own; an Arabic letter mark, not a
     * right-to-left mark, as every right-to-left mark is poppler's alone ({@link #onlyForPoppler}).
     */
    private static boolean readByPdfBoxRightToLeft(CharSequence order) {
        StringBuilder read = new StringBuilder(order.length());
        order.codePoints().filter(cp -> !onlyForPoppler(cp)).forEach(read::appendCodePoint);
        return new java.text.Bidi(read.toString(), java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).getBaseLevel() == 1;
    }

    /**
     * Right-to-left marks steer only poppler, whose rule needs a right-to-left letter to close a stretch on its
     * left: PDFBox and pdf.js read the line right without them. The text layer writes those that open a word apart,
     * where they stand ({@code GlyphWriter}), so that PDFBox does not give them back; one inside a word (between a
     * number and the separator drawn beside it) or after the line's last character stays in the line.
     */
    static boolean onlyForPoppler(int cp) {
        return cp == RLM;
    }

    /**
     * Whether this is a left-to-right mark closing right-to-left text in a left-to-right line: poppler's alone, as the
     * right-to-left marks opening a word in a right-to-left line ({@link #onlyForPoppler}); PDFBox reads the isolate
     * right without it. (The mark opening a left-to-right line is PDFBox's and stays.)
     */
    static boolean closesForPoppler(int cp) {
        return cp == LRM;
    }

    /**
     * Whether poppler takes a line that ends (on the right) with this character for a word broken at a hyphen: it
     * then drops the character and glues the next line on with no space. A paragraph that opens with a dash («- بدل
     * أن…», an interview's answer) ends its first line there, as written left to right; a mark after it keeps both.
     */
    private static boolean takenForHyphen(int cp) {
        return cp == '-' || cp == 0x2010 || cp == 0xFE63 || cp == 0xFF0D || cp == 0x00AD;
    }

    /**
     * Whether a run belongs to text of the other direction than the line's: in a right-to-left line every
     * left-to-right run (however deeply isolated), in a left-to-right line every run above the base level.
     */
    private static boolean embedded(SetLine line, ShapedRun run) {
        return line.rightToLeft() ? !run.rightToLeft() : run.level() > 0;
    }

    /** A right-to-left run of a right-to-left line: reversed, separators and brackets set apart for poppler and PDFBox. */
    private static void rightToLeftRun(StringBuilder order, String text, ShapedRun run) {
        for (int i = run.limit(); i > run.start(); ) {
            int cp = text.codePointBefore(i);
            i -= Character.charCount(cp);
            if (isDirectionControl(cp)) {
                continue;
            }
            if (Character.isMirrored(cp) || Character.isSupplementaryCodePoint(cp)) {
                // A bracket is kept as written; a character of two UTF-16 units (an emoji) is kept whole: PDFBox
                // reverses a right-to-left stretch unit by unit, which split its surrogate pair.
                order.append(LRI).appendCodePoint(cp).append(PDI);
            } else if (takenForLeftToRight(cp) && order.length() > 0 && order.codePointBefore(order.length()) == cp) {
                order.appendCodePoint(cp); // a run of one separator (..): poppler reads it the same either way
            } else if (takenForLeftToRight(cp)) {
                stretch(order, Character.toString(cp));
            } else {
                order.appendCodePoint(cp);
            }
        }
    }

    /**
     * Left-to-right text inside a right-to-left line, in a left-to-right isolate (so PDFBox neither mirrors nor
     * pairs its brackets). Poppler reads a left-to-right stretch only up to its last letter or digit: neutral
     * characters after it (the bracket closing an isolated date) would come out before it, so they go in an isolate
     * of their own on the stretch's left, where poppler reads them next.
     */
    private static void leftToRightInRightToLeft(StringBuilder order, String embedded) {
        int core = embedded.length();
        while (core > 0) {
            int cp = embedded.codePointBefore(core);
            if (takenForLeftToRight(cp) || isRightToLeft(cp)) {
                break;
            }
            core -= Character.charCount(cp);
        }
        if (core < embedded.length()) {
            stretch(order, isolatedWhereNeeded(embedded.substring(core)));
        }
        stretch(order, isolatedWhereNeeded(embedded.substring(0, core)));
    }

    /**
     * Left-to-right text as it is, or in a left-to-right isolate when it holds a bracket or opens with a neutral
     * character: PDFBox reads digits and Latin letters left to right by itself, but would take a bracket next to
     * right-to-left text for one of it and mirror it, and would give a neutral opening the text (the {@code @} of a
     * handle, the {@code +} of a telephone number) to the right-to-left text before it ({@code aljamili@}).
     */
    private static String isolatedWhereNeeded(String text) {
        boolean opensNeutral = !text.isEmpty() && switch (Character.getDirectionality(text.codePointAt(0))) {
            case Character.DIRECTIONALITY_OTHER_NEUTRALS, Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR,
                 Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> true;
            default -> false;
        };
        return opensNeutral || text.codePoints().anyMatch(Character::isMirrored) ? LRI + text + PDI : text;
    }

    /** Appends what poppler must read as one left-to-right stretch, closed on its left by a right-to-left letter. */
    private static void stretch(StringBuilder order, String characters) {
        if (characters.isEmpty()) {
            return;
        }
        // At the line's left end nothing is left for the stretch to swallow.
        if (!order.isEmpty() && !isRightToLeft(order.codePointBefore(order.length()))) {
            order.append(RLM);
        }
        order.append(characters);
    }

    static boolean isRightToLeft(int cp) {
        byte direction = Character.getDirectionality(cp);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** Letters, digits and number separators: what poppler reads left to right (its types L and #). */
    private static boolean takenForLeftToRight(int cp) {
        return switch (Character.getDirectionality(cp)) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT, Character.DIRECTIONALITY_EUROPEAN_NUMBER,
                 Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR, Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR,
                 Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR, Character.DIRECTIONALITY_ARABIC_NUMBER -> true;
            default -> false;
        };
    }

    /** Marks, embeddings and isolates of the source: they steer display only, and the layer sets its own. */
    static boolean isDirectionControl(int cp) {
        return cp == 0x200E || cp == 0x200F || cp == 0x061C || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static String withoutDirectionControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isDirectionControl(cp)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static int mirrored(int cp) {
        String pairs = "()[]{}<>«»‹›";
        int at = pairs.indexOf(cp);
        return at < 0 ? cp : pairs.charAt(at ^ 1);
    }
}
