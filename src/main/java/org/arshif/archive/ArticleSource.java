package org.arshif.archive;

import java.io.IOException;

/**
 * Something that yields articles: files on disk, the bundled seeds, a test's list. The archive pulls from it
 * during an import, so records stream through and a file of several GB never has to fit in memory.
 */
@FunctionalInterface
public interface ArticleSource {

    /** Reads every record into the sink, stopping early when the sink is cancelled. */
    void readInto(ArticleSink sink) throws IOException;

    /**
     * How to read the same articles again, one line per original (kept beside the index so that a damaged archive
     * can be rebuilt from its files); empty for a source that cannot be read again.
     */
    default java.util.List<String> rereadInstructions() {
        return java.util.List.of();
    }
}
