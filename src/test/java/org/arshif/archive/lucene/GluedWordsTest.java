package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GluedWordsTest {

    static final String SEED = "000_3e452db34f5d0aa1";

    @TempDir
    Path dir;

    private static List<String> ids(LuceneArchive archive, String query) throws ArchiveException {
        return archive.search(SearchQuery.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void theSeedsRunTogetherWordsAreFoundByEitherHalf() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            // Other articles that write the halves on their own: the archive now knows them as words.
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("a", "", LocalDate.of(2018, 1, 1), "", "نقلت وكالة سبوتنيك عن مصدر أن نزوح الملايين مستمر."),
                    article("b", "", LocalDate.of(2018, 1, 2), "", "قالت وكالة سبوتنيك إن نزوح الملايين يحتاج إلى مساعدة."))),
                    ImportMonitor.NONE);
            for (String half : List.of("سبوتنيك", "الملايين")) {
                assertTrue(ids(archive, half).contains(SEED), half + " finds the seed's glued word: " + ids(archive, half));
            }
            // The glued word itself is still there, as written.
            assertEquals(List.of(SEED), ids(archive, "نزوحالملايين"));
        }
        try (LuceneArchive reopened = LuceneArchive.openReadOnly(dir.resolve("archive"))) {
            assertTrue(ids(reopened, "سبوتنيك").contains(SEED), "the list survives reopening");
        }
    }

    @Test
    void aWordIsNotSplitIntoHalvesTheArchiveDoesNotKnow() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("alone"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            // يمكنالتحكم: no letter shows the lost space (وكالةسبوتنيك's ة does: LostSpaceFilter), and no other
            // article writes التحكم alone.
            assertEquals(List.of(), ids(archive, "التحكم"), "no other article writes التحكم alone: no split");
        }
    }

    @Test
    void aWordEndingInAlefLamWithAPronounIsNotSplitBeforeTheArticle() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("pronoun"))) {
            // استغل and الهم, فاين and الدم, نزوح and الملايين, عبيد and الله each stand alone in two articles;
            // استغلالهم is استغلال + هم, فاينالدم a name: only نزوحالملايين and عبيدالله lost a space.
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("a", "", LocalDate.of(2018, 1, 1), "", "استغل التاجر الهم الذي أصاب الناس وقال فاين إن الدم نزوح الملايين وقال عبيد حفظه الله."),
                    article("b", "", LocalDate.of(2018, 1, 2), "", "استغل الوسيط الهم نفسه وكتب فاين عن الدم نزوح الملايين وكتب عبيد رحمه الله."),
                    article("c", "", LocalDate.of(2018, 1, 3), "", "ندد البيان استغلالهم حاجة الأسر."),
                    article("d", "", LocalDate.of(2018, 1, 4), "", "سجل فاينالدم هدفا في المباراة."),
                    article("e", "", LocalDate.of(2018, 1, 5), "", "تواصل نزوحالملايين من المدينة."),
                    article("f", "", LocalDate.of(2018, 1, 6), "", "صرح عبيدالله للصحيفة."))),
                    ImportMonitor.NONE);
            assertEquals(List.of("a", "b"), ids(archive, "الهم").stream().sorted().toList());
            assertEquals(List.of("a", "b"), ids(archive, "الدم").stream().sorted().toList());
            assertEquals(List.of("a", "b", "e"), ids(archive, "الملايين").stream().sorted().toList());
            // A name written against الله (عبيدالله) is two words still: الله is no article before two letters.
            assertEquals(List.of("a", "b", "f"), ids(archive, "عبيد").stream().sorted().toList());
            assertTrue(archive.verifyDerivedState());
        }
    }
}
