package org.arshif.archive;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.arshif.text.ArabicFolding;

/**
 * The one analysis chain Arshif uses for indexing and for queries (documented in {@code docs/analysis.md}).
 *
 * <pre>
 * StandardTokenizer → lower case → NFKC + extra folding (ٱ ک ی, Arabic-Indic digits, Quranic marks)
 *   → Lucene's ArabicNormalizer (أ إ آ → ا, ى → ي, ة → ه, harakat, tatweel)
 *   → for each word: its light stem (unless it is a stop word) and, at the same position, its exact form "=word"
 * </pre>
 *
 * <p>Both forms share one field and one position, so the stemmed terms serve ordinary searches, the exact terms
 * serve quoted phrases and prefixes, and highlighting finds the written word through either — with one analysis
 * pass per document instead of two fields analysed twice.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

    /** Prefix that marks the exact (unstemmed, normalised) form of a word. The tokenizer never emits it. */
    public static final String EXACT_MARK = "=";

    private final CharArraySet stopWords;

    public ArabicSearchAnalyzer() {
        CharArraySet normalised = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            normalised.add(normaliseWord(new String((char[]) word)));
        }
        this.stopWords = CharArraySet.unmodifiableSet(normalised);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new ArabicFoldingFilter(stream);
        stream = new StemAndExactFilter(stream, stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicFoldingFilter(new LowerCaseFilter(in));
    }

    /** The normalised (unstemmed) form of a single word, as the exact terms hold it, without the mark. */
    public static String normaliseWord(String word) {
        char[] buffer = fold(word.toLowerCase(java.util.Locale.ROOT));
        int length = new ArabicNormalizer().normalize(buffer, buffer.length);
        return new String(buffer, 0, length);
    }

    private static char[] fold(String term) {
        String text = Normalizer.isNormalized(term, Normalizer.Form.NFKC)
                ? term : Normalizer.normalize(term, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = ArabicFolding.foldExtra(text.charAt(i));
            // Lucene's normaliser removes harakat and tatweel but not the dagger alef or Quranic marks.
            if (c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED') || c == '\u0653' || c == '\u0654' || c == '\u0655') {
                continue;
            }
            out.append(c);
        }
        char[] chars = new char[out.length()];
        out.getChars(0, out.length(), chars, 0);
        return chars;
    }

    /** NFKC, the extra folding and Lucene's Arabic normalisation, in place on each term. */
    private static final class ArabicFoldingFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final ArabicNormalizer normalizer = new ArabicNormalizer();

        ArabicFoldingFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] folded = fold(term.toString());
            int length = normalizer.normalize(folded, folded.length);
            term.copyBuffer(folded, 0, length);
            return true;
        }
    }

    /** Emits the light stem of each word followed, at the same position, by its marked exact form. */
    private static final class StemAndExactFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final ArabicStemmer stemmer = new ArabicStemmer();
        private final CharArraySet stopWords;
        private State pendingExact;
        private String exact;

        StemAndExactFilter(TokenStream in, CharArraySet stopWords) {
            super(in);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pendingExact != null) {
                restoreState(pendingExact);
                pendingExact = null;
                term.setEmpty().append(EXACT_MARK).append(exact);
                position.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            exact = term.toString();
            if (stopWords.contains(term.buffer(), 0, term.length())) {
                term.setEmpty().append(EXACT_MARK).append(exact);
                return true;
            }
            pendingExact = captureState();
            int length = stemmer.stem(term.buffer(), term.length());
            term.setLength(length);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pendingExact = null;
            exact = null;
        }
    }
}
