package org.arshif.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.arshif.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** A real window on a real archive (the seed and the sample articles), in the language of the subclass. */
abstract class WindowTestBase {

    @TempDir
    static Path dir;
    static LuceneArchive archive;
    MainWindow window;

    @BeforeAll
    static void openArchive() throws Exception {
        archive = UiTestSupport.filledArchive(dir.resolve("archive"));
        System.setProperty("arshif.config", dir.resolve("config").toString());
    }

    @AfterAll
    static void closeArchive() throws Exception {
        Messages.use(Messages.ARABIC);
        archive.close();
    }

    /** The window's language: Arabic, the application's own, unless a class says otherwise. */
    Locale language() {
        return Messages.ARABIC;
    }

    /** Waits for the first search of the sample archive (its six articles) to have answered. */
    void waitForTheSampleArchive() throws Exception {
        UiTestSupport.waitUntil(() -> window.model.total.get() == 6 && !window.model.searching.get());
    }

    @org.junit.jupiter.api.AfterEach
    void noFailureOnTheFxThread() {
        UiTestSupport.shutDownAndCheck(window);
    }

    /** Called from each test class's own {@code @Start} method (TestFX looks for it on the test class itself). */
    void show(Stage stage) {
        Messages.use(language());
        // Each test starts from no settings: the window puts its search in them as it changes, and a test that
        // saves them (opening a shared archive remembers it) would hand its query to the next test's window.
        try {
            java.nio.file.Files.deleteIfExists(Settings.folder().resolve("settings.properties"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        window = new MainWindow(Settings.load());
        stage.setScene(window.createScene(1200, 800));
        // TestFX keeps one stage for every class: ArabicParagraphTest narrows it to 420 px, which a new scene does
        // not undo. The window tests assume the window's own size (where the seed's lines break, say).
        stage.sizeToScene();
        stage.show();
        window.attach(archive);
        UiTestSupport.watchFxThread();
    }

    /** What the application does with View → Language (ArshifApp): the window built again in the same stage. */
    void switchLanguageInPlace(Stage stage) {
        window.onLanguageChosen = language -> {
            window = window.inLanguage(language);
            stage.setScene(window.createScene(stage.getScene().getWidth(), stage.getScene().getHeight()));
        };
    }
}
