package org.arshif.archive;

/** Another window or command is writing to the archive; it can still be opened read-only. */
public final class ArchiveLockedException extends ArchiveException {
    public ArchiveLockedException(org.arshif.model.Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
