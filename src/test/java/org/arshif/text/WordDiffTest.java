package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    /** The words a side's spans cover, paragraph by paragraph. */
    private static List<List<String>> marked(List<String> paragraphs, List<List<Snippet.Span>> spans) {
        List<List<String>> words = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            words.add(spans.get(p).stream().map(span -> text.substring(span.start(), span.end())).toList());
        }
        return words;
    }

    @Test
    void aChangedWordIsMarkedOnBothSidesAndNothingElse() {
        List<String> riyadh = List.of("أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة تبوك.");
        List<String> yaum = List.of("أعلنت وزارة الصحة أمس افتتاح مستشفى جديد في مدينة تبوك.");
        WordDiff.Result diff = WordDiff.compare(riyadh, yaum);
        assertTrue(diff.compared());
        assertFalse(diff.same());
        assertEquals(List.of(List.of("اليوم")), marked(riyadh, diff.left()));
        assertEquals(List.of(List.of("أمس")), marked(yaum, diff.right()));
    }

    @Test
    void aChangedLetterMakesAWordDifferButMarksTatweelAndPunctuationAroundItDoNot() {
        // From two papers' copies of one story: «(56)» and «56»; tanween before and after the alef; a shadda.
        List<String> one = List.of("بلغت أربعمئة مليون ريال لرفع عدد الأسرة وعددهم (56) مستفيداً في الشمال.");
        List<String> two = List.of("بلغت اربعمئة مليون ريال، لرفع عدد الأسرّة وعددهم 56 مستفيدًا في الشـمال");
        WordDiff.Result diff = WordDiff.compare(one, two);
        assertEquals(List.of(List.of("أربعمئة")), marked(one, diff.left()));
        assertEquals(List.of(List.of("اربعمئة")), marked(two, diff.right()));
        assertFalse(WordDiff.compare(List.of("مدرسة"), List.of("مدرسه")).same(), "ة and ه are different letters");
        assertFalse(WordDiff.compare(List.of("عام 2015"), List.of("عام 2016")).same());
        // A word of punctuation alone is no word: a dash against a comma is no difference (the hostile review).
        assertTrue(WordDiff.compare(List.of("أمس - اليوم"), List.of("أمس ، اليوم")).same());
    }

    @Test
    void lettersLeaveOutMarksTatweelAndSurroundingPunctuationOnly() {
        assertEquals("مستفيدا", WordDiff.letters("مستفيدًا"));
        assertEquals("مستفيدا", WordDiff.letters("مستفيداً"));
        assertEquals("المناصحة", WordDiff.letters("«المناصحة»"));
        assertEquals("الشمال", WordDiff.letters("الشـمال."));
        assertEquals("1436/6/2", WordDiff.letters("(1436/6/2)"), "punctuation inside a word stays");
        assertEquals("", WordDiff.letters("-"), "a dash alone is no word");
        // What a reader cannot see, or reads the same (the hostile review): a right-to-left mark inside a word, a
        // zero-width non-joiner after it, Arabic-Indic digits against Western ones.
        assertEquals("الحكومة", WordDiff.letters("الح\u200Fكومة"));
        assertEquals("الحكومة", WordDiff.letters("الحكومة\u200C"));
        assertEquals("10", WordDiff.letters("١٠"));
        assertEquals("10", WordDiff.letters("۱۰"));
    }

    @Test
    void aLoneDashAnInvisibleMarkOrOtherDigitsAreNoDifference() {
        assertTrue(WordDiff.compare(List.of("قال الوزير - في بيان - إن ١٠ مدارس فتحت"),
                List.of("قال الو\u200Fزير في بيان إن 10 مدارس\u200C فتحت")).same());
    }

    @Test
    void anInsertedPhraseIsOneSpanAndTheOtherSideMarksNothing() {
        List<String> wire = List.of("قال المتحدث إن العمل بدأ قبل ثلاث سنوات");
        List<String> paper = List.of("قال المتحدث باسم وزارة الصحة إن العمل بدأ قبل ثلاث سنوات");
        WordDiff.Result diff = WordDiff.compare(wire, paper);
        assertEquals(List.of(List.of()), diff.left());
        assertEquals(List.of(List.of("باسم وزارة الصحة")), marked(paper, diff.right()));
        Snippet.Span span = diff.right().getFirst().getFirst();
        assertEquals(paper.getFirst().indexOf("باسم"), span.start());
    }

    @Test
    void aParagraphSplitOtherwiseChangesNoWordAndSpansStayInTheirParagraph() {
        List<String> one = List.of("افتتحت وزارة الصحة مستشفى تبوك. ويضم المستشفى أقساماً للطوارئ.");
        List<String> two = List.of("افتتحت وزارة الصحة مستشفى تبوك.", "ويضم المستشفى أقساماً للطوارئ.");
        WordDiff.Result same = WordDiff.compare(one, two);
        assertTrue(same.same());
        assertEquals(2, same.right().size(), "one list of spans per paragraph");

        List<String> changed = List.of("افتتحت الوزارة", "مستشفى تبوك اليوم");
        List<String> original = List.of("افتتحت وزارة الصحة مستشفى تبوك أمس");
        WordDiff.Result diff = WordDiff.compare(changed, original);
        // «الوزارة» ends the first paragraph and «اليوم» the second: two spans, never one across the break.
        assertEquals(List.of(List.of("الوزارة"), List.of("اليوم")), marked(changed, diff.left()));
        assertEquals(List.of(List.of("وزارة الصحة", "أمس")), marked(original, diff.right()));
    }

    @Test
    void repeatedWordsAlignWithTheLongestCommonRun() {
        List<String> one = List.of("في في المدينة في");
        List<String> two = List.of("في المدينة في في");
        WordDiff.Result diff = WordDiff.compare(one, two);
        // Three of the four words are kept in order: one word moved, marked where it left and where it arrived.
        assertEquals(1, diff.left().getFirst().size());
        assertEquals(1, diff.right().getFirst().size());
        assertEquals(marked(one, diff.left()), marked(two, diff.right()));
        assertTrue(WordDiff.compare(List.of("في المدينة في"), List.of("في المدينة في")).same());
    }

    @Test
    void anEmptyCopyAgainstAFullOneMarksEveryWordAndSpacesAreNotWords() {
        List<String> full = List.of("  خبر\u00A0قصير \t جداً ");
        WordDiff.Result diff = WordDiff.compare(List.of(""), full);
        assertEquals(List.of(List.of()), diff.left());
        assertEquals(List.of(List.of("خبر\u00A0قصير \t جداً")), marked(full, diff.right()));
        assertTrue(WordDiff.compare(List.of(), List.of()).same());
    }

    @Test
    void copiesTooLongToCompareAreSaidToBeSoAndNothingIsMarked() {
        int words = (int) Math.sqrt(WordDiff.MAX_PAIRS) + 10;
        StringBuilder one = new StringBuilder("بداية ");
        StringBuilder two = new StringBuilder("بداية ");
        for (int i = 0; i < words; i++) {
            one.append("أ").append(i).append(' ');
            two.append("ب").append(i).append(' ');
        }
        WordDiff.Result diff = WordDiff.compare(List.of(one.toString()), List.of(two.toString()));
        assertFalse(diff.compared());
        assertFalse(diff.same());
        assertEquals(List.of(List.of()), diff.left());
        // The same two long copies with one word changed are compared: the shared beginning and end are set aside.
        String changed = one.toString().replace("أ77 ", "ج77 ");
        WordDiff.Result near = WordDiff.compare(List.of(one.toString()), List.of(changed));
        assertTrue(near.compared());
        assertEquals(List.of(List.of("ج77")), marked(List.of(changed), near.right()));
    }
}
