package org.arshif.pdf;

import java.io.IOException;

/** An export could not be written; the message names the file and the reason. No partial file is left. */
public final class PdfExportException extends IOException {
    public PdfExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
