package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A search that fails leaves no earlier answer on screen, and a second failure is said as the first was (hostile
 * review: with the cluster killed, the list kept the last good query's 929 texts under new queries, and from the
 * second failure on the status bar said «جاهز»).
 */
@ExtendWith(ApplicationExtension.class)
class SearchFailureWindowTest extends WindowTestBase {

    private static final String WHERE = "http://127.0.0.1:1/solr/arshif";
    private final AtomicBoolean down = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        show(stage);
        // The sample archive, whose searches fail while the test says the archive is down (as a cluster killed).
        Archive failing = (Archive) Proxy.newProxyInstance(Archive.class.getClassLoader(), new Class<?>[] {Archive.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("search") && down.get()) {
                        throw new ArchiveException(Problem.of(Problem.Code.SERVER_UNREACHABLE, WHERE,
                                Problem.of(Problem.Code.CONNECTION_REFUSED)), new java.net.ConnectException());
                    }
                    try {
                        return method.invoke(archive, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        window.attach(failing);
    }

    @Test
    void aFailedSearchClearsTheListAndEveryFailureIsSaid(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.interact(() -> window.model.query.set("أستانا"));
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());
        Label activity = robot.lookup("#activity").queryAs(Label.class);
        String unreachable = Messages.format("search.failed", Problem.of(Problem.Code.SERVER_UNREACHABLE, WHERE,
                Problem.of(Problem.Code.CONNECTION_REFUSED)).text(Messages.ARABIC));

        down.set(true);
        for (String query : new String[] {"سوتشي", "النفط", "روسيا"}) {
            robot.interact(() -> window.model.query.set(query));
            waitUntil(() -> !window.model.searching.get() && unreachable.equals(activity.getText()));
            assertEquals(unreachable, onFx(activity::getText), query + ": said again, not «جاهز»");
            assertNull(onFx(() -> window.results.getItems()), query + ": no list of an earlier question");
            assertEquals(-1, onFx(window.model.total::get), query);
            assertEquals(TimelineCounts.NONE, onFx(window.model.counts::get), query);
        }

        down.set(false);
        robot.interact(() -> window.model.query.set("سوتشي"));
        waitUntil(() -> window.model.total.get() == 1 && !window.model.searching.get());
        assertEquals(1, onFx(() -> window.results.getItems().size()));
        assertEquals("", onFx(window.model.error::get));
    }
}
