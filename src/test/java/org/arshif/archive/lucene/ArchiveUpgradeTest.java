package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.UpgradeCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Archives written by earlier builds (kept in the test resources, see {@link KeptArchives}) are upgraded in place at
 * their first writable open: once, from their own stored fields, with their history, after which they search exactly
 * as a fresh import of the same files by this build does.
 */
class ArchiveUpgradeTest {

    @TempDir
    Path dir;

    /** Counts what an upgrade reports: the articles announced, and the progress calls. */
    private static class CountingMonitor implements ImportMonitor {
        final AtomicLong total = new AtomicLong(-1);
        final AtomicLong lastImported = new AtomicLong();
        volatile boolean cancel;

        @Override
        public void total(long records) {
            total.set(records);
        }

        @Override
        public void progress(long read, long imported, String file) {
            lastImported.set(imported);
        }

        @Override
        public boolean isCancelled() {
            return cancel;
        }
    }

    /**
     * The archive this version writes, kept beside the older ones: it opens as it is and answers as recorded. When the
     * format or the analysis changes next, it joins the older archives above and is upgraded by the tests.
     */
    @Test
    void anArchiveOfThisVersionsFormatOpensAsItIsAndAnswersAsItsBuildRecorded() throws Exception {
        Path folder = KeptArchives.copyOf("analysis-5", dir);
        Map<String, List<String>> recorded = KeptArchives.recordedSearches("analysis-5");
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(CommitState.FORMAT, archive.formatVersion());
            assertFalse(archive.upgradeOwed(), "nothing to upgrade");
            assertEquals(recorded, KeptArchives.answers(archive, recorded.keySet()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"format-1", "format-2", "format-3", "format-4", "analysis-2", "analysis-3"})
    void anOlderArchiveIsUpgradedOnceAndThenSearchesExactlyAsAFreshImport(String kept) throws Exception {
        Path folder = KeptArchives.copyOf(kept, dir);
        List<String> history = Files.readAllLines(folder.resolve(ArchiveLocation.HISTORY_COPY));
        var queries = KeptArchives.recordedSearches(kept).keySet();
        Path fresh = dir.resolve("fresh");
        KeptArchives.importSources(fresh);
        Map<String, List<String>> expected;
        try (LuceneArchive archive = LuceneArchive.open(fresh)) {
            expected = KeptArchives.answers(archive, queries);
        }

        if (kept.equals("format-1")) { // indexed by an older analysis: as it is, it does not answer as a fresh one
            try (LuceneArchive asItIs = LuceneArchive.openReadOnly(folder)) {
                assertTrue(asItIs.upgradeOwed());
                assertEquals(1, asItIs.formatVersion());
                assertNotEquals(expected, KeptArchives.answers(asItIs, queries));
            }
        }

        CountingMonitor first = new CountingMonitor();
        try (LuceneArchive upgraded = LuceneArchive.open(folder, first)) {
            assertEquals(37, first.total.get(), "every article of the old archive indexed again");
            assertEquals(37, first.lastImported.get());
            assertEquals(CommitState.FORMAT, upgraded.formatVersion());
            assertEquals(expected, KeptArchives.answers(upgraded, queries));
            assertTrue(upgraded.verifyDerivedState(), "copy groups and run-together words worked out afresh");
            assertEquals(37, upgraded.stats().articles());
        }
        assertEquals(history, new ArchiveRebuild(folder).committedHistory().orElseThrow(), "the history carried over");
        assertEquals(history, Files.readAllLines(folder.resolve(ArchiveLocation.HISTORY_COPY)));

        CountingMonitor second = new CountingMonitor();
        try (LuceneArchive again = LuceneArchive.open(folder, second)) {
            assertEquals(-1, second.total.get(), "upgraded once: the second open indexes nothing again");
            assertEquals(expected, KeptArchives.answers(again, queries));
        }
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertFalse(reader.upgradeOwed());
            assertEquals(CommitState.FORMAT, reader.formatVersion());
            assertEquals(expected, KeptArchives.answers(reader, queries));
        }
    }

