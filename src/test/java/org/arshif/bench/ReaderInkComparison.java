package org.arshif.bench;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.arshif.ui.ArabicParagraph;
import org.arshif.ui.Fonts;

/**
 * The reading pane's words against HarfBuzz's own rendering: every word of 100 random lines (seed 11) of a
 * SaudiNewsNet ZIP is drawn alone by an {@link ArabicParagraph} in Amiri 40 px, as the reader draws it (the
 * outline shaped by the JDK's HarfBuzz), and as JavaFX draws the same {@code Text} itself (Pango: glyph offsets
 * dropped, the reader before issue 11 was fixed); each drawing's ink width is compared with {@code hb-view} of the
 * same word in the same font and size. A word passes within max(1 px, 1 %).
 *
 * <pre>
 * DISPLAY=:81 mvn -q -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.ReaderInkComparison \
 *     -Dbench.args="/work/shared/corpus/saudinewsnet-sample/2015-07-22.zip src/main/resources/fonts/amiri/Amiri-Regular.ttf" \
 *     > /tmp/reader-ink-vs-harfbuzz.tsv
 * </pre>
 * ({@code docs/reader-ink-vs-harfbuzz.tsv} keeps the counts and the words either drawing misses.)
 * (under Xvfb with GTK, as the app runs; {@code hb-view} from libharfbuzz-bin.)
 */
public final class ReaderInkComparison {

    private static final double SIZE = 40;

    private ReaderInkComparison() {
    }

    public static void main(String[] args) throws Exception {
        // Two arguments, or one holding both: exec:exec passes bench.args as one.
        String[] given = String.join(" ", args).strip().split("\\s+");
        List<String> words = wordsOfRandomLines(given[0], 100);
        Path font = Path.of(given[1]);
        CompletableFuture<Stage> started = new CompletableFuture<>();
        Platform.startup(() -> {
            Fonts.load();
            Stage stage = new Stage();
            stage.setScene(new Scene(new StackPane(), 600, 200, Color.WHITE));
            stage.show();
            started.complete(stage);
        });
        try {
            Stage stage = started.get();
            Map<String, int[]> measured = new LinkedHashMap<>();
            for (String word : words) {
                if (!measured.containsKey(word)) {
                    measured.put(word, new int[] {drawn(stage, word, true), drawn(stage, word, false), harfBuzz(font, word)});
                }
            }
            int reader = 0;
            int pango = 0;
            int readerOnePixel = 0;
            System.out.println("word\treader_px\tpango_px\thb_px\treader_diff\tpango_diff");
            for (String word : words) {
                int[] m = measured.get(word);
                reader += passes(m[0], m[2]) ? 1 : 0;
                pango += passes(m[1], m[2]) ? 1 : 0;
                readerOnePixel += Math.abs(m[0] - m[2]) <= 1 ? 1 : 0;
                System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%+d\t%+d%n", word, m[0], m[1], m[2], m[0] - m[2], m[1] - m[2]);
            }
            System.out.printf(Locale.ROOT, "# %d words (%d distinct) of 100 random lines: within max(1 px, 1 %%) of hb-view:"
                    + " reader %d, JavaFX's own drawing %d; reader within 1 px: %d%n", words.size(), measured.size(), reader,
                    pango, readerOnePixel);
        } finally {
            Platform.exit(); // also when hb-view fails: the FX thread would keep the JVM alive
        }
    }

    private static boolean passes(int drawn, int harfBuzz) {
        return Math.abs(drawn - harfBuzz) <= Math.max(1, 0.01 * harfBuzz);
    }

    /** The ink width of the word as the reader draws it, or ({@code ink} false) as JavaFX draws its Text. */
    private static int drawn(Stage stage, String word, boolean ink) throws Exception {
        CompletableFuture<Integer> width = new CompletableFuture<>();
        Platform.runLater(() -> {
            ArabicParagraph paragraph = new ArabicParagraph(word);
            paragraph.setFont(Fonts.reading(SIZE));
            paragraph.setFill(Color.BLACK);
            StackPane root = new StackPane(paragraph);
            root.setStyle("-fx-background-color: white; -fx-padding: 30;");
            stage.getScene().setRoot(root);
            root.applyCss();
            root.layout();
            if (!ink) {
                for (Node node : paragraph.getChildrenUnmodifiable()) {
                    if (node instanceof SVGPath outline) {
                        outline.setVisible(false);
                    } else if (node instanceof Pane line) {
                        // A word the reader leaves to JavaFX keeps its fill bound (and is black already).
                        line.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast)
                                .filter(text -> !text.fillProperty().isBound()).forEach(text -> text.setFill(Color.BLACK));
                    }
                }
            }
            WritableImage image = root.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            width.complete(inkWidth((int) image.getWidth(), (int) image.getHeight(),
                    (x, y) -> gray(pixels.getArgb(x, y))));
        });
        return width.get();
    }

    private static int harfBuzz(Path font, String word) throws Exception {
        Path png = Files.createTempFile("hb-word", ".png");
        try {
            Process process = new ProcessBuilder("hb-view", "--font-size=" + (int) SIZE, "--margin=16", "-O", "png",
                    "-o", png.toString(), "--text=" + word, font.toString()).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("hb-view failed for " + word);
            }
            BufferedImage image = ImageIO.read(png.toFile());
            // hb-view writes 8-bit grey: its stored values, as convert reads them. getRGB would pass them through
            // ImageIO's linear grey space and lighten the edges (مركز came out 49 px wide instead of 52).
            java.awt.image.Raster raster = image.getRaster();
            return raster.getNumBands() <= 2
                    ? inkWidth(image.getWidth(), image.getHeight(), (x, y) -> raster.getSample(x, y, 0))
                    : inkWidth(image.getWidth(), image.getHeight(), (x, y) -> gray(image.getRGB(x, y)));
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private interface Gray {
        int at(int x, int y);
    }

    private static int gray(int argb) {
        int r = (argb >> 16) & 0xff;
        int g = (argb >> 8) & 0xff;
        int b = argb & 0xff;
        return (int) Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
    }

    /** Columns from the leftmost to the rightmost pixel darker than middle gray (as docs/reader-word-widths.py). */
    private static int inkWidth(int width, int height, Gray gray) {
        int left = Integer.MAX_VALUE;
        int right = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (gray.at(x, y) < 128) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        return right < 0 ? 0 : right - left + 1;
    }

    /** The words of {@code count} lines longer than 40 characters drawn at random (seed 11), as ShapingWidthComparison. */
    private static List<String> wordsOfRandomLines(String zip, int count) throws Exception {
        List<String> lines = new ArrayList<>();
        try (ZipFile file = new ZipFile(zip)) {
            try (InputStream in = file.getInputStream(file.entries().nextElement())) {
                for (JsonNode article : new ObjectMapper().readTree(in)) {
                    for (String line : article.path("content").asText("").split("\n")) {
                        if (line.strip().length() > 40) {
                            lines.add(line.strip());
                        }
                    }
                }
            }
        }
        Random random = new Random(11);
        List<String> words = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            for (String word : lines.get(random.nextInt(lines.size())).split("\\s+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
