package org.arshif.pdf;

import java.io.IOException;
import org.arshif.model.Problem;

/**
 * An export could not be written; the message names the file and the reason (English), and the problem lets the
 * window say it in its own language. No partial file is left.
 */
public final class PdfExportException extends IOException {
    private final transient Problem problem;

    public PdfExportException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    /** Why, as a code with its values. */
    public Problem problem() {
        return problem;
    }
}
