package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.arshif.archive.CollectingSink;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.Article;
import org.arshif.model.ArticleCollection;
import org.arshif.model.ContentIds;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record without an id or a url gets an id from its content and its source: the same story printed by several
 * papers is one article per paper, grouped as copies (it was one article, the last paper's, the others lost: «69
 * records gave an id given earlier … the last of each was kept»). An archive whose ids were derived without the source
 * (format 3 and before) has them derived again by its upgrade, its collections following, so that importing its file
 * again brings back the lost papers and duplicates nothing.
 */
class SourcedIdsTest {

    static final String STORY = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة تبوك بسعة ثلاثمئة سرير، ويضم"
            + " المستشفى أقساماً للطوارئ والعناية المركزة وجراحة القلب، وقال المتحدث باسم الوزارة إن المشروع جزء من خطة"
            + " لرفع عدد الأسرة في المناطق الشمالية.";
    static final List<String> PAPERS = List.of("واس", "الرياض", "عكاظ", "المدينة", "اليوم");

    @TempDir
    Path dir;
    Path file;

    /** The wire story printed by five papers, none with an id or a url, and two stories of one paper each. */
    @BeforeEach
    void writeFile() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (String paper : PAPERS) {
            json.append("{\"title\": \"افتتاح مستشفى تبوك\", \"date\": \"2015-07-22\", \"source\": \"").append(paper)
                    .append("\", \"content\": \"").append(STORY).append("\"},\n");
        }
        json.append("""
                {"title": "أمطار على جدة", "date": "2015-07-23", "source": "عكاظ",
                 "content": "هطلت أمطار غزيرة على جدة مساء أمس وأغلقت عدداً من الأنفاق وسط المدينة وقال الدفاع المدني إنه لم تسجل إصابات."},
                {"title": "معرض الكتاب", "date": "2015-07-24", "source": "الرياض",
                 "content": "افتتح معرض الرياض الدولي للكتاب أبوابه بمشاركة خمسمئة دار نشر من ثلاثين دولة عربية وأجنبية."}]""");
        file = Files.writeString(dir.resolve("news.json"), json);
    }

    private FileImporter source() {
        return new FileImporter(List.of(file), FieldMapping.DEFAULT);
    }

    @Test
    void theSameRecordFromFiveSourcesIsFiveArticlesShownAsOneTextWithItsCopies() throws Exception {
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importArticles(source(), ImportMonitor.NONE);
            assertEquals(List.of(7L, 0L, 0L), List.of(report.added(), report.updated(), report.repeated()),
                    "no paper's record taken for another's");
            SearchResult story = archive.search(SearchQuery.of("مستشفى تبوك"));
            assertEquals(1, story.total());
            SearchHit hit = story.hits().getFirst();
            List<String> sources = new ArrayList<>(hit.copies().stream().map(copy -> copy.source()).toList());
            sources.add(hit.source());
            assertEquals(PAPERS.stream().sorted().toList(), sources.stream().sorted().toList());
            ImportReport again = archive.importArticles(source(), ImportMonitor.NONE);
            assertEquals(List.of(0L, 0L, 7L), List.of(again.added(), again.updated(), again.unchanged()),
                    "the same file again: unchanged");
        }
    }

    @Test
    void anArchiveWithIdsDerivedWithoutSourcesIsUpgradedItsCollectionsFollowAndItsFileAgainDuplicatesNothing()
            throws Exception {
        Path folder = dir.resolve("old");
        Map<String, Article> oldArchive = writeFormat3Archive(folder);
        assertEquals(3, oldArchive.size(), "the old rule kept one of the five papers");
        Article kept = oldArchive.values().stream().filter(article -> article.title().contains("مستشفى"))
                .findFirst().orElseThrow();
        Article rain = oldArchive.values().stream().filter(article -> article.title().contains("أمطار"))
                .findFirst().orElseThrow();
        CollectionFile shelf = new CollectionFile(folder, true);
        shelf.create("تبوك");
        shelf.save(shelf.all().getFirst().with(List.of(kept.id(), rain.id())).withNote(kept.id(), "نسخة الوكالة؟"));

        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(CommitState.FORMAT, archive.formatVersion());
            assertEquals(3, archive.stats().articles(), "the upgrade loses nothing and adds nothing");
            String keptNow = ContentIds.of(kept.title(), kept.date(), kept.paragraphs(), kept.source());
            String rainNow = ContentIds.of(rain.title(), rain.date(), rain.paragraphs(), rain.source());
            assertEquals(kept.source(), archive.get(keptNow).orElseThrow().source());
            ArticleCollection tabuk = archive.collections().orElseThrow().all().getFirst();
            assertEquals(List.of(new ArticleCollection.Entry(keptNow, "نسخة الوكالة؟"),
                    new ArticleCollection.Entry(rainNow, "")), tabuk.entries(), "the collection follows its articles");

            ImportReport again = archive.importArticles(source(), ImportMonitor.NONE);
            assertEquals(List.of(4L, 0L, 3L, 0L), List.of(again.added(), again.updated(), again.unchanged(),
                    again.repeated()), "the four lost papers come back; the three kept articles are unchanged, not doubled");
            assertEquals(7, archive.stats().articles());
            assertEquals(List.of(0L, 7L), List.of(archive.importArticles(source(), ImportMonitor.NONE).added(),
                    7L), "and the file once more adds nothing");
            SearchResult story = archive.search(SearchQuery.of("مستشفى تبوك"));
            assertEquals(1, story.total());
            assertEquals(4, story.hits().getFirst().copies().size());
            assertTrue(archive.verifyDerivedState());
            for (ArticleCollection.Entry entry : archive.collections().orElseThrow().all().getFirst().entries()) {
                assertTrue(archive.get(entry.articleId()).isPresent(), entry.articleId());
            }
        }
    }

    @Test
    void collectionsLeftWithTheOldIdsByACrashAfterTheUpgradesCommitAreRewrittenAtTheNextOpen() throws Exception {
        Path folder = dir.resolve("old");
        Map<String, Article> oldArchive = writeFormat3Archive(folder);
        Article kept = oldArchive.values().stream().filter(article -> article.title().contains("مستشفى"))
                .findFirst().orElseThrow();
        CollectionFile shelf = new CollectionFile(folder, true);
        shelf.create("تبوك");
        shelf.save(shelf.all().getFirst().with(List.of(kept.id())));
        byte[] before = Files.readAllBytes(folder.resolve(CollectionFile.NAME));
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            assertEquals(CommitState.FORMAT, archive.formatVersion());
        }
        Files.write(folder.resolve(CollectionFile.NAME), before); // as a crash right after the upgrade's commit leaves it
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            String id = archive.collections().orElseThrow().all().getFirst().entries().getFirst().articleId();
            assertEquals(ContentIds.of(kept.title(), kept.date(), kept.paragraphs(), kept.source()), id);
            assertTrue(archive.get(id).isPresent());
        }
    }

    /**
     * The file imported as format 3 did: ids from content without the source, a later record with the same id
     * replacing the earlier one. Returns the stored articles by id.
     */
    private Map<String, Article> writeFormat3Archive(Path folder) throws Exception {
        LuceneArchive.open(folder).close();
        Map<String, Article> stored = new HashMap<>();
        for (Article article : CollectingSink.readAll(source()).articles) {
            String oldId = ContentIds.withoutSource(article.title(), article.date(), article.paragraphs());
            stored.put(oldId, new Article(oldId, article.title(), article.titleDerived(), article.date(),
                    article.source(), article.author(), article.url(), article.paragraphs(), article.origin(),
                    article.dateRaw()));
        }
        try (var directory = FSDirectory.open(folder);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new ArabicSearchAnalyzer()))) {
            for (Article article : stored.values()) {
                writer.updateDocument(new Term(ArchiveFields.ID, article.id()), ArticleDocuments.toDocument(article, 1));
            }
            Map<String, String> data = new HashMap<>(new CommitState(false, 1,
                    List.of("files\tdefault\t" + file), "").userData());
            data.put("arshif.format", "3");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        return stored;
    }
}
