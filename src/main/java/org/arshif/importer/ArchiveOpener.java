package org.arshif.importer;

import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ImportMonitor;
import org.arshif.model.Problem;

/** Opens the archive at a location the way the app and the command line both need it, from the archives' provider. */
public final class ArchiveOpener {

    private final ArchiveProvider provider;

    public ArchiveOpener(ArchiveProvider provider) {
        this.provider = provider;
    }

    /** The provider opened from: for what only it knows (rebuilding). */
    public ArchiveProvider provider() {
        return provider;
    }

    /**
     * Opens for reading and writing, upgrading in place an archive written by an older Arshif. The default archive,
     * when empty, first imports the bundled seeds so that a fresh install has something to show. The monitor follows
     * the upgrade or the seeds' import, whichever there is.
     */
    public Archive openWritable(ArchiveLocation location, ImportMonitor monitor) throws ArchiveException {
        Archive archive = provider.openWritable(location, monitor);
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
    public Archive openReadable(ArchiveLocation location) throws ArchiveException {
        // A shared archive's missing collection is the cluster's to say (a mistyped name, not an archive to fill).
        if (location.server() == null && !provider.exists(location)) {
            if (!location.isDefault()) {
                throw new ArchiveException(Problem.of(Problem.Code.NO_ARCHIVE_IMPORT_FIRST, location), null);
            }
            openWritable(location, ImportMonitor.NONE).close();
        }
        return provider.openReadOnly(location);
    }
}
