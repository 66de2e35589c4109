package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.arshif.archive.TestArticles.SAME_STORY_EDITED;
import static org.arshif.archive.TestArticles.SAME_SUBJECT;
import static org.arshif.archive.TestArticles.STORY;

class FingerprintTest {

    @Test
    void identicalBodiesAreTheSameText() {
        Fingerprint a = Fingerprint.of(STORY);
        Fingerprint b = Fingerprint.of(STORY);
        assertArrayEquals(a.sketch(), b.sketch());
        assertArrayEquals(a.bandKeys(), b.bandKeys());
        assertEquals(1.0, Fingerprint.similarity(a.sketch(), b.sketch()), 1e-9);
    }

    @Test
    void punctuationMarksAndHamzaDoNotSeparateCopies() {
        String variant = STORY.replace("أعلنت", "اعلنت").replace("،", " ,").replace("مدينة", "مدينَة");
        assertEquals(1.0, Fingerprint.similarity(Fingerprint.of(STORY).sketch(), Fingerprint.of(variant).sketch()), 1e-9);
    }

    @Test
    void anEditedCopyIsAboveTheThresholdAndMeetsTheOriginalInABand() {
        Fingerprint original = Fingerprint.of(STORY);
        Fingerprint edited = Fingerprint.of(SAME_STORY_EDITED);
        double similarity = Fingerprint.similarity(original.sketch(), edited.sketch());
        assertTrue(similarity >= 0.5, "similarity " + similarity);
        Set<String> keys = new HashSet<>(Arrays.asList(original.bandKeys()));
        assertTrue(Arrays.stream(edited.bandKeys()).anyMatch(keys::contains));
    }

    @Test
    void anArticleOnTheSameSubjectIsNotACopy() {
        double similarity = Fingerprint.similarity(Fingerprint.of(STORY).sketch(), Fingerprint.of(SAME_SUBJECT).sketch());
        assertTrue(similarity < 0.2, "similarity " + similarity);
    }

    @Test
    void aBodyOfAFewWordsHasNoFingerprint() {
        assertNull(Fingerprint.of("خبر قصير من سطر واحد فقط"));
        assertNull(Fingerprint.of(""));
    }
}
