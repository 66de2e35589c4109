package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.arshif.text.QuerySyntax.AnyOf;
import org.arshif.text.QuerySyntax.Clause;
import org.arshif.text.QuerySyntax.Field;
import org.arshif.text.QuerySyntax.InField;
import org.arshif.text.QuerySyntax.Phrase;
import org.arshif.text.QuerySyntax.Word;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    @Test
    void wordsPhrasesExclusionsPrefixesAndOr() {
        assertEquals(List.of(
                        new Word("أستانا", false, false),
                        new Phrase("وقف القتال", false),
                        new Word("روسيا", false, true),
                        new Word("مفاوض", true, false),
                        new AnyOf(List.of(new Word("جنيف", false, false), new Word("سوتشي", false, false),
                                new Phrase("الأمم المتحدة", false)))),
                QuerySyntax.parse("أستانا \"وقف القتال\" -روسيا مفاوض* جنيف OR سوتشي OR \"الأمم المتحدة\""));
        assertEquals(List.of(new Word("«الأمم", false, false), new Word("المتحدة»", false, false)),
                QuerySyntax.parse("«الأمم المتحدة»"), "guillemets of a pasted headline are not syntax");
    }

    @Test
    void forgivingOfUnclosedQuotesAndStrayOperators() {
        assertEquals(List.of(new Word("سوريا", false, false), new Phrase("وقف القتال", false)),
                QuerySyntax.parse("OR سوريا \"وقف القتال"));
        assertEquals(List.of(new Word("سوريا", false, false)), QuerySyntax.parse("سوريا OR"));
        assertEquals(List.of(), QuerySyntax.parse("  \"\" * "));
    }

    @Test
    void titleAndSourceFieldsInLatinOrArabicAndOtherColonsAsText() {
        assertEquals(List.of(new InField(Field.TITLE, new Word("سوتشي", false, false)),
                        new InField(Field.TITLE, new Phrase("وقف القتال", false)),
                        new InField(Field.SOURCE, new Word("الحياة", false, true)),
                        new InField(Field.SOURCE, new Phrase("عكاظ اليوم", false))),
                QuerySyntax.parse("Title:سوتشي عنوان:\"وقف القتال\" -source:الحياة مصدر:\"عكاظ اليوم\""));
        // A colon elsewhere is the text's: "قال:" in a pasted sentence, a time.
        assertEquals(List.of(new Word("قال:", false, false), new Word("10:30", false, false)),
                QuerySyntax.parse("قال: 10:30"));
    }

    @Test
    void aFieldNamedWithNothingAfterItAddsNothingInEitherLanguage() {
        List<Clause> word = List.of(new Word("سوتشي", false, false));
        for (String bare : List.of("title:", "عنوان:", "Title:", "-title:", "source:", "مصدر:", "-مصدر:")) {
            assertEquals(List.of(), QuerySyntax.parse(bare), bare);
            assertEquals(word, QuerySyntax.parse("سوتشي " + bare), bare);
            assertEquals(word, QuerySyntax.parse(bare + " سوتشي"), bare);
        }
        assertEquals(List.of(new Word("قال:", false, false)), QuerySyntax.parse("قال: title:"));
    }

    @Test
    void aQueryOfPunctuationAloneHoldsNoWord() {
        for (String nothing : List.of("؟؟؟", "...", "-", "«»", "؟ ، ! ؛", "\"...\"", "\u200f؟\u200f", "title:؟", "ـ",
                "||", "€")) {
            assertTrue(QuerySyntax.holdsNoWord(QuerySyntax.parseTyped(nothing)), nothing);
        }
        for (String something : List.of("", " ", "\"", "title:", "سوتشي ؟", "2015", "🙂", "♥", "-سوتشي", "A", "&&")) {
            assertFalse(QuerySyntax.holdsNoWord(QuerySyntax.parseTyped(something)), something);
        }
    }

    @Test
    void aPastedTextIsSearchedAsTextAndSaysSoWhenItsSignsAreReadAsWords() {
        String pasted = "قال المتحدث باسم الوزارة إن " + "الاجتماع ".repeat(40);
        assertFalse(QuerySyntax.readsSyntaxAsText(QuerySyntax.parseTyped(pasted)),
                "plain words: nothing read otherwise");
        assertFalse(QuerySyntax.readsSyntaxAsText(QuerySyntax.parseTyped(pasted + "source:okaz")),
                "a source still filters");
        assertFalse(QuerySyntax.readsSyntaxAsText(QuerySyntax.parseTyped("الاجتماع -الوزارة")),
                "a short query's signs are its syntax");
        for (String sign : List.of("-الفقر", "الفقر*", "الفقر OR الجوع", "title:الفقر")) {
            assertTrue(QuerySyntax.readsSyntaxAsText(QuerySyntax.parseTyped(pasted + sign)), sign);
        }
        List<Clause> searched = QuerySyntax.searched(QuerySyntax.parse(pasted + "-الفقر source:okaz"));
        assertEquals(new Word("الفقر", false, false), searched.get(searched.size() - 2), "the exclusion is a word");
        assertEquals(new InField(Field.SOURCE, new Word("okaz", false, false)), searched.getLast());
    }

    @Test
    void luceneHabitsAndIsWhatWordsDoAndNotExcludes() {
        List<Clause> both = List.of(new Word("الرياض", false, false), new Word("جدة", false, false));
        assertEquals(both, QuerySyntax.parse("الرياض AND جدة"));
        assertEquals(both, QuerySyntax.parse("الرياض && جدة"));
        assertEquals(List.of(new Word("الرياض", false, false), new Word("جدة", false, true)),
                QuerySyntax.parse("الرياض NOT جدة"));
        assertEquals(List.of(new Phrase("وقف القتال", true)), QuerySyntax.parse("NOT \"وقف القتال\""));
        assertEquals(List.of(new InField(Field.SOURCE, new Word("okaz", false, true))),
                QuerySyntax.parse("NOT source:okaz"));
        // Written small they are words (an English text's "and", "not"), and a lone operator adds nothing.
        assertEquals(List.of(new Word("and", false, false), new Word("not", false, false)),
                QuerySyntax.parse("and not"));
        assertEquals(List.of(), QuerySyntax.parse("AND NOT"));
    }
}
