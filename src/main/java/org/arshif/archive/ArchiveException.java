package org.arshif.archive;

import java.io.IOException;

/** An archive could not do what was asked; the message says why in words a user can act on. */
public class ArchiveException extends IOException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
