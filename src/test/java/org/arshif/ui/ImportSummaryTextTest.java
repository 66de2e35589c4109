package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's summary of an import says how many articles were found unchanged, and its notes name a repeated id
 * with both records, in Arabic and in English (hostile review: a file imported again was «10 updated»).
 */
class ImportSummaryTextTest {

    @TempDir
    Path dir;

    @AfterEach
    void arabicAgain() {
        Messages.use(Messages.ARABIC);
    }

    @Test
    void aFileImportedAgainIsSaidUnchangedAndItsRepeatedIdNamed() throws Exception {
        Path feed = Files.writeString(dir.resolve("واس.jsonl"), """
                {"id": "spa-1", "title": "افتتاح مستشفى تبوك", "content": "أعلنت وزارة الصحة افتتاح مستشفى في تبوك."}
                {"id": "spa-2", "title": "أمطار على جدة", "content": "هطلت أمطار غزيرة على جدة مساء أمس."}
                {"id": "spa-3", "title": "معرض الكتاب", "content": "افتتح معرض الرياض الدولي للكتاب أبوابه."}
                {"id": "spa-2", "title": "أمطار على جدة", "content": "هطلت أمطار غزيرة على جدة مساء أمس وأغلقت الأنفاق."}
                """);
        FileImporter importer = new FileImporter(List.of(feed), FieldMapping.DEFAULT);
        ImportReport again;
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            archive.importArticles(importer, ImportMonitor.NONE);
            again = archive.importArticles(importer, ImportMonitor.NONE);
        }
        String seconds = String.format(java.util.Locale.ROOT, "%.1f", again.elapsed().toMillis() / 1000.0);
        Messages.use(Messages.ARABIC);
        assertEquals("أُضيف 0، وحُدّث 1، ولم يتغيّر 2، وتُخطّي 0 في " + seconds + " ث",
                ImportController.summary(again));
        assertEquals(List.of("\u2068" + feed + "\u2069، السجل 4: المعرّف «\u2068spa-2\u2069» قُرئ من قبل في \u2068"
                + feed + "\u2069، السجل 2؛ والمُبقى هذا السجل الأخير"),
                importer.notes().listedWith(again).stream().map(Messages::describe).toList());
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("0 added, 1 updated, 2 unchanged, 0 skipped in " + seconds + " s", ImportController.summary(again));
        assertEquals(List.of(feed + ", record 4: the id «spa-2» was read before, at " + feed + ", record 2; this later"
                + " record is the one kept"), importer.notes().listedWith(again).stream().map(Messages::describe).toList());
    }
}
