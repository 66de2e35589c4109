package org.arshif.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.LuceneArchive;

/** Opens the archive at a location the way the app and the command line both need it. */
public final class ArchiveOpener {

    private ArchiveOpener() {
    }

    /**
     * Opens for reading and writing. The default archive, when empty, first imports the bundled seeds so that
     * a fresh install has something to show.
     */
    public static LuceneArchive openWritable(ArchiveLocation location, ImportMonitor monitor) throws ArchiveException {
        LuceneArchive archive = LuceneArchive.open(location.folder());
        if (location.isDefault() && archive.stats().articles() == 0) {
            try {
                archive.importArticles(new BundledSeeds(), monitor);
            } catch (ArchiveException e) {
                archive.close();
                throw e;
            }
        }
        return archive;
    }

    /**
     * Opens for reading: read-only when the archive exists (so it works while another window imports), or
     * created (and seeded, if default) when it does not exist yet.
     */
    public static LuceneArchive openReadable(ArchiveLocation location) throws ArchiveException {
        if (!hasIndex(location.folder()) && !org.arshif.archive.ArchiveRebuild.isUnfinished(location.folder())) {
            if (!location.isDefault()) {
                throw new ArchiveException("there is no archive in " + location.folder()
                        + " (import articles into it first)");
            }
            openWritable(location, ImportMonitor.NONE).close();
        }
        return LuceneArchive.openReadOnly(location.folder());
    }

    private static boolean hasIndex(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
