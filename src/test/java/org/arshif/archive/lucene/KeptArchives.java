package org.arshif.archive.lucene;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ImportMonitor;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * Archives written by earlier builds of Arshif and kept in the test resources ({@code archives/format-N}), with the
 * sources they were imported from and the answers those builds gave to twenty searches ({@code format-N-searches.tsv}).
 */
public final class KeptArchives {

    private KeptArchives() {
    }

    public static Path resource(String name) {
        try {
            return Path.of(KeptArchives.class.getResource("/archives/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy of the kept archive {@code format-N} in {@code into}: tests never touch the kept one. */
    public static Path copyOf(String archive, Path into) throws IOException {
        Path from = resource(archive);
        Path to = into.resolve(archive);
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
        return to;
    }

    /** A fresh archive in {@code folder}: the kept archives' two imports, made by this build. */
    public static void importSources(Path folder) throws ArchiveException {
        try (LuceneArchive archive = LuceneArchive.open(folder)) {
            for (String source : List.of("source", "source-update")) {
                archive.importArticles(new FileImporter(List.of(resource(source)), FieldMapping.DEFAULT),
                        ImportMonitor.NONE);
            }
        }
    }

    /** The twenty searches and the ids the build that wrote {@code format-N} answered, in order. */
    public static Map<String, List<String>> recordedSearches(String archive) throws IOException {
        Map<String, List<String>> searches = new LinkedHashMap<>();
        for (String line : Files.readAllLines(resource(archive + "-searches.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                String[] columns = line.split("\t", -1);
                searches.put(columns[0], columns[1].isEmpty() ? List.of() : List.of(columns[1].split(" ")));
            }
        }
        return searches;
    }

    /** The archive's answers to the same searches: the ids of the first ten hits, by relevance. */
    public static Map<String, List<String>> answers(Archive archive, Iterable<String> queries) throws ArchiveException {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String query : queries) {
            List<String> ids = new ArrayList<>();
            for (SearchHit hit : archive.search(new SearchQuery(query, null, null, null, SortOrder.RELEVANCE, 0, 10))
                    .hits()) {
                ids.add(hit.id());
            }
            answers.put(query, ids);
        }
        return answers;
    }

    /** The format the archive's last commit records, read without opening it as an archive. */
    public static int formatOnDisk(Path folder) throws IOException {
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(folder)) {
            return CommitState.formatOf(org.apache.lucene.index.SegmentInfos.readLatestCommit(directory).getUserData());
        }
    }
}
