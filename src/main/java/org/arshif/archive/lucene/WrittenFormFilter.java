package org.arshif.archive.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Adds, at a word's position, its letters as written marked with {@value ArabicSearchAnalyzer#WRITTEN_MARK} where
 * folding lost some ({@link WrittenFormAttribute}: =كرة beside كره, =إمام beside امام, =على is not added: stop words
 * keep their exact form alone). Folding makes كرة (a ball) and كره (hatred), إمام and أمام, قوى and قوي one word to a
 * search; a word typed with those letters ranks the articles writing them first ({@code QueryBuilder}).
 */
public final class WrittenFormFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final WrittenFormAttribute written = addAttribute(WrittenFormAttribute.class);
    private final CharArraySet stopWords;
    private char[] pending = new char[32];
    private int pendingLength;
    private int start;
    private int end;
    private String wordType;

    public WrittenFormFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pendingLength > 0) {
            clearAttributes();
            char[] buffer = term.resizeBuffer(pendingLength + 1);
            buffer[0] = ArabicSearchAnalyzer.WRITTEN_MARK.charAt(0);
            System.arraycopy(pending, 0, buffer, 1, pendingLength);
            term.setLength(pendingLength + 1);
            position.setPositionIncrement(0);
            offset.setOffset(start, end);
            type.setType(wordType);
            pendingLength = 0;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        CharSequence letters = written.written();
        if (letters.length() > 0 && position.getPositionIncrement() > 0 && !isStopWord()) {
            if (pending.length < letters.length()) {
                pending = new char[letters.length() * 2];
            }
            for (int i = 0; i < letters.length(); i++) {
                pending[i] = letters.charAt(i);
            }
            pendingLength = letters.length();
            start = offset.startOffset();
            end = offset.endOffset();
            wordType = type.type();
        }
        return true;
    }

    /** Whether the folded word is a stop word, read as the stop list reads it: a kept hamza folded (إلى is الى). */
    private boolean isStopWord() {
        int length = term.length();
        if (stemBuffer.length < length) {
            stemBuffer = new char[length * 2];
        }
        System.arraycopy(term.buffer(), 0, stemBuffer, 0, length);
        ExactAndStemFilter.unfoldKeptHamza(stemBuffer, length);
        return stopWords.contains(stemBuffer, 0, length);
    }

    private char[] stemBuffer = new char[32];

    @Override
    public void reset() throws IOException {
        super.reset();
        pendingLength = 0;
    }
}
