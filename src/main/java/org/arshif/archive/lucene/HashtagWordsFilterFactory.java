package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/** {@link HashtagWordsFilter} by name, for a schema: {@code <filter name="arshifHashtagWords"/>}. Takes no arguments. */
public final class HashtagWordsFilterFactory extends NoArgumentsFilterFactory {

    /** The SPI name. */
    public static final String NAME = "arshifHashtagWords";

    public HashtagWordsFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only. */
    public HashtagWordsFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new HashtagWordsFilter(input);
    }
}
