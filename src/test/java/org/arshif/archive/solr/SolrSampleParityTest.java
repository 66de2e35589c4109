package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared archive against the local one on real news, where the SaudiNewsNet sample is given
 * ({@code -Darshif.corpus=DIR}, its folder of zips; CI has none and skips this): the sample imported once into each,
 * as a user imports it ({@code --map date=date_extracted,body=content}), then the same searches — the words a hostile
 * review found ranked otherwise, and words, pairs and phrases drawn from the titles and bodies — must give the same
 * totals, the same first ten in order with their copies, the same days and months, and the same scores.
 */
class SolrSampleParityTest {

    private static final int DRAWN = 60;

    @TempDir
    Path temp;

    @Test
    void theClusterAnswersTheSampleAsTheLocalArchive() throws Exception {
        String corpus = System.getProperty("arshif.corpus");
        Assumptions.assumeTrue(corpus != null, "no -Darshif.corpus=DIR: the sample's comparison is not run");
        List<Path> zips;
        try (Stream<Path> files = Files.list(Path.of(corpus))) {
            zips = files.filter(file -> file.toString().endsWith(".zip")).sorted().toList();
        }
        FieldMapping mapping = FieldMapping.parse("date=date_extracted,body=content");
        ArchiveLocation location = SharedCluster.newCollection("sample");
        new SolrArchiveProvider(() -> java.util.Optional.of(new SolrCredentials(SharedCluster.ADMIN,
                SharedCluster.PASSWORD)), 2, 2, 120).openWritable(location, ImportMonitor.NONE).close();
        try (LuceneArchive local = LuceneArchive.open(temp.resolve("local"));
             Archive shared = SharedCluster.provider(SharedCluster.INDEXER, SharedCluster.PASSWORD)
                     .openWritable(location, ImportMonitor.NONE)) {
            ImportReport here = local.importArticles(new FileImporter(zips, mapping), ImportMonitor.NONE);
            ImportReport there = shared.importArticles(new FileImporter(zips, mapping), ImportMonitor.NONE);
            assertEquals(here.imported(), there.imported());
            assertEquals(local.stats(), shared.stats());

            List<SearchQuery> queries = queries(local);
            List<String> differing = new ArrayList<>();
            int found = 0;
            for (SearchQuery query : queries) {
                SearchResult expected = local.search(query);
                SearchResult answer = shared.search(query);
                found += expected.total() > 0 ? 1 : 0;
                String label = query.text() + " " + query.sort();
                if (!SolrArchiveTest.summary(expected).equals(SolrArchiveTest.summary(answer))) {
                    differing.add(label + "\n  local:  " + SolrArchiveTest.summary(expected)
                            + "\n  shared: " + SolrArchiveTest.summary(answer));
                } else if (!SolrArchiveTest.scores(expected).equals(SolrArchiveTest.scores(answer))) {
                    differing.add(label + " scores\n  local:  " + SolrArchiveTest.scores(expected)
                            + "\n  shared: " + SolrArchiveTest.scores(answer));
                }
            }
            System.out.printf(Locale.ROOT, "SolrSampleParityTest: %d articles; %d searches (%d find something),"
                    + " %d alike in totals, first ten, copies, days, months and scores%n", here.imported(),
                    queries.size(), found, queries.size() - differing.size());
            assertTrue(queries.size() >= 50 && found >= 50, queries.size() + " searches, " + found + " find some");
            assertEquals(List.of(), differing);
        }
    }

    /** The review's words, then words, pairs and phrases of the sample's own titles and bodies, a blank search. */
    private static List<SearchQuery> queries(LuceneArchive local) throws Exception {
        Set<String> texts = new LinkedHashSet<>(List.of("مكتب", "\"عاصفة الحزم\"", "المملكة العربية السعودية",
                "وزارة الصحة", "النفط OR الاقتصاد", "الرياض -جدة", "title:الأمير"));
        List<SearchHit> all = local.search(SearchQuery.of("").withPage(0, 5_000)).hits();
        Random random = new Random(11);
        while (texts.size() < 7 + DRAWN) {
            SearchHit hit = all.get(random.nextInt(all.size()));
            String[] words = (random.nextBoolean() ? hit.title() : local.get(hit.id()).orElseThrow().body())
                    .replaceAll("[\\p{Punct}،؛؟«»0-9٠-٩]", " ").trim().split("\\s+");
            if (words.length < 4) {
                continue;
            }
            int at = random.nextInt(words.length - 3);
            texts.add(switch (texts.size() % 3) {
                case 0 -> words[at];
                case 1 -> words[at] + " " + words[at + 1];
                default -> "\"" + words[at] + " " + words[at + 1] + " " + words[at + 2] + "\"";
            });
        }
        List<SearchQuery> queries = new ArrayList<>();
        for (String text : texts) {
            queries.add(SearchQuery.of(text).withPage(0, 10));
        }
        queries.add(SearchQuery.of("").withPage(0, 10).withSort(SortOrder.NEWEST));
        queries.add(SearchQuery.of("السعودية").withPage(0, 10).withSort(SortOrder.NEWEST));
        return queries;
    }
}
