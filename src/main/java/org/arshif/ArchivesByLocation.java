package org.arshif;

import java.util.Optional;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.ServerLogin;

/**
 * The composition root's choice of archive: a folder opens the local Lucene archive, an address
 * ({@code https://HOST:8983/solr/COLLECTION}) the shared archive on SolrCloud. The window and the command line
 * hold this one provider and never know which kind they opened.
 */
final class ArchivesByLocation implements ArchiveProvider {

    private final ArchiveProvider local;
    private final ArchiveProvider shared;

    ArchivesByLocation(ArchiveProvider local, ArchiveProvider shared) {
        this.local = local;
        this.shared = shared;
    }

    private ArchiveProvider of(ArchiveLocation location) {
        return location.isServer() ? shared : local;
    }

    @Override
    public Archive openWritable(ArchiveLocation location, ImportMonitor upgrading) throws ArchiveException {
        return of(location).openWritable(location, upgrading);
    }

    @Override
    public Archive openReadOnly(ArchiveLocation location) throws ArchiveException {
        return of(location).openReadOnly(location);
    }

    @Override
    public boolean exists(ArchiveLocation location) {
        return of(location).exists(location);
    }

    @Override
    public Optional<ArchiveRebuilding> rebuilding(ArchiveLocation location) {
        return of(location).rebuilding(location);
    }

    /** A login is a shared archive's: local archives open as before. */
    @Override
    public ArchiveProvider loggedIn(ServerLogin login) {
        return new ArchivesByLocation(local, shared.loggedIn(login));
    }
}
