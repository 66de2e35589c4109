package org.arshif.archive.lucene;

import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replaced articles' share of the totals is committed by the import, and equals what analysing them gives. */
class LiveStatisticsSearcherTest {

    @TempDir
    Path dir;

    @Test
    void theImportCommitsTheReplacedArticlesSharesAndTheyEqualAFreshCount() throws Exception {
        Path folder = dir.resolve("archive");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(TestArticles.sourceOf(articles("الأولى", 200)), ImportMonitor.NONE);
            archive.importArticles(TestArticles.sourceOf(articles("المصححة", 10)), ImportMonitor.NONE);
        }
        try (var directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertTrue(reader.hasDeletions(), "ten articles replaced, not yet merged away");
            String committed = reader.getIndexCommit().getUserData().get(LiveStatisticsSearcher.SHARES_KEY);
            String fresh = LiveStatisticsSearcher.sharesOf(reader, new ArabicSearchAnalyzer(), "");
            assertFalse(fresh.isEmpty());
            assertEquals(fresh, committed);
            assertEquals(0, fresh.lines().count() % 3, "three text fields for each segment with deletions: " + fresh);
            assertEquals(List.of(), LiveStatisticsSearcher.wrongShares(reader, new ArabicSearchAnalyzer()));
        }
        // A share that does not match its articles is found by check.
        try (var directory = FSDirectory.open(folder);
             var writer = new org.apache.lucene.index.IndexWriter(directory, new org.apache.lucene.index.IndexWriterConfig()
                     .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            var data = new java.util.HashMap<String, String>();
            writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
            data.put(LiveStatisticsSearcher.SHARES_KEY,
                    data.get(LiveStatisticsSearcher.SHARES_KEY).replaceFirst(":(\\d+)\n", ":999999\n"));
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertThrows(DamagedArchiveException.class, reader::verifyDerivedState);
        }
    }

    private static List<Article> articles(String version, int count) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            articles.add(TestArticles.article("a" + i, "خبر " + i + " النسخة " + version, LocalDate.of(2017, 10, 30),
                    "الرياض", "نص النسخة " + version + " من الخبر رقم " + i + " عن محادثات أستانا"));
        }
        return articles;
    }
}
