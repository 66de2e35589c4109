package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.arshif.model.SortOrder;
import org.arshif.text.CalendarSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The smaller faults of issue 14 a journalist met on a real archive, each in the real window. */
@ExtendWith(ApplicationExtension.class)
class SmallItemsWindowTest extends WindowTestBase {

    @Override
    java.util.Locale language() {
        return Messages.ARABIC;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    private void waitForTotal(long total) throws Exception {
        waitUntil(() -> window.model.total.get() == total && !window.model.searching.get());
    }

    @Test
    void orderSourceAndDatesAreShownAgainAfterARestart(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> {
            window.model.sort.set(SortOrder.OLDEST);
            window.model.source.set("الاقتصادية");
            window.model.setDates(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31));
        });
        waitForTotal(2);
        Settings settings = Settings.load();
        robot.interact(() -> RememberedSearch.remember(settings, window.model));
        settings.save();

        MainWindow again = onFx(() -> new MainWindow(Settings.load()));
        try {
            assertEquals(SortOrder.OLDEST, onFx(again.searchBar.sortBox::getValue));
            assertEquals("الاقتصادية", onFx(again.searchBar.sourceBox::getValue));
            assertEquals(LocalDate.of(2017, 10, 1), onFx(() -> again.searchBar.fromField.valueProperty().get()));
            assertEquals(LocalDate.of(2017, 10, 31), onFx(() -> again.searchBar.toField.valueProperty().get()));
            robot.interact(() -> again.attach(archive));
            waitUntil(() -> again.model.total.get() == 2 && !again.model.searching.get());
        } finally {
            again.shutdown();
        }
    }

    @Test
    void theSearchIsPutInTheSettingsAsItChangesSoALogoutKeepsIt(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> {
            window.model.query.set("النفط");
            window.model.setDates(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31));
            window.reader.textSize.set(24);
        });
        // No close, no remember(): what the exit hook of a SIGTERM would write (it saves the settings as they are).
        assertEquals("النفط", window.settings.get("lastQuery", ""));
        assertEquals("2017-10-01", window.settings.get("search.from", ""));
        assertEquals("2017-10-31", window.settings.get("search.to", ""));
        assertEquals(24.0, window.settings.getDouble("textSize", 0));
    }

    @Test
    void aRememberedSourceTheArchiveNoLongerHasAndDamagedValuesFallBack(FxRobot robot) throws Exception {
        Files.createDirectories(Settings.folder());
        Files.writeString(Settings.folder().resolve("settings.properties"), """
                search.sort=BY_MOOD
                search.source=جريدة لم تعد في الأرشيف
                search.from=2017-13-45
                search.to=2017-10-31
                window.width=NaN
                """, StandardCharsets.UTF_8);
        Settings settings = Settings.load();
        assertEquals(640.0, settings.getDouble("window.width", 640));
        MainWindow again = onFx(() -> new MainWindow(settings));
        try {
            assertEquals(SortOrder.RELEVANCE, onFx(again.searchBar.sortBox::getValue));
            assertNull(onFx(() -> again.searchBar.fromField.valueProperty().get()));
            assertEquals(LocalDate.of(2017, 10, 31), onFx(() -> again.searchBar.toField.valueProperty().get()));
            robot.interact(() -> again.attach(archive));
            // the source is let go once the archive's sources are known: every article up to the day is listed
            waitUntil(() -> again.model.source.get() == null && again.model.total.get() == 3
                    && !again.model.searching.get());
        } finally {
            again.shutdown();
            Files.delete(Settings.folder().resolve("settings.properties"));
        }
    }

    @Test
    void theCalendarCanBeChosenInTheViewMenuAndFollowsTheSearchBar(FxRobot robot) throws Exception {
        Menu calendar = onFx(() -> menu("menu-calendar"));
        var gregorian = (RadioMenuItem) calendar.getItems().get(0);
        var hijri = (RadioMenuItem) calendar.getItems().get(1);
        assertEquals("هجري", hijri.getText());
        robot.interact(hijri::fire);
        assertEquals(CalendarSystem.HIJRI, window.model.calendar.get());
        assertEquals(CalendarSystem.HIJRI, onFx(window.searchBar.calendarBox::getValue));
        robot.interact(() -> window.searchBar.calendarBox.setValue(CalendarSystem.GREGORIAN));
        assertTrue(onFx(gregorian::isSelected));
        assertFalse(onFx(hijri::isSelected));
    }

    /** The View menu's item (or submenu) with this id. */
    private Menu menu(String id) {
        var bar = (MenuBar) ((VBox) window.root.getTop()).getChildren().getFirst();
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .map(Menu.class::cast).findFirst().orElseThrow();
    }

    @Test
    void theNumberOfSelectedRowsIsShownBesideTheCount(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(0));
        assertEquals("6 مقالات", onFx(window.searchBar.countLabel::getText));
        robot.interact(() -> window.results.getSelectionModel().selectRange(0, 3));
        assertEquals("6 مقالات  ·  3 مقالات محددة", onFx(window.searchBar.countLabel::getText));
    }

    @Test
    void withNoResultsTheReadingPaneSaysNothingWasFoundNotToChooseAnArticle(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.model.query.set("كلمةلاتوجدفيالأرشيف"));
        robot.interact(window.model::search);
        waitForTotal(0);
        waitUntil(() -> robot.lookup(".reader-empty").tryQuery().isPresent());
        Label empty = robot.lookup(".reader-empty").queryAs(Label.class);
        assertEquals(Messages.get("reader.nothingFound"), onFx(empty::getText));
        robot.interact(() -> window.model.query.set(""));
        robot.interact(window.model::search);
        waitForTotal(6);
        assertEquals(Messages.get("reader.empty"), onFx(empty::getText));
    }

    @Test
    void didYouMeanDoesNotSqueezeTheSearchField(FxRobot robot) throws Exception {
        waitForTotal(6);
        double before = onFx(window.searchBar.queryField::getWidth);
        robot.interact(() -> window.model.didYouMean.set("استانا"));
        waitUntil(() -> window.searchBar.didYouMean.isVisible() && window.searchBar.didYouMean.getWidth() > 0);
        assertEquals(before, onFx(window.searchBar.queryField::getWidth), 0.5);
        robot.interact(() -> window.model.didYouMean.set(""));
    }

    @Test
    void tabReachesTheReadingPane(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.requestFocus());
        for (int i = 0; i < 4 && onFx(() -> window.root.getScene().getFocusOwner() != window.readerView); i++) {
            robot.type(KeyCode.TAB);
        }
        assertSame(window.readerView, onFx(() -> window.root.getScene().getFocusOwner()));
    }

    @Test
    void theContextMenuOpensOnTheReadingSideAndOffersCopyOnlyForASelection(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> !window.readerView.paragraphs().isEmpty());
        ArabicParagraph paragraph = onFx(() -> window.readerView.paragraphs().getFirst());
        Point2D at = onFx(() -> paragraph.localToScreen(paragraph.getWidth() / 2,
                paragraph.lineMiddle(0)));
        Point2D inScene = onFx(() -> paragraph.localToScene(paragraph.getWidth() / 2,
                paragraph.lineMiddle(0)));
        robot.interact(() -> Event.fireEvent(paragraph, new ContextMenuEvent(
                ContextMenuEvent.CONTEXT_MENU_REQUESTED, inScene.getX(), inScene.getY(), at.getX(),
                at.getY(), false, null)));
        ContextMenu menu = onFx(() -> Window.getWindows().stream()
                .filter(ContextMenu.class::isInstance).map(ContextMenu.class::cast)
                .filter(Window::isShowing).findFirst().orElseThrow());
        try {
            assertEquals(List.of("نسخ الفقرة"),
                    onFx(() -> menu.getItems().stream().map(MenuItem::getText).toList()));
            Bounds content = onFx(() -> menu.getSkin().getNode().localToScreen(
                    menu.getSkin().getNode().getLayoutBounds()));
            assertEquals(at.getX(), content.getMaxX(), 3, "the menu's right edge at the pointer, its lines to the left");
        } finally {
            robot.interact(menu::hide);
        }
    }

    @Test
    void theCalendarIsWorkedFromTheKeyboardLeftBeingTheNextDayInArabic(FxRobot robot) throws Exception {
        waitUntil(() -> window.model.stats.get() != null);
        robot.clickOn("#from-pick");
        CalendarPopup popup = window.searchBar.fromField.popup();
        waitUntil(popup::isShowing);
        assertEquals(LocalDate.of(2018, 1, 30), keyboardDay(popup), "the archive's latest day, sochi's");
        robot.type(KeyCode.LEFT);
        assertEquals(LocalDate.of(2018, 1, 31), keyboardDay(popup));
        robot.type(KeyCode.LEFT);
        assertEquals(LocalDate.of(2018, 2, 1), keyboardDay(popup));
        assertEquals(LocalDate.of(2018, 2, 1), popup.shownMonth(), "the next month shown");
        robot.type(KeyCode.RIGHT);
        assertEquals(LocalDate.of(2018, 1, 31), keyboardDay(popup));
        robot.type(KeyCode.UP);
        assertEquals(LocalDate.of(2018, 1, 24), keyboardDay(popup));
        robot.type(KeyCode.PAGE_UP);
        assertEquals(LocalDate.of(2017, 12, 24), keyboardDay(popup));
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.PAGE_DOWN);
        assertEquals(LocalDate.of(2018, 1, 31), keyboardDay(popup));
        robot.type(KeyCode.ENTER);
        assertFalse(popup.isShowing());
        assertEquals(LocalDate.of(2018, 1, 31), window.model.from.get());

        robot.clickOn("#from-pick");
        waitUntil(popup::isShowing);
        assertEquals(LocalDate.of(2018, 1, 31), keyboardDay(popup), "the calendar opens on the chosen day");
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !popup.isShowing());
        assertEquals(LocalDate.of(2018, 1, 31), window.model.from.get(), "Escape picks nothing");
        robot.interact(() -> window.model.setDates(null, null));
    }

    /** The day the calendar's keyboard is on (the one Enter would pick). */
    private static LocalDate keyboardDay(CalendarPopup popup) throws Exception {
        return onFx(() -> popup.dayButtons().stream().filter(b -> b.getStyleClass().contains("calendar-day-cursor"))
                .map(b -> (LocalDate) b.getUserData()).reduce((a, b) -> {
                    throw new AssertionError("two days marked");
                }).orElse(null));
    }

    @Test
    void aMenusCheckMarkStandsApartFromItsLabelInArabic(FxRobot robot) throws Exception {
        var bar = (MenuBar) ((VBox) window.root.getTop()).getChildren().getFirst();
        Menu view = bar.getMenus().get(1);
        robot.interact(view::show);
        try {
            waitUntil(() -> Window.getWindows().stream()
                    .anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
            double gap = onFx(() -> {
                Parent menu = Window.getWindows().stream()
                        .filter(w -> w instanceof ContextMenu && w.isShowing()).findFirst()
                        .orElseThrow().getScene().getRoot();
                menu.applyCss();
                menu.layout();
                Node item = menu.lookupAll(".radio-menu-item").stream()
                        .filter(node -> node.getPseudoClassStates().contains(
                                PseudoClass.getPseudoClass("checked"))).findFirst().orElseThrow();
                // The mark is a shape drawn unscaled around the middle of its (empty) region.
                Region radio = (Region) item.lookup(".radio");
                Bounds box = radio.localToScreen(radio.getLayoutBounds());
                double markLeft = (box.getMinX() + box.getMaxX()) / 2 - radio.getShape().getLayoutBounds().getWidth() / 2;
                Node text = item.lookup(".label").lookup(".text");
                Bounds label = text.localToScreen(text.getLayoutBounds());
                return markLeft - label.getMaxX(); // right to left: the mark stands right of its label
            });
            assertTrue(gap >= 5, "the check mark touches its label (1.5 px before the fix, 6.5 after): " + gap
                    + " px between them");
        } finally {
            robot.interact(view::hide);
        }
    }

    @Test
    void at900PxNoSearchControlIsCutAndTheQueryFieldKeepsRoom(FxRobot robot) throws Exception {
        waitForTotal(6);
        resizeWindow(robot, 900);
        List<Control> cut = onFx(() -> window.searchBar.lookupAll(".combo-box, .check-box, .label")
                .stream().filter(Control.class::isInstance).map(Control.class::cast)
                .filter(Node::isVisible)
                .filter(control -> control.getWidth() < control.prefWidth(-1) - 0.5).toList());
        assertEquals(List.of(), cut, "controls narrower than their text at 900 px");
        assertTrue(onFx(window.searchBar.queryField::getWidth) >= SearchBarView.QUERY_ROOM);
        resizeWindow(robot, 1400);
        assertSame(window.searchBar.queryField.getParent(), window.searchBar.sortBox.getParent(),
                "one row where there is room");
    }

    /**
     * Below 900 px the filters' row wraps instead of squeezing: at 800 px (hostile review: the date fields were cut)
     * each date field has its full width and lies whole inside the window, and no control is cut.
     */
    @Test
    void at800PxTheDateFieldsAreWholeAndTheFiltersWrap(FxRobot robot) throws Exception {
        waitForTotal(6);
        resizeWindow(robot, 800);
        Bounds bar = onFx(() -> window.searchBar.localToScreen(window.searchBar.getLayoutBounds()));
        for (DateField field : List.of(window.searchBar.fromField, window.searchBar.toField)) {
            double width = onFx(field::getWidth);
            double wanted = onFx(() -> field.prefWidth(-1));
            assertTrue(width >= wanted - 0.5, field.editor.getId() + " cut: " + width + " of " + wanted + " px");
            assertTrue(onFx(field.editor::getWidth) >= onFx(() -> field.editor.prefWidth(-1)) - 0.5,
                    field.editor.getId() + "'s text box cut");
            Bounds box = onFx(() -> field.localToScreen(field.getLayoutBounds()));
            assertTrue(box.getMinX() >= bar.getMinX() - 0.5 && box.getMaxX() <= bar.getMaxX() + 0.5,
                    field.editor.getId() + " outside the bar: " + box + " in " + bar);
        }
        List<Control> cut = onFx(() -> window.searchBar.lookupAll(".combo-box, .check-box, .label, .button")
                .stream().filter(Control.class::isInstance).map(Control.class::cast)
                .filter(Node::isVisible)
                .filter(control -> control.getWidth() < control.prefWidth(-1) - 0.5).toList());
        assertEquals(List.of(), cut, "controls narrower than their text at 800 px");
        assertTrue(onFx(window.searchBar.queryField::getWidth) >= SearchBarView.QUERY_ROOM);
        resizeWindow(robot, 1200);
    }

    @Test
    void onAWideScreenTheReadingColumnIsInTheMiddleOfItsPane(FxRobot robot) throws Exception {
        waitForTotal(6);
        robot.interact(() -> window.results.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> !window.readerView.paragraphs().isEmpty());
        resizeWindow(robot, 2560);
        Node page = onFx(() -> window.readerView.lookup(".reader-page"));
        Bounds column = onFx(() -> page.localToScreen(page.getLayoutBounds()));
        Bounds pane = onFx(() -> window.readerView.localToScreen(window.readerView.getLayoutBounds()));
        assertTrue(pane.getWidth() > 1300, "the pane is wide: " + pane.getWidth());
        assertEquals(window.reader.textSize.get() * ReaderView.COLUMN_EMS, column.getWidth(), 1);
        double rightGap = pane.getMaxX() - column.getMaxX();
        double leftGap = column.getMinX() - pane.getMinX();
        assertEquals(leftGap, rightGap, 20, "the spare room on both sides (a scroll bar may take one's)");
        double size = window.reader.textSize.get();
        robot.interact(() -> window.reader.zoom(8));
        assertEquals((size + 8) * ReaderView.COLUMN_EMS, onFx(() -> page.getLayoutBounds().getWidth()), 1,
                "a larger text keeps its letters to a line");
        robot.interact(() -> window.reader.zoom(-8));
        resizeWindow(robot, 1200);
    }

    private void resizeWindow(FxRobot robot, double width) throws Exception {
        robot.interact(() -> window.root.getScene().getWindow().setWidth(width));
        waitUntil(() -> Math.abs(window.root.getWidth() - width) < 40);
        robot.interact(() -> window.root.layout());
    }
}
