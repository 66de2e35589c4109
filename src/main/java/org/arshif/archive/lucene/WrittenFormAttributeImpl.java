package org.arshif.archive.lucene;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/** The one implementation of {@link WrittenFormAttribute} (found by Lucene's attribute factory by its name). */
public final class WrittenFormAttributeImpl extends AttributeImpl implements WrittenFormAttribute {

    private char[] letters = new char[16];
    private int length;

    @Override
    public CharSequence written() {
        return java.nio.CharBuffer.wrap(letters, 0, length);
    }

    @Override
    public void setWritten(char[] from, int count) {
        if (letters.length < count) {
            letters = new char[count * 2];
        }
        System.arraycopy(from, 0, letters, 0, count);
        length = count;
    }

    @Override
    public void clear() {
        length = 0;
    }

    @Override
    public void copyTo(AttributeImpl target) {
        ((WrittenFormAttribute) target).setWritten(letters, length);
    }

    /** A deep copy: a captured state must not share the live letters (as {@code CharTermAttributeImpl}'s). */
    @Override
    public WrittenFormAttributeImpl clone() {
        WrittenFormAttributeImpl copy = (WrittenFormAttributeImpl) super.clone();
        copy.letters = java.util.Arrays.copyOf(letters, Math.max(length, 1));
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenFormAttributeImpl that
                && java.util.Arrays.equals(letters, 0, length, that.letters, 0, that.length);
    }

    @Override
    public int hashCode() {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + letters[i];
        }
        return hash;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
        reflector.reflect(WrittenFormAttribute.class, "written", written().toString());
    }
}
