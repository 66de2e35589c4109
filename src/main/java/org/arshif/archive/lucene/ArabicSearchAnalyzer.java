package org.arshif.archive.lucene;

import java.text.Normalizer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain Arshif uses for indexing and for queries (documented in {@code docs/analysis.md}).
 *
 * <pre>
 * StandardTokenizer → lower case → words joined by underscores split, each at its own position (#مكة_لايف:
 *   مكة لايف, {@link HashtagWordsFilter}) → words run together split where ة or ى stands inside ({@link LostSpaceFilter})
 *   → NFKC + extra folding (ٱ ک ی, Arabic-Indic digits, Quranic marks)
 *   → Lucene's ArabicNormalizer (أ إ آ → ا, ى → ي, ة → ه, harakat, tatweel), but a hamza written on the word's first
 *     alef before ل is kept (ألسنة is not ال + سنة)
 *   → for each word: its exact (normalised, unstemmed) form and, at the same position and only when it differs,
 *     its light stem marked "~stem"; stop words keep only their exact form
 *   → where folding lost letters (أ إ آ ى ة), the word as written marked "=written" at the same position
 *     ({@link WrittenFormFilter}): كرة (a ball) is كره (hatred) folded, =كرة tells them apart
 * </pre>
 *
 * <p>Each step is a filter of its own with a factory registered for Lucene's analysis SPI ({@link HashtagWordsFilterFactory}, {@link LostSpaceFilterFactory},
 * {@link ArabicFoldingFilterFactory}, {@link ExactAndStemFilterFactory}, {@link WrittenFormFilterFactory}), so a Solr schema declares the very same
 * chain by name ({@code docs/analysis.md}).
 *
 * <p>Both forms share one field and one position: exact terms serve quoted phrases and prefixes, a word search
 * matches "~stem" or the bare stem as a synonym, and highlighting finds the written word through either — with one
 * analysis pass per document, and a second token only for words that stemming changes.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

    /** Prefix that marks a stem that differs from the written word. The tokenizer never emits it. */
    public static final String STEM_MARK = "~";
    /** Prefix that marks a word's letters as written, where folding lost some ({@link WrittenFormFilter}). */
    public static final String WRITTEN_MARK = "=";

    private final CharArraySet stopWords = ExactAndStemFilter.defaultStopWords();

    /** True for a normalised word on the stop list (kept in the index only as an exact form). */
    public boolean isStopWord(String normalised) {
        return stopWords.contains(normalised);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new HashtagWordsFilter(stream);
        stream = new LostSpaceFilter(stream);
        stream = new ArabicFoldingFilter(stream);
        stream = new ExactAndStemFilter(stream, stopWords);
        stream = new WrittenFormFilter(stream, stopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ArabicFoldingFilter(new LowerCaseFilter(in));
    }

    /** The normalised (unstemmed) form of a single word, as the exact terms hold it. */
    public static String normaliseWord(String word) {
        String text = word.toLowerCase(java.util.Locale.ROOT);
        char[] buffer = (ArabicFoldingFilter.needsCompatibilityNormalisation(text)
                ? Normalizer.normalize(text, Normalizer.Form.NFKC) : text).toCharArray();
        int length = ArabicFoldingFilter.fold(new ArabicNormalizer(), buffer, buffer.length);
        return new String(buffer, 0, length);
    }
}
