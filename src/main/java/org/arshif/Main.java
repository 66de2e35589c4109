package org.arshif;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.lucene.LuceneArchiveProvider;
import org.arshif.archive.solr.SolrArchiveProvider;
import org.arshif.cli.ArshifCli;
import org.arshif.ui.ArshifApp;

/** Entry point of {@code arshif.jar} and of {@code mvn javafx:run}: no arguments open the window, a command runs it. */
public final class Main {

    /** Held so the setting is not garbage-collected: Lucene's start-up notes are not for users. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    /**
     * The composition root: the only place that knows the kinds of archive, chosen by the location (a folder: the
     * local archive; an address: a shared archive on SolrCloud).
     */
    private static final ArchiveProvider ARCHIVES = new ArchivesByLocation(new LuceneArchiveProvider(),
            new SolrArchiveProvider());

    private Main() {
    }

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(java.util.logging.Level.SEVERE);
        // SolrJ logs through SLF4J, which the application gives no back end: said so, SLF4J warns on every start.
        // The failures that matter reach the user as the archive's own messages.
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN"); // nor a note that the choice was made
        }
        // UTF-8 whatever the platform default: Arabic must reach the terminal or the pipe intact.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length == 2 && args[0].equals("--archive")) {
            args = new String[] {"--archive=" + args[1]}; // the window on a named archive, written as for commands
        }
        if (args.length == 0 || args[0].startsWith("--archive=")) {
            if (!startedWithNamedJavaFx(args, err)) {
                ArshifApp.launchApp(ARCHIVES, args);
            }
            return;
        }
        System.exit(new ArshifCli(out, err, ARCHIVES).run(List.of(args)));
    }

    /**
     * The window started in a layer of JavaFX's named modules ({@link NamedJavaFx}); false when JavaFX is loaded as
     * things are (module path, class path). A jar whose JavaFX cannot be set up says why and stops: without its
     * modules it has no JavaFX at all.
     */
    private static boolean startedWithNamedJavaFx(String[] args, PrintStream err) {
        try {
            return NamedJavaFx.launch(args);
        } catch (java.lang.reflect.InvocationTargetException failed) {
            // The window itself failed: as if started directly.
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed.getCause());
        } catch (Exception | LinkageError notSetUp) {
            err.println("arshif: cannot open the window: JavaFX's modules in this jar could not be set up: " + notSetUp);
            System.exit(1);
            return true;
        }
    }
}
