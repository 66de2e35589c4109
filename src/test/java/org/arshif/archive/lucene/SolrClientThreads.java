package org.arshif.archive.lucene;

import com.carrotsearch.randomizedtesting.ThreadFilter;

/**
 * The HTTP client threads of SolrJ ({@code h2sc-…}) are not these suites' leaks: surefire runs the shared archive's
 * test classes in the same JVM, and a client's pool can start a thread while an analysis suite runs (CI, 1 December:
 * {@code ExactAndStemFilterTest} failed on one). The filters under test start no thread of their own.
 */
public final class SolrClientThreads implements ThreadFilter {

    @Override
    public boolean reject(Thread thread) {
        return thread.getName().startsWith("h2sc-");
    }
}
