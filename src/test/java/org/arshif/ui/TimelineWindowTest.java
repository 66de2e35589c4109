package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.text.CalendarSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The timeline in the Arabic window over two years of news (2016–2017) with two months of nothing (June and July 2016)
 * and a month of one article (November 2017): labelled, gaps drawn as gaps, counts on pointing, a dragged range that
 * filters the results and zooms to days, the keyboard, right to left, Hijri months.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineWindowTest {

    private static final YearMonth FIRST = YearMonth.of(2016, 1);
    private static final int MONTHS = 24;

    @TempDir
    static Path dir;
    static LuceneArchive archive;
    MainWindow window;

    private static final String[] WORDS = ("الميزانية النفط الأمطار الحج التعليم الرياضة المنتخب الوزارة المدينة"
            + " السوق الأسعار المدارس الطلاب المستشفى الصحة الطرق المطار الرحلات الموسم الشتاء الصيف الجامعة البحث"
            + " المشروع الشركة الإنتاج التصدير الميناء الزراعة المياه الكهرباء الإسكان البلدية المرور الحديقة المتحف"
            + " المعرض الكتاب المسرح السينما").split(" ");

    /** How many articles month {@code index} (0: January 2016) holds. */
    private static int articlesIn(int index) {
        YearMonth month = FIRST.plusMonths(index);
        if (month.equals(YearMonth.of(2016, 6)) || month.equals(YearMonth.of(2016, 7))) {
            return 0;
        }
        return month.equals(YearMonth.of(2017, 11)) ? 1 : 1 + index % 4;
    }

    private static int total() {
        int total = 0;
        for (int i = 0; i < MONTHS; i++) {
            total += articlesIn(i);
        }
        return total;
    }

    @BeforeAll
    static void openArchive() throws Exception {
        archive = LuceneArchive.open(dir.resolve("archive"));
        List<Article> articles = new ArrayList<>();
        java.util.Random random = new java.util.Random(14);
        for (int i = 0; i < MONTHS; i++) {
            for (int j = 0; j < articlesIn(i); j++) {
                LocalDate day = FIRST.plusMonths(i).atDay(3 + 7 * j);
                // Texts of their own (not copies of one story, which would count once).
                StringBuilder body = new StringBuilder();
                for (int w = 0; w < 40; w++) {
                    body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                articles.add(TestArticles.article("m" + i + "-" + j, "خبر الشهر " + i + " رقم " + j, day, "الرياض",
                        body.toString().strip() + "."));
            }
        }
        archive.importArticles(TestArticles.sourceOf(articles), ImportMonitor.NONE);
        System.setProperty("arshif.config", dir.resolve("config").toString());
    }

    @AfterAll
    static void closeArchive() throws Exception {
        archive.close();
    }

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ARABIC);
        window = new MainWindow(Settings.load());
        stage.setScene(window.createScene(1200, 800));
        stage.sizeToScene();
        stage.show();
        window.attach(archive);
        UiTestSupport.watchFxThread();
    }

    @AfterEach
    void noFailureOnTheFxThread() {
        UiTestSupport.shutDownAndCheck(window);
    }

    private void waitForMonths() throws Exception {
        waitUntil(() -> window.model.total.get() == total() && !window.model.searching.get()
                && window.timeline.scale.bins().size() == MONTHS);
    }

    /** Where bar {@code index} is on the screen, just above the baseline. */
    private Point2D bar(int index) throws Exception {
        return onFx(() -> window.timeline.canvas.localToScreen(window.timeline.leftOf(index) + window.timeline.slotWidth / 2,
                window.timeline.canvas.getHeight() - TimelineView.AXIS - 2));
    }

    private List<String> texts(String styleClass) throws Exception {
        return onFx(() -> window.timeline.lookupAll("." + styleClass).stream().map(node -> ((Text) node).getText())
                .toList());
    }

    @Test
    void theAxisNamesTheMonthsAndYearsInArabicAndNothingIsInEnglish() throws Exception {
        waitForMonths();
        assertEquals(TimelineScale.Level.MONTH, window.timeline.scale.level());
        assertEquals("المقالات في كل شهر", onFx(window.timeline.title::getText));
        List<String> months = texts("timeline-tick");
        assertTrue(months.containsAll(List.of("يناير", "يوليو")), months.toString());
        assertEquals(List.of("2016", "2017"), texts("timeline-group"));
        List<String> all = onFx(() -> {
            List<String> shown = new ArrayList<>();
            window.timeline.lookupAll("*").forEach(node -> {
                if (node instanceof Labeled labeled && labeled.isVisible()) {
                    shown.add(labeled.getText());
                } else if (node instanceof Text text) {
                    shown.add(text.getText());
                }
            });
            shown.add(window.timeline.tip.getText());
            return shown;
        });
        for (String text : all) {
            assertFalse(text.matches(".*[A-Za-z].*"), "English in the Arabic window: " + text);
        }
    }

    @Test
    void olderBarsAreToTheRightAndAnEmptyMonthIsABreakInTheBaseline() throws Exception {
        waitForMonths();
        assertTrue(bar(0).getX() > bar(MONTHS - 1).getX(), "January 2016 to the right of December 2017");
        assertEquals(0, window.timeline.scale.bins().get(5).count(), "June 2016");
        javafx.scene.SnapshotParameters clear = new javafx.scene.SnapshotParameters();
        clear.setFill(javafx.scene.paint.Color.TRANSPARENT);
        WritableImage drawn = onFx(() -> window.timeline.canvas.snapshot(clear, null));
        double slot = window.timeline.slotWidth;
        TimelineView timeline = window.timeline;
        int baseline = (int) Math.floor(drawn.getHeight() - TimelineView.AXIS);
        int inked = 0;
        int blank = 0;
        for (int x = (int) timeline.leftOf(6) + 3; x < (int) (timeline.leftOf(5) + slot) - 3; x++) {
            boolean ink = drawn.getPixelReader().getColor(x, baseline).getOpacity() > 0.5;
            inked += ink ? 1 : 0;
            blank += ink ? 0 : 1;
        }
        assertTrue(inked > 0 && blank > 0, "dashed under June and July 2016: " + inked + " inked, " + blank + " not");
        for (int x = (int) timeline.leftOf(4) + 1; x < (int) (timeline.leftOf(3) + slot) - 1; x++) {
            assertTrue(drawn.getPixelReader().getColor(x, baseline).getOpacity() > 0.5, "solid under April and May");
        }
        assertEquals(0, drawn.getPixelReader().getColor((int) (timeline.leftOf(5) + slot / 2), baseline - 3)
                .getOpacity(), 0.01, "no bar in June");
        assertTrue(drawn.getPixelReader().getColor((int) (timeline.leftOf(22) + slot / 2), baseline - 3)
                .getOpacity() > 0.5,
                "one article in November 2017 is a visible bar");
    }

    @Test
    void pointingAtABarSaysItsCount(FxRobot robot) throws Exception {
        waitForMonths();
        robot.moveTo(bar(22));
        waitUntil(() -> "نوفمبر 2017: مقال واحد".equals(window.timeline.readout.getText()));
        assertEquals("نوفمبر 2017: مقال واحد", onFx(window.timeline.tip::getText));
        robot.moveTo(bar(3));
        waitUntil(() -> "أبريل 2016: 4 مقالات".equals(window.timeline.readout.getText()));
        robot.moveTo(bar(5));
        waitUntil(() -> "يونيو 2016: لا مقالات".equals(window.timeline.readout.getText()));
    }

    @Test
    void aDraggedRangeFiltersTheResultsShowsInTheDateFieldsAndZoomsToDays(FxRobot robot) throws Exception {
        waitForMonths();
        robot.drag(bar(2), MouseButton.PRIMARY).moveTo(bar(3)).release(MouseButton.PRIMARY);
        waitUntil(() -> window.model.total.get() == articlesIn(2) + articlesIn(3) && !window.model.searching.get());
        assertEquals(LocalDate.of(2016, 3, 1), window.model.from.get());
        assertEquals(LocalDate.of(2016, 4, 30), window.model.to.get());
        assertEquals("1 مارس 2016", onFx(window.searchBar.fromField.editor::getText));
        assertEquals("30 أبريل 2016", onFx(window.searchBar.toField.editor::getText));
        assertEquals("7 مقالات", onFx(window.searchBar.countLabel::getText));

        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY);
        assertEquals(61, window.timeline.scale.bins().size());
        assertEquals("المقالات في كل يوم", onFx(window.timeline.title::getText));
        assertEquals(List.of("مارس 2016", "أبريل 2016"), texts("timeline-group"));
        assertTrue(texts("timeline-tick").contains("17"), texts("timeline-tick").toString());

        robot.type(KeyCode.ESCAPE); // the timeline took the focus with the press
        waitForMonths();
        assertNull(window.model.from.get());
        assertNull(window.model.to.get());
        assertEquals("", onFx(window.searchBar.fromField.editor::getText));
    }

    @Test
    void clickingABarSelectsItsMonthAndWiderStepsBackOut(FxRobot robot) throws Exception {
        waitForMonths();
        robot.clickOn(bar(8)); // September 2016
        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY && !window.model.searching.get());
        assertEquals(LocalDate.of(2016, 9, 1), window.model.from.get());
        assertEquals(LocalDate.of(2016, 9, 30), window.model.to.get());
        assertEquals(articlesIn(8), window.model.total.get());
        robot.clickOn("#timeline-wider");
        waitUntil(() -> window.timeline.scale.bins().size() == 12 && !window.model.searching.get());
        assertEquals(LocalDate.of(2016, 1, 1), window.model.from.get());
        assertEquals(LocalDate.of(2016, 12, 31), window.model.to.get());
        robot.clickOn("#timeline-wider");
        waitForMonths();
        assertNull(window.model.from.get());
    }

    @Test
    void aSelectionIsOfPublicationDatesEvenWhenTheRangeWasOfDatesInTheText(FxRobot robot) throws Exception {
        waitForMonths();
        robot.interact(() -> window.model.datesInText.set(true));
        waitForMonths();
        robot.clickOn(bar(8));
        waitUntil(() -> window.timeline.scale.level() == TimelineScale.Level.DAY && !window.model.searching.get());
        assertFalse(window.model.datesInText.get(), "the timeline counts publication dates");
        assertEquals(LocalDate.of(2016, 9, 1), window.model.from.get());
        assertEquals(articlesIn(8), window.model.total.get());
        robot.clickOn("#timeline-whole");
        waitForMonths();
    }

    @Test
    void theKeyboardReachesEveryBar(FxRobot robot) throws Exception {
        waitForMonths();
        robot.interact(window.timeline::requestFocus);
        robot.type(KeyCode.HOME);
        waitUntil(() -> "يناير 2016: مقال واحد".equals(window.timeline.readout.getText()));
        robot.type(KeyCode.LEFT); // leftwards is newer in Arabic
        waitUntil(() -> "فبراير 2016: مقالان".equals(window.timeline.readout.getText()));
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        waitUntil(() -> window.timeline.readout.getText().equals("فبراير 2016 – مارس 2016: 5 مقالات"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> LocalDate.of(2016, 3, 31).equals(window.model.to.get()) && !window.model.searching.get());
        assertEquals(LocalDate.of(2016, 2, 1), window.model.from.get());
        assertEquals(articlesIn(1) + articlesIn(2), window.model.total.get());
        robot.type(KeyCode.ESCAPE);
        waitForMonths();
    }

    @Test
    void theBarsFollowTheHijriCalendar() throws Exception {
        waitForMonths();
        onFx(() -> {
            window.model.calendar.set(CalendarSystem.HIJRI);
            return null;
        });
        waitUntil(() -> window.timeline.scale.calendar() == CalendarSystem.HIJRI);
        // 3 January 2016 is 22 Rabi al-Awwal 1437; 24 December 2017 is 6 Rabi al-Akhir 1439: 26 Hijri months.
        assertEquals(26, window.timeline.scale.bins().size());
        assertEquals(total(), window.timeline.scale.bins().stream().mapToLong(TimelineScale.Bin::count).sum());
        List<String> months = texts("timeline-tick");
        assertTrue(months.contains("رمضان"), months.toString());
        assertEquals(List.of("1437 هـ", "1438 هـ", "1439 هـ"), texts("timeline-group"));
        onFx(() -> {
            window.model.calendar.set(CalendarSystem.GREGORIAN);
            return null;
        });
    }
}
