package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.apache.solr.embedded.JettySolrRunner;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import org.arshif.archive.solr.SharedCluster;
import org.arshif.archive.solr.SilentServer;
import org.arshif.archive.solr.SolrArchiveProvider;
import org.arshif.model.Article;
import org.arshif.model.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window on a shared archive: a collection of the in-process SolrCloud the archive's tests share (two nodes, two
 * shards of two replicas, the seed and the sample articles in it), opened through File → Open shared archive…. The
 * window searches it as a local archive and says which is open; a wrong password, a cluster that is down or too slow
 * get their sentence in the dialog while the window goes on answering; with a node stopped the results are still
 * shown and the status bar says the archive is degraded.
 */
@ExtendWith(ApplicationExtension.class)
class SharedArchiveWindowTest extends WindowTestBase {

    private static ArchiveLocation shared;
    private static String seedTitle;
    /** The archives the dialog opened, closed after each test (the application closes them itself). */
    private final List<Archive> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void fillACollection() throws Exception {
        shared = SharedCluster.newCollection("window");
        // Made by the administrator: two shards of two replicas, one of each on each node (a node may stop).
        try (Archive admin = new SolrArchiveProvider(() -> Optional.of(new org.arshif.archive.solr.SolrCredentials(
                SharedCluster.ADMIN, SharedCluster.PASSWORD)), 2, 2, 60).openWritable(shared, ImportMonitor.NONE)) {
            TestArticles.fill(admin);
        }
        List<Article> seeds = new ArrayList<>();
        TestArticles.seeds().readInto(new org.arshif.archive.ArticleSink() {
            @Override
            public void accept(Article article) {
                seeds.add(article);
            }

            @Override
            public void reject(org.arshif.model.ImportProblem problem) {
                throw new AssertionError(problem.toString());
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        seedTitle = seeds.getFirst().title();
    }

    @Start
    void start(Stage stage) {
        show(stage);
        // The composition root's provider: credentials from the dialog (none of the environment's or a file's).
        window.archives = new SolrArchiveProvider(Optional::empty, 2, 2, 60);
        window.onArchiveShown = (location, archive) -> opened.add(archive);
    }

    @AfterEach
    void closeWhatTheDialogOpened() throws Exception {
        for (Archive archive : opened) {
            archive.close();
        }
    }

    @Test
    void theSharedArchiveOpensThroughTheDialogAndIsSearchedAsALocalOne(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        assertFalse(onFx(() -> menuItem("menu-import").isDisable()), "the local archive takes imports");
        SharedArchiveDialog dialog = fill(robot, shared.where(), SharedCluster.READER, SharedCluster.PASSWORD);
        robot.clickOn("#shared-open");
        waitUntil(() -> opened.size() == 1 && !dialog.dialog.isShowing());
        // The reader may only search: Import is disabled and says so, and the status bar says why, naming both.
        String readsOnly = Problem.of(Problem.Code.SERVER_READS_ONLY, shared.where(), SharedCluster.READER)
                .text(Messages.ARABIC);
        assertTrue(onFx(() -> menuItem("menu-import").isDisable()));
        assertEquals("استيراد… (للبحث فقط بهذا الحساب)", onFx(() -> menuItem("menu-import").getText()));
        waitUntil(() -> window.status.activity.getText().equals(readsOnly));
        // A file dropped on the window all the same (drag and drop does not go through the menu): the same sentence.
        List<String> said = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            window.importer.onSummary = said::add;
            window.importer.importPaths(List.of(java.nio.file.Path.of("dropped.json")));
        });
        assertEquals(List.of(readsOnly), said);

        assertEquals("أرشيف — \u2068" + shared.where() + "\u2069", onFx(window.title::get));
        assertEquals("الأرشيف المشترك \u2068" + shared.where() + "\u2069", onFx(window.status.sharedLabel::getText));
        assertTrue(onFx(window.status.sharedLabel::isVisible));
        robot.interact(window.searchBar.queryField::clear);
        robot.clickOn("#query").write("أستانا");
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get()
                && window.readerView.titleParagraph() != null);
        List<String> titles = onFx(() -> window.results.getItems().stream().map(hit -> hit.title()).toList());
        assertTrue(titles.contains(seedTitle), titles.toString());
        assertFalse(onFx(window.status.degradedLabel::isVisible), "the whole cluster is up");
        // Collections are kept with an archive on this computer only: offered, the items say so, disabled.
        assertTrue(onFx(() -> menuItem("menu-collections").isDisable()));
        assertEquals("المجموعات (لأرشيف هذا الحاسوب وحده)", onFx(() -> menuItem("menu-collections").getText()));
        assertTrue(onFx(() -> menuItem("menu-add-to-collection").isDisable()));

        // The next start opens it again: its address is remembered, with the user; the password nowhere.
        assertEquals(shared.where(), window.settings.get("archive.last", ""));
        assertEquals(SharedCluster.READER, window.settings.get("shared.user", ""));
        window.settings.save();
        String saved = java.nio.file.Files.readString(Settings.folder().resolve("settings.properties"));
        assertTrue(saved.contains("archive.last"), saved);
        assertFalse(saved.contains(SharedCluster.PASSWORD) || saved.contains(escaped(SharedCluster.PASSWORD)), saved);
    }

