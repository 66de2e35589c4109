package org.arshif.archive.lucene;

import org.arshif.archive.ImportMonitor;
import org.arshif.archive.TestArticles;
import static org.arshif.archive.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-together list brought up to date around a few added articles ({@link GluedWords#afterAdding}) equals the
 * list found afresh from the whole dictionary ({@link GluedWords#build}) after every import, whatever the batches
 * and their order: real Arabic sentences (the bundled seed), with lost spaces planted so that words enter the list,
 * leave it, and change their cut because articles of a later import wrote their halves.
 */
class GluedWordsIncrementalTest {

    @TempDir
    Path dir;

    private final ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer();

    /** The seed's sentences, without its own run-together words (kept rare: they are in the seed alone). */
    private static List<String> seedSentences() throws IOException {
        try (InputStream in = GluedWordsIncrementalTest.class.getResourceAsStream("/seeds/000_3e452db34f5d0aa1.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("[.،\n]")).map(String::strip)
                    .filter(sentence -> sentence.split(" ").length >= 4)
                    .filter(sentence -> !sentence.contains("نزوحالملايين") && !sentence.contains("يمكنالتحكم"))
                    .toList();
        }
    }

    /**
     * What later imports plant: halves written apart (the seed's نزوحالملايين and يمكنالتحكم become splittable; with
     * نزوح and الملايينالاطفال written apart, نزوحالملايينالاطفال moves to its first cut), and words glued anew
     * (rare at first, listed, then too common to be a slip).
     */
    private static final List<String> PLANTED = List.of("نزوح", "الملايين", "يمكن", "التحكم", "الملايينالاطفال",
            "نزوحالملايينالاطفال", "الاطفال", "نزوحالملايين", "مفاوضاتالسلام", "مفاوضات", "السلام", "جولةالمفاوضات",
            "المعارضةالسورية", "وفدالنظام", "الحكومةالسورية", "مدينةالرياض");

    private static List<Article> base(List<String> sentences) {
        Random random = new Random(7);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> paragraphs = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                paragraphs.add(sentences.get(random.nextInt(sentences.size())) + ".");
            }
            if (i % 4 == 0) {
                paragraphs.add("وصلت وفود نزوحالملايينالاطفال إلى الاطفال في مدينة الرياض مع مفاوضات السلام.");
            }
            articles.add(article("base-" + i, "", LocalDate.of(2017, 1, 1).plusDays(i), "", paragraphs.toArray(String[]::new)));
        }
        return articles;
    }

    private static List<List<Article>> batches(List<String> sentences) {
        Random random = new Random(11);
        List<List<Article>> batches = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            List<Article> batch = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int a = 0; a < size; a++) {
                StringBuilder planted = new StringBuilder();
                for (int w = 0, words = 1 + random.nextInt(3); w < words; w++) {
                    planted.append(PLANTED.get(random.nextInt(PLANTED.size()))).append(' ');
                }
                batch.add(article("batch-" + b + "-" + a, "", LocalDate.of(2018, 1, 1).plusDays(b), "",
                        sentences.get(random.nextInt(sentences.size())) + ".", planted.toString().strip() + "."));
            }
            batches.add(batch);
        }
        return batches;
    }

    @Test
    void theListBroughtUpToDateAroundAddedArticlesEqualsTheListFoundAfresh() throws Exception {
        List<String> sentences = seedSentences();
        List<List<Article>> batches = batches(sentences);
        GluedWords inOrder = importAndCompare(dir.resolve("in-order"), base(sentences), batches);
        List<List<Article>> reversed = new ArrayList<>(batches);
        java.util.Collections.reverse(reversed);
        assertEquals(inOrder, importAndCompare(dir.resolve("reversed"), base(sentences), reversed),
                "the same articles in other batches give the same list");
    }

    /** Imports the base, then each batch, checking the committed list against both ways of finding it. */
    private GluedWords importAndCompare(Path folder, List<Article> base, List<List<Article>> batches) throws Exception {
        boolean enteredFromOutside = false;
        boolean left = false;
        GluedWords committed;
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            archive.importArticles(TestArticles.seeds(), ImportMonitor.NONE);
            archive.importArticles(TestArticles.sourceOf(base), ImportMonitor.NONE);
            committed = committedList(folder);
            for (List<Article> batch : batches) {
                GluedWords before = committed;
                archive.importArticles(TestArticles.sourceOf(batch), ImportMonitor.NONE);
                try (FSDirectory directory = FSDirectory.open(folder);
                     DirectoryReader reader = DirectoryReader.open(directory)) {
                    CommitState state = CommitState.of(reader.getIndexCommit().getUserData());
                    committed = GluedWords.parse(state.glued());
                    GluedWords afresh = GluedWords.build(reader, ArchiveFields.BODY);
                    assertEquals(afresh, committed, "the committed list is the list found afresh");
                    assertEquals(afresh, GluedWords.afterAdding(before, reader, ArchiveFields.BODY,
                            LongPoint.newExactQuery(ArchiveFields.IMPORT, state.generation()), analyzer),
                            "the list brought up to date around the batch is the list found afresh");
                }
                assertTrue(archive.verifyDerivedState());
                Set<String> batchText = new HashSet<>();
                batch.forEach(article -> batchText.addAll(Arrays.asList(article.body().split("[ .\n]+"))));
                Set<String> beforeWords = words(before);
                Set<String> afterWords = words(committed);
                enteredFromOutside |= afterWords.stream().anyMatch(word -> !beforeWords.contains(word)
                        && batchText.stream().noneMatch(written -> ArabicSearchAnalyzer.normaliseWord(written).equals(word)));
                left |= beforeWords.stream().anyMatch(word -> !afterWords.contains(word));
            }
        }
        assertTrue(enteredFromOutside, "a word no added article wrote entered the list (its halves were written)");
        assertTrue(left, "a word left the list");
        assertFalse(words(committed).isEmpty());
        return committed;
    }

    private static GluedWords committedList(Path folder) throws IOException {
        try (FSDirectory directory = FSDirectory.open(folder);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            return GluedWords.parse(CommitState.of(reader.getIndexCommit().getUserData()).glued());
        }
    }

    /** Every glued word of the list, whichever half it is listed under. */
    private static Set<String> words(GluedWords list) {
        Set<String> words = new HashSet<>();
        for (String line : list.serialize().split("\n")) {
            String[] parts = line.split("\t");
            words.addAll(Arrays.asList(parts).subList(1, parts.length));
        }
        return words;
    }
}
