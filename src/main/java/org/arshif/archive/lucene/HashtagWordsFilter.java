package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Splits words joined by underscores, as hashtags join them (#مكة_لايف, #رؤية_2030, #عاصفة_الحزم), into the words,
 * each at a position of its own and with its own offsets: the standard tokenizer keeps such a run as one token (the
 * underscore joins letters in Unicode's word rules), so مكة did not find an article that wrote it only in a hashtag.
 * With the words in order, the hashtag is found as the phrase of its words ("عاصفة الحزم" finds #عاصفة_الحزم), and
 * a mark covers just the word searched for. The joined token itself is not kept: a typed hashtag is searched as its
 * words, analysed by this same chain.
 *
 * <p>Any connector punctuation joins (the underscore, its full-width form, the undertie: Unicode's category Pc, all
 * of which the tokenizer joins words with); runs of them and ones at either end are dropped. A token of nothing but
 * connectors is left as it is.
 */
public final class HashtagWordsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    /** Words of the current token still to emit: start and end within it. */
    private final Deque<int[]> words = new ArrayDeque<>();
    private char[] joined = new char[32];
    private int joinedStart;
    private int joinedEnd;
    private boolean offsetsFollowText;
    private State token;

    public HashtagWordsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!words.isEmpty()) {
            restoreState(token);
            emit(words.removeFirst(), 1);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        if (findWords()) {
            token = captureState();
            emit(words.removeFirst(), position.getPositionIncrement());
        }
        return true;
    }

    /** Sets the current token to one word of the joined token, its other attributes as the joined token's. */
    private void emit(int[] word, int increment) {
        term.copyBuffer(joined, word[0], word[1] - word[0]);
        position.setPositionIncrement(increment);
        if (offsetsFollowText) {
            offset.setOffset(joinedStart + word[0], joinedStart + word[1]);
        } else {
            offset.setOffset(joinedStart, joinedEnd);
        }
    }

    /** Records the words of the current token when connectors join them; false when it has none (left as it is). */
    private boolean findWords() {
        char[] buffer = term.buffer();
        int length = term.length();
        boolean connected = false;
        for (int i = 0; i < length && !connected; i++) {
            connected = isConnector(buffer[i]);
        }
        if (!connected) {
            return false;
        }
        int start = -1;
        for (int i = 0; i <= length; i++) {
            boolean boundary = i == length || isConnector(buffer[i]);
            if (boundary && start >= 0) {
                words.addLast(new int[] {start, i});
                start = -1;
            } else if (!boundary && start < 0) {
                start = i;
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        if (joined.length < length) {
            joined = new char[length * 2];
        }
        System.arraycopy(buffer, 0, joined, 0, length);
        joinedStart = offset.startOffset();
        joinedEnd = offset.endOffset();
        // Offsets point into the text only when the term is the text as written (no filter before changed its length).
        offsetsFollowText = joinedEnd - joinedStart == length;
        return true;
    }

    private static boolean isConnector(char c) {
        return Character.getType(c) == Character.CONNECTOR_PUNCTUATION;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        words.clear();
        token = null;
    }
}
