package org.arshif.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Length and numbers that two bodies must share to be copies of one text. */
class CopyEvidenceTest {

    static final String REPORT = "أعلنت الوزارة تخريج %s مستفيدا من البرنامج التدريبي الذي استمر ستة أشهر في مدينة الرياض"
            + " بالتعاون مع المؤسسة العامة للتدريب التقني والمهني";

    static CopyEvidence of(String text) {
        return CopyEvidence.of(text);
    }

    @Test
    void otherNumbersAreOtherNewsAndArabicIndicDigitsAndLeadingZerosAreTheSameNumber() {
        assertFalse(of(REPORT.formatted("95")).allowsCopy(of(REPORT.formatted("63"))));
        assertTrue(of(REPORT.formatted("95")).allowsCopy(of(REPORT.formatted("٩٥"))));
        assertTrue(of(REPORT.formatted("095")).allowsCopy(of(REPORT.formatted("۹۵"))));
        assertTrue(of(REPORT.formatted("000")).allowsCopy(of(REPORT.formatted("٠"))), "zeros alone are the number 0");
        assertFalse(of(REPORT.formatted("000")).allowsCopy(of(REPORT.formatted("1"))));
        assertFalse(of(REPORT.formatted("0070")).allowsCopy(of(REPORT.formatted("7"))), "only leading zeros go");
    }

    @Test
    void aDatelineAddsNumbersWithoutMakingAnotherText() {
        String dated = "الرياض 25 يناير 2016 واس " + REPORT.formatted("95");
        assertTrue(of(dated).allowsCopy(of(REPORT.formatted("95"))));
        assertTrue(of(REPORT.formatted("95")).allowsCopy(of(dated)));
    }

    @Test
    void aNumberAfterAPrefixCountsAndDigitsAfterAStemDoNot() {
        assertFalse(of(REPORT.formatted("بـ300")).allowsCopy(of(REPORT.formatted("بـ400"))), "«بـ300»: a prefix");
        assertFalse(of(REPORT.formatted("و15")).allowsCopy(of(REPORT.formatted("و16"))));
        assertTrue(of("مراسل5 " + REPORT.formatted("9")).allowsCopy(of("مراسل7 " + REPORT.formatted("9"))),
                "a reporter's code is not a number of the news");
    }

    @Test
    void aShortTextIsNotACopyOfOneTwiceItsLength() {
        String report = REPORT.formatted("95");
        assertFalse(of(report).allowsCopy(of(report + " " + report.replace("الرياض", "جدة"))));
        assertTrue(of(report).allowsCopy(of(report + " تغطية محمد العتيبي")));
    }
}
