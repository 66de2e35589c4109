package org.arshif.archive;

/** The archive exists but this user may not change it: it is opened read-only instead. */
public final class ReadOnlyArchiveException extends ArchiveException {
    public ReadOnlyArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
