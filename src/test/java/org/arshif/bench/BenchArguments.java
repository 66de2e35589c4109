package org.arshif.bench;

import java.nio.file.Path;

/**
 * The arguments the archive benchmarks take: {@code --articles=N}, {@code --work=DIR} and {@code --reuse=DIR} (the
 * indexes an {@link ArchiveBenchmark} run left in {@code WORK/synthetic}, null when not given: a million-article
 * archive takes half an hour to build, so it is built once). Maven's exec:exec passes them as one string, so they
 * are split on spaces here.
 */
record BenchArguments(long articles, Path work, Path reuse) {

    static BenchArguments parse(String[] args, long articles, Path work) {
        Path reuse = null;
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--articles=")) {
                articles = Long.parseLong(arg.substring("--articles=".length()));
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring("--work=".length()));
            } else if (arg.startsWith("--reuse=")) {
                reuse = Path.of(arg.substring("--reuse=".length()));
            }
        }
        return new BenchArguments(articles, work, reuse);
    }
}
