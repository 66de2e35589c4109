package org.arshif.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Near spellings of rare words. Foreign names are spelt several ways (أستانا, آستانة, استانة) and typing slips
 * happen; a word the archive has seldom or never seen also matches words one edit away, and a query that finds
 * little gets a "did you mean" from the archive's own vocabulary. Common words are left exact, so they do not flood
 * the results with their neighbours.
 */
final class VariantSpellings {

    /** A word in fewer articles than this is rare enough to match its near spellings too. */
    static final int RARE_BELOW = 5;
    private static final int MAX_EXPANSIONS = 20;

    private final IndexReader reader;

    VariantSpellings(IndexReader reader) {
        this.reader = reader;
    }

    /** Articles holding the word in any form: exact, as its stem, or with its stem changed. */
    int frequency(String field, String exact, String stem) {
        try {
            return reader.docFreq(new Term(field, exact)) + reader.docFreq(new Term(field, stem))
                    + reader.docFreq(new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The share of the archive's articles holding the word (0 to 1): its most frequent form, the written form or the
     * stem — an article holds both, so adding them up would count it twice.
     */
    double share(String field, String exact, String stem) {
        try {
            long most = Math.max(reader.docFreq(new Term(field, exact)), Math.max(reader.docFreq(new Term(field, stem)),
                    reader.docFreq(new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem))));
            return (double) most / Math.max(1, reader.numDocs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isRare(String field, String exact, String stem) {
        return frequency(field, exact, stem) < RARE_BELOW;
    }

    /** Written forms one edit away (the first letter kept): آستانة finds استانا. */
    static Query nearSpellings(String field, String exact) {
        return new FuzzyQuery(new Term(field, exact), 1, 1, MAX_EXPANSIONS, true);
    }

    /** The archive's much more common word closest to this one, or null. */
    String suggest(String field, String exact) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMinPrefix(1);
        checker.setMaxEdits(2);
        checker.setAccuracy(0.6f);
        try {
            for (SuggestWord word : checker.suggestSimilar(new Term(field, exact), 5, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR)) {
                if (!word.string.startsWith(ArabicSearchAnalyzer.STEM_MARK) && word.freq >= RARE_BELOW) {
                    return word.string;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
