package org.arshif.archive;

import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What issue 10 found wrong on real archives, asserted on real indexes of Arabic text. */
class SearchTrustTest {

    static final String SEED = "000_3e452db34f5d0aa1";

    @TempDir
    Path dir;

    private static List<String> ids(LuceneArchive archive, String query) throws ArchiveException {
        return archive.search(SearchQuery.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void anArchiveOfTheSeedAloneFindsItsRunTogetherWordByEitherPart() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("seed"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            assertEquals(List.of(SEED), ids(archive, "سبوتنيك"));
            assertEquals(List.of(SEED), ids(archive, "وكالة"));
            assertEquals(List.of(SEED), ids(archive, "وكالة سبوتنيك"));
            // The mark covers the part searched for, not the whole run-together word.
            SearchHit hit = archive.search(SearchQuery.of("سبوتنيك")).hits().getFirst();
            assertEquals(List.of("سبوتنيك"), hit.snippet().markedWords());
        }
    }
}