    @Test
    void anArchiveOfTheFirstAnalysisIsUpgradedAndThenKeepsTheHamzaItsWordsWereWrittenWith() throws Exception {
        // format-4 was indexed by analysis 1, which folded ألف (a thousand) to الف: ال + ف to a search.
        Path folder = KeptArchives.copyOf("format-4", dir);
        assertEquals(0, bodyArticles(folder, "ألف"));
        assertTrue(bodyArticles(folder, "الف") > 0);
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed(), "an older analysis: the upgrade is offered");
        }
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertFalse(upgraded.upgradeOwed());
        }
        assertTrue(bodyArticles(folder, "ألف") > 0, "indexed again with the hamza as written");
    }

    @Test
    void anArchiveOfTheSecondAnalysisIsUpgradedAndThenFindsTheWordsOfItsHashtags() throws Exception {
        // analysis-2-reread was written by analysis 2 (commit 0b5e192), which indexed #مكة_لايف as one word.
        Path folder = KeptArchives.copyOf("analysis-2-reread", dir);
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed(), "an older analysis: the upgrade is offered");
            assertEquals(List.of(), ids(reader, "مكة"), "as it is, the hashtag's words are not found");
        }
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertFalse(upgraded.upgradeOwed());
            assertEquals(List.of("hashtag-live"), ids(upgraded, "مكة"));
            assertEquals(List.of("hashtag-live"), ids(upgraded, "لايف"));
            assertEquals(List.of("hashtag-vision"), ids(upgraded, "رؤية"));
            assertEquals(List.of("hashtag-vision"), ids(upgraded, "2030"));
            assertEquals(List.of("hashtag-storm"), ids(upgraded, "\"عاصفة الحزم\""), "the hashtag as a phrase");
            assertEquals(List.of("hashtag-storm"), ids(upgraded, "#عاصفة_الحزم"), "the hashtag as written: its words");
            assertEquals(List.of("hashtag-vision"), ids(upgraded, "رؤية_2030"));
            assertEquals(List.of(), ids(upgraded, "\"الحزم عاصفة\""), "its words in their order");
            var snippet = upgraded.search(new org.arshif.model.SearchQuery("مكة", null, null, null,
                    org.arshif.model.SortOrder.RELEVANCE, 0, 10)).hits().getFirst().snippet();
            assertEquals(List.of("مكة"), snippet.markedWords(), "the mark covers the word searched, not the hashtag");
        }
    }

    @Test
    void anArchiveOfTheSecondAnalysisIsUpgradedAndThenKnowsTheDatesItsArticlesWroteInNumbers() throws Exception {
        // analysis-2-reread was written by analysis 2 (commit 0b5e192), which found no date written in numbers.
        Path folder = KeptArchives.copyOf("analysis-2-reread", dir);
        java.time.LocalDate day = java.time.LocalDate.of(2015, 7, 26); // 10/10/1436هـ, 26/7/2015م, 1436/10/10 هـ
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed(), "the mentions are owed: the upgrade is offered");
            assertEquals(List.of(), mentioning(reader, day));
        }
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertEquals(List.of("gregorian-dmy", "hijri-dmy", "hijri-ymd"), mentioning(upgraded, day));
            assertEquals(List.of(), mentioning(upgraded, day.plusDays(1)));
        }
    }

    /** The ids of the articles mentioning the day, in the order of their ids. */
    private static List<String> mentioning(LuceneArchive archive, java.time.LocalDate day) throws Exception {
        return archive.search(new org.arshif.model.SearchQuery("", null, null, null,
                org.arshif.model.SortOrder.NEWEST, 0, 10, day, day, null)).hits().stream()
                .map(org.arshif.model.SearchHit::id).sorted().toList();
    }

    /** The ids of the first ten hits of a search, by relevance. */
    private static List<String> ids(LuceneArchive archive, String query) throws Exception {
        return KeptArchives.answers(archive, List.of(query)).get(query);
    }

    /** How many articles' bodies hold the term, read from the closed archive's index. */
    private static int bodyArticles(Path folder, String term) throws java.io.IOException {
        try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(folder))) {
            return reader.docFreq(new org.apache.lucene.index.Term(ArchiveFields.BODY, term));
        }
    }

    @Test
    void theUpgradedArchiveTakesFurtherImportsAsAFreshOneDoes() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        Path fresh = dir.resolve("fresh");
        KeptArchives.importSources(fresh);
        Path more = Files.writeString(dir.resolve("more.json"), """
                [{"id": "syr-astana-7", "title": "الجولة السابعة من محادثات أستانا تنتهي", "date": "2017-10-31",
                  "source": "الحياة", "content": "اختتمت في أستانا الجولة السابعة من المحادثات السورية باتفاق على ملف المعتقلين."},
                 {"id": "oil-2020", "title": "انهيار أسعار النفط", "date": "2020-04-20", "source": "الاقتصادية",
                  "content": "هبطت أسعار النفط الأمريكي إلى ما دون الصفر للمرة الأولى في التاريخ."}]
                """);
        var queries = KeptArchives.recordedSearches("format-2").keySet();
        for (Path archive : List.of(folder, fresh)) {
            try (LuceneArchive open = LuceneArchive.open(archive)) {
                open.importArticles(new org.arshif.importer.FileImporter(List.of(more),
                        org.arshif.importer.FieldMapping.DEFAULT), ImportMonitor.NONE);
            }
        }
        try (LuceneArchive upgraded = LuceneArchive.openReadOnly(folder);
             LuceneArchive freshOne = LuceneArchive.openReadOnly(fresh)) {
            assertEquals(KeptArchives.answers(freshOne, queries), KeptArchives.answers(upgraded, queries));
            assertTrue(upgraded.verifyDerivedState());
            assertEquals(38, upgraded.stats().articles());
        }
    }

    @Test
    void aReadOnlyOpenOfAnOlderArchiveWritesNothingSaysTheUpgradeIsOwedAndSearchesAsTheOldBuildDid() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        var before = ArchiveBytes.of(folder);
        Map<String, List<String>> recorded = KeptArchives.recordedSearches("format-2");
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed());
            assertEquals(2, reader.formatVersion());
            if (CommitState.ANALYSIS == 1) { // the analysis of b4ce063, which wrote it: searched as it searched then
                assertEquals(recorded, KeptArchives.answers(reader, recorded.keySet()));
            }
        }
        assertEquals(before, ArchiveBytes.of(folder), "not a byte written");
    }

    @Test
    void anOlderArchiveOpenedWhileAnotherProcessHoldsItIsReadAsItIsAndUpgradedByTheWriter() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed());
            try (LuceneArchive writer = LuceneArchive.open(folder)) {
                assertTrue(reader.upgradeOwed(), "the reader still sees the old commit");
                assertTrue(reader.refresh(), "the upgrade is one new commit");
                assertFalse(reader.upgradeOwed());
                assertEquals(CommitState.FORMAT, reader.formatVersion());
                assertEquals(37, reader.stats().articles());
            }
        }
    }

    @Test
    void aCancelAfterTheLastArticleWasIndexedAgainStillLeavesTheArchiveAsItWas() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        var before = ArchiveBytes.of(folder);
        CountingMonitor late = new CountingMonitor() {
            @Override
            public void progress(long read, long imported, String file) {
                cancel |= imported == 37;
            }
        };
        assertThrows(UpgradeCancelledException.class, () -> LuceneArchive.open(folder, late).close());
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed());
        }
        var after = ArchiveBytes.of(folder);
        after.keySet().removeIf(name -> name.equals("write.lock") || name.equals("arshif.open"));
        before.keySet().removeIf(name -> name.equals("write.lock") || name.equals("arshif.open"));
        assertEquals(before, after, "the old commit's files as they were, nothing new left");
    }

    @Test
    void aCancelledUpgradeLeavesTheArchiveAsItWasAndTheNextOpenUpgradesIt() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", dir);
        Map<String, List<String>> recorded = KeptArchives.recordedSearches("format-2");
        CountingMonitor cancelling = new CountingMonitor();
        cancelling.cancel = true;
        UpgradeCancelledException cancelled = assertThrows(UpgradeCancelledException.class,
                () -> LuceneArchive.open(folder, cancelling).close());
        assertTrue(cancelled.getMessage().contains("is as it was"), cancelled.getMessage());
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed());
            assertEquals(37, reader.stats().articles(), "nothing lost");
        }
        try (LuceneArchive upgraded = LuceneArchive.open(folder)) {
            assertEquals(CommitState.FORMAT, upgraded.formatVersion());
            assertEquals(37, upgraded.stats().articles());
            assertEquals(recorded.keySet(), KeptArchives.answers(upgraded, recorded.keySet()).keySet());
        }
    }
}
