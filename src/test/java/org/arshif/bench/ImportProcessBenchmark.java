package org.arshif.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * An import as the user runs it, a whole process from JVM start to exit: {@code arshif import} of the SaudiNewsNet
 * sample's zip files against raw Lucene's import of the same files ({@link RawLuceneImport}) in a process of its
 * own, with the same JVM, flags and class path, alternating which goes first. Medians of the rounds, of the wall
 * time and of the CPU time each process used.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.bench.ImportProcessBenchmark \
 *     -Dbench.args="--rounds=5"</pre>
 *
 * Options: {@code --corpus=DIR} (default {@code ../shared/corpus/saudinewsnet-sample}, its {@code *.zip}),
 * {@code --rounds=N} (default 5), {@code --heap=SIZE} for both processes (default 1g), {@code --work=DIR},
 * {@code --jfr=true} to record the last Arshif import with Java Flight Recorder in {@code WORK/arshif.jfr},
 * {@code --before=JAR} to time, in the same rounds, also the import of an earlier Arshif (a jar of its classes, put
 * ahead of the class path) for a before/after of a change, {@code --floor=true} to time, in the same rounds, also
 * {@link ArchiveDocumentsImport} (raw Lucene's import writing the archive's documents: what Lucene alone costs for
 * what the archive holds).
 */
public final class ImportProcessBenchmark {

