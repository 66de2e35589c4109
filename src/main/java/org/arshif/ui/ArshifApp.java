package org.arshif.ui;

import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.arshif.archive.ArchiveChecks;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ArchiveLockedException;
import org.arshif.archive.ReadOnlyArchiveException;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.UpgradeCancelledException;
import org.arshif.archive.UpgradeFailedException;
import org.arshif.archive.Archive;
import org.arshif.importer.ArchiveOpener;

/**
 * The desktop application. The window appears at once; the archive is opened (and, on a fresh install, the seed
 * imported) in the background while the status bar says so. Window size and position, theme, text size, language
 * and the last query are remembered.
 */
public final class ArshifApp extends Application {

    private Settings settings;
    private MainWindow window;
    private volatile Archive archive;

    /**
     * The archives' provider the composition root chose: JavaFX makes the application itself, so it is handed over
     * here, before the launch, rather than to a constructor.
     */
    private static volatile ArchiveOpener opener;

    /** Starts the JavaFX application on archives of this provider; {@code --archive=DIR} chooses the archive. */
    public static void launchApp(ArchiveProvider provider, String... args) {
        opener = new ArchiveOpener(provider);
        Application.launch(ArshifApp.class, args);
    }

    /** The archive being opened since {@link #init}, while JavaFX builds the window: the two overlap. */
    private java.util.concurrent.CompletableFuture<Archive> opening;

    /** Where the archive shown is (or is being opened): changed by File → Open shared archive… and its like. */
    private volatile ArchiveLocation current;

