package org.arshif.bench;

import java.nio.file.Path;

/**
 * The two arguments the archive benchmarks take: {@code --articles=N} and {@code --work=DIR}. Maven's exec:exec
 * passes them as one string, so they are split on spaces here.
 */
record BenchArguments(long articles, Path work) {

    static BenchArguments parse(String[] args, long articles, Path work) {
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.startsWith("--articles=")) {
                articles = Long.parseLong(arg.substring("--articles=".length()));
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring("--work=".length()));
            }
        }
        return new BenchArguments(articles, work);
    }
}
