package org.arshif.archive;

/** The archive exists but this user may not change it: it is opened read-only instead. */
public final class ReadOnlyArchiveException extends ArchiveException {
    public ReadOnlyArchiveException(org.arshif.model.Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
