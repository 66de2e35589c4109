package org.arshif.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What an archive was imported from, kept in {@value #FILE} beside its index (written by the archive after each
 * import from a source's {@code rereadInstructions}): a damaged archive can be rebuilt from these originals.
 * One line per original: {@code files<TAB>mapping<TAB>absolute path}, or {@code seeds} for the bundled seeds.
 */
public final class ImportHistory {

    public static final String FILE = org.arshif.archive.LuceneArchive.IMPORT_HISTORY;
    static final String SEEDS = "seeds";

    /** One original: a file or folder and the field mapping it was read with. */
    public record Original(Path path, FieldMapping mapping) {
    }

    private final boolean seeds;
    private final List<Original> originals;

    private ImportHistory(boolean seeds, List<Original> originals) {
        this.seeds = seeds;
        this.originals = originals;
    }

    static String filesLine(FieldMapping mapping, Path path) {
        return "files\t" + mapping.spec() + "\t" + path.toAbsolutePath().normalize();
    }

    /** The history of the archive in this folder; empty when it has none. */
    public static ImportHistory read(Path archiveFolder) throws IOException {
        Path file = archiveFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new ImportHistory(false, List.of());
        }
        boolean seeds = false;
        Set<Original> originals = new LinkedHashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            if (parts[0].equals(SEEDS)) {
                seeds = true;
            } else if (parts.length == 3 && parts[0].equals("files")) {
                try {
                    originals.add(new Original(Path.of(parts[2]), FieldMapping.parse(parts[1])));
                } catch (IllegalArgumentException e) { // a bad mapping or path
                    // a line this version cannot read names nothing it could rebuild from
                }
            }
        }
        return new ImportHistory(seeds, List.copyOf(originals));
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
