package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text file's sidecar that holds a text of its own (hostile review: it was dropped without a word). The text file is
 * the article — it is what the user put there to be read —, so its text is imported; the sidecar's other text is said
 * in a note naming both files and the field, in both languages. A sidecar repeating the file's text says nothing.
 */
class SidecarBodyTest {

    @TempDir
    Path dir;

    @Test
    void aSidecarWithAnotherTextIsNotedAndOneWithTheSameTextIsNot() throws Exception {
        Path news = Files.createDirectories(dir.resolve("أخبار"));
        Path text = Files.writeString(news.resolve("تبوك.txt"), "أعلنت وزارة الصحة افتتاح مستشفى في تبوك.\n");
        Path sidecar = Files.writeString(news.resolve("تبوك.json"), """
                {"title": "مستشفى تبوك", "date": "2015-07-22",
                 "Content": "<p>نص آخر من نظام النشر: أعلنت الوزارة افتتاح مستشفى.</p>"}
                """);
        Files.writeString(news.resolve("جدة.txt"), "هطلت أمطار غزيرة على جدة.\n\nوأغلقت الأنفاق.\n");
        Files.writeString(news.resolve("جدة.json"), """
                {"title": "أمطار جدة", "body": ["هطلت أمطار غزيرة على جدة.", "وأغلقت الأنفاق."]}
                """);
        FileImporter importer = new FileImporter(List.of(news), FieldMapping.DEFAULT);
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importArticles(importer, ImportMonitor.NONE);
            assertEquals(2, report.added());
            var article = archive.search(org.arshif.model.SearchQuery.of("تبوك")).hits().getFirst();
            assertEquals("مستشفى تبوك", article.title(), "the sidecar's other fields are used");
            assertEquals(List.of("أعلنت وزارة الصحة افتتاح مستشفى في تبوك."),
                    archive.get(article.id()).orElseThrow().paragraphs(), "the text file's text");
        }
        assertEquals(1, importer.notes().count(), importer.notes().listed().toString());
        ImportProblem note = importer.notes().listed().getFirst();
        assertEquals(text + ": its sidecar " + sidecar + " also has a text (field «Content»), not this file's: the"
                + " text file's text was imported, the sidecar's was not", note.describe());
        assertEquals("الملف \u2068" + text + "\u2069: ملفه المرافق \u2068" + sidecar + "\u2069 فيه نص أيضاً (الحقل"
                + " «\u2068Content\u2069») غير نص هذا الملف: استُورد نص الملف النصي لا نص الملف المرافق",
                note.whole().text(Locale.ROOT));
    }
}
