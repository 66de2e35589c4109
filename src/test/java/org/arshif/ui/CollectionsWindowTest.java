package org.arshif.ui;

import static org.arshif.ui.UiTestSupport.onFx;
import static org.arshif.ui.UiTestSupport.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.input.KeyCode;
import org.arshif.cite.CitationFormat;
import org.arshif.model.ArticleCollection;
import org.arshif.model.SearchHit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The collections panel on a real archive: fill a collection from the results, order it, note it, export and cite. */
@ExtendWith(ApplicationExtension.class)
class CollectionsWindowTest extends WindowTestBase {

    private static final String NAME = "مسار أستانا";

    @Override
    java.util.Locale language() {
        return Messages.ARABIC;
    }

    @Start
    void start(javafx.stage.Stage stage) {
        show(stage);
        switchLanguageInPlace(stage);
    }

    @org.junit.jupiter.api.AfterEach
    void backToArabic() {
        Messages.use(Messages.ARABIC);
    }

    /** The note kept on disk on article {@code id} of collection {@code name}. */
    private static String noteOnDisk(String name, String id) {
        try {
            return archive.collections().orElseThrow().find(name).orElseThrow().entries().stream()
                    .filter(entry -> entry.articleId().equals(id)).findFirst().orElseThrow().note();
        } catch (org.arshif.archive.ArchiveException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    @Test
    void aNoteWrittenIsKeptWhenTheReaderGoesOnMovesTheArticleOrSwitchesLanguage(FxRobot robot) throws Exception {
        String name = "ملاحظات غير محفوظة";
        waitForTheSampleArchive();
        robot.interact(() -> window.collections.create(name));
        waitUntil(() -> name.equals(window.collections.chosen.get()));
        List<String> ids = onFx(() -> {
            window.results.getSelectionModel().clearSelection();
            window.results.getSelectionModel().selectIndices(0, 1, 2);
            return window.selectedRows().stream().map(row -> window.results.getItems().get(row).id()).toList();
        });
        robot.interact(window::addToCollection);
        waitUntil(() -> window.collections.rows.size() == 3);

        // Written on the first, then the second selected without «save»: the first's note is kept.
        robot.interact(() -> window.collectionsView.list.getSelectionModel().select(0));
        robot.interact(() -> window.collectionsView.note.setText("الرواية الرسمية"));
        robot.interact(() -> window.collectionsView.list.getSelectionModel().select(1));
        waitUntil(() -> "الرواية الرسمية".equals(noteOnDisk(name, ids.get(0))));
        assertEquals("", onFx(() -> window.collectionsView.note.getText()), "the second's own note is shown");

        // Written on the second, which is then moved up: what is typed stays in the editor, and is kept after.
        robot.interact(() -> window.collectionsView.note.setText("يناقضها"));
        robot.clickOn("#collection-up");
        waitUntil(() -> window.collections.rows.getFirst().id().equals(ids.get(1))
                && window.collectionsView.list.getSelectionModel().getSelectedIndex() == 0);
        assertEquals("يناقضها", onFx(() -> window.collectionsView.note.getText()));
        robot.interact(() -> window.collectionsView.list.getSelectionModel().select(2));
        waitUntil(() -> "يناقضها".equals(noteOnDisk(name, ids.get(1))));
        assertEquals("الرواية الرسمية", noteOnDisk(name, ids.get(0)));

        // Written on the third when the language is switched: kept by the new window.
        robot.interact(() -> window.collectionsView.note.setText("مصدر ثانوي"));
        MainWindow arabic = window;
        robot.interact(() -> window.chooseLanguage("en"));
        waitUntil(() -> window != arabic && "مصدر ثانوي".equals(noteOnDisk(name, ids.get(2))));
        assertEquals(name, window.collections.chosen.get(), "the collection chosen stays chosen");
        assertTrue(onFx(() -> window.center().getItems().contains(window.collectionsView)), "the panel stays open");
    }

    private List<String> panelIds() throws Exception {
        return onFx(() -> window.collections.rows.stream().map(CollectionsViewModel.Row::id).toList());
    }

    private ArticleCollection onDisk() throws Exception {
        return archive.collections().orElseThrow().find(NAME).orElseThrow();
    }

    @Test
    void aCollectionIsFilledFromTheResultsOrderedNotedExportedAndCited(FxRobot robot) throws Exception {
        waitForTheSampleArchive();
        robot.interact(() -> window.collections.create(" " + NAME + " "));
        waitUntil(() -> NAME.equals(window.collections.chosen.get()));

        List<String> picked = onFx(() -> {
            window.results.getSelectionModel().clearSelection();
            window.results.getSelectionModel().selectIndices(0, 2);
            return window.selectedRows().stream().map(row -> window.results.getItems().get(row))
                    .filter(Objects::nonNull).map(SearchHit::id).toList();
        });
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitUntil(() -> window.collections.rows.size() == 2);
        assertTrue(onFx(() -> window.center().getItems().contains(window.collectionsView)), "the panel opened");
        assertEquals(picked, panelIds());
        assertEquals(picked, onDisk().articleIds(), "kept with the archive as the panel shows it");

        robot.interact(() -> window.collectionsView.list.getSelectionModel().select(1));
        waitUntil(() -> window.reader.shown.get() != null && picked.get(1).equals(window.reader.shown.get().article().id()));
        robot.clickOn("#collection-up");
        waitUntil(() -> window.collections.rows.stream().map(CollectionsViewModel.Row::id).toList()
                .equals(List.of(picked.get(1), picked.get(0))));
        assertEquals(List.of(picked.get(1), picked.get(0)), onDisk().articleIds());
        waitUntil(() -> window.collectionsView.list.getSelectionModel().getSelectedIndex() == 0);

        robot.interact(() -> window.collectionsView.note.setText("مصدر رئيسي\nص 3"));
        robot.clickOn("#collection-note-save");
        waitUntil(() -> "مصدر رئيسي\nص 3".equals(window.collections.rows.getFirst().note()));
        assertEquals("مصدر رئيسي\nص 3", onDisk().entries().getFirst().note());

        Path pdf = dir.resolve("collection-" + System.nanoTime() + ".pdf");
        robot.interact(() -> window.exporter.exportCollection(window.collections.current(), pdf));
        waitUntil(() -> window.exporter.lastReport != null || window.exporter.lastError != null);
        assertEquals(null, window.exporter.lastError);
        List<String> titles = new ArrayList<>();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            for (var item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
            }
        }
        List<String> expected = new ArrayList<>();
        for (String id : onDisk().articleIds()) {
            expected.add(archive.read(id, null).orElseThrow().article().title());
        }
        assertEquals(expected, titles, "the PDF follows the collection's order");

        Path csl = dir.resolve("collection-" + System.nanoTime() + ".json");
        robot.interact(() -> window.collections.cite(CitationFormat.CSL_JSON, csl));
        waitUntil(() -> window.collections.message.get().startsWith("كُتبت مراجع"));
        JsonNode items = new ObjectMapper().readTree(csl.toFile());
        assertEquals(picked.get(1), items.get(0).get("id").asText());
        assertEquals("مصدر رئيسي\nص 3", items.get(0).get("note").asText());
    }

    @Test
    void aBlankOrTakenNameIsRefusedWithItsReasonInArabic(FxRobot robot) throws Exception {
        robot.interact(() -> window.collections.create("   "));
        assertEquals("للمجموعة اسم لا يكون فارغًا.", onFx(() -> window.collectionsView.message.getText()));
        robot.interact(() -> window.collections.create("مكررة"));
        waitUntil(() -> "مكررة".equals(window.collections.chosen.get()));
        robot.interact(() -> window.collections.create("مكررة"));
        waitUntil(() -> window.collections.message.get().contains("توجد مجموعة باسم «مكررة»"));
    }
}
