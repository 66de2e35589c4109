package org.arshif.archive.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Emits each (folded) word's exact form, then — at the same position and only when Lucene's light Arabic stemmer
 * changes it — its stem marked with {@value ArabicSearchAnalyzer#STEM_MARK}. Stop words keep only their exact form.
 * A word whose first alef kept its written hamza (ألسنة) is stemmed without it, and its stem is emitted even when
 * the stemmer changes nothing else (ألف: ~الف), so it matches as the same word written without the hamza.
 * The stem has the word's offsets and type (a search for the stem marks the word as written).
 */
public final class ExactAndStemFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final ArabicStemmer stemmer = new ArabicStemmer();
    private final CharArraySet stopWords;
    private char[] stem = new char[32];
    private int stemLength = -1;
    /** The second token is the word without its kept hamza, not a stem (see {@link #incrementToken}). */
    private boolean bareStem;
    private int wordStart;
    private int wordEnd;
    private String wordType;

    public ExactAndStemFilter(TokenStream in, CharArraySet stopWords) {
        super(in);
        this.stopWords = stopWords;
    }

    /** Lucene's Arabic stop words, folded as the words reaching this filter are. */
    public static CharArraySet defaultStopWords() {
        CharArraySet normalised = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            normalised.add(ArabicSearchAnalyzer.normaliseWord(new String((char[]) word)));
        }
        return CharArraySet.unmodifiableSet(normalised);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (stemLength >= 0) {
            clearAttributes(); // a new token: nothing of the word's state leaks into it but what is set here
            offset.setOffset(wordStart, wordEnd);
            type.setType(wordType);
            int mark = bareStem ? 0 : 1;
            char[] buffer = term.resizeBuffer(stemLength + mark);
            buffer[0] = ArabicSearchAnalyzer.STEM_MARK.charAt(0);
            System.arraycopy(stem, 0, buffer, mark, stemLength);
            term.setLength(stemLength + mark);
            position.setPositionIncrement(0);
            stemLength = -1;
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (stem.length < length) {
            stem = new char[length * 2];
        }
        System.arraycopy(buffer, 0, stem, 0, length);
        // A hamza the folding kept (ألسنة: not ال + سنة) marks the written form only: the stop list and the stemmer
        // read the word without it, so ألمانيا and المانيا share their stem, and إلى is the stop word الى.
        boolean keptHamza = unfoldKeptHamza(stem, length);
        if (stopWords.contains(stem, 0, length)) {
            if (keptHamza) {
                term.copyBuffer(stem, 0, length);
            }
            return true;
        }
        int stemmed = stemmer.stem(stem, length);
        if (stemmed != length || keptHamza) { // the light stemmer only removes prefixes and suffixes
            // ألف, which the stemmer leaves as it is: the word without the hamza, unmarked, as الف is indexed, so the
            // two spellings count as one term in a word's document frequency (a stem ~الف would halve it).
            bareStem = stemmed == length;
            stemLength = stemmed;
            wordStart = offset.startOffset();
            wordEnd = offset.endOffset();
            wordType = type.type();
        }
        return true;
    }

    /** Folds the hamza {@link ArabicFoldingFilter} keeps (at the word's first or second letter) to a plain alef. */
    static boolean unfoldKeptHamza(char[] word, int length) {
        for (int at = 0; at < Math.min(2, length); at++) {
            if (word[at] == ArabicFoldingFilter.HAMZA_ALEF) {
                word[at] = '\u0627';
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        stemLength = -1;
    }
}
