package org.arshif.archive.lucene;

import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.archive.ImportMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Archives kept in a folder on this machine, as a Lucene index (the only kind the composition root offers today). */
public final class LuceneArchiveProvider implements ArchiveProvider {

    @Override
    public Archive openWritable(ArchiveLocation location, ImportMonitor upgrading) throws ArchiveException {
        return LuceneArchive.open(location.folder(), upgrading);
    }

    @Override
    public Archive openReadOnly(ArchiveLocation location) throws ArchiveException {
        return LuceneArchive.openReadOnly(location.folder());
    }

    @Override
    public boolean exists(ArchiveLocation location) {
        return hasIndex(location.folder()) || new ArchiveRebuild(location.folder()).isUnfinished();
    }

    @Override
    public Optional<ArchiveRebuilding> rebuilding(ArchiveLocation location) {
        return Optional.of(new ArchiveRebuild(location.folder()));
    }

    private static boolean hasIndex(Path folder) {
        try (var files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        } catch (IOException e) {
            return false;
        }
    }
}
