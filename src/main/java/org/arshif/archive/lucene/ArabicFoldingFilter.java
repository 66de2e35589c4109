package org.arshif.archive.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.arshif.text.ArabicFolding;

/**
 * Folds each word to the form search compares: NFKC for compatibility characters (presentation forms, ligatures),
 * Arshif's extra folding ({@link ArabicFolding#foldExtra}: ٱ ک ی, Arabic-Indic digits; the dagger alef, Quranic marks
 * and the combining madda and hamza dropped), then Lucene's {@link ArabicNormalizer} (أ إ آ → ا, ى → ي, ة → ه,
 * harakat, tatweel). A word of marks or tatweel alone folds to nothing: it is dropped without a gap, as the tokenizer
 * drops a dash (a tatweel standing alone is one: «القبض ـ ولله الحمد ـ على», and the phrase "القبض ولله" finds it).
 *
 * <p>Where folding loses letters (أ إ آ, ى, ة), the letters as written go with the folded word in a
 * {@link WrittenFormAttribute}, for {@link WrittenFormFilter} to index beside it.
 *
 * <p>One hamza is kept: on a word's first alef before ل, alone or after a one-letter proclitic (ألسنة, وإلغاء, written
 * أ whatever its seat). Folded, ألسنة (tongues) reads as ال + سنة (the year) and آلية (mechanism) as ال + ية; with the
 * hamza the exact form says the ل is no article. The stem is still the stem of the word without it
 * ({@link ExactAndStemFilter}), and a search treats ا and أ there as one letter, so المانيا still finds ألمانيا.
 */
public final class ArabicFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final WrittenFormAttribute written = addAttribute(WrittenFormAttribute.class);
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private char[] letters = new char[32];

    public ArabicFoldingFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            if (needsCompatibilityNormalisation(term)) {
                String normalised = Normalizer.normalize(term, Normalizer.Form.NFKC);
                term.setEmpty().append(normalised);
            }
            int length = term.length();
            boolean losesLetters = losesLetters(term.buffer(), length);
            if (losesLetters) {
                if (letters.length < length) {
                    letters = new char[length * 2];
                }
                System.arraycopy(term.buffer(), 0, letters, 0, length);
            }
            term.setLength(fold(normalizer, term.buffer(), length));
            if (term.length() > 0) {
                int writtenLength = losesLetters ? writtenLetters(letters, length) : 0;
                written.setWritten(letters, writtenLength == term.length()
                        && java.util.Arrays.equals(letters, 0, writtenLength, term.buffer(), 0, writtenLength)
                        ? 0 : writtenLength);
                return true;
            }
        }
        return false;
    }

    /** The folded form of the word in {@code buffer}, in place: the extra folding, the normaliser, a written hamza kept. */
    static int fold(ArabicNormalizer normalizer, char[] buffer, int length) {
        int folded = foldInPlace(buffer, length);
        int hamza = writtenHamzaBeforeLam(buffer, folded);
        folded = normalizer.normalize(buffer, folded);
        if (hamza >= 0) {
            buffer[hamza] = HAMZA_ALEF;
        }
        return folded;
    }

    /** True when the word holds a letter the normaliser folds into another (أ إ آ into ا, ى into ي, ة into ه). */
    static boolean losesLetters(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            if (WrittenLetters.isLost(ArabicFolding.foldExtra(buffer[i]))) { // ۃ is ة
                return true;
            }
        }
        return false;
    }

    /**
     * The word's letters as written, in place: the extra folding (ک ی ٱ, Quranic marks dropped) and harakat and tatweel
     * dropped, as the normaliser drops them, but أ إ آ ى ة kept; returns the new length.
     */
    static int writtenLetters(char[] buffer, int length) {
        int folded = foldInPlace(buffer, length);
        int out = 0;
        for (int i = 0; i < folded; i++) {
            if (!droppedByNormaliser(buffer[i])) {
                buffer[out++] = buffer[i];
            }
        }
        return out;
    }

    /** The marks Lucene's normaliser drops: the tatweel, the harakat (fathatan to sukun). */
    private static boolean droppedByNormaliser(char c) {
        return c == '\u0640' || (c >= '\u064B' && c <= '\u0652');
    }

    /** How a kept hamza on alef is written, whatever its seat (أ إ آ). */
    static final char HAMZA_ALEF = '\u0623';

    /**
     * Where the folded word will hold an alef whose hamza the author wrote before ل at the word's start: 0, or 1
     * after a one-letter proclitic (وإلغاء); -1 for none. Counts letters as the normaliser leaves them (it drops
     * harakat and tatweel), so the place is the same after it.
     */
    private static int writtenHamzaBeforeLam(char[] buffer, int length) {
        char[] letters = new char[3];
        int found = 0;
        for (int i = 0; i < length && found < letters.length; i++) {
            if (!droppedByNormaliser(buffer[i])) {
                letters[found++] = buffer[i];
            }
        }
        for (int at = 0; at <= 1; at++) {
            if (at + 1 < found && isHamzaAlef(letters[at]) && letters[at + 1] == '\u0644'
                    && (at == 0 || "\u0648\u0641\u0628\u0643\u0644".indexOf(letters[0]) >= 0)) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isHamzaAlef(char c) {
        return c == '\u0623' || c == '\u0625' || c == '\u0622';
    }

    /**
     * The word with a kept hamza ({@link #fold}) folded too, as a search that does not care for it reads the word;
     * the same word when it has none.
     */
    static String withoutKeptHamza(String folded) {
        int at = folded.indexOf(HAMZA_ALEF);
        return at == 0 || at == 1 ? folded.substring(0, at) + '\u0627' + folded.substring(at + 1) : folded;
    }

    /**
     * True when a term holds a character NFKC changes that matters here: presentation forms, ligatures and other
     * compatibility characters, and a madda or hamza written as a mark of its own (text copied from a PDF or a Mac
     * writes إ as ا + U+0655), which it composes. They are rare, so the common path checks and allocates nothing.
     */
    static boolean needsCompatibilityNormalisation(CharSequence term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '\uFB00' || (c >= '\u00A0' && c <= '\u00BF') || (c >= '\u2000' && c < '\u3000')
                    || (c >= '\u0653' && c <= '\u0655')) { // a madda or hamza written apart (ا + ٕ): composed (إ)
                return true;
            }
        }
        return false;
    }

    /**
     * {@link ArabicFolding#foldExtra} in place, dropping the dagger alef, Quranic marks and the combining
     * madda/hamza that Lucene's normaliser keeps; returns the new length.
     */
    static int foldInPlace(char[] buffer, int length) {
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
}
