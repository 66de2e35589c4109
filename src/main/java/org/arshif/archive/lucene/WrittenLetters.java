package org.arshif.archive.lucene;

import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;

/**
 * The letters folding makes one (أ إ آ and ا, ى and ي, ة and ه), as the index keeps them beside a word where they were
 * written ({@link WrittenFormFilter}): which of a word's forms are written with the letters a query typed. Only the
 * letters typed that folding loses say anything: a reader who types كرة means a ball, one who types كره may mean
 * hatred or a ball typed in haste, so a plain letter typed agrees with any letter written.
 */
final class WrittenLetters {

    private WrittenLetters() {
    }

    /** Each folded letter and the letters it stands for as written. */
    private static final String[][] WRITTEN_AS = {{"\u0627", "\u0623\u0625\u0622"}, {"\u0623", "\u0625\u0622"},
            {"\u064A", "\u0649"}, {"\u0647", "\u0629"}};

    /**
     * Terms of the index's written forms ({@code =}letters) whose letters fold to a word these shapes accept: each
     * folded letter also taken as any letter it stands for.
     */
    static Automaton writtenTerms(Automaton folded) {
        Automaton written = new Automaton();
        int states = folded.getNumStates();
        for (int s = 0; s < states; s++) {
            written.createState();
            written.setAccept(s, folded.isAccept(s));
        }
        Transition t = new Transition();
        for (int s = 0; s < states; s++) {
            int count = folded.initTransition(s, t);
            for (int i = 0; i < count; i++) {
                folded.getNextTransition(t);
                written.addTransition(s, t.dest, t.min, t.max);
                for (String[] letter : WRITTEN_AS) {
                    if (t.min <= letter[0].charAt(0) && letter[0].charAt(0) <= t.max) {
                        for (char c : letter[1].toCharArray()) {
                            written.addTransition(s, t.dest, c);
                        }
                    }
                }
            }
        }
        written.finishState();
        return Operations.concatenate(Automata.makeChar(ArabicSearchAnalyzer.WRITTEN_MARK.charAt(0)), written);
    }

    /**
     * Whether a word written {@code written} (a form of the typed word: with clitics, a pronoun, ت for ة before it)
     * writes every letter the reader typed that folding loses as typed: {@code كرة} agrees with والكرة and كرتها, not
     * with كره; {@code الازمة} with الأزمة (ا typed plain agrees with any alef) but not with الازمه.
     */
    static boolean agrees(String typed, String written) {
        String writtenFolded = folded(written);
        // The typed word with its proclitics, else without them (بالكرة typed, الكرة written: the word is كرة).
        for (int clitics = 0; clitics <= Math.min(4, typed.length() - 2); clitics++) {
            if (clitics > 0 && PROCLITIC_LETTERS.indexOf(typed.charAt(clitics - 1)) < 0) {
                break;
            }
            String word = typed.substring(clitics);
            String wordFolded = folded(word);
            boolean marbuta = word.endsWith("\u0629");
            for (int at = 0; at + word.length() - (marbuta ? 1 : 0) <= written.length(); at++) {
                if (alignsAt(wordFolded, writtenFolded, at, marbuta)) {
                    return lettersAgree(word, written, at);
                }
            }
        }
        return false;
    }

    /** The letters of the proclitics (و ف ب ك ل, ال). */
    private static final String PROCLITIC_LETTERS = "\u0648\u0641\u0628\u0643\u0644\u0627";

    /** The typed word stands at {@code at} of the written form, its final ة written ت before a suffix or not. */
    private static boolean alignsAt(String typed, String written, int at, boolean marbuta) {
        int whole = typed.length();
        if (written.regionMatches(at, typed, 0, whole)) {
            return true;
        }
        return marbuta && written.regionMatches(at, typed, 0, whole - 1) && at + whole - 1 < written.length()
                && written.charAt(at + whole - 1) == '\u062A';
    }

    private static boolean lettersAgree(String typed, String written, int at) {
        for (int i = 0; i < typed.length(); i++) {
            char letter = typed.charAt(i);
            if (isLost(letter)) {
                char there = written.charAt(at + i);
                if (there != letter && !(letter == '\u0629' && there == '\u062A')) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True for a letter folding loses: أ إ آ ى ة. */
    static boolean isLost(char c) {
        return c == '\u0622' || c == '\u0623' || c == '\u0625' || c == '\u0649' || c == '\u0629';
    }

    /** Folded letter by letter (the hamza's seats too, for the alignment only: ئ ي, ؤ و). */
    private static String folded(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            letters[i] = switch (letters[i]) {
                case '\u0622', '\u0623', '\u0625' -> '\u0627';
                case '\u0649', '\u0626' -> '\u064A';
                case '\u0629' -> '\u0647';
                case '\u0624' -> '\u0648';
                default -> letters[i];
            };
        }
        return new String(letters);
    }
}
