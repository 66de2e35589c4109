package org.arshif.archive.lucene;

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
 * StandardTokenizer → lower case → words run together split where ة or ى stands inside ({@link LostSpaceFilter})
 *   → NFKC + extra folding (ٱ ک ی, Arabic-Indic digits, Quranic marks)
 *   → Lucene's ArabicNormalizer (أ إ آ → ا, ى → ي, ة → ه, harakat, tatweel)
 *   → for each word: its exact (normalised, unstemmed) form and, at the same position and only when it differs,
 *     its light stem marked "~stem"; stop words keep only their exact form
 * </pre>
 *
 * <p>Both forms share one field and one position: exact terms serve quoted phrases and prefixes, a word search
 * matches "~stem" or the bare stem as a synonym, and highlighting finds the written word through either — with one
 * analysis pass per document, and a second token only for words that stemming changes.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

    /** Prefix that marks a stem that differs from the written word. The tokenizer never emits it. */
    public static final String STEM_MARK = "~";

    private final CharArraySet stopWords;

    public ArabicSearchAnalyzer() {
        CharArraySet normalised = new CharArraySet(200, false);
        for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
            normalised.add(normaliseWord(new String((char[]) word)));
        }
        this.stopWords = CharArraySet.unmodifiableSet(normalised);
    }

    /** True for a normalised word on the stop list (kept in the index only as an exact form). */
    public boolean isStopWord(String normalised) {
        return stopWords.contains(normalised);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new LostSpaceFilter(stream);
        stream = new ArabicFoldingFilter(stream);
        stream = new ExactAndStemFilter(stream, stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicFoldingFilter(new LowerCaseFilter(in));
    }

    /** The normalised (unstemmed) form of a single word, as the exact terms hold it. */
    public static String normaliseWord(String word) {
        String text = word.toLowerCase(java.util.Locale.ROOT);
        char[] buffer = (needsCompatibilityNormalisation(text) ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text)
                .toCharArray();
        int length = new ArabicNormalizer().normalize(buffer, foldInPlace(buffer, buffer.length));
        return new String(buffer, 0, length);
    }

    /**
     * True when a term holds a character NFKC changes that matters here: presentation forms, ligatures and other
     * compatibility characters. They are rare, so the common path checks and allocates nothing.
     */
    private static boolean needsCompatibilityNormalisation(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '\uFB00' || (c >= '\u00A0' && c <= '\u00BF') || (c >= '\u2000' && c < '\u3000')) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link ArabicFolding#foldExtra} in place, dropping the dagger alef, Quranic marks and the combining
     * madda/hamza that Lucene's normaliser keeps; returns the new length.
     */
    private static int foldInPlace(char[] buffer, int length) {
        int out = 0;
        for (int i = 0; i < length; i++) {
            char c = ArabicFolding.foldExtra(buffer[i]);
            if (c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED') || (c >= '\u0653' && c <= '\u0655')) {
                continue;
            }
            buffer[out++] = c;
        }
        return out;
    }

    /** NFKC, the extra folding and Lucene's Arabic normalisation, in place on each term. */
    private static final class ArabicFoldingFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final ArabicNormalizer normalizer = new ArabicNormalizer();

        ArabicFoldingFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            int skipped = 0;
            while (input.incrementToken()) {
                if (needsCompatibilityNormalisation(term)) {
                    String normalised = Normalizer.normalize(term, Normalizer.Form.NFKC);
                    term.setEmpty().append(normalised);
                }
                char[] buffer = term.buffer();
                term.setLength(normalizer.normalize(buffer, foldInPlace(buffer, term.length())));
                if (term.length() > 0) {
                    position.setPositionIncrement(position.getPositionIncrement() + skipped);
                    return true;
                }
                // A "word" of marks or tatweel alone normalises to nothing: no empty term, keep the position gap.
                skipped += position.getPositionIncrement();
            }
            return false;
        }
    }

    /**
     * Emits each word's exact form, then — at the same position and only when stemming changes it — its marked
     * stem. The stem reuses the word's attributes (offsets, type): only the text and the position increment change.
     */
    private static final class ExactAndStemFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final ArabicStemmer stemmer = new ArabicStemmer();
        private final CharArraySet stopWords;
        private char[] stem = new char[32];
        private int stemLength = -1;

        ExactAndStemFilter(TokenStream in, CharArraySet stopWords) {
            super(in);
            this.stopWords = stopWords;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (stemLength >= 0) {
                char[] buffer = term.resizeBuffer(stemLength + 1);
                buffer[0] = STEM_MARK.charAt(0);
                System.arraycopy(stem, 0, buffer, 1, stemLength);
                term.setLength(stemLength + 1);
                position.setPositionIncrement(0);
                stemLength = -1;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            if (stopWords.contains(buffer, 0, length)) {
                return true;
            }
            if (stem.length < length) {
                stem = new char[length * 2];
            }
            System.arraycopy(buffer, 0, stem, 0, length);
            int stemmed = stemmer.stem(stem, length);
            if (stemmed != length) { // the light stemmer only removes prefixes and suffixes
                stemLength = stemmed;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            stemLength = -1;
        }
    }
}