    @Override
    public void init() {
        settings = Settings.load();
        opening = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                current = location();
                return openAt(current);
            } catch (ArchiveException e) {
                throw new java.util.concurrent.CompletionException(e);
            } catch (org.arshif.model.Problem.Refused address) { // said in the window's language, like any failure to open
                throw new java.util.concurrent.CompletionException(new ArchiveException(address.problem(), address));
            } catch (IllegalArgumentException notAFolder) { // a path the system cannot take
                throw new java.util.concurrent.CompletionException(new ArchiveException(notAFolder.getMessage(),
                        notAFolder));
            }
        }, command -> Thread.ofPlatform().name("arshif-open").daemon().start(command));
        // A TERM signal (a logout, a kill) closes the archive cleanly, so the next start need not check it.
        Runtime.getRuntime().addShutdownHook(new Thread(this::closeArchive, "arshif-close"));
    }

    /**
     * {@code --archive}, else {@code ARSHIF_ARCHIVE}, else the archive open when the last run ended (a folder or a
     * shared archive's address: settings keep no password), else the default archive.
     */
    private ArchiveLocation location() {
        return startLocation(getParameters().getNamed().get("archive"), settings.get("archive.last", ""));
    }

    /**
     * The archive to open at start: the one named ({@code --archive}, {@code ARSHIF_ARCHIVE}), else the last one
     * shown — a shared archive's address, or a folder that is still there (a folder gone since, an unplugged disk
     * say, is not made again empty: the default archive opens) — else the default one.
     */
    static ArchiveLocation startLocation(String named, String last) {
        boolean chosen = named != null && !named.isBlank() || System.getenv(ArchiveLocation.ENV_VARIABLE) != null;
        if (chosen || last.isBlank()) {
            return ArchiveLocation.resolve(named);
        }
        ArchiveLocation remembered = ArchiveLocation.resolve(last);
        return remembered.isServer() || java.nio.file.Files.isDirectory(remembered.folder()) ? remembered
                : ArchiveLocation.resolve(null);
    }

    /**
     * Opens for writing, upgrading an archive written by an older Arshif with progress in the status bar; read-only
     * when that is not possible or the upgrade was cancelled.
     */
    private Archive openAt(ArchiveLocation location) throws ArchiveException {
        try {
            return opener.openWritable(location, new UpgradeProgress(() -> window == null ? null : window.status));
        } catch (ArchiveLockedException | ReadOnlyArchiveException | UpgradeCancelledException notForWriting) {
            // Another window holds the archive for writing, this user may not change it, or its upgrade was
            // cancelled: read it as it is, and say so.
            return opener.openReadable(location);
        } catch (UpgradeFailedException failed) {
            // The upgrade stopped (a full disk): the archive is as it was, and readable; why is shown with it.
            upgradeFailure = Messages.describe(failed);
            return opener.openReadable(location);
        }
    }

    /** Why the last open could not upgrade the archive, to show once the archive is shown read-only. */
    private volatile String upgradeFailure;

    @Override
    public void start(Stage stage) {
        settings.saveOnExit();
        Messages.use(Locale.forLanguageTag(settings.get("language", "ar")));
        window = new MainWindow(settings);
        window.setFileOpener(getHostServices()::showDocument);
        window.archives = opener.provider();
        window.onArchiveShown = this::shown;
        window.onOpenLocal = () -> showArchive(ArchiveLocation.onThisComputer());
        window.onLanguageChosen = language -> {
            // The window is built again in the new language, in the same stage, showing what it showed.
            window = window.inLanguage(language);
            stage.titleProperty().bind(window.title);
            stage.setScene(window.createScene(stage.getScene().getWidth(), stage.getScene().getHeight()));
        };
        stage.titleProperty().bind(window.title);
        // The icon of src/packaging/icons/arshif.svg, for the task bar and the window switcher.
        for (int size : new int[] {32, 64, 128}) {
            stage.getIcons().add(new javafx.scene.image.Image(ArshifApp.class.getResource("icon-" + size + ".png").toExternalForm()));
        }
        stage.setScene(window.createScene(settings.getDouble("window.width", 1280), settings.getDouble("window.height", 800)));
        if (settings.get("window.x", null) != null) {
            stage.setX(settings.getDouble("window.x", 0));
            stage.setY(settings.getDouble("window.y", 0));
        }
        stage.setOnHidden(e -> remember(stage));
        // Kept up to date as the window moves, so that the shutdown hook (SIGTERM) writes where it was.
        stage.widthProperty().addListener((o, a, b) -> settings.put("window.width", b));
        stage.heightProperty().addListener((o, a, b) -> settings.put("window.height", b));
        stage.xProperty().addListener((o, a, b) -> settings.put("window.x", b));
        stage.yProperty().addListener((o, a, b) -> settings.put("window.y", b));
        stage.show();
        StartupTiming.report("window shown");
        window.model.hitsProperty().addListener((o, old, hits) -> StartupTiming.reportOnce("first results"));
        showArchive(() -> {
            try {
                return opening.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }, () -> current);
    }

    /** Opens the archive again (after a rebuild). */
    private void reopenArchive() {
        showArchive(current);
    }

    private void showArchive(ArchiveLocation location) {
        showArchive(() -> openAt(location), () -> location);
    }

    /**
     * The window shows another archive: the one it showed before is closed (in the background: closing commits),
     * and this one is closed when the application ends.
     */
    private synchronized void shown(ArchiveLocation location, Archive opened) {
        Archive previous = archive;
        archive = opened;
        current = location;
        if (previous != null && previous != opened) {
            Thread.ofPlatform().name("arshif-close").daemon().start(() -> {
                try {
                    previous.close();
                } catch (ArchiveException e) {
                    System.err.println("arshif: " + e.getMessage());
                }
            });
        }
    }

    /** Opens in the background and shows the archive at the location (known once the opening has begun). */
    private void showArchive(Background.Job<Archive> open, java.util.function.Supplier<ArchiveLocation> where) {
        window.status.showJob(Messages.get("status.opening"), -1, null);
        window.background.write(open, opened -> {
            StartupTiming.report("archive opened");
            ArchiveLocation location = where.get();
            window.status.hideJob(Messages.get("status.idle"));
            window.show(location, opened);
            opened.checks().ifPresent(window::sayIfUpgradeOwed);
            String failure = upgradeFailure;
            upgradeFailure = null;
            if (failure != null) {
                Dialogs.alert(Alert.AlertType.WARNING, Messages.get("error.title"),
                        Messages.format("upgrade.failed", failure)).show();
            }
            opened.checks().filter(ArchiveChecks::needsCheck).ifPresent(checks -> checkAfterCrash(checks, location));
        }, failure -> {
            ArchiveLocation location = where.get();
            if (failure instanceof DamagedArchiveException damaged) {
                window.status.hideJob("");
                offerRebuild(location, damaged);
                return;
            }
            if (location != null && location.isServer()) {
                // The shared archive of the last run (its cluster down, its password not remembered): the dialog
                // says why, filled, to try again or choose another; File → Open the archive on this computer too.
                window.status.hideJob(Messages.format("error.open", Messages.describe(failure)));
                window.openShared(Messages.format("shared.reopen", Messages.describe(failure)));
                return;
            }
            window.status.hideJob(Messages.format("error.open", Messages.describe(failure)));
            Dialogs.alert(Alert.AlertType.ERROR, Messages.get("error.title"),
                    Messages.format("error.open", Messages.describe(failure))).show();
        });
    }

    /**
     * The last session ended without closing a large archive (a crash, a power cut): its files' checksums are
     * verified in the background while it is already shown; if damage is found, it is closed and a rebuild offered.
     */
    private void checkAfterCrash(ArchiveChecks opened, ArchiveLocation location) {
        window.status.showJob(Messages.get("status.checking"), -1, null);
        window.background.write(() -> {
            opened.verify();
            return opened;
        }, checked -> window.status.hideJob(Messages.get("status.idle")), failure -> {
            window.status.hideJob("");
            if (failure instanceof DamagedArchiveException damaged) {
                // Closing commits and releases the index: file work, off the application thread.
                window.background.write(() -> {
                    closeArchive();
                    return location;
                }, closed -> offerRebuild(closed, damaged),
                        error -> window.status.activity.setText(Messages.format("error.open", Messages.describe(error))));
            } else {
                window.status.activity.setText(Messages.format("error.open", Messages.describe(failure)));
            }
        });
    }

    /** A damaged archive: offers to rebuild it from its originals, where its kind can be rebuilt here. */
    private void offerRebuild(ArchiveLocation location, DamagedArchiveException damaged) {
        opener.provider().rebuilding(location).ifPresentOrElse(
                rebuilding -> window.rebuilder.offer(rebuilding, damaged, this::reopenArchive),
                () -> window.status.activity.setText(Messages.format("error.open", Messages.describe(damaged))));
    }

    private synchronized void closeArchive() {
        if (archive != null) {
            try {
                archive.close();
            } catch (ArchiveException e) {
                System.err.println("arshif: " + e.getMessage());
            }
            archive = null;
        }
    }

    private void remember(Stage stage) {
        window.remember();
        settings.put("window.width", stage.getWidth());
        settings.put("window.height", stage.getHeight());
        settings.put("window.x", stage.getX());
        settings.put("window.y", stage.getY());
        settings.save();
    }

    @Override
    public void stop() {
        window.shutdown();
        closeArchive();
        Platform.exit();
    }

}
