package org.arshif.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;

/**
 * Texts two analysis chains are compared on: hostile words, the seed, the test articles and the kept real sources
 * (src/test/resources/archives/source); and, for a manual check, up to a thousand real articles of a corpus.
 */
public final class AnalysisTexts {

    /**
     * Run-together words, presentation forms, Quranic marks, tatweel, Arabic-Indic and Persian digits, Latin, words
     * joined by underscores (hashtags).
     */
    private static final List<String> HOSTILE = List.of("وفق وكالةسبوتنيك الروسية علىالرغم",
            "ﻻ إله إلا ﷲ ٱلرَّحْمَٰنِ ـــ ٠١٢٣ ۴۵۶ کتاب یوم", "بدلاً طريقًا مدينةٍ والمملكة للمملكة بالمملكة",
            "iPhone 20% New-York ALL CAPS", "", "ـ ً", "شاطىء يحيىط المعايدةأقامت ووزارةالداخلية",
            "تابعوا #مكة_لايف و#رؤية_2030 و#عاصفة_الحزم _مكة_ مكة__لايف عاصفة＿الحزم ___ snake_case_Name وكالةسبوتنيك_الروسية");

    private AnalysisTexts() {
    }

    /** Every title and paragraph of the test's own texts (no corpus needed). */
    public static List<String> kept() throws IOException {
        CollectingSink sink = new CollectingSink();
        TestArticles.seeds().readInto(sink);
        TestArticles.sourceOf(TestArticles.sample()).readInto(sink);
        for (String folder : List.of("source", "source-update")) {
            new FileImporter(List.of(resource(folder)), FieldMapping.DEFAULT).readInto(sink);
        }
        List<String> texts = new ArrayList<>(HOSTILE);
        texts.addAll(textsOf(sink.articles));
        return texts;
    }

    /**
     * The titles and bodies of the first {@code limit} articles of the SaudiNewsNet sample's ZIP files in
     * {@code corpus} (real news, never copied into the repository: read only where the folder is).
     */
    public static List<String> corpus(Path corpus, int limit) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(corpus)) {
            zips = files.filter(file -> file.toString().endsWith(".zip")).sorted().toList();
        }
        CollectingSink sink = new CollectingSink();
        new FileImporter(zips, FieldMapping.parse("date=date_extracted,body=content")).readInto(sink);
        return textsOf(sink.articles.subList(0, Math.min(limit, sink.articles.size())));
    }

    private static List<String> textsOf(List<Article> articles) {
        List<String> texts = new ArrayList<>();
        for (Article article : articles) {
            texts.add(article.title());
            texts.add(article.body());
        }
        return texts;
    }

    private static Path resource(String name) {
        try {
            return Path.of(AnalysisTexts.class.getResource("/archives/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
