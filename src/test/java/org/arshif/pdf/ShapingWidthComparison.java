package org.arshif.pdf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Word widths of the PDF's shaping (the JDK's HarfBuzz, kerning and ligatures on) against HarfBuzz's own
 * {@code hb-shape} with Amiri at the same size: the words of 100 random lines of a SaudiNewsNet ZIP, each within 1 %.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat cp.txt) org.arshif.pdf.ShapingWidthComparison \
 *     /work/shared/corpus/saudinewsnet-sample/2015-07-22.zip
 * </pre>
 */
public final class ShapingWidthComparison {

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        try (ZipFile zip = new ZipFile(args[0])) {
            var entry = zip.entries().nextElement();
            try (InputStream in = zip.getInputStream(entry)) {
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
        FontFace amiri = FontFace.load("/fonts/amiri/Amiri-Regular.ttf");
        Path font = Files.createTempFile("amiri", ".ttf");
        try (InputStream in = amiri.openStream()) {
            Files.copy(in, font, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        int words = 0;
        int within = 0;
        double worst = 0;
        String worstWord = "";
        for (int n = 0; n < 100; n++) {
            String line = lines.get(random.nextInt(lines.size()));
            for (String word : line.split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                float jdk = amiri.width(word, 1000);
                float hb = harfBuzzWidth(font, word);
                double off = Math.abs(jdk - hb) / Math.max(1, hb);
                words++;
                if (off <= 0.01) {
                    within++;
                } else if (off > worst) {
                    worst = off;
                    worstWord = word + " (JDK " + jdk + ", hb-shape " + hb + ")";
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d of %d words within 1 %% of hb-shape; worst %.2f %% %s%n", within, words,
                worst * 100, worstWord);
    }

    /** The advance of a word in font units (Amiri has 1000 per em), by hb-shape. */
    static float harfBuzzWidth(Path font, String word) throws Exception {
        Process process = new ProcessBuilder("hb-shape", "--output-format=json", "--no-glyph-names",
                "--text=" + word, font.toString()).start(); // --text=: a word starting with "-" is no option
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        float sum = 0;
        for (JsonNode glyph : new ObjectMapper().readTree(json)) {
            sum += glyph.path("ax").floatValue();
        }
        return sum;
    }
}
