package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A received tarball or an extracted ZIP may hold links to private files: an import reads only what lies inside the
 * files and folders the user named, unless told to follow every link; pipes, devices and kernel files are never opened.
 */
class LinksAndSpecialFilesTest {

    static final String NEWS = "قال المبعوث الدولي إن الجولة السابعة من محادثات أستانا بناءة.";
    static final String SECRET = "كلمة السر الخاصة بالصحفي: لا تنشر";

    @TempDir
    Path dir;

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private static CollectingSink read(boolean followLinks, Path... paths) throws IOException {
        return CollectingSink.readAll(new FileImporter(List.of(paths), FieldMapping.DEFAULT, followLinks));
    }

    /** Problems by the file name they name, for exact assertions. */
    private static Map<String, String> problemsByName(CollectingSink sink) {
        Map<String, String> byName = new TreeMap<>();
        for (ImportProblem problem : sink.problems) {
            byName.put(Path.of(problem.file()).getFileName().toString(), problem.reason());
        }
        return byName;
    }

    private static List<String> bodies(CollectingSink sink) {
        return sink.articles.stream().map(Article::body).sorted().toList();
    }

    /** news/ holds one article and links out of it; outside/ holds private files next to it. */
    private Path folderWithLinksOut() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Path secret = write(dir.resolve("outside/secret.txt"), SECRET);
        write(dir.resolve("outside/private/diary.txt"), SECRET + " ٢");
        Files.createSymbolicLink(news.resolve("shadow.txt"), secret.toAbsolutePath());
        Files.createSymbolicLink(news.resolve("secret.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(news.resolve("private"), Path.of("../outside/private"));
        Files.createSymbolicLink(news.resolve("status.txt"), Path.of("/proc/self/status"));
        return news;
    }

    @Test
    void linksLeadingOutOfTheNamedFolderAreSkippedAndReported() throws IOException {
        Path news = folderWithLinksOut();
        Path outside = dir.resolve("outside").toRealPath();
        CollectingSink got = read(false, news);

        assertEquals(List.of(NEWS), bodies(got), "only the article inside the folder");
        assertEquals(Map.of(
                "private", "a link to a folder outside the folder you chose: " + outside.resolve("private")
                        + "; not imported; use --follow-links to import it",
                "secret.txt", "a link to a file outside the folder you chose: " + outside.resolve("secret.txt")
                        + "; not imported; use --follow-links to import it",
                "shadow.txt", "a link to a file outside the folder you chose: " + outside.resolve("secret.txt")
                        + "; not imported; use --follow-links to import it",
                "status.txt", "a link to a file outside the folder you chose: " + Path.of("/proc/self/status")
                        .toRealPath() + "; not imported; use --follow-links to import it"), problemsByName(got));
        assertTrue(got.problems.stream().allMatch(p -> p.file().startsWith(news.toString())), got.problems.toString());
    }

    @Test
    void followLinksImportsThemButNeverAKernelFile() throws IOException {
        Path news = folderWithLinksOut();
        CollectingSink got = read(true, news);

        // shadow.txt and secret.txt are one file: read once.
        assertEquals(List.of(NEWS, SECRET, SECRET + " ٢").stream().sorted().toList(), bodies(got));
        Map<String, String> problems = problemsByName(got);
        assertEquals(List.of("status.txt"), List.copyOf(problems.keySet()));
        assertTrue(problems.get("status.txt").startsWith("a system file (/proc/"), problems.toString());
    }

    @Test
    void aLinkInsideTheFolderToAFileOrFolderInsideItImportsItOnce() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("2017/a.txt"), NEWS);
        Files.createSymbolicLink(news.resolve("again.txt"), Path.of("2017/a.txt"));
        Files.createSymbolicLink(news.resolve("z-same-folder"), Path.of("2017"));
        CollectingSink got = read(false, news);
        assertEquals(List.of(), got.problems);
        assertEquals(List.of(NEWS), bodies(got));
    }

    @Test
    void aNamedRootThatIsALinkCountsAsItsRealFolder() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        write(real.resolve("2017/a.txt"), NEWS);
        Files.createSymbolicLink(real.resolve("inside"), Path.of("2017"));
        Path named = Files.createSymbolicLink(dir.resolve("named"), real);
        CollectingSink got = read(false, named);
        assertEquals(List.of(), got.problems);
        assertEquals(List.of(NEWS), bodies(got));
    }

    @Test
    void aLinkToAnotherNamedFolderIsInside() throws IOException {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path second = Files.createDirectories(dir.resolve("second"));
        write(second.resolve("b.txt"), NEWS);
        Files.createSymbolicLink(first.resolve("b.txt"), second.resolve("b.txt"));
        CollectingSink got = read(false, first, second);
        assertEquals(List.of(), got.problems);
        assertEquals(List.of(NEWS), bodies(got), "one file, reached twice, but read through the first folder");
    }

    @Test
    void aSidecarLinkingOutsideIsRefusedWithItsText() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Path metadata = write(dir.resolve("outside/meta.json"), "{\"title\": \"" + SECRET + "\"}");
        Files.createSymbolicLink(news.resolve("a.json"), metadata);
        CollectingSink got = read(false, news);
        assertEquals(List.of(), got.articles);
        String outside = "a link to a file outside the folder you chose: " + metadata.toRealPath()
                + "; not imported; use --follow-links to import it";
        assertEquals(List.of(outside, "its sidecar " + news.resolve("a.json") + " is " + outside),
                got.problems.stream().map(ImportProblem::reason).toList());
    }

    @Test
    void aBrokenLinkIsReported() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Files.createSymbolicLink(news.resolve("gone.txt"), Path.of("nowhere.txt"));
        Path self = Files.createSymbolicLink(news.resolve("self.txt"), Path.of("self.txt"));
        CollectingSink got = read(false, news, self);
        assertEquals(List.of(NEWS), bodies(got));
        assertEquals(List.of(news.resolve("gone.txt").toString(), self.toString(), self.toString()),
                got.problems.stream().map(ImportProblem::file).toList(), "a link to itself, found and named");
        assertEquals("a link whose target does not exist; skipped", got.problems.getFirst().reason());
        assertTrue(got.problems.get(1).reason().startsWith("cannot read: "), got.problems.toString());
    }

    /** A pipe, opened, would block the import for ever: the timeout fails the test if it is opened. */
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aPipeInTheFolderOrNamedIsSkippedWithoutOpeningIt() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Path fifo = news.resolve("feed.jsonl");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        Files.createSymbolicLink(news.resolve("pipe-link.json"), Path.of("feed.jsonl"));

        CollectingSink got = read(false, news);
        assertEquals(List.of(NEWS), bodies(got));
        String special = "a special file (a device, pipe or socket), not an article file; skipped without opening it";
        assertEquals(Map.of("feed.jsonl", special, "pipe-link.json", special), problemsByName(got));

        CollectingSink named = read(false, fifo);
        assertEquals(List.of(special), named.problems.stream().map(ImportProblem::reason).toList());
    }

    @Test
    void aDeviceOrAKernelFileOrFolderNamedDirectlyIsRefused() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")) && Files.exists(Path.of("/proc/self/status")));
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.createSymbolicLink(news.resolve("kernel"), Path.of("/sys"));
        CollectingSink got = read(false, Path.of("/dev/zero"), Path.of("/proc/self/status"), Path.of("/proc"));
        assertEquals(List.of(), got.articles);
        assertEquals(List.of("a special file (a device, pipe or socket), not an article file; skipped without"
                + " opening it", "a system file (" + Path.of("/proc/self/status").toRealPath() + "), not an article;"
                + " skipped", "a system folder (/proc), not articles; not read"),
                got.problems.stream().map(ImportProblem::reason).toList());

        CollectingSink linked = read(true, news);
        assertEquals(List.of("a system folder (/sys), not articles; not read"),
                linked.problems.stream().map(ImportProblem::reason).toList(), "even with --follow-links");
    }

    @Test
    void anUnreadableFileIsReportedAndTheOthersImport() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Path locked = write(news.resolve("b.txt"), SECRET);
        Path lockedFolder = Files.createDirectories(news.resolve("c"));
        write(lockedFolder.resolve("c.txt"), SECRET);
        locked.toFile().setReadable(false, false);
        lockedFolder.toFile().setExecutable(false, false);
        lockedFolder.toFile().setReadable(false, false);
        try {
            assumeTrue(!Files.isReadable(locked), "running as a user who reads every file (root)");
            CollectingSink got = read(false, news);
            assertEquals(List.of(NEWS), bodies(got));
            assertEquals(Map.of("b.txt", "cannot read the file: permission denied",
                    "c", "cannot list the folder: permission denied"), problemsByName(got));
        } finally {
            locked.toFile().setReadable(true, false);
            lockedFolder.toFile().setReadable(true, false);
            lockedFolder.toFile().setExecutable(true, false);
        }
    }

    /** A ZIP's link entry holds its target's name as its bytes: nothing is extracted, so nothing is followed. */
    @Test
    void aLinkStoredInAZipIsNeverFollowed() throws Exception {
        Path staging = Files.createDirectories(dir.resolve("staging"));
        write(staging.resolve("a.txt"), NEWS);
        write(dir.resolve("outside/secret.txt"), SECRET);
        Files.createSymbolicLink(staging.resolve("secret.txt"), Path.of("../outside/secret.txt"));
        Path zip = dir.resolve("news.zip");
        Process zipper;
        try {
            // zip -y stores the link as a link (unix mode lnk, the target's name as content), as a hostile ZIP would.
            zipper = new ProcessBuilder("zip", "-q", "-y", zip.toString(), "a.txt", "secret.txt")
                    .directory(staging.toFile()).start();
        } catch (IOException e) {
            assumeTrue(false, "no zip command on this system");
            return;
        }
        assumeTrue(zipper.waitFor() == 0, "zip failed");
        CollectingSink got = read(false, zip);
        assertTrue(got.articles.stream().noneMatch(a -> a.body().contains(SECRET)), bodies(got).toString());
        assertTrue(bodies(got).contains(NEWS));
    }

    /**
     * A folder is listed before its files are read: a file swapped for a link out of it in between (here while the
     * first file is read) is checked again when it is opened.
     */
    @Test
    void aFileTurnedIntoALinkAfterTheListingIsCheckedAgainWhenOpened() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        write(news.resolve("a.txt"), NEWS);
        Path later = write(news.resolve("b.txt"), NEWS + " ٢");
        Path secret = write(dir.resolve("outside/secret.txt"), SECRET);
        CollectingSink got = new CollectingSink();
        ArticleSink swapping = new ArticleSink() {
            @Override
            public void accept(Article article) {
                got.accept(article);
            }

            @Override
            public void reject(ImportProblem problem) {
                got.reject(problem);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public void reading(String file) {
                if (file.endsWith("a.txt")) {
                    try {
                        Files.delete(later);
                        Files.createSymbolicLink(later, secret);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        };
        new FileImporter(List.of(news), FieldMapping.DEFAULT).readInto(swapping);
        assertEquals(List.of(NEWS), bodies(got));
        assertEquals(Map.of("b.txt", "a link to a file outside the folder you chose: " + secret.toRealPath()
                + "; not imported; use --follow-links to import it"), problemsByName(got));
    }
}
