package org.arshif.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The empty list says «no results» only after a search answered with none, never while the first one runs. */
@ExtendWith(ApplicationExtension.class)
class ResultsPlaceholderTest {

    @Start
    void start(Stage stage) {
        Messages.use(Messages.ARABIC);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void aRunningFirstSearchIsNotReportedAsNoResults() throws Exception {
        MainViewModel model = new MainViewModel(new Background());
        ResultsView results = onFx(() -> new ResultsView(model));
        Label placeholder = (Label) results.getPlaceholder();
        assertEquals("", onFx(placeholder::getText), "before any search");
        onFx(() -> {
            model.searching.set(true);
            return null;
        });
        assertEquals(0, results.getItems() == null ? 0 : results.getItems().size());
        assertEquals("", onFx(placeholder::getText), "while the first search runs, with no answer yet");
    }
}
