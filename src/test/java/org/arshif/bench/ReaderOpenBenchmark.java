package org.arshif.bench;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.arshif.ui.ArabicParagraph;
import org.arshif.ui.Fonts;

/**
 * How long the reading pane takes to open the longest article of a SaudiNewsNet ZIP: its paragraphs built as
 * {@link ArabicParagraph}s (justified, Amiri 20 px, as the reader shows the body), laid out at the reader's width
 * and drawn once (a snapshot of the visible part). The first opening pays for shaping every word; the next ones
 * find the words' outlines remembered. Run it against the classes of two commits to compare them (only public
 * API is used):
 *
 * <pre>
 * DISPLAY=:81 mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.ReaderOpenBenchmark \
 *     -Dbench.args="/work/shared/corpus/saudinewsnet-sample/2015-07-22.zip /work/shared/corpus/saudinewsnet-sample/2015-07-23.zip"
 * # the same class against an older commit's classes (only public API is used):
 * javac -cp target/classes:$(cat cp.txt) -d /tmp/bench src/test/java/org/arshif/bench/ReaderOpenBenchmark.java
 * DISPLAY=:81 java -cp /tmp/bench:OLD/target/classes:$(cat cp.txt) org.arshif.bench.ReaderOpenBenchmark ZIP...
 * </pre>
 */
public final class ReaderOpenBenchmark {

    private static final int WARM_OPENINGS = 7;

    private ReaderOpenBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> longest = List.of();
        // One argument or several: exec:exec passes bench.args as one.
        for (String zip : String.join(" ", args).strip().split("\\s+")) {
            for (List<String> article : articles(zip)) {
                if (length(article) > length(longest)) {
                    longest = article;
                }
            }
        }
        List<String> paragraphs = longest;
        System.out.printf(Locale.ROOT, "longest article: %d paragraphs, %d characters, %d words%n", paragraphs.size(),
                length(paragraphs), paragraphs.stream().mapToInt(p -> p.split(" +").length).sum());
        CompletableFuture<Stage> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Fonts.load();
            Stage stage = new Stage();
            stage.setScene(new Scene(new VBox(), 860, 800));
            stage.show();
            started.complete(stage);
        });
        Stage stage = started.get();
        double cold = open(stage, paragraphs);
        double[] warm = new double[WARM_OPENINGS];
        for (int i = 0; i < warm.length; i++) {
            warm[i] = open(stage, paragraphs);
        }
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "open, first (cold): %.0f ms%nopen, again (median of %d): %.0f ms%n", cold,
                warm.length, warm[warm.length / 2]);
        Platform.exit();
    }

    /** Milliseconds from building the page to its first drawing, on the FX thread. */
    private static double open(Stage stage, List<String> paragraphs) throws Exception {
        CompletableFuture<Double> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            VBox page = new VBox(14);
            page.setPadding(new Insets(24, 32, 32, 32));
            for (String text : paragraphs) {
                ArabicParagraph paragraph = new ArabicParagraph(text);
                paragraph.setFont(Fonts.reading(20));
                paragraph.setLineSpacing(1.2);
                paragraph.setJustified(true);
                page.getChildren().add(paragraph);
            }
            ScrollPane pane = new ScrollPane(page);
            pane.setFitToWidth(true);
            stage.getScene().setRoot(pane);
            pane.applyCss();
            pane.layout();
            pane.snapshot(null, null);
            done.complete((System.nanoTime() - start) / 1e6);
        });
        return done.get();
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }

    /** Each article's body as paragraphs (its non-blank lines). */
    private static List<List<String>> articles(String zip) throws Exception {
        List<List<String>> articles = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip)) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                try (InputStream in = file.getInputStream(entry)) {
                    for (JsonNode article : new ObjectMapper().readTree(in)) {
                        articles.add(Arrays.stream(article.path("content").asText("").split("\n"))
                                .map(String::strip).filter(line -> !line.isEmpty()).toList());
                    }
                }
            }
        }
        return articles;
    }
}
