package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arshif.model.Article;
import org.arshif.model.ArticleMatches;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.arshif.model.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What issue 10 (and issue 12's search items) found wrong on real archives, asserted on real indexes of Arabic text. */
class SearchTrustTest {

    static final String SEED = "000_3e452db34f5d0aa1";
    static final LocalDate DAY = LocalDate.of(2017, 10, 30);

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

    /** Articles holding words that look like أستانا but are other words (our own sentences). */
    private static List<Article> falseFriends() {
        return List.of(
                article("atana", "", DAY, "", "أتانا الخبر صباح اليوم من العاصمة فجأة."),
                article("resumed", "", DAY, "", "استأنف المجلس جلساته بعد عطلة طويلة."),
                article("teacher", "", DAY, "", "قال أستاذنا إن الامتحان سيكون سهلا هذا العام."),
                article("professor", "", DAY, "", "حصلت أستاذة الكيمياء على جائزة البحث العلمي."),
                article("sometimes", "", DAY, "", "أحيانا يتأخر القطار عن موعده في الشتاء."));
    }

    @Test
    void astanaInAnySpellingFindsTheAstanaArticlesAndNothingThatMerelyLooksAlike() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("astana"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            archive.importArticles(TestArticles.sourceOf(falseFriends()), ImportMonitor.NONE);
            for (String query : List.of("أستانا", "آستانة", "استانا", "أستانة", "استانة")) {
                SearchResult result = archive.search(SearchQuery.of(query));
                assertEquals(List.of(SEED), result.hits().stream().map(SearchHit::id).toList(), query);
                assertNull(result.didYouMean(), query + ": found, so no suggestion");
            }
            // The marks are the name as written, never a look-alike.
            Set<String> marked = Set.copyOf(archive.search(SearchQuery.of("آستانة")).hits().getFirst().snippet()
                    .markedWords());
            assertTrue(marked.stream().allMatch(w -> w.contains("ستان")), marked.toString());
        }
    }

    @Test
    void aSpellingTheArchiveNeverWritesFindsTheOtherSpellingsAndNoLookAlike() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("respelt"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("astana", "", DAY, "", "انطلقت في أستانا جولة جديدة من المحادثات."),
                    article("merkel", "", DAY, "", "التقت المستشارة ميركل وزير الخارجية في برلين."))), ImportMonitor.NONE);
            archive.importArticles(TestArticles.sourceOf(falseFriends()), ImportMonitor.NONE);
            // آستانة (final teh marbuta), ميركيل (a long vowel written), ميركلل (a letter twice): written nowhere.
            assertEquals(List.of("astana"), ids(archive, "آستانة"));
            assertEquals(List.of("astana"), ids(archive, "وآستانة"));
            assertEquals(List.of("merkel"), ids(archive, "ميركيل"));
            assertEquals(List.of("merkel"), ids(archive, "ميركلل"));
            // A typo that is no spelling of anything finds nothing, and is offered nothing merely alike.
            SearchResult slip = archive.search(SearchQuery.of("أستانر"));
            assertEquals(0, slip.total());
            assertNull(slip.didYouMean());
        }
    }

    @Test
    void aTypingSlipIsOfferedTheClearlyCommonerWordAndNeverSearchedForIt() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("slips"))) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                articles.add(article("houthis-" + i, "", DAY, "", "صدت القوات هجوما للحوثيين قرب الحدود، وقتل عدد من "
                        + "الحوثيين في الاشتباك رقم " + i));
                articles.add(article("samsung-" + i, "", DAY, "", "طرحت سامسونج هاتفا جديدا في الأسواق رقم " + i));
            }
            for (int i = 0; i < 3; i++) {
                articles.add(article("rare-" + i, "", DAY, "", "زار الوفد مدينة تمبكتو التاريخية رقم " + i));
            }
            articles.add(article("slip", "", DAY, "", "أعلن الحوتيين مسؤوليتهم عن الهجوم."));
            archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);

            SearchResult slipped = archive.search(SearchQuery.of("الحوتيين"));
            assertEquals(List.of("slip"), slipped.hits().stream().map(SearchHit::id).toList(),
                    "the slip is searched as typed, never widened to الحوثيين");
            assertEquals("الحوثيين", slipped.didYouMean());
            assertEquals("الحوثيين", archive.search(SearchQuery.of("الحوثبين")).didYouMean());
            SearchResult samsung = archive.search(SearchQuery.of("سامسونق"));
            assertEquals(0, samsung.total());
            assertEquals("سامسونج", samsung.didYouMean());
            // A letter left out of a longer word; a word in too few articles is not offered (3 < 10).
            assertEquals("سامسونج", archive.search(SearchQuery.of("سامونج")).didYouMean());
            assertNull(archive.search(SearchQuery.of("تمبكنو")).didYouMean());
            // A word the archive holds often enough is offered nothing.
            assertNull(archive.search(SearchQuery.of("الحوثيين")).didYouMean());
        }
    }

    @Test
    void inAnArchiveOfTheSeedAloneAstanaIsOfferedNoLookAlike() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("seed-did-you-mean"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            List<Article> plenty = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                plenty.add(article("often-" + i, "", DAY, "", "أحيانا يكتب الناس رسائل طويلة رقم " + i));
            }
            archive.importArticles(TestArticles.sourceOf(plenty), ImportMonitor.NONE);
            SearchResult result = archive.search(SearchQuery.of("أستانا"));
            assertEquals(List.of(SEED), result.hits().stream().map(SearchHit::id).toList());
            assertNull(result.didYouMean(), "احيانا is a common word near أستانا, not a spelling of it");
        }
    }

    /** Saudi Arabia written as typed, Saudization and the name Saud sharing its light stem (our own sentences). */
    private static List<Article> saudiArticles() {
        String saudization = "السعودة برنامج لتوطين الوظائف. نجحت السعودة في قطاع الاتصالات، وتتوسع السعودة "
                + "إلى قطاع التجزئة، وتقول الوزارة إن السعودة ستشمل المحلات كلها.";
        return List.of(
                article("saudization", "السعودة في قطاع التجزئة", DAY, "", saudization),
                article("saud", "", DAY, "", "استقبل الأمير سعود بن نايف وفدا من رجال الأعمال، وحضر اللقاء أمراء من آل سعود."),
                article("ksa", "", DAY, "", "وقعت المملكة العربية السعودية اتفاقية للتعاون الاقتصادي مع اليابان "
                        + "تشمل الطاقة والصناعة والتعليم والنقل والاتصالات والزراعة."),
                article("ksa-clitic", "", DAY, "", "وصل الوفد الياباني إلى الرياض، وقال رئيس الوفد إن للسعودية "
                        + "دورا كبيرا في استقرار أسواق الطاقة العالمية."),
                article("ksa-suffix", "", DAY, "", "ذكرت الصحيفة أن رؤية المملكة وسعوديتها الجديدة تقوم على التنويع."),
                article("saudis", "", DAY, "", "ارتفع عدد الموظفين السعوديين في شركات الاتصالات هذا العام."));
    }

    @Test
    void theWordAsTypedRanksAboveItsInflectionsAndWordsSharingOnlyItsStemAreNotListed() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("saudi"))) {
            archive.importArticles(TestArticles.sourceOf(saudiArticles()), ImportMonitor.NONE);
            List<String> found = ids(archive, "السعودية");
            assertEquals(Set.of("ksa", "ksa-clitic", "ksa-suffix"), Set.copyOf(found.subList(0, 3)), found.toString());
            // Then the word's inflections (السعوديين); السعودة and سعود share only the stem: another word.
            assertEquals(List.of("saudis"), found.subList(3, found.size()), found.toString());
            for (SortOrder sort : SortOrder.values()) {
                assertEquals(Set.copyOf(found), Set.copyOf(archive.search(SearchQuery.of("السعودية").withSort(sort))
                        .hits().stream().map(SearchHit::id).toList()), "the same articles by date: " + sort);
            }
            assertEquals(List.of("saud"), ids(archive, "سعود"), "neither السعودة nor السعودية is the name");
            // Marks: the word as typed is an exact mark; an inflection is marked lighter.
            for (SearchHit hit : archive.search(SearchQuery.of("السعودية")).hits()) {
                List<Snippet.Span> marks = hit.snippet().marks();
                assertFalse(marks.isEmpty(), hit.id());
                // An inflection is not the word as typed: marked lighter too.
                Snippet.Kind expected = hit.id().startsWith("ksa") ? Snippet.Kind.EXACT : Snippet.Kind.STEM_ONLY;
                assertTrue(marks.stream().allMatch(m -> m.kind() == expected),
                        hit.id() + ": " + hit.snippet().markedWords() + " " + marks);
            }
            // The reading pane: the same kinds; السعودة is not a match for السعودية, nothing in it is marked.
            ArticleMatches saudization = archive.read("saudization", "السعودية").orElseThrow().matches();
            assertTrue(saudization.title().isEmpty() && saudization.paragraphs().stream().allMatch(List::isEmpty));
            ArticleMatches clitic = archive.read("ksa-clitic", "السعودية").orElseThrow().matches();
            assertEquals(List.of(Snippet.Kind.EXACT), clitic.paragraphs().getFirst().stream().map(Snippet.Span::kind)
                    .toList());
        }
    }

    @Test
    void aWordEndingInTehMarbutaIsNotTheWordWithoutIt() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("teh-marbuta"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("valleys", "", DAY, "", "جرت السيول في الأودية بعد الأمطار الغزيرة على المنطقة."),
                    article("valleys-bare", "", DAY, "", "تنتشر أودية كثيرة خضراء في منطقة الباحة."),
                    article("audi", "", DAY, "", "أعلنت أودي أن مبيعات أودي ارتفعت، وستطرح أودي طرازين."),
                    article("caused", "", DAY, "", "وقع حادث مروري أودى بحياة ثلاثة أشخاص، واودى آخر بحياة طفل."),
                    article("perform", "", DAY, "", "قالت الطالبة إنني أؤدي صلاة العيد في المسجد."),
                    article("state", "", DAY, "", "أعلنت الدولة خطة جديدة للإسكان هذا العام."),
                    article("state-suffix", "", DAY, "", "قال الوزير إن دولته تدعم الحوار بين الأطراف."),
                    article("countries", "", DAY, "", "اجتمعت الدول العربية في القاهرة، وحضرت دول الخليج والدول "
                            + "الأخرى، وقالت الدول إن دول المنطقة تتعاون."))), ImportMonitor.NONE);
            // أودية (valleys): أودي (Audi), أودى (caused), أؤدي (I perform) are not the word; the valleys first.
            assertWordFirstAndOthersLighter(archive, "أودية", Set.of("valleys", "valleys-bare"));
            // الدولة (the state), and دولته (his state) its own form; الدول، دول (countries) are another word.
            assertWordFirstAndOthersLighter(archive, "الدولة", Set.of("state", "state-suffix"));
            assertFalse(ids(archive, "الدولة").contains("countries"), "الدول is not an inflection of الدولة");
            ArticleMatches countries = archive.read("countries", "الدولة").orElseThrow().matches();
            assertTrue(countries.paragraphs().stream().flatMap(List::stream)
                    .noneMatch(m -> m.kind() == Snippet.Kind.EXACT), countries.toString());
        }
    }

    @Test
    void aWordIsNotAnotherWordEndingInTehMarbutaReadAsItsPronoun() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("his-or-teh-marbuta"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("university", "", DAY, "", "أعلنت جامعة الملك سعود عن برنامج جديد لطلاب الدراسات العليا."),
                    article("mosque", "", DAY, "", "أدى المصلون صلاة الجمعة في جامع الإمام تركي بن عبدالله."),
                    article("library", "", DAY, "", "افتتحت مكتبة الملك فهد الوطنية جناحا جديدا للمخطوطات."),
                    article("office", "", DAY, "", "زار الوزير مكتب المحافظ في الرياض صباح اليوم."),
                    article("yemen", "", DAY, "", "وصل الوفد إلى اليمن صباح اليوم في زيارة رسمية."),
                    article("rightwards", "", DAY, "", "التفت اللاعب يمنة ويسرة قبل أن يسدد الكرة."))),
                    ImportMonitor.NONE);
            // Folded, جامعة (university) is جامعه: not جامع (mosque) + ه (his). The mosque first, marked exact; the
            // university, if listed, after it and marked lighter.
            assertWordFirstAndOthersLighter(archive, "جامع", Set.of("mosque"));
            assertWordFirstAndOthersLighter(archive, "مكتب", Set.of("office"));
            assertWordFirstAndOthersLighter(archive, "اليمن", Set.of("yemen"));
            ArticleMatches university = archive.read("university", "جامع").orElseThrow().matches();
            assertTrue(university.paragraphs().stream().flatMap(List::stream)
                    .noneMatch(m -> m.kind() == Snippet.Kind.EXACT), university.toString());
            // The word typed with its teh marbuta is still the word itself.
            assertWordFirstAndOthersLighter(archive, "جامعة", Set.of("university"));
        }
    }

    @Test
    void aNameOfThePatternFalanIsNotTheDualOfTheWordBeforeItsEnding() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("falan"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("aden", "", DAY, "", "هبطت طائرة إغاثة في مطار عدن تحمل أدوية لسكان المدينة."),
                    article("adnan", "", DAY, "", "فاز عدنان الحربي بالمركز الأول في المسابقة."),
                    article("salman", "", DAY, "", "استقبل الملك سلمان وفدا رسميا في الرياض."),
                    article("peace", "", DAY, "", "دعا المجلس إلى حل سلم للنزاع."),
                    article("two-months", "", DAY, "", "مضى شهران على بدء المشروع."),
                    article("two-months-oblique", "", DAY, "", "توقف العمل مدة شهرين كاملين."),
                    article("month", "", DAY, "", "ينتهي المشروع خلال شهر واحد."),
                    article("the-two-months", "", DAY, "", "انقضى الشهران الأولان من العام."))),
                    ImportMonitor.NONE);
            // عدنان and سلمان end in ان in every case (no عدنين, سلمين): names, not the duals of عدن and سلم.
            assertEquals(List.of("aden"), ids(archive, "عدن"));
            assertEquals(List.of("adnan"), ids(archive, "عدنان"));
            assertEquals(List.of("peace"), ids(archive, "سلم"));
            assertEquals(List.of("salman"), ids(archive, "سلمان"));
            // شهران declines (شهرين): the dual of شهر, listed after the word as typed.
            assertEquals("month", ids(archive, "شهر").getFirst());
            assertEquals(Set.of("month", "two-months", "two-months-oblique", "the-two-months"),
                    Set.copyOf(ids(archive, "شهر")), "a dual with the article too, though الشهرين is written nowhere");
            assertEquals(Set.of("two-months", "the-two-months"), Set.copyOf(ids(archive, "شهران").subList(0, 2)));
            assertTrue(ids(archive, "شهران").contains("month"), "the dual's word, after it");
        }
    }

    @Test
    void aNearSpellingFollowsTheSpellingRulesBothWaysAndNeverReachesAnotherWord() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("near-spellings"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("musa", "", DAY, "", "التقى الأمين العام عمرو موسى بالوفد في القاهرة."),
                    article("isa", "", DAY, "", "يحتفل المسيحيون بميلاد عيسى عليه السلام."),
                    article("hospital", "", DAY, "", "نقل المصابون إلى المستشفى الجامعي في المدينة."),
                    article("mustafa", "", DAY, "", "قال الدكتور مصطفى إن النتائج مطمئنة."),
                    article("foundation", "", DAY, "", "أعلنت المؤسسة العامة للتقاعد أن للمؤسسة فروعا جديدة."),
                    article("touch", "", DAY, "", "أضاف المصمم لمسة فنية إلى الواجهة."),
                    article("shareholder", "", DAY, "", "قال مساهم في الشركة إن الأرباح تراجعت."),
                    article("perhaps", "", DAY, "", "عسى أن يكون العام القادم أفضل، عساكم بخير."))),
                    ImportMonitor.NONE);
            // A final alef typed for alef maqsura (موسا for موسى), and the other way, are the same word.
            assertEquals(List.of("musa"), ids(archive, "موسا"));
            assertEquals(List.of("isa"), ids(archive, "عيسا"));
            assertEquals(List.of("hospital"), ids(archive, "مستشفا"));
            assertEquals(List.of("mustafa"), ids(archive, "مصطفا"));
            for (SearchHit hit : archive.search(SearchQuery.of("موسا")).hits()) {
                assertEquals(List.of("موسى"), hit.snippet().markedWords(), hit.id());
            }
        }
    }

    @Test
    void aQuotedPhraseAllowsTheProcliticsOnItsWords() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("phrase-clitics"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("bare", "", DAY, "", "انطلقت عاصفة الحزم فجر الخميس."),
                    article("and", "", DAY, "", "تواصلت الغارات وعاصفة الحزم مستمرة."),
                    article("with", "", DAY, "", "أشاد المجلس بعاصفة الحزم وأهدافها."),
                    article("for", "", DAY, "", "أعلنت الدول تأييدها لعاصفة الحزم أمس."),
                    article("and-for", "", DAY, "", "وأكد الوزير الدعم الكامل للحزم في القرار، وللعاصفة آثار."),
                    article("apart", "", DAY, "", "هبت عاصفة رملية، وطالب الأهالي بالحزم في مواجهتها."),
                    article("stem", "", DAY, "", "تعرضت السفن لعواصف شديدة، وعاصفتها الحزم."))),
                    ImportMonitor.NONE);
            assertEquals(Set.of("bare", "and", "with", "for"), Set.copyOf(ids(archive, "\"عاصفة الحزم\"")));
            for (SearchHit hit : archive.search(SearchQuery.of("\"عاصفة الحزم\"")).hits()) {
                assertTrue(!hit.snippet().marks().isEmpty() && hit.snippet().marks().stream()
                        .allMatch(m -> m.kind() == Snippet.Kind.EXACT), hit.id() + ": " + hit.snippet().marks());
            }
            // A proclitic takes the whole phrase, so only its first word carries one: عاصفة بالحزم is another phrase.
            archive.importArticles(TestArticles.sourceOf(List.of(article("second", "", DAY, "",
                    "وصف القرار بأنه عاصفة بالحزم والعزم."))), ImportMonitor.NONE);
            assertFalse(ids(archive, "\"عاصفة الحزم\"").contains("second"));
        }
    }

    @Test
    void aWordWrittenWithAHamzaOnItsFirstAlefIsNotTheArticleAndAWord() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("hamza"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("year", "", DAY, "", "انتهت السنة الماضية بأرباح كبيرة للشركة، وتتوقع سنة أفضل."),
                    article("year-2", "", DAY, "", "ارتفعت الأسعار خلال سنة واحدة بنسبة كبيرة."),
                    article("year-3", "", DAY, "", "أمضى اللاعب سنة كاملة في النادي."),
                    article("tongues", "", DAY, "", "تناقلت ألسنة الناس الخبر بسرعة، وعلى ألسنتهم أسئلة كثيرة."),
                    article("both", "", DAY, "", "تناقلت ألسنة الناس في هذه السنة أخبار المعرض."),
                    article("germany", "", DAY, "", "وصل الوزير إلى ألمانيا في زيارة رسمية."),
                    article("germany-bare", "", DAY, "", "وصل الوفد الى المانيا في زيارة قصيرة."),
                    article("germany-clitic", "", DAY, "", "وقعت فرنسا وألمانيا اتفاقا للطاقة."))), ImportMonitor.NONE);
            // سنة (year): ألسنة (tongues) is neither the word nor listed for it; in an article holding both, only
            // the year is marked as the word.
            assertEquals(Set.of("year", "year-2", "year-3", "both"), Set.copyOf(ids(archive, "سنة")));
            assertEquals(Set.of("year", "year-2", "year-3", "both"), Set.copyOf(ids(archive, "السنة")));
            ArticleMatches both = archive.read("both", "سنة").orElseThrow().matches();
            String text = archive.read("both", "سنة").orElseThrow().article().paragraphs().getFirst();
            List<String> exact = both.paragraphs().getFirst().stream().filter(m -> m.kind() == Snippet.Kind.EXACT)
                    .map(m -> text.substring(m.start(), m.end())).toList();
            assertEquals(List.of("السنة"), exact, both.toString());
            // The word typed with its hamza, or without it, finds it written either way.
            assertEquals(Set.of("tongues", "both"), Set.copyOf(ids(archive, "ألسنة")));
            for (String germany : List.of("ألمانيا", "المانيا", "وألمانيا")) {
                assertEquals(Set.of("germany", "germany-bare", "germany-clitic"), Set.copyOf(ids(archive, germany)),
                        germany);
                for (SearchHit hit : archive.search(SearchQuery.of(germany)).hits()) {
                    assertTrue(hit.snippet().marks().stream().allMatch(m -> m.kind() == Snippet.Kind.EXACT),
                            germany + " " + hit.id() + ": " + hit.snippet().markedWords());
                }
            }
            assertEquals(Set.of("germany", "germany-bare"), Set.copyOf(ids(archive, "\"إلى ألمانيا\"")));
            assertEquals(Set.of("germany", "germany-bare"), Set.copyOf(ids(archive, "\"الى المانيا\"")));
            assertEquals(Set.of("germany", "germany-bare"), Set.copyOf(ids(archive, "ألمان*")));
            assertEquals(Set.of("germany", "germany-bare"), Set.copyOf(ids(archive, "المان*")));
        }
    }

    @Test
    void aWordTheArchiveHoldsInNoFormDoesNotListEveryArticleHoldingTheStopWordItStemsTo() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("stop-stem"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("in", "", DAY, "", "قال الوزير في كلمته إن المشروع مهم."),
                    article("typo", "", DAY, "", "قال المدير فيي كلمته إن الخطة جاهزة."))), ImportMonitor.NONE);
            // فيي stems to في, a stop word indexed as written: في is not a form of فيي.
            assertEquals(List.of("typo"), ids(archive, "فيي"));
            assertEquals(List.of("فيي"), archive.search(SearchQuery.of("فيي")).hits().getFirst().snippet()
                    .markedWords());
        }
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("stop-stem-absent"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("in", "", DAY, "", "قال الوزير في كلمته إن المشروع مهم."))), ImportMonitor.NONE);
            assertEquals(List.of(), ids(archive, "فيي"));
        }
    }

    /** The articles holding the word come first, marked exact; any other article after them, and marked lighter. */
    private static void assertWordFirstAndOthersLighter(LuceneArchive archive, String query, Set<String> holding)
            throws ArchiveException {
        List<SearchHit> hits = archive.search(SearchQuery.of(query)).hits();
        List<String> found = hits.stream().map(SearchHit::id).toList();
        assertEquals(holding, Set.copyOf(found.subList(0, Math.min(found.size(), holding.size()))), found.toString());
        for (SearchHit hit : hits) {
            List<Snippet.Span> marks = hit.snippet().marks();
            boolean exact = holding.contains(hit.id());
            assertTrue(!marks.isEmpty() && marks.stream().allMatch(m -> (m.kind() == Snippet.Kind.EXACT) == exact),
                    query + " " + hit.id() + ": " + hit.snippet().markedWords() + " " + marks);
        }
    }

    @Test
    void wordsSharingOnlyTheStemAreListedWhenTheArchiveHoldsTheWordInNoFormOfItsOwn() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("nisba"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("yemen", "", DAY, "", "وصل الوفد إلى اليمن صباح اليوم في زيارة رسمية."),
                    article("yemeni", "", DAY, "", "التقى الوزير اليمني نظيره في العاصمة أمس."),
                    article("iraqi", "", DAY, "", "التقى الوزير العراقي نظيره في العاصمة أمس."))), ImportMonitor.NONE);
            // اليمن is in the archive: اليمني (Yemeni, another word on the same stem) is not listed for it.
            assertEquals(List.of("yemen"), ids(archive, "اليمن"));
            // العراق is in no article in any form of its own: العراقي, on its stem, is what the archive has.
            SearchResult iraq = archive.search(SearchQuery.of("العراق"));
            assertEquals(List.of("iraqi"), iraq.hits().stream().map(SearchHit::id).toList());
            assertTrue(iraq.hits().getFirst().snippet().marks().stream()
                    .allMatch(m -> m.kind() == Snippet.Kind.STEM_ONLY), "marked as sharing the stem only");
            ArticleMatches pane = archive.read("iraqi", "العراق").orElseThrow().matches();
            assertFalse(pane.paragraphs().getFirst().isEmpty());
            assertTrue(pane.paragraphs().getFirst().stream().allMatch(m -> m.kind() == Snippet.Kind.STEM_ONLY));
        }
    }

    @Test
    void aLongQueryCountsAndMarksTheArticlesHoldingEveryWordInEveryOrder() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("long-count"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("all", "", LocalDate.of(2017, 10, 1), "", "ارتفعت أسعار النفط بعد قرار أوبك خفض الإنتاج."),
                    article("newer", "", LocalDate.of(2017, 10, 31), "", "تراجعت أسعار النفط في ختام تعاملات الأسبوع."),
                    article("older", "", LocalDate.of(2017, 9, 1), "", "أثار قرار أوبك خفض الإنتاج جدلا واسعا."),
                    article("other", "", DAY, "", "عقد مؤتمر الحوار الوطني في سوتشي."))), ImportMonitor.NONE);
            for (SortOrder sort : SortOrder.values()) {
                SearchResult result = archive.search(SearchQuery.of("أسعار النفط قرار أوبك الإنتاج").withSort(sort));
                assertEquals(3, result.total(), sort.name());
                assertEquals(1, result.allWords(), "only one article holds all five words: " + sort);
                for (SearchHit hit : result.hits()) {
                    assertEquals(hit.id().equals("all"), hit.everyWord(), hit.id() + " " + sort);
                }
                // Five words no article holds together: the count says none holds them all (it said 3 of 3).
                SearchResult none = archive.search(SearchQuery.of("أسعار النفط قرار أوبك سوتشي").withSort(sort));
                assertEquals(4, none.total(), sort.name());
                assertEquals(0, none.allWords(), sort.name());
                assertTrue(none.hits().stream().noneMatch(SearchHit::everyWord), sort.name());
            }
            assertEquals("all", archive.search(SearchQuery.of("أسعار النفط قرار أوبك الإنتاج")).hits().getFirst().id());
            assertEquals(List.of("newer", "all", "older"), archive.search(SearchQuery.of("أسعار النفط قرار أوبك الإنتاج")
                    .withSort(SortOrder.NEWEST)).hits().stream().map(SearchHit::id).toList());
        }
    }

    @Test
    void aLongQueryCountsAWordPresentInItsOwnFormsNotInAnotherWordOfItsStem() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("long-own-forms"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("restructuring", "", DAY, "", "قررت الهيئة العليا إعادة هيكلة إداراتها خلال العام المقبل."),
                    article("skeleton", "", DAY, "", "أعلنت الهيئة العليا إعادة عرض الهيكل العظمي للديناصور في المتحف."),
                    article("other", "", DAY, "", "عقد مؤتمر الحوار الوطني في سوتشي."))), ImportMonitor.NONE);
            SearchResult result = archive.search(SearchQuery.of("إعادة هيكلة الهيئة العليا"));
            // الهيكل (a skeleton) shares the light stem of هيكلة (restructuring) and is not the word.
            assertEquals(1, result.allWords(), "only one article holds all four words");
            assertEquals(List.of("restructuring", "skeleton"), result.hits().stream().map(SearchHit::id).toList());
            assertEquals(List.of(true, false), result.hits().stream().map(SearchHit::everyWord).toList());
        }
    }

    @Test
    void aFieldNamedWithNothingAfterItAddsNothingInEitherLanguage() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("bare-field"))) {
            TestArticles.fill(archive);
            // عنوان (title) is a word of the undated article's body: a bare عنوان: is not a search for it.
            archive.importArticles(TestArticles.sourceOf(List.of(article("address", "", DAY, "",
                    "نشرت الصحيفة عنوان المكتب الجديد في سوتشي."))), ImportMonitor.NONE);
            List<String> everything = ids(archive, "");
            for (String bare : List.of("title:", "عنوان:", "source:", "مصدر:")) {
                assertEquals(Set.copyOf(everything), Set.copyOf(ids(archive, bare)), bare);
                assertEquals(Set.of("sochi", "address"), Set.copyOf(ids(archive, "سوتشي " + bare)), bare);
                assertEquals(Set.of("sochi", "address"), Set.copyOf(ids(archive, bare + " سوتشي")), bare);
            }
            assertEquals(List.of("address"), ids(archive, "عنوان"), "the word itself is still found");
        }
    }

    @Test
    void aProcliticThatMakesAnotherWordIsNotTakenForTheWordWithIt() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("other-words"))) {
            List<Article> articles = new ArrayList<>();
            for (int i = 0; i < 6; i++) { // فكرة (an idea) takes the article: a word of its own, not ف + كرة (a ball)
                articles.add(article("idea-" + i, "", DAY, "", "طرح الكاتب فكرة جديدة، ثم شرح الفكرة " + i + " بالتفصيل."));
            }
            for (int i = 0; i < 4; i++) { // لكرة القدم: ل + كرة (اللكرة is written nowhere)
                articles.add(article("ball-" + i, "", DAY, "", "انضم اللاعب لكرة القدم ثم عاد للكرة الطائرة " + i + "."));
            }
            articles.add(article("ball-bare", "", DAY, "", "اشترى الطفل كرة جديدة."));
            for (int i = 0; i < 5; i++) { // بسبب: ب + سبب, a set phrase far commoner than بالسبب
                articles.add(article("because-" + i, "", DAY, "", "تأخرت الرحلة بسبب الأمطار " + i + "."));
            }
            articles.add(article("reason", "", DAY, "", "عرف السبب فبطل العجب، ولكل سبب نتيجة."));
            archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
            assertEquals(5, ids(archive, "كرة").size(), "لكرة is ل + كرة; فكرة is another word");
            assertEquals(6, ids(archive, "فكرة").size(), "the idea is still found as itself");
            assertEquals(6, ids(archive, "سبب").size(), "بسبب is ب + سبب");
        }
    }

    @Test
    void aQueryOfPunctuationAloneFindsNothingWhereABlankOneListsTheArchive() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("punctuation"))) {
            TestArticles.fill(archive);
            List<String> everything = ids(archive, "");
            assertTrue(everything.size() > 1);
            // Listing the archive for ؟؟؟ passed every article off as its match (the count said so too).
            for (String nothing : List.of("؟؟؟", "...", "-", "«»", "؟ ، ! ؛", "\"...\"", "؟ ".repeat(40), "title:؟", "ـ")) {
                SearchResult result = archive.search(SearchQuery.of(nothing));
                assertEquals(0, result.total(), nothing);
                assertEquals(List.of(), result.hits(), nothing);
                assertNull(result.didYouMean(), nothing);
                assertTrue(org.arshif.text.QuerySyntax.holdsNoWord(
                        org.arshif.text.QuerySyntax.parseTyped(nothing)), "the note says why: " + nothing);
            }
            // What is begun (a phrase's quote, a field's name) and what only excludes keep their meaning.
            assertEquals(Set.copyOf(everything), Set.copyOf(ids(archive, "\"")));
            assertEquals(Set.copyOf(everything), Set.copyOf(ids(archive, "title:")));
            List<String> butSochi = ids(archive, "-سوتشي");
            assertEquals(everything.size() - ids(archive, "سوتشي").size(), butSochi.size());
            assertEquals(Set.copyOf(butSochi), Set.copyOf(ids(archive, "-سوتشي ؟")), "punctuation beside a word adds nothing");
        }
    }

    @Test
    void aQueryOfAnyLengthIsAnsweredAndFindsItsArticle() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("long"))) {
            TestArticles.fill(archive);
            Article seed = archive.get(SEED).orElseThrow();
            String[] words = String.join(" ", seed.paragraphs()).split("\\s+");
            for (int length : new int[] {150, 1_000, 10_000}) {
                StringBuilder query = new StringBuilder();
                for (int i = 0; i < length; i++) {
                    query.append(words[i % words.length]).append(' ');
                }
                SearchResult result = archive.search(SearchQuery.of(query.toString()));
                assertEquals(SEED, result.hits().getFirst().id(), length + " words");
                assertNull(result.didYouMean());
                assertFalse(archive.read(SEED, query.toString()).orElseThrow().matches().paragraphs().getFirst().isEmpty());
                // A quote left open before the pasted text makes it one long phrase: still answered.
                String quoted = "\"" + String.join(" ", java.util.Arrays.copyOf(words, Math.min(length, words.length)));
                assertEquals(List.of(SEED), ids(archive, quoted), length + " words quoted");
            }
        }
    }

    @Test
    void aQueryOfMoreAlternativesThanLuceneTakesIsAnsweredAsATextKeepingItsSourceAndExclusions() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("alternatives"))) {
            TestArticles.fill(archive);
            Article seed = archive.get(SEED).orElseThrow();
            List<String> words = java.util.Arrays.stream(String.join(" ", seed.paragraphs()).split("\\s+"))
                    .filter(w -> w.codePoints().allMatch(Character::isLetter)).distinct().toList();
            StringBuilder or = new StringBuilder();
            StringBuilder phrases = new StringBuilder();
            for (int i = 0; i < 3_000; i++) {
                or.append(i > 0 ? " OR " : "").append(words.get(i % words.size()));
                phrases.append('"').append(words.get(i % words.size())).append(' ')
                        .append(words.get((i + 1) % words.size())).append("\" ");
            }
            for (String query : List.of(or.toString(), phrases.toString())) {
                SearchResult result = archive.search(SearchQuery.of(query));
                assertEquals(SEED, result.hits().getFirst().id(), query.substring(0, 40));
                assertEquals(List.of(), ids(archive, query + " source:" + seed.source() + "x"), "its source filters");
            }
            // Two clauses, an OR of 3,000 words and an exclusion, are typed syntax: the exclusion excludes. (A text of
            // more than 32 clauses, like the 3,000 phrases, is a pasted page: its hyphens are punctuation.)
            assertEquals(List.of(), ids(archive, or + " -" + words.getFirst()), "its exclusion excludes");
            // A word typed beside the OR is still required; no hit is said to hold all of a relaxed query.
            SearchResult geneva = archive.search(SearchQuery.of("جنيف " + or).withPage(0, 100));
            assertEquals(Set.copyOf(ids(archive, "جنيف")), Set.copyOf(geneva.hits().stream().map(SearchHit::id).toList()));
            assertEquals(0, geneva.allWords());
            assertTrue(geneva.hits().stream().noneMatch(SearchHit::everyWord));
            // A prefix longer than any indexed word (the tokenizer cuts words at 255 letters) finds nothing.
            assertEquals(List.of(), ids(archive, "ب".repeat(500) + "*"));
            assertEquals(List.of(), ids(archive, "الرياض".repeat(100) + "*"));
        }
    }

    @Test
    void aQuotedPhraseOfAnyLengthIsAnExactPhrase() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("phrase"))) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            archive.importArticles(TestArticles.sourceOf(List.of(article("shuffled", "", DAY, "",
                    "من جهة أخرى بدأت مفاوضات جديدة، وهي جولة طويلة حول الأزمة."))), ImportMonitor.NONE);
            // The seed writes "جولة جديدة من مفاوضات أستانا حول الأزمة السورية"; "shuffled" has the same words apart.
            assertEquals(List.of(SEED), ids(archive, "\"جولة جديدة من مفاوضات\""));
            assertEquals(List.of(SEED), ids(archive, "\"جولة جديدة من مفاوضات أستانا حول الأزمة السورية\""));
            assertEquals(List.of(), ids(archive, "\"مفاوضات جديدة من جولة\""));
            SearchHit hit = archive.search(SearchQuery.of("\"جولة جديدة من مفاوضات\"")).hits().getFirst();
            assertTrue(hit.snippet().marks().stream().allMatch(m -> m.kind() == Snippet.Kind.EXACT));
            // A run the article writes with punctuation between its words, or as a hashtag, is the phrase as typed.
            archive.importArticles(TestArticles.sourceOf(List.of(article("roads", "", DAY, "",
                    "أغلقت الطرق. وأوضح المتحدث أن وسم #عاصفة_الحزم انتشر."))), ImportMonitor.NONE);
            for (String query : List.of("\"الطرق وأوضح\"", "#عاصفة_الحزم", "\"عاصفة الحزم\"")) {
                SearchHit run = archive.search(SearchQuery.of(query)).hits().getFirst();
                assertEquals("roads", run.id(), query);
                assertFalse(run.snippet().marks().isEmpty(), query);
                assertTrue(run.snippet().marks().stream().allMatch(m -> m.kind() == Snippet.Kind.EXACT),
                        query + ": " + run.snippet().render("[", "[~", "]"));
            }
        }
    }

    @Test
    void aYearWrittenWithItsCalendarsLetterAndAPhraseAcrossADashOfTatweelAreFound() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("numbers"))) {
            archive.importArticles(TestArticles.sourceOf(List.of(
                    article("year", "", DAY, "", "صدر التقرير في 23 أغسطس 2015م على بعد 30كم من المدينة."),
                    article("dash", "", DAY, "", "أعلن القبض ـ ولله الحمد ـ على أفراد الخلية."))), ImportMonitor.NONE);
            assertEquals(List.of("year"), ids(archive, "2015"));
            assertEquals(List.of("year"), ids(archive, "\"23 أغسطس 2015\""));
            assertEquals(List.of("year"), ids(archive, "30"));
            assertEquals(List.of("2015"), archive.search(SearchQuery.of("2015")).hits().getFirst().snippet()
                    .markedWords(), "the mark covers the year, not its letter");
            assertEquals(List.of("dash"), ids(archive, "\"القبض ولله\""));
            assertEquals(List.of("dash"), ids(archive, "\"القبض ـ ولله الحمد ـ على\""));
            assertEquals(List.of("dash"), ids(archive, "\"الحمد على\""));
        }
    }

    @Test
    void titleAndSourceInTheQueryLimitTheSearch() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("fields"))) {
            TestArticles.fill(archive);
            // سوتشي stands in sochi's title; جنيف in geneva's title and body.
            assertEquals(List.of("sochi"), ids(archive, "title:سوتشي"));
            assertEquals(List.of("sochi"), ids(archive, "عنوان:سوتشي"));
            assertEquals(List.of("geneva"), ids(archive, "title:\"جديدة في جنيف\""));
            assertEquals(List.of(), ids(archive, "title:روسيا"), "روسيا is in sochi's body only");
            assertEquals(List.of("sochi"), ids(archive, "روسيا source:سبوتنيك"));
            assertEquals(Set.of("oil", "oil-2"), Set.copyOf(ids(archive, "source:الاقتصادية")));
            assertEquals(List.of("oil"), ids(archive, "مصدر:الاقتصادية ارتفعت"));
            assertFalse(ids(archive, "النفط -source:الاقتصادية").contains("oil"));
            // A source named in the query filters as the source chooser does: a query no article holds whole is
            // widened to some of its words, a pasted text of any length ranked as one, within that source.
            String pasted = (String.join(" ", archive.get("oil").orElseThrow().paragraphs()) + " ").repeat(5)
                    + String.join(" ", archive.get(SEED).orElseThrow().paragraphs());
            for (String text : List.of("النفط جنيف", pasted)) {
                String name = text.substring(0, 10);
                SearchResult chosen = archive.search(SearchQuery.of(text).withSource("الاقتصادية"));
                SearchResult typed = archive.search(SearchQuery.of(text + " مصدر:الاقتصادية"));
                assertFalse(chosen.hits().isEmpty(), name);
                assertEquals(chosen.hits().stream().map(SearchHit::id).toList(),
                        typed.hits().stream().map(SearchHit::id).toList(), name);
                assertEquals(chosen.total(), typed.total());
                assertEquals(chosen.allWords(), typed.allWords());
            }
        }
    }
}
