package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.NodeOrientation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class EnglishWindowTest extends WindowTestBase {

    @Override
    java.util.Locale language() {
        return Messages.ENGLISH;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    @AfterEach
    void stop() {
        window.shutdown();
    }

    @Test
    void theRootIsLeftToRightInEnglishAndTheTextIsEnglish(FxRobot robot) throws Exception {
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, window.root().getEffectiveNodeOrientation());
        waitUntil(() -> window.model.total.get() == 6);
        assertEquals("6 articles", robot.lookup("#count").queryLabeled().getText());
        assertEquals("Search the archive…", window.searchBar.queryField.getPromptText());
    }

    @Test
    void datesAreReadAndRefusedInEnglishWithTheCalendarInEnglish(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.clickOn("#from").write("31/02/2015").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(window.searchBar.dateProblem::isVisible);
        assertEquals("From: There is no day 31 in February 2015: it has 28 days", window.searchBar.dateProblem.getText());
        robot.interact(() -> {
            window.searchBar.fromField.editor.setText("٢٥ تموز ٢٠١٥");
            window.searchBar.fromField.commit();
        });
        assertEquals("25 July 2015", window.searchBar.fromField.editor.getText());
        robot.interact(() -> window.model.calendar.set(org.arshif.text.CalendarSystem.HIJRI));
        assertEquals("9 Shawwal 1436 AH", window.searchBar.fromField.editor.getText());
        robot.clickOn("#from-pick");
        CalendarPopup popup = window.searchBar.fromField.popup();
        waitUntil(popup::isShowing);
        assertEquals("Shawwal 1436 AH", popup.title.getText());
        assertEquals("July 2015 – August 2015", popup.otherCalendar.getText());
        assertEquals(java.util.List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"),
                UiTestSupport.onFx(() -> popup.getContent().getFirst().lookupAll(".calendar-weekday").stream()
                        .map(node -> ((javafx.scene.control.Label) node).getText()).toList()));
        robot.interact(() -> {
            popup.hide();
            window.model.calendar.set(org.arshif.text.CalendarSystem.GREGORIAN);
            window.model.setDates(null, null);
        });
    }

    @Test
    void theTimelineRunsLeftToRightWithEnglishLabels(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.total.get() == 6 && window.timeline.scale.bins().size() == 122);
        TimelineView timeline = window.timeline;
        assertEquals("Articles per day", UiTestSupport.onFx(timeline.title::getText));
        assertEquals(java.util.List.of("October 2017", "November 2017", "December 2017", "January 2018"),
                UiTestSupport.onFx(() -> timeline.lookupAll(".timeline-group").stream()
                        .map(node -> ((javafx.scene.text.Text) node).getText()).toList()));
        robot.moveTo(UiTestSupport.onFx(() -> timeline.canvas.localToScreen(timeline.leftOf(0) + timeline.slotWidth / 2,
                timeline.canvas.getHeight() - TimelineView.AXIS - 2)));
        waitUntil(() -> "1 October 2017: 1 article".equals(timeline.readout.getText()));
        assertEquals(0, timeline.leftOf(0), "the oldest day at the left");
    }
}
