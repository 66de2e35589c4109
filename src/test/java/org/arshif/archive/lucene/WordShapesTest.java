package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.junit.jupiter.api.Test;

/** The spelling rules of one word, on normalised (folded) words: ة is ه here, and that must not make it a pronoun. */
class WordShapesTest {

    @Test
    void aFinalTehMarbutaIsNotReadOffAsAPronoun() {
        assertEquals(List.of(), WordShapes.withoutTypedClitics("الدوله"), "الدولة is not his الدول");
        assertEquals(List.of(), WordShapes.withoutTypedClitics("اوديه"), "أودية is not his أودي");
        // Other pronouns still are: وصيانتها is صيانة with و and ها.
        assertTrue(WordShapes.withoutTypedClitics("وصيانتها").contains("صيانه"));
    }

    @Test
    void aWordWithoutItsTehMarbutaIsNotAnInflectionButForANisba() {
        CharacterRunAutomaton state = new CharacterRunAutomaton(WordShapes.inflections(WordShapes.core("الدوله")));
        assertFalse(state.run("الدول"));
        assertFalse(state.run("دول"));
        assertTrue(state.run("الدولتين"));
        CharacterRunAutomaton university = new CharacterRunAutomaton(WordShapes.inflections("جامعه"));
        assertFalse(university.run("جامع"));
        CharacterRunAutomaton saudi = new CharacterRunAutomaton(WordShapes.inflections(WordShapes.core("السعوديه")));
        assertTrue(saudi.run("السعودي"));
        assertTrue(saudi.run("السعوديين"));
    }
}
