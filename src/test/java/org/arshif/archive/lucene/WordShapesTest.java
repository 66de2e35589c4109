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

    @Test
    void aWordWithALoneHaaIsItsInflectionNotTheWordItself() {
        // جامعه is جامعة (university) folded far more often than جامع (mosque) + ه (his).
        CharacterRunAutomaton mosque = new CharacterRunAutomaton(WordShapes.withClitics("جامع",
                WordShapes.sameWord("جامع")));
        assertFalse(mosque.run("جامعه"));
        assertFalse(mosque.run("وجامعه"));
        assertTrue(mosque.run("وجامعها"));
        assertTrue(mosque.run("الجامع"));
        CharacterRunAutomaton inflected = new CharacterRunAutomaton(WordShapes.inflections("جامع"));
        assertTrue(inflected.run("جامعه"));
        assertFalse(inflected.run("الجامعه"), "with the article, ه is a teh marbuta: another word");
        // Before another suffix a teh marbuta is written ت: حكومته is still his government.
        assertTrue(new CharacterRunAutomaton(WordShapes.withClitics("حكومه", WordShapes.sameWord("حكومه")))
                .run("حكومته"));
    }

    @Test
    void aFinalAlefAndAlefMaqsuraStandForOneAnotherBothWays() {
        CharacterRunAutomaton musa = new CharacterRunAutomaton(WordShapes.withClitics("موسا",
                WordShapes.otherSpellings("موسا")));
        assertTrue(musa.run("موسي"));
        assertTrue(musa.run("وموسي"));
        assertTrue(new CharacterRunAutomaton(WordShapes.otherSpellings("مستشفا")).run("مستشفي"));
        assertTrue(new CharacterRunAutomaton(WordShapes.otherSpellings("موسي")).run("موسا"));
        // A hamza seat, a letter doubled, a vowel dropped to three letters, a pronoun: other words, not spellings.
        for (String other : List.of("مؤسسه", "المؤسسه", "للمؤسسه", "موسسه", "لمسه", "مساهم")) {
            assertFalse(musa.run(other), other);
        }
        CharacterRunAutomaton isa = new CharacterRunAutomaton(WordShapes.withClitics("عيسا",
                WordShapes.otherSpellings("عيسا")));
        assertTrue(isa.run("عيسي"));
        for (String other : List.of("عساكم", "عساه", "عسانا", "عسي")) {
            assertFalse(isa.run(other), other);
        }
    }

    @Test
    void aHamzaOnYaaOrWawIsOneWordWhicheverSeatTheWriterChose() {
        CharacterRunAutomaton official = new CharacterRunAutomaton(WordShapes.withClitics("مسئول",
                WordShapes.sameWord("مسئول")));
        for (String same : List.of("مسئول", "مسؤول", "والمسؤول", "ومسؤولهم")) {
            assertTrue(official.run(same), same);
        }
        assertTrue(new CharacterRunAutomaton(WordShapes.sameWord("شؤون")).run("شئون"));
        assertTrue(new CharacterRunAutomaton(WordShapes.sameWord("المبادئ")).run("المباديء"), "المبادىء folded");
        assertTrue(new CharacterRunAutomaton(WordShapes.sameWord("المباديء")).run("المبادئ"));
        assertTrue(new CharacterRunAutomaton(WordShapes.sameWord("طوارئ")).run("طواريء"));
        // Written apart, the hamza is still written: بريء (innocent) is not بري (wild), nor كبرى; مليء not مليون.
        CharacterRunAutomaton innocent = new CharacterRunAutomaton(WordShapes.withClitics("بريء",
                WordShapes.sameWord("بريء")));
        assertTrue(innocent.run("برئ") && innocent.run("والبريء") && innocent.run("بريئ"));
        for (String other : List.of("بري", "البري", "كبري", "بريه")) {
            assertFalse(innocent.run(other), other);
        }
        // A three-letter word keeps its seat: بئر (a well) is not بؤر (hotbeds), بؤس (misery) not بئس.
        assertFalse(new CharacterRunAutomaton(WordShapes.sameWord("بئر")).run("بؤر"));
        assertFalse(new CharacterRunAutomaton(WordShapes.sameWord("بؤس")).run("بئس"));
        // A plain waw or yaa does not take a hamza of the other seat.
        assertFalse(new CharacterRunAutomaton(WordShapes.sameWord("مسيول")).run("مسؤول"));
    }

    @Test
    void anArticleKeptOnAShortWordStillTakesLamAsLamLam() {
        CharacterRunAutomaton pilgrimage = new CharacterRunAutomaton(WordShapes.withClitics(WordShapes.core("الحج"),
                WordShapes.sameWord(WordShapes.core("الحج"))));
        for (String same : List.of("الحج", "والحج", "بالحج", "للحج", "وللحج", "فللحج")) {
            assertTrue(pilgrimage.run(same), same);
        }
        assertFalse(pilgrimage.run("حج"), "two letters without the article are too easily another word (الهم, هم)");
    }
}
