package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.NodeOrientation;
import javafx.scene.input.KeyCode;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest extends WindowTestBase {

    static final String SEED = "000_3e452db34f5d0aa1";

    @Override
    java.util.Locale language() {
        return Messages.ARABIC;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    private List<String> shownIds() throws Exception {
        return onFx(() -> {
            var items = window.results.getItems();
            if (items == null) {
                return List.<String>of();
            }
            return items.stream().filter(Objects::nonNull).map(SearchHit::id).toList();
        });
    }

    /** Shows a new, empty archive in the window (closed by the caller). */
    private LuceneArchive attachEmptyArchive(FxRobot robot, String name) throws Exception {
        waitForTotal(6);
        LuceneArchive fresh = LuceneArchive.open(dir.resolve(name + "-" + System.nanoTime()));
        robot.interact(() -> window.attach(fresh));
        waitForTotal(0);
        return fresh;
    }

    private void waitForTotal(long total) throws Exception {
        waitUntil(() -> window.model.total.get() == total && !window.model.searching.get());
    }

    @Test
    void aSearchThatFindsNothingSaysSoInTheList(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.clickOn("#query").write("زرافةمستحيلة");
        waitForTotal(0);
        waitUntil(() -> Messages.get("results.empty").equals(robot.lookup("#results-placeholder").queryLabeled().getText()));
    }

    @Test
    void anEmptyArchiveSaysToImportNotToSearchWithFewerWords(FxRobot robot) throws Exception {
        try (LuceneArchive fresh = attachEmptyArchive(robot, "empty")) {
            waitUntil(() -> Messages.get("results.emptyArchive").equals(
                    robot.lookup("#results-placeholder").queryLabeled().getText()));
        }
    }

    @Test
    void typingAnArabicQueryShowsTheMatchingArticleAndTheCount(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.clickOn("#query").write("أستانا");
        waitForTotal(2);
        assertEquals(java.util.Set.of(SEED, "undated"), java.util.Set.copyOf(shownIds()));
        assertEquals("مقالان", robot.lookup("#count").queryLabeled().getText());
        robot.type(KeyCode.ESCAPE);
        waitForTotal(6);
        assertEquals("", window.searchBar.queryField.getText());
    }

    @Test
    void enterSearchesAtOnce(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.searchBar.queryField.setText("النفط"));
        robot.clickOn("#query").type(KeyCode.ENTER);
        waitForTotal(2);
        assertTrue(shownIds().containsAll(List.of("oil", "oil-2")));
    }

    @Test
    void theDateRangeExcludesArticlesOutsideIt(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.model.setDates(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31)));
        waitForTotal(3);
        assertEquals(List.of("oil-2", SEED, "oil"), shownIds());
        robot.interact(() -> window.model.setDates(LocalDate.of(2017, 11, 1), null));
        waitForTotal(2);
        assertEquals(List.of("sochi", "geneva"), shownIds());
    }

    @Test
    void theDateRangeCanApplyToDatesWrittenInTheTextWhichTheReaderMarks(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.clickOn("#dates-in-text");
        robot.interact(() -> window.model.setDates(LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 31)));
        waitForTotal(1);
        assertEquals(List.of(SEED), shownIds());
        waitUntil(() -> window.readerView.paragraphs().size() == 20);
        long dates = onFx(() -> window.readerView.paragraphs().stream()
                .filter(p -> !p.dateShape().getElements().isEmpty()).count());
        assertEquals(3, dates, "the three paragraphs with a written date show it marked");
    }

    @Test
    void aQueryThatFindsLittleOffersTheSpellingTheArchiveUses(FxRobot robot) throws Exception {
        waitForTotal(6);
        LuceneArchive common = LuceneArchive.open(dir.resolve("did-you-mean-" + System.nanoTime()));
        List<org.arshif.model.Article> astana = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            astana.add(org.arshif.archive.TestArticles.article("a" + i, "", LocalDate.of(2018, 1, i + 1), "س",
                    "جولة من محادثات أستانا رقم " + i));
        }
        // One article spells the name آستانة: found by it, but six write أستانا, a clearly more common spelling.
        astana.add(org.arshif.archive.TestArticles.article("rare", "", LocalDate.of(2018, 2, 1), "س",
                "انتهت محادثات آستانة أمس"));
        common.importArticles(org.arshif.archive.TestArticles.sourceOf(astana), org.arshif.archive.ImportMonitor.NONE);
        robot.interact(() -> {
            window.model.query.set("آستانة");
            window.attach(common);
        });
        waitUntil(() -> window.searchBar.didYouMean.isVisible());
        assertEquals("هل تقصد: استانا؟", window.searchBar.didYouMean.getText());
        robot.interact(() -> window.searchBar.didYouMean.fire());
        waitForTotal(6);
        assertEquals("استانا", window.model.query.get());
        assertFalse(window.searchBar.didYouMean.isVisible());
        common.close();
    }

    @Test
    void aPastedTextWhoseSearchSignsAreReadAsWordsIsSaidToBeUnderTheField(FxRobot robot) throws Exception {
        waitForTotal(6);
        assertFalse(window.searchBar.syntaxAsText.isVisible());
        robot.interact(() -> window.model.query.set("المفاوضات ".repeat(40) + "-أستانا"));
        waitUntil(() -> window.searchBar.syntaxAsText.isVisible());
        assertEquals("نص ملصق: علامات البحث فيه (- * OR عنوان:) تُقرأ كلمات منه",
                window.searchBar.syntaxAsText.getText());
        robot.interact(() -> window.model.query.set("المفاوضات -أستانا"));
        waitUntil(() -> !window.searchBar.syntaxAsText.isVisible());
    }

    @Test
    void aQueryOfPunctuationAloneFindsNothingAndSaysWhyUnderTheField(FxRobot robot) throws Exception {
        waitForTotal(6);
        assertFalse(window.searchBar.noWord.isVisible());
        robot.interact(() -> window.model.query.set("؟؟؟"));
        waitUntil(() -> window.searchBar.noWord.isVisible());
        waitForTotal(0);
        assertEquals(Messages.get("search.noWord"), window.searchBar.noWord.getText());
        assertTrue(window.searchBar.noWord.getText().startsWith("لا كلمة ولا رقم في البحث"), window.searchBar.noWord.getText());
        waitUntil(() -> Messages.get("results.noWord").equals(
                robot.lookup("#results-placeholder").queryLabeled().getText()));
        robot.interact(() -> window.model.query.set(""));
        waitUntil(() -> !window.searchBar.noWord.isVisible());
        waitForTotal(6);
    }

    @Test
    void aTextPrintedBySeveralPapersIsOneRowCountingItsCopiesAndSources(FxRobot robot) throws Exception {
        waitForTotal(6);
        LuceneArchive papers = LuceneArchive.open(dir.resolve("copies-" + System.nanoTime()));
        LocalDate day = LocalDate.of(2015, 7, 22);
        papers.importArticles(org.arshif.archive.TestArticles.sourceOf(List.of(
                org.arshif.archive.TestArticles.article("riyadh", "افتتاح مستشفى تبوك", day, "الرياض",
                        org.arshif.archive.TestArticles.STORY),
                org.arshif.archive.TestArticles.article("yaum", "الصحة تفتتح مستشفى في تبوك", day, "اليوم",
                        org.arshif.archive.TestArticles.SAME_STORY_EDITED),
                org.arshif.archive.TestArticles.article("madina", "مستشفى جديد في تبوك", day, "المدينة",
                        org.arshif.archive.TestArticles.STORY))), org.arshif.archive.ImportMonitor.NONE);
        robot.interact(() -> {
            window.model.query.set("مستشفى تبوك");
            window.attach(papers);
        });
        waitForTotal(1);
        waitUntil(() -> robot.lookup(".hit-meta").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().contains("3 نسخ في 3 مصادر")));
        javafx.scene.control.Label meta = robot.lookup(".hit-meta").queryAll().stream()
                .map(javafx.scene.control.Label.class::cast).filter(label -> label.getText().contains("نسخ"))
                .findFirst().orElseThrow();
        String copies = meta.getTooltip().getText();
        for (String source : List.of("الرياض", "اليوم", "المدينة")) {
            assertTrue(copies.contains(source), copies);
        }
        assertEquals("نص واحد · 3 مقالات", robot.lookup("#count").queryLabeled().getText());

        robot.interact(() -> window.model.query.set("مستشفى الرياض"));
        robot.interact(() -> window.model.search());
        waitUntil(() -> window.model.allWords.get() == 0 && window.model.total.get() == 1);
        assertEquals("لا مقال بكل الكلمات · 1 ببعضها أو كلها", robot.lookup("#count").queryLabeled().getText(),
                robot.lookup("#count").queryLabeled().getText());
        waitUntil(() -> robot.lookup(".hit-meta").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().contains("بعض الكلمات فقط")));
        // Newest first lists the same article, with the same count and label (it found nothing by date).
        robot.interact(() -> window.searchBar.sortBox.setValue(SortOrder.NEWEST));
        waitUntil(() -> !window.model.searching.get() && window.model.allWords.get() == 0
                && window.model.total.get() == 1);
        assertEquals(1, shownIds().size());
        assertEquals("لا مقال بكل الكلمات · 1 ببعضها أو كلها", robot.lookup("#count").queryLabeled().getText());
        waitUntil(() -> robot.lookup(".hit-meta").queryAll().stream()
                .anyMatch(node -> ((javafx.scene.control.Label) node).getText().contains("بعض الكلمات فقط")));
        papers.close();
    }

    @Test
    void aLongQueryListedByDateSaysOnEachRowWhetherItHoldsEveryWord(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> {
            window.searchBar.sortBox.setValue(SortOrder.NEWEST);
            window.model.query.set("أسعار النفط قرار أوبك الإنتاج");
            window.model.search();
        });
        waitUntil(() -> window.model.allWords.get() == 1 && !window.model.searching.get());
        long total = window.model.total.get();
        assertTrue(total > 1, "oil-2 holds أسعار النفط only: " + total);
        assertEquals("مقال واحد بكل الكلمات · " + total + " ببعضها أو كلها",
                robot.lookup("#count").queryLabeled().getText());
        // By date the article with every word (oil, the oldest) is not first: each row says what it holds.
        waitUntil(() -> robot.lookup(".hit-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof javafx.scene.control.ListCell<?> c && c.getItem() != null
                        && "oil".equals(((SearchHit) c.getItem()).id())));
        for (var node : robot.lookup(".hit-cell").queryAll()) {
            if (node instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() instanceof SearchHit hit) {
                String meta = onFx(() -> ((javafx.scene.control.Label) cell.lookup(".hit-meta")).getText());
                assertEquals(!hit.id().equals("oil"), meta.contains("بعض الكلمات فقط"), hit.id() + ": " + meta);
            }
        }
        assertFalse(shownIds().getFirst().equals("oil"), shownIds().toString());
    }

    @Test
    void sortingReordersTheResults(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.searchBar.sortBox.setValue(SortOrder.OLDEST));
        waitUntil(() -> {
            try {
                return shownIds().size() == 6 && shownIds().getFirst().equals("oil");
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(List.of("oil", SEED, "oil-2", "geneva", "sochi", "undated"), shownIds());
        robot.interact(() -> window.searchBar.sortBox.setValue(SortOrder.NEWEST));
        waitUntil(() -> {
            try {
                return shownIds().getFirst().equals("sochi");
            } catch (Exception e) {
                return false;
            }
        });
    }

    @Test
    void selectingAResultShowsItInTheReadingPaneWithTheMatchesMarked(FxRobot robot) throws Exception {
        robot.interact(() -> window.model.query.set("المفاوضات"));
        robot.interact(window.model::search);
        waitForTotal(2);
        int seedRow = shownIds().indexOf(SEED);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(seedRow));
        waitUntil(() -> window.reader.shown.get() != null && window.reader.shown.get().article().id().equals(SEED));
        waitUntil(() -> window.readerView.paragraphs().size() == 20);
        List<ArabicParagraph> paragraphs = onFx(window.readerView::paragraphs);
        long marked = paragraphs.stream().mapToLong(p -> p.getMarks().size()).sum();
        assertTrue(marked >= 5, "the seed writes المفاوضات/مفاوضات several times, marked " + marked);
        ArabicParagraph first = paragraphs.getFirst();
        String markedWord = onFx(() -> first.getText().substring(first.getMarks().getFirst().start(),
                first.getMarks().getFirst().end()));
        assertEquals("مفاوضات", markedWord);
        assertFalse(onFx(() -> first.markShape().getElements().isEmpty()), "marks are drawn");
        assertTrue(robot.lookup("#reader-meta").queryLabeled().getText().contains("صفر 1439"),
                "Hijri date beside the Gregorian one");
    }

    /**
     * The hostile review's 7,000-word article kept a core busy for as long as it stayed open: each pulse (the search
     * field's caret) laid out every paragraph again. With an article shown and nothing changing, a layout pass must
     * lay out neither the pane nor any of its paragraphs.
     */
    @Test
    void aLongArticleOpenIsNotLaidOutAgainOnEveryPulse(FxRobot robot) throws Exception {
        List<String> body = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> ArabicParagraphTest.newsWords(100, i)).toList();
        var article = new org.arshif.model.Article("long", "مقال كبير جداً", false, LocalDate.of(2015, 7, 1), "s", "",
                "", body, "test");
        var dates = body.stream().map(p -> List.<org.arshif.model.Snippet.Span>of()).toList();
        robot.interact(() -> {
            // The review's window: 1400 px wide, where the column is 781 px.
            window.readerView.getScene().getWindow().setWidth(1400);
            window.readerView.getScene().getWindow().setHeight(860);
            window.reader.shown.set(new ReaderViewModel.Shown(article,
                    org.arshif.model.ArticleMatches.none(article), dates));
        });
        waitUntil(() -> window.readerView.paragraphs().size() == 30);
        robot.interact(() -> {
            window.readerView.getScene().getRoot().applyCss();
            window.readerView.getScene().getRoot().layout();
        });
        int askedAgain = onFx(() -> {
            List<javafx.scene.Parent> watched = new java.util.ArrayList<>(window.readerView.paragraphs());
            watched.add(window.readerView);
            return UiTestSupport.layoutsAskedAgain(window.readerView.getScene(), watched, 3);
        });
        assertEquals(0, askedAgain, "layouts asked again by the reading pane and its paragraphs in 3 passes");
    }

    @Test
    void severalArticlesCanBeSelected(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(0));
        robot.clickOn("#results").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        waitUntil(() -> window.results.getSelectionModel().getSelectedIndices().size() == 6);
        robot.interact(() -> {
            window.results.getSelectionModel().clearSelection();
            window.results.getSelectionModel().selectIndices(1, 3);
        });
        assertEquals(List.of(1, 3), onFx(() -> List.copyOf(window.results.getSelectionModel().getSelectedIndices())));
    }

    @Test
    void nextAndPreviousArticleFromTheKeyboard(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(0));
        robot.press(KeyCode.ALT).type(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> window.results.getSelectionModel().getSelectedIndex() == 1);
        waitUntil(() -> window.reader.shown.get() != null && window.reader.shown.get().article().id().equals("geneva"));
    }

    @Test
    void zoomChangesTheReadingTextSize(FxRobot robot) throws Exception {
        double before = window.reader.textSize.get();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> window.reader.textSize.get() == before + 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> window.reader.textSize.get() == before);
    }

    @Test
    void clickingATimelineBarNarrowsTheDates(FxRobot robot) throws Exception {
        waitForTotal(6);
        // October 2017 to January 2018 fit as days: the oldest bar (1 October, on the right) is the oil article.
        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY);
        robot.clickOn(onFx(() -> window.timeline.canvas.localToScreen(window.timeline.leftOf(0) + 1,
                window.timeline.canvas.getHeight() - TimelineView.AXIS - 2)));
        waitForTotal(1);
        assertEquals(LocalDate.of(2017, 10, 1), window.model.from.get());
        assertEquals(LocalDate.of(2017, 10, 1), window.model.to.get());
    }

    @Test
    void theRootIsRightToLeftInArabic() {
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window.root().getNodeOrientation());
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, window.root().getEffectiveNodeOrientation());
    }

    @Test
    void importFromTheWindowReportsItsSummary(FxRobot robot) throws Exception {
        LuceneArchive fresh = attachEmptyArchive(robot, "import");
        Path feed = dir.resolve("feed-" + System.nanoTime() + ".jsonl");
        Files.writeString(feed, """
                {"id": "ui-1", "title": "خبر مستورد", "date": "2019-05-01", "content": "نص عن الانتخابات البلدية."}
                {"id": "ui-2", "title": "خبر آخر", "date": "1 أيار 2019", "content": "نص آخر عن الانتخابات."}
                {"id": "ui-3", "title": "بلا نص", "date": "2019-05-02", "content": ""}
                {"id": "ui-4", "title": "تاريخ مستحيل", "date": "2017-02-30", "content": "نص عن الانتخابات بتاريخ مستحيل."}
                """, StandardCharsets.UTF_8);
        AtomicReference<String> summary = new AtomicReference<>();
        robot.interact(() -> {
            window.importer.onSummary = summary::set;
            window.importPaths(List.of(feed));
        });
        waitUntil(() -> summary.get() != null);
        assertEquals("أُضيف 3، وحُدّث 0، ولم يتغيّر 0، وتُخطّي 1 في",
                summary.get().substring(0, summary.get().lastIndexOf(" في ") + 3));
        assertEquals(1, window.importer.lastReport.skipped().size());
        assertEquals(1, window.importer.lastNotes.count(), "the impossible date: imported undated, with a note");
        assertTrue(window.importer.lastNotes.listed().getFirst().describe().contains("2017-02-30"),
                window.importer.lastNotes.listed().toString());
        assertTrue(window.importer.lastReport.skipped().getFirst().describe().contains("record 3: empty body"));
        robot.interact(() -> {
            window.model.query.set("الانتخابات");
            window.model.search();
        });
        waitForTotal(3);
        assertTrue(window.status.archiveLabel.getText().startsWith("3 مقالات"), window.status.archiveLabel.getText());
        // The same file again: nothing changed, and the window says so (it said «وحُدّث 3»).
        summary.set(null);
        robot.interact(() -> window.importPaths(List.of(feed)));
        waitUntil(() -> summary.get() != null);
        assertEquals("أُضيف 0، وحُدّث 0، ولم يتغيّر 3، وتُخطّي 1 في",
                summary.get().substring(0, summary.get().lastIndexOf(" في ") + 3));
        fresh.close();
    }

    @Test
    void theListShowsEachCommitOfALongImportWhileItRunsAndTheStatusGivesItsPace(FxRobot robot) throws Exception {
        LuceneArchive fresh = attachEmptyArchive(robot, "live");
        Path feed = dir.resolve("long-" + System.nanoTime() + ".jsonl");
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lines.append("{\"id\": \"n").append(i).append("\", \"date\": \"2019-05-01\", \"content\": \"خبر رقم ")
                    .append(i).append(" عن الانتخابات البلدية في المدن والقرى.\"}\n");
        }
        Files.writeString(feed, lines, StandardCharsets.UTF_8);
        List<Long> totals = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();
        AtomicReference<String> summary = new AtomicReference<>();
        System.setProperty("arshif.commitEvery", "1000");
        try {
            robot.interact(() -> {
                window.model.total.addListener((o, a, b) -> totals.add(b.longValue()));
                window.status.activity.textProperty().addListener((o, a, b) -> statuses.add(b));
                window.importer.onSummary = summary::set;
                window.importPaths(List.of(feed));
            });
            waitUntil(() -> summary.get() != null);
        } finally {
            System.clearProperty("arshif.commitEvery");
        }
        waitForTotal(10_000);
        assertTrue(totals.stream().anyMatch(total -> total > 0 && total < 10_000),
                "the list grew while the import ran: " + totals);
        assertTrue(statuses.stream().anyMatch(text -> text.matches("جارٍ الاستيراد: .* \\(\\d+ مقال/ث\\)")),
                "the pace in articles per second: " + statuses);
        fresh.close();
    }

    @Test
    void scrollingFarDownShowsTheSameRowsAsTheArchiveInThatPlace(FxRobot robot) throws Exception {
        LuceneArchive many = attachEmptyArchive(robot, "scroll");
        List<String> words = List.of("المدينة", "الوزارة", "المشروع", "الطريق", "المدرسة", "المستشفى", "السوق",
                "الملعب", "الجامعة", "الميناء", "المطار", "الحديقة");
        List<org.arshif.model.Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 350; i++) {
            StringBuilder body = new StringBuilder("خبر رقم " + i);
            java.util.Random random = new java.util.Random(i);
            for (int k = 0; k < 14; k++) {
                body.append(' ').append(words.get(random.nextInt(words.size())));
            }
            articles.add(org.arshif.archive.TestArticles.article("s" + i, "خبر " + i,
                    LocalDate.of(2020, 1, 1).plusDays(i % 40), "", body.toString()));
        }
        many.importArticles(org.arshif.archive.TestArticles.sourceOf(articles), org.arshif.archive.ImportMonitor.NONE);
        long total = many.search(org.arshif.model.SearchQuery.of("")).total();
        assertTrue(total > 300, "distinct texts: " + total);
        robot.interact(() -> window.model.search());
        waitForTotal(total);
        assertEquals(LazyHitList.FIRST_ROWS, onFx(() -> (int) window.results.getItems().stream()
                .filter(Objects::nonNull).count()), "the search brings only the first rows");
        for (int row : new int[] {30, 99, 100, 250, (int) total - 1}) {
            robot.interact(() -> window.results.scrollTo(row));
            waitUntil(() -> window.results.getItems().get(row) != null);
            String shown = onFx(() -> window.results.getItems().get(row).id());
            String expected = many.search(window.model.currentQuery().withPage(row, 1)).hits().getFirst().id();
            assertEquals(expected, shown, "row " + row);
        }
        many.close();
    }

    @Test
    void aDamagedArchiveIsReportedAndRebuiltFromTheFilesItCameFrom(FxRobot robot) throws Exception {
        waitForTotal(6);
        Path folder = dir.resolve("damaged-" + System.nanoTime());
        Path feed = dir.resolve("originals-" + System.nanoTime() + ".jsonl");
        Files.writeString(feed, """
                {"id": "r1", "date": "2019-05-01", "content": "افتتح المعرض الدولي للكتاب أبوابه أمام الزوار صباح اليوم."}
                {"id": "r2", "date": "2019-05-02", "content": "ارتفعت أسعار النفط في ختام تعاملات الأسبوع بعد قرار أوبك."}
                {"id": "r3", "date": "2019-05-03", "content": "فاز المنتخب الوطني في مباراة ودية أقيمت على ملعب المدينة."}
                """, StandardCharsets.UTF_8);
        try (LuceneArchive original = LuceneArchive.open(folder)) {
            original.importArticles(new org.arshif.importer.FileImporter(List.of(feed),
                    org.arshif.importer.FieldMapping.DEFAULT), org.arshif.archive.ImportMonitor.NONE);
        }
        org.arshif.archive.IndexDamage.truncate(folder);
        var damage = assertThrows(org.arshif.archive.DamagedArchiveException.class, () -> LuceneArchive.open(folder));
        AtomicReference<String> question = new AtomicReference<>();
        AtomicReference<LuceneArchive> reopened = new AtomicReference<>();
        robot.interact(() -> {
            window.rebuilder.ask = text -> {
                question.set(text);
                return true;
            };
            window.rebuilder.offer(new org.arshif.archive.lucene.LuceneArchiveProvider()
                    .rebuilding(new org.arshif.archive.ArchiveLocation(folder, false)).orElseThrow(), damage, () -> window.background.write(() -> LuceneArchive.open(folder),
                    opened -> {
                        reopened.set(opened);
                        window.attach(opened);
                    }, failure -> UiTestSupport.FX_FAILURES.add(failure)));
        });
        waitForTotal(3);
        assertTrue(question.get().startsWith("هذا الأرشيف تالف: أحد ملفات فهرسه مقطوع أو ناقص أو لا يطابق مجموعه"
                + " الاختباري.\n\u2068" + folder + "\u2069\n"), question.get());
        assertTrue(question.get().contains("ما زال 1 من 1 في مكانه"), question.get());
        assertTrue(question.get().contains("أتعيد بناءه الآن؟"), question.get());
        assertTrue(question.get().endsWith("\u2068" + feed.toAbsolutePath() + "\u2069"), "the file it would read: "
                + question.get());
        assertEquals(3, window.rebuilder.lastReport.added());
        reopened.get().close();
    }

    @Test
    void exportingTheSelectedArticlesWritesOnePdfAndOffersToOpenIt(FxRobot robot) throws Exception {
        waitForTotal(6);
        Path pdf = dir.resolve("export-" + System.nanoTime() + ".pdf");
        List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window.setFileOpener(opened::add);
            window.results.getSelectionModel().clearSelection();
            window.results.getSelectionModel().selectIndices(0, 2, 3);
            window.exporter.export(window.selectedRows(), pdf);
        });
        waitUntil(() -> window.exporter.lastReport != null || window.exporter.lastError != null);
        assertEquals(null, window.exporter.lastError);
        assertEquals(3, window.exporter.lastReport.articles());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            int bookmarks = 0;
            for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks++;
            }
            assertEquals(3, bookmarks);
        }
        robot.interact(() -> window.status.cancel.fire());
        assertEquals(List.of(pdf.toUri().toString()), opened);
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhy(FxRobot robot) throws Exception {
        waitForTotal(6);
        Path notAFolder = Files.writeString(dir.resolve("plain-" + System.nanoTime()), "x");
        robot.interact(() -> {
            window.results.getSelectionModel().clearAndSelect(0);
            window.exporter.export(window.selectedRows(), notAFolder.resolve("out.pdf"));
        });
        waitUntil(() -> window.exporter.lastError != null);
        assertTrue(window.status.activity.getText().contains("out.pdf"), window.status.activity.getText());
    }

    @Test
    void anExportIntoTheArchiveFolderIsRefusedEvenThroughALink(FxRobot robot) throws Exception {
        waitForTotal(6);
        Path folder = Files.createDirectories(dir.resolve("archive-folder-" + System.nanoTime()));
        Path link = Files.createSymbolicLink(dir.resolve("looks-elsewhere-" + System.nanoTime()), folder);
        try {
            for (Path target : List.of(folder.resolve("out.pdf"), link.resolve("index").resolve("out.pdf"))) {
                window.exporter.lastError = null;
                robot.interact(() -> {
                    window.exporter.location = new org.arshif.archive.ArchiveLocation(folder, false);
                    window.results.getSelectionModel().clearAndSelect(0);
                    window.exporter.export(window.selectedRows(), target);
                });
                waitUntil(() -> window.exporter.lastError != null);
                assertTrue(window.status.activity.getText().contains(folder.toString())
                        && window.status.activity.getText().contains("الأرشيف"), window.status.activity.getText());
                assertFalse(Files.exists(target), "nothing written at " + target);
            }
        } finally {
            window.exporter.location = null;
        }
    }

    @Test
    void archiveWorkOnTheFxThreadIsRefused() throws Exception {
        var guarded = new FxThreadGuardedArchive(archive);
        Exception refused = onFx(() -> assertThrows(IllegalStateException.class, () -> guarded.search(SearchQuery.of(""))));
        assertTrue(refused.getMessage().contains("freeze"));
        assertEquals(6, guarded.search(SearchQuery.of("")).total(), "the same call off the FX thread works");
    }

    @Test
    void aWindowReadingAnArchiveFollowsWhatAnotherProcessCommits(FxRobot robot) throws Exception {
        waitForTotal(6);
        Path folder = dir.resolve("shared-" + System.nanoTime());
        try (LuceneArchive writer = LuceneArchive.open(folder)) {
            writer.importArticles(org.arshif.archive.TestArticles.seeds(), org.arshif.archive.ImportMonitor.NONE);
            LuceneArchive reader = LuceneArchive.openReadOnly(folder);
            robot.interact(() -> window.attach(reader));
            waitForTotal(1);
            writer.importArticles(org.arshif.archive.TestArticles.sourceOf(org.arshif.archive.TestArticles.sample()),
                    org.arshif.archive.ImportMonitor.NONE);
            waitForTotal(1 + org.arshif.archive.TestArticles.sample().size());
            // After its searches, the window still says it only reads (it said "ready").
            assertEquals(Messages.get("status.readOnly"), onFx(() -> window.status.activity.getText()));
            reader.close();
        }
    }
}
