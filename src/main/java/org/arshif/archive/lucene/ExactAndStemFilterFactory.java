package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link ExactAndStemFilter} by name, for a schema: {@code <filter name="arshifExactAndStem"/>}, with Lucene's Arabic
 * stop words folded (the only list the local archive uses, so the two rank alike). Takes no arguments.
 */
public final class ExactAndStemFilterFactory extends NoArgumentsFilterFactory {

    /** The SPI name. */
    public static final String NAME = "arshifExactAndStem";

    private final CharArraySet stopWords = ExactAndStemFilter.defaultStopWords();

    public ExactAndStemFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only. */
    public ExactAndStemFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ExactAndStemFilter(input, stopWords);
    }
}
