package org.arshif.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How an archive kept in a folder is rebuilt from the files it was imported from: its index is set aside and a new
 * one is filled. A rebuild stopped midway leaves a mark: every open says so until it is run again and finished.
 */
public interface ArchiveRebuilding {

    /** The archive's folder: the copy of its import history and the index set aside are there. */
    Path folder();

    /** True when a rebuild was started and has not finished. */
    boolean isUnfinished();

    /**
     * Starts (or resumes) the rebuild: takes the archive from every other process, refuses a sound archive unless
     * {@code force}, sets the index aside, and opens an empty archive in its place.
     */
    Started start(boolean force) throws ArchiveException;

    /** Marks the rebuild finished: the archive opens normally again. */
    void finish() throws ArchiveException;

    /**
     * The import history kept in the index's last commit when it can still be read (during a rebuild, the commit of
     * the index set aside): trusted over the copy beside the index, which anyone could have edited.
     */
    Optional<List<String>> committedHistory();

    /** The archive to import the originals into, and where the index that was replaced was kept. */
    record Started(Archive archive, Path aside) {
    }
}
