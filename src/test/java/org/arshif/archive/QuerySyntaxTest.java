package org.arshif.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.arshif.archive.QuerySyntax.AnyOf;
import org.arshif.archive.QuerySyntax.Phrase;
import org.arshif.archive.QuerySyntax.Word;
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
}
