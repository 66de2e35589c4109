package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/** {@link LostSpaceFilter} by name, for a schema: {@code <filter name="arshifLostSpace"/>}. Takes no arguments. */
public final class LostSpaceFilterFactory extends NoArgumentsFilterFactory {

    /** The SPI name. */
    public static final String NAME = "arshifLostSpace";

    public LostSpaceFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only. */
    public LostSpaceFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new LostSpaceFilter(input);
    }
}
