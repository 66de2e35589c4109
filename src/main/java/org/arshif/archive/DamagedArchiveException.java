package org.arshif.archive;

/**
 * The archive's index files are damaged (truncated, overwritten, missing, or failing their checksums): the archive
 * cannot be trusted, and can be rebuilt from the files it was imported from when they are still there.
 */
public final class DamagedArchiveException extends ArchiveException {
    public DamagedArchiveException(org.arshif.model.Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
