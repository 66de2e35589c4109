package org.arshif.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleCollectionTest {

    private final ArticleCollection astana = ArticleCollection.named("  محادثات أستانا ").with(List.of("a", "b", "c"));

    @Test
    void articlesAreAddedAtTheEndOnceEachInTheOrderGiven() {
        assertEquals("محادثات أستانا", astana.name(), "the name is kept stripped");
        assertEquals(List.of("a", "b", "c", "d"), astana.with(List.of("b", "d", "d")).articleIds());
    }

    @Test
    void moveKeepsTheOthersInOrderAndRefusesAPositionOutsideTheCollection() {
        assertEquals(List.of("c", "a", "b"), astana.moved("c", 0).articleIds());
        assertEquals(List.of("b", "c", "a"), astana.moved("a", 2).articleIds());
        IllegalArgumentException beyond = assertThrows(IllegalArgumentException.class, () -> astana.moved("a", 99));
        assertEquals("position 100 is outside the collection 'محادثات أستانا', whose positions run from 1 to 3;"
                + " nothing was moved", beyond.getMessage());
        assertThrows(IllegalArgumentException.class, () -> astana.moved("a", -1));
        assertEquals(List.of("b", "a", "c"), astana.moved("a", 1).articleIds());
        assertThrows(IllegalArgumentException.class, () -> astana.moved("x", 0));
    }

    @Test
    void aNoteStaysWithItsArticleThroughMovesAndRemovals() {
        ArticleCollection noted = astana.withNote("b", "الجولة السابعة\nص 3").moved("b", 2).without(List.of("a"));
        assertEquals(List.of(new ArticleCollection.Entry("c", ""), new ArticleCollection.Entry("b", "الجولة السابعة\nص 3")),
                noted.entries());
    }

    @Test
    void namesAreOneLineNotBlankAndBounded() {
        assertThrows(IllegalArgumentException.class, () -> ArticleCollection.named(" \t"));
        assertThrows(IllegalArgumentException.class, () -> ArticleCollection.named("سطر\nسطر"));
        assertThrows(IllegalArgumentException.class, () -> ArticleCollection.named("ا".repeat(201)));
        assertEquals(200, ArticleCollection.named("ا".repeat(200)).name().length());
        IllegalArgumentException longNote = assertThrows(IllegalArgumentException.class,
                () -> astana.withNote("a", "ن".repeat(ArticleCollection.NOTE_LIMIT + 1)));
        assertTrue(longNote.getMessage().contains("20000"), longNote.getMessage());
    }

    @Test
    void anArticleIsNeverHeldTwice() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleCollection("x",
                List.of(new ArticleCollection.Entry("a", ""), new ArticleCollection.Entry("a", "again"))));
    }

    @Test
    void namesThatLookTheSameAreTheSameName() {
        assertEquals("أستانا", ArticleCollection.checkedName("\u0627\u0654\u0633\u062a\u0627\u0646\u0627"),
                "a decomposed hamza composes");
        assertEquals("أستانا", ArticleCollection.checkedName("\u200fأستا\u200bنا\u2066"), "marks and zero-width spaces go");
        assertEquals("می\u200cخواهم", ArticleCollection.checkedName("می\u200cخواهم"), "ZWNJ stays: Persian spells with it");
        assertEquals(150 * 2, ArticleCollection.checkedName("📰".repeat(150)).length(), "characters, not UTF-16 units");
    }
}
