package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An archive keeps fewer segments than Lucene's default policy: a search walks every segment's term dictionary for
 * each query word's forms, and small imports each leave a segment.
 */
class ArchiveMergePolicyTest {

    @TempDir
    Path dir;

    /**
     * Twenty small commits (twenty one-article imports): under the archive's policy an index never holds more than
     * five segments, under Lucene's default ten before they are merged.
     */
    @Test
    void smallCommitsAreMergedIntoFewerSegmentsThanTheDefaultKeeps() throws Exception {
        int archive = segmentsAfterTwentyCommits(LuceneArchive.mergePolicy(), dir.resolve("archive"));
        int lucenes = segmentsAfterTwentyCommits(new TieredMergePolicy(), dir.resolve("default"));
        assertTrue(archive <= 5 && lucenes >= 10, "the most segments seen: the archive's policy " + archive
                + ", Lucene's default " + lucenes);
    }

    /**
     * The archive's writer merges by that policy: through twenty one-article imports its last commit never holds more
     * than six segments (five, and the one an import's own merge may not have finished with); Lucene's default lets
     * ten build up.
     */
    @Test
    void anArchiveOfTwentyImportsNeverHoldsMoreThanSixSegments() throws Exception {
        Path folder = dir.resolve("imports");
        int most = 0;
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            for (int i = 0; i < 20; i++) {
                archive.importArticles(TestArticles.sourceOf(List.of(TestArticles.article("id-" + i,
                        "عنوان المقال " + i, LocalDate.of(2017, 10, 1 + i), "سبق",
                        "نص المقال رقم " + i + " عن محادثات أستانا في كازاخستان."))), ImportMonitor.NONE);
                try (FSDirectory directory = FSDirectory.open(folder);
                     DirectoryReader reader = DirectoryReader.open(directory)) {
                    assertEquals(i + 1, reader.numDocs());
                    most = Math.max(most, reader.leaves().size());
                }
            }
        }
        assertTrue(most <= 6, "the most segments a commit held: " + most);
    }

    /** The most segments the index held after any of twenty one-document commits. */
    private static int segmentsAfterTwentyCommits(MergePolicy policy, Path folder) throws Exception {
        IndexWriterConfig config = new IndexWriterConfig(new ArabicSearchAnalyzer()).setMergePolicy(policy)
                .setMergeScheduler(new SerialMergeScheduler());
        try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config)) {
            int most = 0;
            for (int i = 0; i < 20; i++) {
                Document doc = new Document();
                doc.add(new TextField(ArchiveFields.BODY, "نص المقال رقم " + i, Field.Store.YES));
                writer.addDocument(doc);
                writer.commit(); // the serial scheduler has merged what the policy asks for when this returns
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    most = Math.max(most, reader.leaves().size());
                }
            }
            return most;
        }
    }
}
