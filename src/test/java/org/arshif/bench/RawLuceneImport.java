package org.arshif.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Raw Lucene's whole import as a process of its own, the reference {@link ImportProcessBenchmark} times from JVM
 * start to exit: {@link RawLuceneBaseline} ({@code ArabicAnalyzer}, one writer, one commit) over JSON or zipped JSON.
 *
 * <pre>java -cp ... org.arshif.bench.RawLuceneImport INDEX_DIR DATE_FIELD FILE...</pre>
 */
public final class RawLuceneImport {

    private RawLuceneImport() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = Arrays.stream(args).skip(2).map(Path::of).toList();
        try (RawLuceneBaseline raw = new RawLuceneBaseline(Path.of(args[0]))) {
            System.out.println(raw.index(files, args[1]) + " documents");
        }
    }
}
