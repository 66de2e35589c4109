package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.arshif.model.SortOrder;
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
}
