package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicFoldingTest {

    @Test
    void theFoldedHashIsTheFoldedWordsHash() {
        List<String> texts = List.of("أَحْمَدُ", "إلى الـمـدرسة", "آيةٌ مُصطفى", "ٱلكتاب ک ی ۀ", "٢٠١٥ و۲۰۱۵", "NASA Über",
                "ـــ", "ً", "", "قال الرئيسُ إنّ المفاوضاتِ ستُستأنف");
        for (String text : texts) {
            for (int start = 0; start <= text.length(); start++) {
                for (int end = start; end <= text.length(); end++) {
                    assertEquals(ArabicFolding.fold(text.substring(start, end)).hashCode(),
                            ArabicFolding.foldedHash(text, start, end), text + " [" + start + ", " + end + ")");
                }
            }
        }
        assertEquals("احمد".hashCode(), ArabicFolding.foldedHash("أَحْمَدُ", 0, 8));
    }
}
