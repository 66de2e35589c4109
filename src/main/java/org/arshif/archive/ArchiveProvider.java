package org.arshif.archive;

import java.util.Optional;

/**
 * Opens the archives of one kind. The window, the command line and the importer know archives only through this and
 * {@link Archive}; the composition root ({@code org.arshif.Main}) chooses the kind (today the local Lucene index; a
 * shared archive on a search server is the next).
 */
public interface ArchiveProvider {

    /**
     * Opens for reading and writing, creating an empty archive where there is none. An archive written by an older
     * Arshif is first upgraded in place to this version's format, the monitor following it (and able to cancel it).
     *
     * @throws ArchiveLockedException     when another window or command is writing to it
     * @throws ReadOnlyArchiveException   when this user may not change it
     * @throws UpgradeCancelledException  when the monitor cancelled the upgrade: the archive is as it was
     */
    Archive openWritable(ArchiveLocation location, ImportMonitor upgrading) throws ArchiveException;

    /** Opens for reading only: works while another window or command writes to it. */
    Archive openReadOnly(ArchiveLocation location) throws ArchiveException;

    /** Whether there is an archive at the location (a stopped rebuild counts: opening it says so). */
    boolean exists(ArchiveLocation location);

    /** How the archive at the location is rebuilt from its originals, where this kind of archive can be. */
    Optional<ArchiveRebuilding> rebuilding(ArchiveLocation location);

    /**
     * This provider opening as the user of {@code login} (a shared archive's dialog) instead of the user its
     * environment gives; a login that asks to be kept is kept once an open has succeeded with it (an open whose login
     * cannot be kept fails, saying why). An archive that needs no login opens as before.
     */
    default ArchiveProvider loggedIn(ServerLogin login) {
        return this;
    }
}
