package org.arshif.archive;

import java.io.IOException;
import java.util.Optional;
import org.arshif.model.Problem;

/**
 * An archive could not do what was asked; the message says why in words a user can act on (English). Where the
 * refusal has a {@link Problem}, the window says it in its own language from that.
 */
public class ArchiveException extends IOException {
    private final transient Problem problem;

    public ArchiveException(String message) {
        super(message);
        this.problem = null;
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
        this.problem = null;
    }

    public ArchiveException(Problem problem, Throwable cause) {
        super(problem.english(), cause);
        this.problem = problem;
    }

    /** Why, as a code with its values, when the refusal has one. */
    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }
}
