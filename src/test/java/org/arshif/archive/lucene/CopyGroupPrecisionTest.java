package org.arshif.archive.lucene;

import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.model.Article;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;
import org.arshif.text.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A copy group holds copies of one text only: no chains, no templates with other numbers, no short-in-long. */
class CopyGroupPrecisionTest {

    static final LocalDate DAY = LocalDate.of(2016, 1, 25);

    /** Passages of the cables; bodies of four consecutive ones overlap their neighbours by three, the next but one by two. */
    static final String[] PASSAGES = {
        "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس عبدالفتاح السيسي"
                + " رئيس جمهورية مصر العربية بمناسبة ذكرى يوم الثورة في بلاده",
        "وأعرب الملك في برقيته عن أصدق التهاني وأطيب التمنيات بموفور الصحة والسعادة لفخامته ولحكومة وشعب"
                + " مصر الشقيق المزيد من التقدم والازدهار في ظل قيادته الحكيمة",
        "كما بعث خادم الحرمين الشريفين برقية تهنئة لجلالة السلطان قابوس بن سعيد سلطان عمان بمناسبة نجاح"
                + " العملية الجراحية التي أجريت له متمنيا له الشفاء العاجل والعودة إلى وطنه سالما معافى",
        "وأشاد الملك بالعلاقات الأخوية المتينة التي تربط البلدين والشعبين الشقيقين مؤكدا حرص المملكة على"
                + " تعزيزها وتطويرها في جميع المجالات لما فيه خير الأمتين العربية والإسلامية",
        "وفي الشأن نفسه بعث صاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء وزير"
                + " الداخلية برقية مماثلة عبر فيها عن تهانيه وتمنياته الطيبة للرئيس المصري وشعبه",
        "كما بعث سموه برقية مماثلة لجلالة السلطان قابوس أعرب فيها عن سعادته بنجاح العملية وسأل الله أن"
                + " يمتعه بالصحة والعافية وأن يعيده إلى بلاده وشعبه سالما وقد تحقق له ما يرجوه",
    };

    static final String GRADUATION = "احتفلت الجمعية الخيرية لرعاية الأيتام بمنطقة الرياض مساء أمس بتخريج %s"
            + " مستفيدا من برنامجها التدريبي للتأهيل المهني الذي استمر ستة أشهر بالتعاون مع المؤسسة العامة"
            + " للتدريب التقني والمهني، وقال مدير الجمعية إن البرنامج يهدف إلى تمكين الشباب من دخول سوق العمل"
            + " وإن الجمعية تعمل على توسيع البرنامج ليشمل محافظات المنطقة في العام المقبل بدعم من رجال الأعمال";

    @TempDir
    Path dir;

    static String passages(int from, int to) {
        return String.join(" ", List.of(PASSAGES).subList(from, to));
    }

    @Test
    void theEndsOfAChainOfAlikePairsAreNotOneText() throws Exception {
        String a = passages(0, 4);
        String b = passages(1, 5);
        String c = passages(2, 6);
        double ab = similarity(a, b);
        double bc = similarity(b, c);
        double ac = similarity(a, c);
        assertTrue(ab >= CopyGroups.MIN_SIMILARITY && bc >= CopyGroups.MIN_SIMILARITY && ac < 0.4,
                "a chain: " + ab + " " + bc + " " + ac);
        Set<Set<String>> groups = groups(List.of(
                article("chain-a", "برقية", DAY, "الرياض", a), article("chain-b", "برقية", DAY, "عكاظ", b),
                article("chain-c", "برقية", DAY, "المدينة", c)));
        assertEquals(Set.of(Set.of("chain-a", "chain-b")), groups, "b is a's copy; c, not alike a, is its own text");
    }

    @Test
    void aTemplateFilledInWithOtherNumbersIsOtherNewsAndTheSameNumbersInArabicIndicDigitsAreACopy() throws Exception {
        String ninetyFive = GRADUATION.formatted("95");
        String sixtyThree = GRADUATION.formatted("63");
        assertTrue(similarity(ninetyFive, sixtyThree) >= CopyGroups.MIN_SIMILARITY, "the texts alone look alike");
        Set<Set<String>> groups = groups(List.of(
                article("grad-95", "تخريج 95 مستفيدا", DAY, "الرياض", ninetyFive),
                article("grad-63", "تخريج 63 مستفيداً", DAY.plusDays(3), "الرياض", sixtyThree),
                article("grad-95-indic", "الجمعية تخرج ٩٥ مستفيدا", DAY, "الجزيرة", GRADUATION.formatted("٩٥"))));
        assertEquals(Set.of(Set.of("grad-95", "grad-95-indic")), groups);
    }

