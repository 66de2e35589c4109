package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.arshif.archive.ArchiveLocation;
import org.arshif.model.BuildInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Help → About, opened from the menu of a real window on the headless platform: the build's version and date, the
 * archive's folder, every bundled component with its licence, in the window's language and direction.
 */
@ExtendWith(ApplicationExtension.class)
class AboutWindowTest extends WindowTestBase {

    private Locale language = Messages.ARABIC;

    @Override
    Locale language() {
        return language;
    }

    @Start
    void start(Stage stage) {
        show(stage);
        window.exporter.location = new ArchiveLocation(dir.resolve("archive"), false);
    }

    @Test
    void theArabicAboutNamesTheVersionTheArchiveAndEachComponentWithItsLicence(FxRobot robot) throws Exception {
        Window about = aboutWindow(robot);
        BuildInfo build = BuildInfo.load();
        assertEquals(NodeOrientation.RIGHT_TO_LEFT, about.getScene().getRoot().getEffectiveNodeOrientation());
        List<ArabicParagraph> sentences = paragraphs(about);
        assertEquals(List.of("أرشيف: قارئ لأرشيفات الأخبار العربية، بحثًا وقراءةً وتصديرًا.",
                "أرشيف مرخّص برخصة أباتشي 2.0. نصوص رخص المكونات المرفقة موجودة داخل ملف البرنامج:"),
                sentences.stream().map(ArabicParagraph::getText).toList());
        for (ArabicParagraph sentence : sentences) {
            assertTrue(sentence.isRightToLeft(), sentence.getText());
            double right = sentence.localToScene(sentence.getLayoutBounds()).getMaxX();
            assertTrue(right <= about.getScene().getWidth() + 0.5, "within the dialog: " + sentence.getText());
        }
        // Each value in a cell of its own, left to right: a path keeps its leading slash where it belongs.
        GridPane facts = (GridPane) about.getScene().lookup("#about-facts");
        org.arshif.ui.UiTestSupport.waitUntil(() -> !((javafx.scene.control.Label) about.getScene().lookup("#about-format"))
                .getText().isEmpty());
        assertEquals(List.of(List.of("الإصدار", build.version()), List.of("تاريخ البناء", build.built()),
                List.of("بيئة جافا", BuildInfo.javaRuntime()), List.of("مجلد الأرشيف", dir.resolve("archive").toString()),
                List.of("صيغة الأرشيف", Integer.toString(archive.formatVersion()))),
                AboutDialog.rows(facts));
        facts.getChildren().stream().filter(cell -> GridPane.getColumnIndex(cell) == 1).forEach(cell ->
                assertEquals(NodeOrientation.LEFT_TO_RIGHT, cell.getEffectiveNodeOrientation(), cell.toString()));
        List<List<String>> rows = AboutDialog.rows((GridPane) about.getScene().lookup("#about-components"));
        assertEquals(List.of("المكوّن", "الإصدار", "الرخصة"), rows.getFirst());
        assertEquals(build.components().size(), rows.size() - 1);
        assertTrue(rows.contains(List.of("Apache PDFBox", org.apache.pdfbox.util.Version.getVersion(), "Apache-2.0")), rows.toString());
        assertTrue(rows.contains(List.of("javafx graphics", com.sun.javafx.runtime.VersionInfo.getVersion(),
                "GPL-2.0-only WITH Classpath-exception-2.0")), rows.toString());
        assertTrue(rows.contains(List.of("Amiri", "0.113", "OFL-1.1")), rows.toString());
        rows.forEach(row -> assertTrue(row.size() == 3 && row.stream().noneMatch(String::isBlank), "a full row: " + row));
        assertEquals(List.of("إغلاق"), ((javafx.scene.control.DialogPane) about.getScene().getRoot()).getButtonTypes()
                .stream().map(javafx.scene.control.ButtonType::getText).toList());
        close(robot, about);
    }

    @Test
    void theEnglishAboutReadsLeftToRight(FxRobot robot) throws Exception {
        language = Messages.ENGLISH;
        robot.interact(() -> {
            Stage stage = (Stage) window.root.getScene().getWindow();
            window.shutdown();
            show(stage);
            window.exporter.location = new ArchiveLocation(dir.resolve("archive"), false);
        });
        Window about = aboutWindow(robot);
        assertEquals(NodeOrientation.LEFT_TO_RIGHT, about.getScene().getRoot().getEffectiveNodeOrientation());
        assertTrue(paragraphs(about).getLast().getText().startsWith("Arshif is under the Apache License 2.0."));
        assertEquals(List.of("Version", BuildInfo.load().version()),
                AboutDialog.rows((GridPane) about.getScene().lookup("#about-facts")).getFirst());
        assertEquals(List.of("Component", "Version", "Licence"),
                AboutDialog.rows((GridPane) about.getScene().lookup("#about-components")).getFirst());
        close(robot, about);
    }

    private Window aboutWindow(FxRobot robot) throws Exception {
        robot.interact(() -> {
            MenuBar bar = (MenuBar) ((VBox) window.root.getTop()).getChildren().getFirst();
            MenuItem about = bar.getMenus().getLast().getItems().stream()
                    .filter(item -> "menu-about".equals(item.getId())).findFirst().orElseThrow();
            about.fire();
        });
        waitUntil(() -> aboutShown() != null);
        return aboutShown();
    }

    private static Window aboutShown() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#about-components") != null).findFirst().orElse(null);
    }

    private static List<ArabicParagraph> paragraphs(Window about) {
        VBox content = (VBox) about.getScene().lookup("#about");
        assertNotNull(content);
        return content.getChildren().stream().filter(VBox.class::isInstance)
                .flatMap(message -> ((VBox) message).getChildren().stream()).map(ArabicParagraph.class::cast).toList();
    }

    private static void close(FxRobot robot, Window about) {
        robot.interact(about::hide);
    }
}
