package org.arshif.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.archive.TestArticles;
import org.testfx.util.WaitForAsyncUtils;

/** A real archive on disk for the window tests, and a watch on the JavaFX thread's uncaught exceptions. */
final class UiTestSupport {

    /** Exceptions thrown on the JavaFX thread (e.g. archive work done there): a test fails if any appear. */
    static final List<Throwable> FX_FAILURES = new CopyOnWriteArrayList<>();

    private UiTestSupport() {
    }

    static LuceneArchive filledArchive(Path folder) throws Exception {
        LuceneArchive archive = LuceneArchive.open(folder);
        TestArticles.fill(archive);
        return archive;
    }

    /** Call on the FX thread (e.g. from a {@code @Start} method). */
    static void watchFxThread() {
        Thread fx = Thread.currentThread();
        if (!(fx.getUncaughtExceptionHandler() instanceof Recorder)) {
            fx.setUncaughtExceptionHandler(new Recorder(fx.getUncaughtExceptionHandler()));
        }
    }

    private record Recorder(Thread.UncaughtExceptionHandler previous) implements Thread.UncaughtExceptionHandler {
        @Override
        public void uncaughtException(Thread thread, Throwable error) {
            FX_FAILURES.add(error);
            if (previous != null) {
                previous.uncaughtException(thread, error);
            }
        }
    }

    /** Waits for a condition; the cap only guards against a hang (a loaded two-core CI imports slowly). */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return Platform.isFxApplicationThread() ? read.call() : WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /** Closes the window's background work and fails the test if anything failed on the FX thread meanwhile. */
    static void shutDownAndCheck(MainWindow window) {
        window.shutdown();
        List<Throwable> failures = List.copyOf(FX_FAILURES);
        FX_FAILURES.clear();
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), failures);
    }

    /**
     * Lays the scene out as a pulse does (CSS, then layout) {@code passes} times and counts the times one of the
     * {@code watched} nodes asked to be laid out again meanwhile. Call on the FX thread, once the scene has
     * settled: with nothing changed, a pass must not lay anything out again (a node that moves itself by a rounding
     * error on each pass keeps the FX thread busy for as long as it is shown).
     */
    static int layoutsAskedAgain(javafx.scene.Scene scene, List<? extends javafx.scene.Parent> watched, int passes) {
        int[] asked = {0};
        javafx.beans.value.ChangeListener<Boolean> counter = (o, old, needs) -> {
            if (needs) {
                asked[0]++;
            }
        };
        watched.forEach(node -> node.needsLayoutProperty().addListener(counter));
        for (int pass = 0; pass < passes; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        watched.forEach(node -> node.needsLayoutProperty().removeListener(counter));
        return asked[0];
    }
}
