package org.arshif.importer;

import java.io.IOException;
import org.arshif.model.Problem;

/**
 * An input, or a part of one, that the importer refuses, with its {@link Problem} for the import report (said in the
 * window's language or the command line's). Each kind of refusal is a subclass, caught where it is handled.
 */
abstract class RefusedInputException extends IOException {

    private final transient Problem problem;

    RefusedInputException(Problem problem) {
        super(problem.english());
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
