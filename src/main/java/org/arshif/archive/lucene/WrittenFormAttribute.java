package org.arshif.archive.lucene;

import org.apache.lucene.util.Attribute;

/**
 * A word's letters as written, where the folding lost some (أ إ آ, ى, ة): set by {@link ArabicFoldingFilter} on the
 * folded word, read by {@link WrittenFormFilter}; empty when folding kept every letter.
 */
public interface WrittenFormAttribute extends Attribute {

    /** The letters as written (harakat and tatweel dropped, the extra folding applied), or empty. */
    CharSequence written();

    void setWritten(char[] letters, int length);
}