    /** The password as a properties file may write it (letters beyond ASCII as backslash-u escapes). */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 128 ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    @Test
    void aWrongPasswordIsRefusedInTheDialogWhichStaysOpen(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        String wrong = SharedCluster.PASSWORD + "خطأ";
        SharedArchiveDialog dialog = fill(robot, shared.where(), SharedCluster.READER, wrong);
        robot.clickOn("#shared-open");
        String refused = Problem.of(Problem.Code.SERVER_CREDENTIALS_REFUSED, shared.where(), SharedCluster.READER)
                .text(Messages.ARABIC);
        waitUntil(() -> dialog.said().replace("\n", " ").equals(refused));
        assertFalse(dialog.said().contains(wrong), "never the password");
        assertTrue(onFx(dialog.dialog::isShowing), "the dialog stays, to correct the password");
        assertTrue(opened.isEmpty());
        assertTrue(onFx(() -> window.status.sharedLabel.getText().isEmpty()), "the local archive is still shown");

        // Corrected, it opens.
        robot.interact(() -> dialog.password.setText(SharedCluster.PASSWORD));
        robot.clickOn("#shared-open");
        waitUntil(() -> opened.size() == 1 && !dialog.dialog.isShowing());
    }

    @Test
    void aClusterThatIsDownIsSaidAndTheWindowGoesOnAnswering(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        String nobody = "http://127.0.0.1:" + free + "/solr/news";
        SharedArchiveDialog dialog = fill(robot, nobody, SharedCluster.READER, SharedCluster.PASSWORD);
        robot.clickOn("#shared-open");
        String unreachable = "تعذّر الوصول إلى الأرشيف المشترك \u2068" + nobody + "\u2069 (هل العنقود يعمل";
        waitUntil(() -> dialog.said().replace("\n", " ").startsWith(unreachable));
        assertTrue(dialog.said().replace("\n", " ").endsWith("رُفض الاتصال: لا شيء يستمع في هذا العنوان ومنفذه\u2069"),
                dialog.said()); // the reason in words, not a library's class name
        robot.clickOn("#shared-cancel");
        waitUntil(() -> !dialog.dialog.isShowing());

        robot.clickOn("#query").write("النفط");
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());
        assertTrue(opened.isEmpty());
    }

    @Test
    void aClusterTooSlowIsSaidWhileTheWindowAnswers(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.interact(() -> window.archives = new SolrArchiveProvider(Optional::empty, 2, 2, 3));
        try (SilentServer silent = new SilentServer()) {
            String slow = silent.address();
            SharedArchiveDialog dialog = fill(robot, slow, SharedCluster.READER, SharedCluster.PASSWORD);
            robot.clickOn("#shared-open");
            waitUntil(() -> dialog.said().startsWith("جارٍ الاتصال"));
            assertTrue(onFx(dialog.connecting::isVisible));
            // Meanwhile the window searches its archive.
            robot.interact(() -> window.model.query.set("سوتشي"));
            waitUntil(() -> window.model.total.get() == 1 && !window.model.searching.get());
            assertTrue(onFx(dialog.dialog::isShowing), "still asking the silent server");
            String timeout = Problem.of(Problem.Code.SERVER_TIMEOUT, slow, "3").text(Messages.ARABIC);
            waitUntil(() -> dialog.said().replace("\n", " ").equals(timeout));
            assertFalse(onFx(dialog.connecting::isVisible));
            robot.clickOn("#shared-cancel");
        }
    }

    @Test
    void withANodeStoppedTheResultsAreShownAndTheArchiveSaysItIsDegraded(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.interact(() -> window.model.healthEvery = javafx.util.Duration.seconds(1)); // 15 s in use
        SharedArchiveDialog dialog = fill(robot, shared.where(), SharedCluster.READER, SharedCluster.PASSWORD);
        robot.clickOn("#shared-open");
        waitUntil(() -> opened.size() == 1 && !dialog.dialog.isShowing());
        robot.interact(() -> window.model.query.set("أستانا"));
        waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());

        assertTrue(onFx(window.model::watchingHealth), "a shared archive's health is looked at");
        assertFalse(onFx(window.status.degradedLabel::isVisible));
        JettySolrRunner node = SharedCluster.get().stopJettySolrRunner(1);
        boolean started = false;
        try {
            // No search: the window looks at the cluster's health by itself (its state read at most every 5 s).
            waitUntil(() -> window.status.degradedLabel.isVisible());
            assertEquals("الأرشيف المشترك يعمل بنقص: بعض عُقده متوقفة", onFx(window.status.degradedLabel::getText));
            robot.interact(window.model::search);
            waitUntil(() -> !window.model.searching.get());
            assertTrue(onFx(window.status.degradedLabel::isVisible), "the search's answer says so too");
            assertEquals(2, onFx(window.model.total::get), "the results are still shown, all of them");
            assertEquals(2, onFx(() -> window.results.getItems().size()));
            assertEquals("", onFx(window.model.error::get));
            SharedCluster.get().startJettySolrRunner(node);
            started = true;
            // The node back and its replicas active: the status bar clears, again without a search.
            SharedCluster.get().waitForNode(node, 60);
            waitUntil(() -> !window.status.degradedLabel.isVisible());
        } finally {
            if (!started) {
                SharedCluster.get().startJettySolrRunner(node);
                SharedCluster.get().waitForNode(node, 60);
            }
        }
    }

    /** File → Open shared archive… with these in its fields. */
    private SharedArchiveDialog fill(FxRobot robot, String address, String user, String password) throws Exception {
        robot.interact(() -> window.openShared(""));
        SharedArchiveDialog dialog = window.sharedDialog;
        robot.interact(() -> {
            dialog.address.setText(address);
            dialog.user.setText(user);
            dialog.password.setText(password);
        });
        return dialog;
    }

    private javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.root.lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }
}
