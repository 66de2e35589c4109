package org.arshif.archive.lucene;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.arshif.text.ArabicFolding;

/**
 * Folds each word to the form search compares: NFKC for compatibility characters (presentation forms, ligatures),
 * Arshif's extra folding ({@link ArabicFolding#foldExtra}: ٱ ک ی, Arabic-Indic digits; the dagger alef, Quranic marks
 * and the combining madda and hamza dropped), then Lucene's {@link ArabicNormalizer} (أ إ آ → ا, ى → ي, ة → ه,
 * harakat, tatweel). A word of marks or tatweel alone folds to nothing: it is dropped, its position kept as a gap.
 */
public final class ArabicFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final ArabicNormalizer normalizer = new ArabicNormalizer();

    public ArabicFoldingFilter(TokenStream in) {
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
            skipped += position.getPositionIncrement();
        }
        return false;
    }

    /**
     * True when a term holds a character NFKC changes that matters here: presentation forms, ligatures and other
     * compatibility characters. They are rare, so the common path checks and allocates nothing.
     */
    static boolean needsCompatibilityNormalisation(CharSequence term) {
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
