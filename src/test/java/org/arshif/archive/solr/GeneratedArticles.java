package org.arshif.archive.solr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.arshif.model.Article;

/**
 * A few hundred articles that read like Arabic news, made from the sentences of real ones (the seed and the kept
 * sources in the test resources) drawn with a fixed seed: dated over two years (a few undated), from eight sources,
 * and about one in six a copy of an earlier one printed by another paper — whole, or with its opening sentence
 * rewritten — so that copy groups form, grow and join across imports.
 */
final class GeneratedArticles {

    private static final List<String> SOURCES = List.of("الرياض", "اليوم", "الحياة", "الاقتصادية", "سبق", "الوطن",
            "عكاظ", "المدينة");

    private GeneratedArticles() {
    }

    static List<Article> from(List<Article> real, int count, long seed) {
        List<String> sentences = new ArrayList<>();
        for (Article article : real) {
            for (String paragraph : article.paragraphs()) {
                for (String sentence : paragraph.split("(?<=[.!؟])\\s+")) {
                    if (sentence.split("\\s+").length >= 5) {
                        sentences.add(sentence.strip());
                    }
                }
            }
        }
        Random random = new Random(seed);
        List<Article> made = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String id = String.format(java.util.Locale.ROOT, "gen-%04d", i);
            String source = SOURCES.get(random.nextInt(SOURCES.size()));
            LocalDate date = random.nextInt(40) == 0 ? null : LocalDate.of(2017, 1, 1).plusDays(random.nextInt(730));
            if (!made.isEmpty() && random.nextInt(6) == 0) {
                Article original = made.get(random.nextInt(made.size()));
                List<String> paragraphs = new ArrayList<>(original.paragraphs());
                if (random.nextBoolean()) {
                    paragraphs.set(0, sentences.get(random.nextInt(sentences.size())));
                }
                made.add(new Article(id, headline(sentences.get(random.nextInt(sentences.size()))), false,
                        original.date() == null || date == null ? date : original.date().plusDays(random.nextInt(3)),
                        source, "", "", paragraphs, "generated#" + i));
                continue;
            }
            List<String> paragraphs = new ArrayList<>();
            int paragraphCount = 2 + random.nextInt(4);
            for (int p = 0; p < paragraphCount; p++) {
                StringBuilder paragraph = new StringBuilder();
                int length = 1 + random.nextInt(3);
                for (int s = 0; s < length; s++) {
                    paragraph.append(s == 0 ? "" : " ").append(sentences.get(random.nextInt(sentences.size())));
                }
                paragraphs.add(paragraph.toString());
            }
            made.add(new Article(id, headline(paragraphs.getFirst()), false, date, source, "", "", paragraphs,
                    "generated#" + i));
        }
        return made;
    }

    /** The first words of a sentence, as a headline. */
    private static String headline(String sentence) {
        String[] words = sentence.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 7)));
    }
}
