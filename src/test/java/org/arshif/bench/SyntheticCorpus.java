package org.arshif.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A synthetic Arabic news corpus shaped like the real thing: a vocabulary of Arabic word forms with the
 * prefixes and suffixes news text uses (ال، و، ب، ات، ون، ة), drawn with Zipf frequencies; bodies of 200–1,500
 * words (median about 350) in paragraphs; dates spread over twenty years; a dozen sources. Deterministic for a seed.
 */
final class SyntheticCorpus {

    static final String[] SOURCES = {"الحياة", "الشرق الأوسط", "الرياض", "عكاظ", "اليوم", "الجزيرة", "المدينة",
            "الوطن", "الاقتصادية", "سبق", "الوئام", "سبوتنيك"};
    private static final String LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
    private static final String[] PREFIXES = {"", "", "", "ال", "ال", "وال", "و", "ب", "بال", "ل", "لل", "ف"};
    private static final String[] SUFFIXES = {"", "", "", "", "ة", "ات", "ون", "ين", "ها", "ية", "ه", "ي"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2005, 1, 1);
    private static final int DAYS = 20 * 365;

    private final String[] vocabulary;
    private final double[] cumulative;

    SyntheticCorpus(int vocabularySize, long seed) {
        Random random = new Random(seed);
        vocabulary = new String[vocabularySize];
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < vocabularySize; ) {
            StringBuilder root = new StringBuilder();
            int length = 3 + random.nextInt(4);
            for (int j = 0; j < length; j++) {
                root.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
            }
            String word = PREFIXES[random.nextInt(PREFIXES.length)] + root + SUFFIXES[random.nextInt(SUFFIXES.length)];
            if (seen.add(word)) {
                vocabulary[i++] = word;
            }
        }
        cumulative = new double[vocabularySize];
        double sum = 0;
        for (int rank = 0; rank < vocabularySize; rank++) {
            sum += 1.0 / Math.pow(rank + 1, 1.05);
            cumulative[rank] = sum;
        }
        for (int rank = 0; rank < vocabularySize; rank++) {
            cumulative[rank] /= sum;
        }
    }

    String word(Random random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return vocabulary[index < 0 ? Math.min(-index - 1, vocabulary.length - 1) : index];
    }

    /** A rarer word, as people search for: ranks 100 to 20,000 rather than the commonest. */
    String queryWord(Random random) {
        return vocabulary[100 + random.nextInt(Math.min(20_000, vocabulary.length - 100))];
    }

    record Generated(String id, String title, LocalDate date, String source, String body) {
    }

    Generated article(long number, Random random) {
        int titleWords = 5 + random.nextInt(8);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < titleWords; i++) {
            title.append(i == 0 ? "" : " ").append(word(random));
        }
        // Log-normal length clipped to 200..1,500 words: median about 350, a long tail like real news.
        int words = (int) Math.max(200, Math.min(1500, Math.exp(5.86 + 0.55 * random.nextGaussian())));
        StringBuilder body = new StringBuilder(words * 7);
        int inParagraph = 0;
        int paragraphLength = 30 + random.nextInt(50);
        for (int i = 0; i < words; i++) {
            if (inParagraph == paragraphLength) {
                body.append(".\n");
                inParagraph = 0;
                paragraphLength = 30 + random.nextInt(50);
            } else if (i > 0) {
                body.append(random.nextInt(15) == 0 ? "، " : " ");
            }
            body.append(word(random));
            inParagraph++;
        }
        body.append('.');
        return new Generated("syn-" + number, title.toString(), FIRST_DAY.plusDays(random.nextInt(DAYS)),
                SOURCES[random.nextInt(SOURCES.length)], body.toString());
    }

    /** Writes {@code count} articles as JSON Lines; returns the file's size in bytes. */
    long writeJsonLines(Path file, long count, long seed) throws IOException {
        Random random = new Random(seed);
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
             JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
            for (long i = 0; i < count; i++) {
                Generated article = article(i, random);
                json.writeStartObject();
                json.writeStringField("id", article.id());
                json.writeStringField("title", article.title());
                json.writeStringField("date", article.date().toString());
                json.writeStringField("source", article.source());
                json.writeStringField("content", article.body());
                json.writeEndObject();
            }
            json.writeRaw('\n');
        }
        return Files.size(file);
    }

    /** Queries of one to three words, as users type them. */
    List<String> queries(int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int words = 1 + random.nextInt(3);
            StringBuilder query = new StringBuilder();
            for (int w = 0; w < words; w++) {
                query.append(w == 0 ? "" : " ").append(w == 0 ? queryWord(random) : word(random));
            }
            queries.add(query.toString());
        }
        return queries;
    }
}
