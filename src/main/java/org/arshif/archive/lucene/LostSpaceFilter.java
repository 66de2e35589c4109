package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Splits a word where its own letters prove a space was lost: teh marbuta (ة) and alef maqsura (ى) are written
 * only at the end of a word, so a letter after one starts the next word (وكالةسبوتنيك → وكالة + سبوتنيك,
 * علىالرغم → على + الرغم). The word as written is kept; each part follows at the same position, with its own
 * offsets and the type {@value #TYPE}, so a search for either part finds the article and marks just that part.
 *
 * <p>So does a number written against a word (2015م, 1436هـ, 30كم, و30): where digits meet Arabic letters, each side
 * of at least two letters or digits is also indexed alone, so that 2015 finds «عام 2015م».
 *
 * <p>Needs no knowledge of the archive (an archive of one article splits the same way). Runs on the words as the
 * tokenizer wrote them, before normalisation folds ة into ه and ى into ي. Not split: ىء (an old spelling of ئ, as in
 * شاطىء) and a part shorter than two letters (a slip such as يحيىط).
 */
public final class LostSpaceFilter extends TokenFilter {

    /** The token type of a part of a split word. */
    public static final String TYPE = "<LOST_SPACE_PART>";
    private static final int MIN_PART = 2;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    /** Parts still to emit: start and end within the written word. */
    private final Deque<int[]> parts = new ArrayDeque<>();
    private char[] word = new char[32];
    private int wordStart;
    private int wordEnd;
    private boolean offsetsFollowText;

    public LostSpaceFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!parts.isEmpty()) {
            int[] part = parts.removeFirst();
            clearAttributes();
            term.copyBuffer(word, part[0], part[1] - part[0]);
            position.setPositionIncrement(0);
            type.setType(TYPE);
            if (offsetsFollowText) {
                offset.setOffset(wordStart + part[0], wordStart + part[1]);
            } else {
                offset.setOffset(wordStart, wordEnd);
            }
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        findParts();
        return true;
    }

    /** Records the parts of the current word, if its letters show a lost space; leaves the word itself as it is. */
    private void findParts() {
        char[] buffer = term.buffer();
        int length = term.length();
        int start = 0;
        for (int i = 0; i < length; i++) {
            if (!endsAWord(buffer, length, i)) {
                continue;
            }
            int next = i + 1;
            while (next < length && isMark(buffer[next])) {
                next++;
            }
            if (next < length && isArabicLetter(buffer[next]) && next - start >= MIN_PART
                    && length - next >= MIN_PART) {
                parts.addLast(new int[] {start, next});
                start = next;
            }
        }
        boolean cut = !parts.isEmpty();
        for (int i = start + 1; i < length; i++) {
            if (isNumberAndWord(buffer[i - 1], buffer[i])) {
                addIfLongEnough(buffer, start, i);
                start = i;
                cut = true;
            }
        }
        if (!cut) {
            return;
        }
        addIfLongEnough(buffer, start, length);
        if (parts.isEmpty()) {
            return;
        }
        if (word.length < length) {
            word = new char[length * 2];
        }
        System.arraycopy(buffer, 0, word, 0, length);
        wordStart = offset.startOffset();
        wordEnd = offset.endOffset();
        // Offsets point into the text only when the term is the text as written (no filter before changed its length).
        offsetsFollowText = offset.endOffset() - offset.startOffset() == length;
    }

    /**
     * A part of a word cut where digits meet letters, kept when it holds at least two letters or digits and is no
     * proclitic alone (الـ6, للـ20, وال60: the article before a number is no word of its own).
     */
    private void addIfLongEnough(char[] buffer, int start, int end) {
        StringBuilder letters = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (!isMark(buffer[i])) {
                letters.append(buffer[i]);
            }
        }
        if (letters.length() >= MIN_PART && !PROCLITICS.contains(letters.toString())) {
            parts.addLast(new int[] {start, end});
        }
    }

    /** The article with what may stand before it, as written before a number. */
    private static final java.util.Set<String> PROCLITICS = java.util.Set.of("ال", "لل", "وال", "بال", "فال",
            "كال", "ولل", "فلل");

    /** True where a number meets an Arabic word (a mark after a letter belongs to the letter). */
    private static boolean isNumberAndWord(char before, char after) {
        return (isDigit(before) && isArabicLetter(after))
                || ((isArabicLetter(before) || isMark(before)) && isDigit(after));
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
    }

    /** True when the letter at i is one written only at a word's end (ىء, an old spelling of ئ, excepted). */
    private static boolean endsAWord(char[] buffer, int length, int i) {
        return buffer[i] == '\u0629' || (buffer[i] == '\u0649' && (i + 1 >= length || buffer[i + 1] != '\u0621'));
    }

    /** Harakat, the dagger alef and tatweel: written on or after a letter, never starting a word. */
    private static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    private static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u063A') || (c >= '\u0641' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3');
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        parts.clear();
    }
}
