package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.arshif.model.SearchHit;
import org.arshif.text.CalendarSystem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The date fields of the search bar in the Arabic window, typed into with the keyboard: Hijri and day-first dates
 * narrow the list, a text that is no date says why beside the fields, the calendar opens at the archive's latest month
 * with Arabic names. The archive: the seed (30 October 2017 = 10 Safar 1439) and five sample articles.
 */
@ExtendWith(ApplicationExtension.class)
class DateFieldWindowTest extends WindowTestBase {

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    @BeforeEach
    void gregorian(FxRobot robot) throws Exception {
        robot.interact(() -> window.model.calendar.set(CalendarSystem.GREGORIAN));
        waitForTotal(6);
    }

    private void waitForTotal(long total) throws Exception {
        waitUntil(() -> window.model.total.get() == total && !window.model.searching.get());
    }

    private List<String> shownIds() throws Exception {
        return onFx(() -> window.results.getItems().stream().filter(Objects::nonNull).map(SearchHit::id).toList());
    }

    /** Replaces what the field holds by {@code text}, as a user does: click, select all, type, Enter. */
    private void type(FxRobot robot, String id, String text) {
        robot.clickOn("#" + id).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.DELETE);
        }
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void aHijriDateTypedNarrowsTheSearchAndIsShownInTheHijriCalendar(FxRobot robot) throws Exception {
        robot.interact(() -> window.searchBar.calendarBox.setValue(CalendarSystem.HIJRI));
        type(robot, "from", "1 صفر 1439");
        type(robot, "to", "ربيع الأول ١٤٣٩هـ"); // a whole month: to its last day
        waitForTotal(3);
        assertEquals(LocalDate.of(2017, 10, 21), window.model.from.get());
        assertEquals(LocalDate.of(2017, 12, 18), window.model.to.get());
        assertEquals(java.util.Set.of("geneva", MainWindowTest.SEED, "oil-2"), java.util.Set.copyOf(shownIds()));
        assertEquals("1 صفر 1439 هـ", window.searchBar.fromField.editor.getText());
        assertEquals("30 ربيع الأول 1439 هـ", window.searchBar.toField.editor.getText());
        assertFalse(window.searchBar.dateProblem.isVisible());
        // The same range in the Gregorian calendar: only the fields' writing changes.
        robot.interact(() -> window.searchBar.calendarBox.setValue(CalendarSystem.GREGORIAN));
        assertEquals("21 أكتوبر 2017", window.searchBar.fromField.editor.getText());
        assertEquals("18 ديسمبر 2017", window.searchBar.toField.editor.getText());
        assertEquals(3, window.model.total.get());
        robot.clickOn("#clear-dates");
        waitForTotal(6);
        assertEquals("", window.searchBar.fromField.editor.getText());
    }

    @Test
    void dayFirstNumbersAreReadTheSameUnderAnAmericanLocale(FxRobot robot) throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            type(robot, "from", "01/10/2017"); // 1 October, not January 10th
            type(robot, "to", "٣١/١٠/٢٠١٧");
            waitForTotal(3);
            assertEquals(List.of("oil-2", MainWindowTest.SEED, "oil"), shownIds());
            assertEquals("1 أكتوبر 2017", window.searchBar.fromField.editor.getText());
            type(robot, "from", "25/07/2015");
            assertEquals(LocalDate.of(2015, 7, 25), window.model.from.get());
            assertEquals("25 يوليو 2015", window.searchBar.fromField.editor.getText());
            waitForTotal(3);
        } finally {
            Locale.setDefault(before);
            robot.interact(() -> window.model.setDates(null, null));
        }
    }

    @Test
    void aTextThatIsNoDateSaysWhyBesideTheFieldAndChangesNothing(FxRobot robot) throws Exception {
        type(robot, "from", "01/10/2017");
        waitForTotal(5);
        type(robot, "from", "31/02/2015");
        Label problem = window.searchBar.dateProblem;
        waitUntil(problem::isVisible);
        assertEquals("من: لا يوم 31 في فبراير 2015: أيامه 28 يوماً", problem.getText());
        assertEquals("31/02/2015", window.searchBar.fromField.editor.getText(), "the text stays as typed");
        assertTrue(window.searchBar.fromField.editor.getPseudoClassStates().contains(PseudoClass.getPseudoClass("invalid")));
        assertEquals(LocalDate.of(2017, 10, 1), window.model.from.get(), "the range keeps its last day");
        assertEquals(5, window.model.total.get());

        type(robot, "to", "0000-00-00");
        waitUntil(() -> problem.getText().startsWith("من:"));
        type(robot, "from", "");
        waitUntil(() -> problem.getText().startsWith("إلى:"));
        assertEquals("إلى: تاريخ من أصفار لا يدل على يوم: تكتبه بعض الأنظمة حين لا تعرف التاريخ", problem.getText());
        robot.clickOn("#to").type(KeyCode.ESCAPE);
        waitUntil(() -> !problem.isVisible());
        waitForTotal(6);
        assertEquals("", window.searchBar.toField.editor.getText());

        type(robot, "from", "30/11/2017");
        type(robot, "to", "1/11/2017");
        waitUntil(() -> "ينتهي نطاق التاريخ قبل أن يبدأ".equals(problem.getText()));
        assertEquals(Messages.get("date.reversed"), onFx(() -> window.status.activity.getText()));
        robot.interact(() -> window.model.setDates(null, null));
        waitForTotal(6);
        assertFalse(problem.isVisible());
    }

    @Test
    void theCalendarOpensAtTheArchivesLatestMonthWithArabicNamesAndPicksADay(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.stats.get() != null);
        robot.clickOn("#from-pick");
        CalendarPopup popup = window.searchBar.fromField.popup();
        waitUntil(popup::isShowing);
        assertEquals(LocalDate.of(2018, 1, 1), popup.shownMonth(), "sochi, 30 January 2018, is the latest article");
        assertEquals("يناير 2018", popup.title.getText());
        assertEquals("ربيع الآخر 1439 هـ – جمادى الأولى 1439 هـ", popup.otherCalendar.getText());
        List<String> heads = onFx(() -> popup.getContent().getFirst().lookupAll(".calendar-weekday").stream()
                .map(node -> ((Label) node).getText()).toList());
        assertEquals(List.of("سبت", "أحد", "اثنين", "ثلاثاء", "أربعاء", "خميس", "جمعة"), heads);
        assertEquals(31, popup.dayButtons().size());
        robot.interact(() -> popup.dayButtons().get(14).fire());
        assertEquals(LocalDate.of(2018, 1, 15), window.model.from.get());
        assertFalse(popup.isShowing());
        waitForTotal(1); // sochi: the undated article has no day to fall in the range
        robot.interact(() -> window.model.setDates(null, null));
        waitForTotal(6);

        robot.interact(() -> window.searchBar.calendarBox.setValue(CalendarSystem.HIJRI));
        robot.clickOn("#to-pick");
        CalendarPopup hijri = window.searchBar.toField.popup();
        waitUntil(hijri::isShowing);
        assertEquals("جمادى الأولى 1439 هـ", hijri.title.getText());
        assertEquals(LocalDate.of(2018, 1, 18), hijri.shownMonth(), "1 Jumada al-Ula 1439");
        assertEquals(30, hijri.dayButtons().size());
        robot.interact(() -> hijri.dayButtons().getFirst().fire());
        assertEquals(LocalDate.of(2018, 1, 18), window.model.to.get());
        assertEquals("1 جمادى الأولى 1439 هـ", window.searchBar.toField.editor.getText());
        waitForTotal(4);
        assertNull(window.model.from.get());
        robot.interact(() -> window.model.setDates(null, null));
    }

    @Test
    void theClearButtonEmptiesARefusedTextAndTheCalendarOpensAtWhatWasTyped(FxRobot robot) throws Exception {
        type(robot, "to", "2015-02-30");
        waitUntil(window.searchBar.dateProblem::isVisible);
        robot.clickOn("#clear-dates");
        waitUntil(() -> !window.searchBar.dateProblem.isVisible());
        assertEquals("", window.searchBar.toField.editor.getText());

        robot.clickOn("#from").write("رمضان 1436");
        robot.clickOn("#from-pick"); // read before the calendar opens: Ramadan 1436 began on 18 June 2015
        CalendarPopup popup = window.searchBar.fromField.popup();
        waitUntil(popup::isShowing);
        assertEquals(LocalDate.of(2015, 6, 1), popup.shownMonth());
        assertEquals(LocalDate.of(2015, 6, 18), window.model.from.get());
        robot.interact(popup::hide);
        robot.interact(() -> window.model.setDates(null, null));
    }
}