    private ImportProcessBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("../shared/corpus/saudinewsnet-sample");
        Path work = Path.of("target/bench-import-process");
        int rounds = 5;
        String heap = "1g";
        boolean jfr = false;
        String before = "";
        boolean floor = false;
        for (String arg : String.join(" ", args).trim().split("\\s+")) { // exec:exec passes them as one
            if (arg.startsWith("--corpus=")) {
                corpus = Path.of(arg.substring("--corpus=".length()));
            } else if (arg.startsWith("--work=")) {
                work = Path.of(arg.substring("--work=".length()));
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else if (arg.startsWith("--heap=")) {
                heap = arg.substring("--heap=".length());
            } else if (arg.startsWith("--before=")) {
                before = arg.substring("--before=".length());
            } else if (arg.startsWith("--floor=")) {
                floor = Boolean.parseBoolean(arg.substring("--floor=".length()));
            } else if (arg.startsWith("--jfr=")) {
                jfr = Boolean.parseBoolean(arg.substring("--jfr=".length()));
            }
        }
        List<String> zips;
        try (var files = Files.list(corpus)) {
            zips = files.filter(f -> f.toString().endsWith(".zip")).sorted().map(Path::toString).toList();
        }
        if (zips.isEmpty()) {
            System.out.println("No zip files in " + corpus + ": nothing to measure");
            return;
        }
        Files.createDirectories(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        List<String> jvm = List.of(java, "-Xmx" + heap, "-cp", classPath);
        long[] raw = new long[rounds];
        long[] arshif = new long[rounds];
        long[] rawCpu = new long[rounds];
        long[] arshifCpu = new long[rounds];
        long[] earlier = new long[rounds];
        long[] earlierCpu = new long[rounds];
        long[] floorWall = new long[rounds];
        long[] floorCpu = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            Path rawIndex = work.resolve("raw");
            Path archive = work.resolve("arshif");
            delete(rawIndex);
            delete(archive);
            List<String> rawCommand = new ArrayList<>(jvm);
            rawCommand.addAll(List.of(RawLuceneImport.class.getName(), rawIndex.toString(), "date_extracted"));
            rawCommand.addAll(zips);
            List<String> arshifCommand = new ArrayList<>(jvm);
            if (jfr && round == rounds - 1) {
                arshifCommand.add(2, "-XX:StartFlightRecording=filename=" + work.resolve("arshif.jfr") + ",settings=profile");
            }
            arshifCommand.addAll(List.of("org.arshif.Main", "import", "--archive=" + archive,
                    "--map", "date=date_extracted,body=content"));
            arshifCommand.addAll(zips);
            long[] rawRun;
            long[] arshifRun;
            if (round % 2 == 0) {
                rawRun = run(rawCommand, work);
                arshifRun = run(arshifCommand, work);
            } else {
                arshifRun = run(arshifCommand, work);
                rawRun = run(rawCommand, work);
            }
            if (!before.isEmpty()) { // the earlier code last, its place in the order the same every round
                List<String> earlierCommand = new ArrayList<>(arshifCommand);
                earlierCommand.set(earlierCommand.indexOf("-cp") + 1, before + File.pathSeparator + classPath);
                earlierCommand.removeIf(part -> part.startsWith("-XX:StartFlightRecording"));
                delete(archive);
                long[] earlierRun = run(earlierCommand, work);
                earlier[round] = earlierRun[0];
                earlierCpu[round] = earlierRun[1];
                System.out.printf(Locale.ROOT, "round %d: Arshif before %.2f s (CPU %.2f s)%n", round,
                        earlier[round] / 1e9, earlierCpu[round] / 1e9);
            }
            if (floor) { // after the others, its place in the order the same every round
                delete(rawIndex);
                List<String> floorCommand = new ArrayList<>(jvm);
                floorCommand.addAll(List.of(ArchiveDocumentsImport.class.getName(), rawIndex.toString(),
                        "date_extracted"));
                floorCommand.addAll(zips);
                long[] floorRun = run(floorCommand, work);
                floorWall[round] = floorRun[0];
                floorCpu[round] = floorRun[1];
                System.out.printf(Locale.ROOT, "round %d: Lucene writing the archive's documents %.2f s (CPU %.2f s)%n",
                        round, floorWall[round] / 1e9, floorCpu[round] / 1e9);
            }
            raw[round] = rawRun[0];
            rawCpu[round] = rawRun[1];
            arshif[round] = arshifRun[0];
            arshifCpu[round] = arshifRun[1];
            System.out.printf(Locale.ROOT, "round %d: raw %.2f s (CPU %.2f s), Arshif %.2f s (CPU %.2f s)%n", round,
                    raw[round] / 1e9, rawCpu[round] / 1e9, arshif[round] / 1e9, arshifCpu[round] / 1e9);
        }
        double rawSeconds = median(raw) / 1e9;
        double arshifSeconds = median(arshif) / 1e9;
        System.out.printf(Locale.ROOT, "%nWhole import process of %s (median of %d, -Xmx%s):%n", zips, rounds, heap);
        double rawCpuSeconds = median(rawCpu) / 1e9;
        double arshifCpuSeconds = median(arshifCpu) / 1e9;
        System.out.printf(Locale.ROOT, "| raw Lucene (ArabicAnalyzer, 1 thread), JVM start to exit | %.2f s | 1.00 "
                + "| CPU %.2f s | 1.00 |%n", rawSeconds, rawCpuSeconds);
        System.out.printf(Locale.ROOT, "| arshif import, JVM start to exit | %.2f s | %.2f | CPU %.2f s | %.2f |%n",
                arshifSeconds, rawSeconds / arshifSeconds, arshifCpuSeconds, rawCpuSeconds / arshifCpuSeconds);
        if (floor) {
            double floorSeconds = median(floorWall) / 1e9;
            double floorCpuSeconds = median(floorCpu) / 1e9;
            System.out.printf(Locale.ROOT, "| raw Lucene writing the archive's documents (1 thread), JVM start to exit "
                    + "| %.2f s | %.2f | CPU %.2f s | %.2f |%n", floorSeconds, rawSeconds / floorSeconds, floorCpuSeconds,
                    rawCpuSeconds / floorCpuSeconds);
        }
        if (!before.isEmpty()) {
            double earlierSeconds = median(earlier) / 1e9;
            double earlierCpuSeconds = median(earlierCpu) / 1e9;
            System.out.printf(Locale.ROOT, "| arshif import before (%s), JVM start to exit | %.2f s | %.2f | CPU %.2f s "
                    + "| %.2f |%n", before, earlierSeconds, rawSeconds / earlierSeconds, earlierCpuSeconds,
                    rawCpuSeconds / earlierCpuSeconds);
        }
    }

    /**
     * Runs a process to its end and returns its wall time and its CPU time (all its threads) in nanoseconds; fails
     * when it fails. The CPU time is read every 20 ms while the process lives (the last few milliseconds are lost):
     * on a machine shared with other work it says what the process cost where the wall time says how long it waited.
     */
    private static long[] run(List<String> command, Path work) throws IOException, InterruptedException {
        Path log = work.resolve("child.log");
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long cpu = 0;
        while (!process.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            cpu = process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(cpu);
        }
        int exit = process.exitValue();
        long elapsed = System.nanoTime() - started;
        if (exit != 0) {
            throw new IOException("exit " + exit + " from " + command.get(command.size() - 1) + ":\n" + Files.readString(log));
        }
        return new long[] {elapsed, cpu};
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var all = Files.walk(folder)) {
                for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
