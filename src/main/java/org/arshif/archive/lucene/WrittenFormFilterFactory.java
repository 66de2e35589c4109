package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link WrittenFormFilter} by name, for a schema: {@code <filter name="arshifWrittenForm"/>}, after
 * {@code arshifExactAndStem}, with the same stop words. Takes no arguments.
 */
public final class WrittenFormFilterFactory extends NoArgumentsFilterFactory {

    /** The SPI name. */
    public static final String NAME = "arshifWrittenForm";

    private final CharArraySet stopWords = ExactAndStemFilter.defaultStopWords();

    public WrittenFormFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only. */
    public WrittenFormFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new WrittenFormFilter(input, stopWords);
    }
}
