package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.model.ImportProblem;

/**
 * What an archive was imported from: kept in the index's commit with the articles, and copied into {@value #FILE}
 * beside the index (from a source's {@code rereadInstructions}), so that an archive too damaged to read its commit
 * can still be rebuilt from these originals.
 * One line per original: {@code files<TAB>mapping<TAB>absolute path}, or {@code seeds} for the bundled seeds.
 */
public final class ImportHistory {

    public static final String FILE = org.arshif.archive.ArchiveLocation.HISTORY_COPY;
    static final String SEEDS = "seeds";

    /** One original: a file or folder and the field mapping it was read with. */
    public record Original(Path path, FieldMapping mapping) {
    }

    private final boolean seeds;
    private final List<Original> originals;
    private final List<String> lines;
    /** Lines of the copy beside the index that the index's own history does not hold: reported, never read. */
    private final List<String> untrusted;

    private ImportHistory(boolean seeds, List<Original> originals, List<String> lines, List<String> untrusted) {
        this.seeds = seeds;
        this.originals = originals;
        this.lines = lines;
        this.untrusted = untrusted;
    }

    static String filesLine(FieldMapping mapping, Path path) {
        return "files\t" + escape(mapping.spec()) + "\t" + escape(path.toAbsolutePath().normalize().toString());
    }

    /**
     * A field of a line with its line breaks, tabs and percent signs written as %0A, %0D, %09 and %25: a folder named
     * with a line break in it cannot split one original into two lines naming files that were never imported.
     */
    static String escape(String field) {
        return field.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D").replace("\t", "%09");
    }

    static String unescape(String field) {
        return field.replace("%0A", "\n").replace("%0D", "\r").replace("%09", "\t").replace("%25", "%");
    }

    /** The history of the archive in this folder; empty when it has none. */
    public static ImportHistory read(Path archiveFolder) throws IOException {
        Path file = archiveFolder.resolve(FILE);
        return Files.isRegularFile(file) ? of(Files.readAllLines(file, StandardCharsets.UTF_8), List.of())
                : of(List.of(), List.of());
    }

    private static ImportHistory of(List<String> lines, List<String> untrusted) {
        boolean seeds = false;
        Set<Original> originals = new LinkedHashSet<>();
        for (String line : lines) {
            String[] parts = line.split("\t", 3);
            if (parts[0].equals(SEEDS)) {
                seeds = true;
            } else if (parts.length == 3 && parts[0].equals("files")) {
                try {
                    originals.add(new Original(Path.of(unescape(parts[2])), FieldMapping.parse(unescape(parts[1]))));
                } catch (IllegalArgumentException e) { // a bad mapping or path
                    // a line this version cannot read names nothing it could rebuild from
                }
            }
        }
        return new ImportHistory(seeds, List.copyOf(originals), List.copyOf(lines), List.copyOf(untrusted));
    }

    /** This copy's history checked against the one the index committed: only committed lines are kept. */
    public ImportHistory trusting(List<String> committed) {
        List<String> foreign = lines.stream().filter(line -> !line.isBlank() && !committed.contains(line)).toList();
        return of(committed, foreign);
    }

    /** Lines found beside the index but not in the index's own history, as problems to report. */
    public List<ImportProblem> untrusted() {
        return untrusted.stream().map(line -> new ImportProblem(FILE, 0,
                Problem.of(Problem.Code.HISTORY_LINE_UNTRUSTED, line))).toList();
    }

    /** A source of no articles that records the whole history in the archive it is imported into. */
    public ArticleSource asSource() {
        return new ArticleSource() {
            @Override
            public void readInto(ArticleSink sink) {
            }

            @Override
            public List<String> rereadInstructions() {
                return lines;
            }
        };
    }

    public boolean hasSeeds() {
        return seeds;
    }

    public List<Original> originals() {
        return originals;
    }

    /** The originals still on disk. */
    public List<Original> present() {
        return originals.stream().filter(original -> Files.exists(original.path())).toList();
    }

    /** The originals no longer on disk. */
    public List<Path> missing() {
        List<Path> missing = new ArrayList<>();
        originals.stream().filter(original -> !Files.exists(original.path())).forEach(o -> missing.add(o.path()));
        return missing;
    }

    public boolean canRebuild() {
        return seeds || !present().isEmpty();
    }
}
