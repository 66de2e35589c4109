package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;

/**
 * A factory of one of Arshif's filters, which take no arguments: a schema that gives one is refused (a misspelt
 * argument would otherwise be ignored, and the cluster would analyse differently from the laptop without a word).
 */
abstract class NoArgumentsFilterFactory extends TokenFilterFactory {

    NoArgumentsFilterFactory(Map<String, String> args) {
        super(args);
        if (!args.isEmpty()) {
            throw new IllegalArgumentException("Unknown parameters: " + args);
        }
    }

    /** For the service loader only (Lucene's rule: each factory has a public constructor without arguments). */
    NoArgumentsFilterFactory() {
        throw defaultCtorException();
    }
}
