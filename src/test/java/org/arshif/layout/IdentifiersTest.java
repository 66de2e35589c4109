package org.arshif.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    private static List<String> found(String text) {
        BitSet covered = Identifiers.in(text);
        List<String> pieces = new ArrayList<>();
        for (int i = covered.nextSetBit(0); i >= 0; ) {
            int end = covered.nextClearBit(i);
            pieces.add(text.substring(i, end));
            i = covered.nextSetBit(end);
        }
        return pieces;
    }

    @Test
    void findsAddressesHandlesAndWebAddressesWithoutTheirSentencePunctuation() {
        assertEquals(List.of("@aljamili", "aaljamili@yahoo.com"), found("تويتر @aljamili aaljamili@yahoo.com"));
        assertEquals(List.of("www.spa.gov.sa/news?id=1", "https://x.com/a_b"),
                found("انظر www.spa.gov.sa/news?id=1. وكذلك (https://x.com/a_b)، انتهى"));
        assertEquals(List.of("Mashr-26@hotmail.com"), found("Mashr-26@hotmail.comللتواصل"));
    }

    @Test
    void numbersAbbreviationsAndArabicAreNoAddresses() {
        assertEquals(List.of(), found("بلغت 3.5 مليار، قال د. محمد إن Mr. Smith وصل"));
        assertEquals(List.of(), found("السعر 20@ ريال"));
    }

    @Test
    void aHandleInARightToLeftLineReadsLeftToRightWithItsAt() {
        String text = "تويتر @aljamili";
        Bidi bidi = Identifiers.bidi(text, true);
        int at = text.indexOf('@');
        // The @ belongs to the handle's left-to-right embedding, not to the Arabic around it.
        assertEquals(bidi.getLevelAt(at + 1), bidi.getLevelAt(at));
        assertEquals(0, bidi.getLevelAt(at) % 2);
    }
}
