package org.arshif.archive.lucene;

import org.arshif.archive.TestArticles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VariantSpellingsTest {

    @TempDir
    Path dir;

    /**
     * A long query's telling words have their written forms found together, in one walk of the vocabulary: each
     * word gets exactly the forms it gets on its own (the seed's and the sample's words, 32 at a time as a long
     * query's marks take them, and a few the archive holds in no form).
     */
    @Test
    void formsFoundTogetherAreTheFormsFoundOneByOne() throws Exception {
        Path folder = dir.resolve("archive");
        Set<String> words = new LinkedHashSet<>();
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            TestArticles.fill(archive);
            for (Article article : TestArticles.sample()) {
                for (String word : (article.title() + " " + article.body()).split("[\\s.،]+")) {
                    words.add(ArabicSearchAnalyzer.normaliseWord(word));
                }
            }
            for (String paragraph : archive.get(GluedWordsTest.SEED).orElseThrow().paragraphs()) {
                for (String word : paragraph.split("[\\s.،:\"”“()]+")) {
                    words.add(ArabicSearchAnalyzer.normaliseWord(word));
                }
            }
        }
        words.addAll(List.of("استانه", "وآستانة", "اسطانة", "كازاخستانيه"));
        words.removeIf(String::isBlank);
        List<String> all = new ArrayList<>(words);
        int together = 0;
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (int from = 0; from < all.size(); from += QueryBuilder.MAX_LONG_WORDS) {
                List<String> batch = all.subList(from, Math.min(all.size(), from + QueryBuilder.MAX_LONG_WORDS));
                VariantSpellings oneByOne = new VariantSpellings(reader);
                VariantSpellings joined = new VariantSpellings(reader);
                together += joined.findForms(batch) ? 1 : 0;
                for (String word : batch) {
                    assertEquals(oneByOne.forms(word, word), joined.forms(word, word), word);
                }
            }
        }
        assertTrue(all.size() > 300, "the seed gives hundreds of words: " + all.size());
        assertTrue(together > 0, "some batches were looked up together");
    }
}
