package org.arshif.archive.lucene;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;

/**
 * {@link ArabicFoldingFilter} by name, for a schema: {@code <filter name="arshifArabicFolding"/>}. Also folds the
 * terms of wildcard and prefix queries ({@link #normalize}), as the local analyzer does. Takes no arguments.
 */
public final class ArabicFoldingFilterFactory extends NoArgumentsFilterFactory {

    /** The SPI name. */
    public static final String NAME = "arshifArabicFolding";

    public ArabicFoldingFilterFactory(Map<String, String> args) {
        super(args);
    }

    /** For the service loader only. */
    public ArabicFoldingFilterFactory() {
        super();
    }

    @Override
    public TokenStream create(TokenStream input) {
        return new ArabicFoldingFilter(input);
    }

    @Override
    public TokenStream normalize(TokenStream input) {
        return create(input);
    }
}
