package org.arshif.text;

import java.util.Set;
import java.util.TreeSet;

/**
 * What two bodies must agree on, beyond sharing most of their word triples, to be copies of one text: their length
 * and their numbers. A short cable that shares its formula with a long one is not a copy of it, and a template filled
 * in with other numbers («تخريج 95 مستفيداً» and «تخريج 63 مستفيداً») is other news. A copy may add a dateline or a
 * byline, so one body's numbers need only be among the other's.
 */
public final class CopyEvidence {

    /** The shorter of two copies has at least this share of the longer one's words. */
    static final double MIN_LENGTH_RATIO = 0.7;
    /** Letters a number may follow in its word: a prefix («و», «بـ», «وبـ»), not a stem. */
    static final int MAX_PREFIX = 3;

    private final int words;
    private final Set<String> numbers;

    private CopyEvidence(int words, Set<String> numbers) {
        this.words = words;
        this.numbers = numbers;
    }

    /**
     * The word count and the numbers of a body: runs of digits of any Arabic script, folded, leading zeros dropped.
     * A run counts as a number when at most {@value #MAX_PREFIX} letters precede it in its word (a prefix such as
     * «و» or «بـ»: «و15», «بـ300»); digits after a longer stem are part of a name or a code («مراسل5»).
     */
    public static CopyEvidence of(String body) {
        int words = 0;
        Set<String> numbers = new TreeSet<>();
        StringBuilder number = new StringBuilder();
        int lettersBefore = 0;
        boolean inWord = false;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c) || ArabicFolding.isIgnorableMark(c);
            if (wordChar && !inWord) {
                words++;
                lettersBefore = 0;
            }
            inWord = wordChar;
            if (Character.isDigit(c)) {
                number.append(ArabicFolding.foldExtra(c)); // as ArabicFolding.asciiDigits folds a digit
                continue;
            }
            if (!number.isEmpty()) {
                if (lettersBefore <= MAX_PREFIX) {
                    numbers.add(withoutLeadingZeros(number));
                }
                number.setLength(0);
                lettersBefore = MAX_PREFIX + 1; // a later run in this word follows digits: a code («A4B5»)
            }
            if (Character.isLetter(c)) {
                lettersBefore++;
            }
        }
        return new CopyEvidence(words, Set.copyOf(numbers));
    }

    /** The digits with their leading zeros dropped, the last digit always kept ("007" is "7", "000" is "0"). */
    private static String withoutLeadingZeros(CharSequence digits) {
        int from = 0;
        while (from < digits.length() - 1 && digits.charAt(from) == '0') {
            from++;
        }
        return digits.subSequence(from, digits.length()).toString();
    }

    /** True when the two bodies are alike in length and one's numbers are all in the other. */
    public boolean allowsCopy(CopyEvidence other) {
        int shorter = Math.min(words, other.words);
        int longer = Math.max(words, other.words);
        boolean alikeInLength = longer == 0 || shorter >= MIN_LENGTH_RATIO * longer;
        return alikeInLength && (numbers.containsAll(other.numbers) || other.numbers.containsAll(numbers));
    }
}