    @Test
    void aShortTextWithinALongOneIsNotItsCopy() throws Exception {
        String longer = passages(0, 6);
        String shorter = passages(0, 4);
        assertTrue(similarity(longer, shorter) >= CopyGroups.MIN_SIMILARITY, "the short one lies within the long one");
        Set<Set<String>> groups = groups(List.of(article("long", "برقيات", DAY, "الرياض", longer),
                article("short", "برقية", DAY, "عكاظ", shorter)));
        assertEquals(Set.of(), groups);
    }

    @Test
    void aWireStoryPrintedWithADatelineABylineAndSmallEditsStillFolds() throws Exception {
        String wire = GRADUATION.formatted("95");
        String dated = "الرياض 15 ربيع الآخر 1437 هـ الموافق 25 يناير 2016 م واس " + wire;
        String signed = wire.replace("مساء أمس", "مساء الأحد").replace("بدعم من", "بمساندة")
                + " تغطية: محمد العتيبي";
        Set<Set<String>> groups = groups(List.of(article("wire-spa", "تخريج 95 مستفيدا", DAY, "واس", wire),
                article("wire-dated", "الأيتام تحتفل بخريجيها", DAY, "الرياض", dated),
                article("wire-signed", "95 شابا يدخلون سوق العمل", DAY, "الجزيرة", signed),
                article("wire-truncated", "برنامج التأهيل", DAY, "عكاظ", wire.substring(0, wire.lastIndexOf(" بدعم من")))));
        assertEquals(Set.of(Set.of("wire-spa", "wire-dated", "wire-signed", "wire-truncated")), groups);
    }

    @Test
    void theGroupsDoNotDependOnImportOrderNorOnImportsOneByOne() throws Exception {
        List<Article> all = new ArrayList<>();
        for (int from = 0; from + 4 <= PASSAGES.length; from++) {
            all.add(article("chain-" + from, "برقية", DAY, "صحيفة " + from, passages(from, from + 4)));
            all.add(article("copy-" + from, "نسخة", DAY, "واس", "واس " + passages(from, from + 4)));
        }
        all.add(article("grad-95", "تخريج", DAY, "الرياض", GRADUATION.formatted("95")));
        all.add(article("grad-63", "تخريج", DAY, "الرياض", GRADUATION.formatted("63")));
        all.add(article("grad-95b", "تخريج", DAY, "اليوم", "الرياض " + GRADUATION.formatted("95")));
        Set<Set<String>> together = groups(all);
        assertTrue(together.contains(Set.of("grad-95", "grad-95b")), together.toString());
        List<Article> reversed = new ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertEquals(together, groups(reversed));
        for (long seed = 1; seed <= 3; seed++) {
            List<Article> shuffled = new ArrayList<>(all);
            java.util.Collections.shuffle(shuffled, new java.util.Random(seed));
            Path archiveDir = dir.resolve("one-by-one-" + seed);
            try (LuceneArchive archive = LuceneArchive.open(archiveDir)) {
                for (Article article : shuffled) {
                    archive.importArticles(TestArticles.sourceOf(List.of(article)), ImportMonitor.NONE);
                    assertTrue(archive.verifyDerivedState(), "brought up to date as worked out afresh: " + article.id());
                }
                assertEquals(together, groupsIn(archive), "seed " + seed);
            }
        }
    }

    private static double similarity(String a, String b) {
        return Fingerprint.similarity(Fingerprint.of(a).sketch(), Fingerprint.of(b).sketch());
    }

    private Set<Set<String>> groups(List<Article> articles) throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive-" + System.nanoTime()))) {
            archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
            assertTrue(archive.verifyDerivedState());
            return groupsIn(archive);
        }
    }

    /** Every row with copies, as the set of its ids. */
    private static Set<Set<String>> groupsIn(LuceneArchive archive) throws Exception {
        Set<Set<String>> groups = new HashSet<>();
        archive.search(SearchQuery.of("").withSort(SortOrder.NEWEST).withPage(0, 1000)).hits().forEach(hit -> {
            if (!hit.copies().isEmpty()) {
                Set<String> ids = new HashSet<>(Set.of(hit.id()));
                hit.copies().forEach(copy -> ids.add(copy.id()));
                groups.add(ids);
            }
        });
        return groups;
    }
}
