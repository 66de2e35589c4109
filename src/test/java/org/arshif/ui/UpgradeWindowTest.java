package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.arshif.archive.UpgradeCancelledException;
import org.arshif.archive.lucene.KeptArchives;
import org.arshif.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window and an archive written by an older build (the kept format-2 archive): its upgrade at open shows its
 * progress in the status bar with a cancel button that leaves the archive as it was; opened read-only, the status bar
 * says the upgrade is owed, at rest too.
 */
@ExtendWith(ApplicationExtension.class)
class UpgradeWindowTest extends WindowTestBase {

    @Override
    java.util.Locale language() {
        return Messages.ARABIC;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
    }

    @Test
    void theUpgradeAtOpenShowsItsProgressInTheStatusBar() throws Exception {
        Path folder = KeptArchives.copyOf("format-2", Files.createTempDirectory(dir, "progress"));
        List<String> shown = new CopyOnWriteArrayList<>();
        onFx(() -> {
            window.status.activity.textProperty().addListener((o, old, text) -> shown.add(text));
            return null;
        });
        try (LuceneArchive upgraded = LuceneArchive.open(folder, new UpgradeProgress(() -> window.status))) {
            waitUntil(() -> shown.contains(Messages.format("status.upgrading", 0, 37)));
            assertTrue(shown.contains("جارٍ ترقية الأرشيف إلى صيغة هذا الإصدار: أُعيدت فهرسة 0 من 37 مقالاً"), shown.toString());
            assertEquals(37, upgraded.stats().articles());
            waitUntil(() -> shown.contains(Messages.get("status.upgradeFinishing")));
            assertTrue(onFx(() -> window.status.cancel.isDisabled()), "the last step is not cut short");
        }
    }

    @Test
    void cancellingTheUpgradeLeavesTheArchiveAsItWas(FxRobot robot) throws Exception {
        Path folder = KeptArchives.copyOf("format-2", Files.createTempDirectory(dir, "cancel"));
        UpgradeProgress progress = new UpgradeProgress(() -> window.status);
        progress.total(37); // an upgrade announced: the bar shows it with its cancel button
        waitUntil(() -> window.status.activity.getText().equals(Messages.format("status.upgrading", 0, 37)));
        robot.clickOn("#cancel-import");
        assertTrue(progress.isCancelled());
        assertThrows(UpgradeCancelledException.class, () -> LuceneArchive.open(folder, progress).close());
        try (LuceneArchive reader = LuceneArchive.openReadOnly(folder)) {
            assertTrue(reader.upgradeOwed(), "as it was");
            assertEquals(37, reader.stats().articles());
        }
    }

    @Test
    void anOlderArchiveOpenReadOnlySaysTheUpgradeIsOwedAtRestToo(FxRobot robot) throws Exception {
        Path folder = KeptArchives.copyOf("format-2", Files.createTempDirectory(dir, "read-only"));
        LuceneArchive reader = LuceneArchive.openReadOnly(folder);
        try {
            robot.interact(() -> {
                window.attach(reader);
                window.sayIfUpgradeOwed(reader);
            });
            String owed = Messages.get("status.upgradeOwed");
            waitUntil(() -> window.status.activity.getText().equals(owed));
            robot.interact(() -> {
                window.model.query.set("مستشفى تبوك");
                window.model.search();
            });
            waitUntil(() -> window.model.total.get() == 2 && !window.model.searching.get());
            assertEquals(owed, onFx(() -> window.status.activity.getText()), "the reason stays after a search");
        } finally {
            robot.interact(() -> window.attach(archive));
            reader.close();
        }
    }
}
