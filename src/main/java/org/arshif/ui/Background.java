package org.arshif.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Where the window's index and file work runs: off the JavaFX thread, results handed back on it. Searches run on
 * their own thread so that a long import never delays them; a newer request makes older results stale.
 */
final class Background {

    /** Work that may fail with a message for the user. */
    interface Job<T> {
        T run() throws Exception;
    }

    private final ExecutorService searches = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("arshif-search").daemon().factory());
    private final ExecutorService imports = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("arshif-import").daemon().factory());

    /** Runs a read (search, article, counts) and hands its result or failure back on the FX thread. */
    <T> void read(Job<T> job, Consumer<T> onResult, Consumer<Exception> onFailure) {
        submit(searches, () -> deliver(job, onResult, onFailure));
    }

    /** Runs long writing work (an import) on its own thread. */
    <T> void write(Job<T> job, Consumer<T> onResult, Consumer<Exception> onFailure) {
        submit(imports, () -> deliver(job, onResult, onFailure));
    }

    /** A window that is closing starts no new work (a last keystroke's delayed search, say). */
    private static void submit(ExecutorService executor, Runnable work) {
        if (!executor.isShutdown()) {
            try {
                executor.execute(work);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                // shut down between the check and the call: the same case
            }
        }
    }

    private static <T> void deliver(Job<T> job, Consumer<T> onResult, Consumer<Exception> onFailure) {
        try {
            T result = job.run();
            Platform.runLater(() -> onResult.accept(result));
        } catch (Exception e) {
            Platform.runLater(() -> onFailure.accept(e));
        } catch (Error e) {
            // A stack overflow on a hostile text, a library's assertion: the caller waits for an answer (a
            // comparison «reading…», a search «searching…»), so it is told, and the thread lives on for the next job.
            Platform.runLater(() -> onFailure.accept(new java.util.concurrent.ExecutionException(e)));
        }
    }

    void shutdown() {
        searches.shutdownNow();
        imports.shutdownNow();
    }
}
