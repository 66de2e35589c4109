package org.arshif.pdf;

import org.arshif.model.Problem;

/**
 * An export could not be written; the message names the file and the reason (English), and the problem lets the
 * window say it in its own language. No partial file is left.
 */
public final class PdfExportException extends Problem.Failed {
    public PdfExportException(Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
