package org.arshif.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Feeds that exercise everything an import derives: wire stories printed by several papers with small edits (copy
 * groups), words run together where a space was lost, the same id given twice in one import (an old version, then a
 * corrected one), and many articles on one day (ties in every order). Made from a fixed seed: the same files each run.
 */
final class NewsFeeds {

    private static final String[] WORDS = ("محادثات أستانا السورية الجولة السابعة وفد المعارضة الحكومة روسيا تركيا إيران"
            + " مناطق خفض التصعيد المعتقلين الرياض المملكة الاقتصاد النفط الأسعار الانتخابات البلدية المدن القرى"
            + " الصحة المستشفى تبوك الأمير وزارة التعليم الطلاب الجامعة المشروع السكان الطرق الميناء التجارة").split(" ");
    private static final String[] SOURCES = {"الرياض", "اليوم", "المدينة", "عكاظ", "الوطن", "الجزيرة"};

    static final List<String> QUERIES = List.of("أستانا", "المعارضة", "سبوتنيك", "وكالة", "النفط الأسعار",
            "\"خفض التصعيد\"", "المستشفى OR الجامعة", "الانتخابات -البلدية", "تبو*", "الملايين", "روسيا تركيا إيران",
            "");

    private NewsFeeds() {
    }

    /** Writes {@code files} JSON Lines feeds into the folder; returns them in order. */
    static List<Path> write(Path folder, int files, int storiesPerFile) throws IOException {
        Random random = new Random(20171030);
        ObjectMapper json = new ObjectMapper();
        List<Path> paths = new ArrayList<>();
        int story = 0;
        for (int f = 0; f < files; f++) {
            Path path = folder.resolve("feed-" + f + ".jsonl");
            try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                for (int s = 0; s < storiesPerFile; s++, story++) {
                    String text = text(random, 40 + random.nextInt(40), story);
                    int papers = 1 + random.nextInt(4);
                    for (int p = 0; p < papers; p++) {
                        String edited = p == 0 ? text : edit(random, text);
                        String id = "s" + story + "-" + p;
                        if (random.nextInt(10) == 0) { // an old version first; the corrected one below must win
                            out.write(record(json, id, "نسخة قديمة " + story, p, "نص قديم لم يصحح بعد " + story));
                        }
                        out.write(record(json, id, "خبر " + story + " من " + SOURCES[p], p, edited));
                    }
                }
            }
            paths.add(path);
        }
        return paths;
    }

    private static String record(ObjectMapper json, String id, String title, int paper, String body) throws IOException {
        ObjectNode node = json.createObjectNode().put("id", id).put("title", title)
                .put("date", "2017-10-" + (28 + paper % 3)).put("source", SOURCES[paper]).put("content", body);
        return json.writeValueAsString(node) + "\n";
    }

    private static String text(Random random, int words, int story) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 9 == 8 ? ". " : " ");
        }
        if (story % 7 == 0) {
            text.append("نقلت وكالةسبوتنيك أن نزوحالملايين مستمر. ");
        }
        if (story % 5 == 0) {
            text.append("قالت وكالة سبوتنيك إن نزوح الملايين يتواصل. ");
        }
        return text.append("الخبر رقم ").append(story).toString();
    }

    /** A paper's version: a few words changed, the rest as the wire sent it. */
    private static String edit(Random random, String text) {
        String[] words = text.split(" ");
        for (int i = 0; i < 3; i++) {
            words[random.nextInt(words.length)] = WORDS[random.nextInt(WORDS.length)];
        }
        return String.join(" ", words);
    }
}
