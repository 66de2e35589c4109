package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeMap;
import org.arshif.pdf.ExportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The status line after an export names what the PDF could not show as written. */
class ExportSummaryTest {

    @AfterEach
    void arabicAgain() {
        Messages.use(Messages.ARABIC);
    }

    private static ExportReport report(int missing, int shortened) {
        TreeMap<Integer, Integer> characters = new TreeMap<>();
        if (missing > 0) {
            characters.put(0x1F600, missing);
        }
        return new ExportReport(Path.of("/tmp/out.pdf"), 3, 5, missing, Duration.ZERO, characters, shortened);
    }

    @Test
    void arabic() {
        Messages.use(Messages.ARABIC);
        assertEquals("صُدِّر 3 مقالات إلى out.pdf", ExportController.summary(report(0, 0)));
        assertEquals("صُدِّر 3 مقالات إلى out.pdf · حرفان لا شكل لهما في الخطوط المرفقة لم يُرسما: 😀 U+1F600 ×2"
                + " · عنوان واحد أطول من 600 حرف قُصّ في الملف وبقي كاملاً في الأرشيف",
                ExportController.summary(report(2, 1)));
        assertEquals("صُدِّر 3 مقالات إلى out.pdf · 11 عنوانًا أطول من 600 حرف قُصّت في الملف وبقيت كاملة في الأرشيف",
                ExportController.summary(report(0, 11)));
    }

    @Test
    void english() {
        Messages.use(Messages.ENGLISH);
        assertEquals("Exported 3 articles to out.pdf · 1 character has no glyph in the bundled fonts and was left out:"
                + " 😀 U+1F600 ×1 · 2 titles are longer than 600 characters: cut in the PDF, kept whole in the archive",
                ExportController.summary(report(1, 2)));
    }
}
