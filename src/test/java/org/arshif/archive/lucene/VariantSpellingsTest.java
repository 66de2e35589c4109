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
        List<String> all = wordsOfTheSeedAndTheSample(folder);
        int[] together = {0};
        inBatches(folder, all, (reader, batch) -> {
            VariantSpellings oneByOne = new VariantSpellings(reader);
            VariantSpellings joined = new VariantSpellings(reader);
            together[0] += joined.findForms(batch) ? 1 : 0;
            for (String word : batch) {
                assertEquals(oneByOne.forms(word, word), joined.forms(word, word), word);
            }
        });
        assertTrue(all.size() > 300, "the seed gives hundreds of words: " + all.size());
        assertTrue(together[0] > 0, "some batches were looked up together");
    }

    /**
     * A word's inflections are found in the same walk of the vocabulary as its own forms: they are the inflections
     * a walk of their own finds (a word whose forms a long query found together is walked again for them).
     */
    @Test
    void inflectionsFoundWithTheWordsOwnFormsAreThoseFoundOnTheirOwn() throws Exception {
        Path folder = dir.resolve("archive");
        int[] inflected = {0};
        inBatches(folder, wordsOfTheSeedAndTheSample(folder), (reader, batch) -> {
            VariantSpellings inOneWalk = new VariantSpellings(reader);
            VariantSpellings walkedApart = new VariantSpellings(reader);
            if (!walkedApart.findForms(batch)) {
                return; // too many shapes to join: each word then walks on its own in both
            }
            for (String word : batch) {
                List<String> found = inOneWalk.inflected(word, word);
                assertEquals(walkedApart.inflected(word, word), found, word);
                inflected[0] += found.isEmpty() ? 0 : 1;
            }
        });
        assertTrue(inflected[0] > 15, "words have inflections in the archive: " + inflected[0]);
    }

    /** Something done with each batch of the words, as many as a long query's marks take, on the archive's index. */
    private interface BatchCheck {
        void check(DirectoryReader reader, List<String> batch);
    }

    private static void inBatches(Path folder, List<String> words, BatchCheck check) throws Exception {
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (int from = 0; from < words.size(); from += QueryBuilder.MAX_LONG_WORDS) {
                check.check(reader, words.subList(from, Math.min(words.size(), from + QueryBuilder.MAX_LONG_WORDS)));
            }
        }
    }

    /** The normalised words of the seed and the test articles, and a few the archive holds in no form. */
    private List<String> wordsOfTheSeedAndTheSample(Path folder) throws Exception {
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
        return new ArrayList<>(words);
    }
}
