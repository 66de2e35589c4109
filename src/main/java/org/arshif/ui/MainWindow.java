package org.arshif.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.model.BuildInfo;
import org.arshif.model.SearchHit;

/**
 * The whole window's content, wired: search bar and timeline on top, results beside the reading pane, status bar
 * below. Built the same way by the application and by the UI tests. The root is laid out right to left in Arabic
 * and left to right in English.
 */
public final class MainWindow {

    final Background background = new Background();
    final MainViewModel model = new MainViewModel(background);
    final ReaderViewModel reader = new ReaderViewModel(background);
    final SearchBarView searchBar = new SearchBarView(model);
    final TimelineView timeline = new TimelineView(model);
    final ResultsView results = new ResultsView(model);
    final ReaderView readerView = new ReaderView(reader);
    final CopiesViewModel copies = new CopiesViewModel(background, reader, model::archive, model.query::get);
    final CopiesView copiesView = new CopiesView(copies, reader);
    final MatchBarView matchBar = new MatchBarView(reader);
    final StatusBarView status = new StatusBarView(model);
    final ImportController importer = new ImportController(model, background, status);
    final ExportController exporter = new ExportController(model, reader, background, status);
    final RebuildController rebuilder = new RebuildController(background, status);
    final CollectionsViewModel collections = new CollectionsViewModel(background, model::archive);
    final CollectionsView collectionsView;
    final BorderPane root = new BorderPane();
    /** What survives a restart (package-private: tests read what the window put in it). */
    final Settings settings;
    private final SplitPane center;
    /** The article and query the reading pane was last asked to show. */
    private String opened;
    private Scene scene;
    private final javafx.beans.property.BooleanProperty collectionsShown = new javafx.beans.property.SimpleBooleanProperty();
    /** The archive as the application opened it (the model holds it guarded), for a window rebuilt in a new language. */
    private Archive attached;
    /** The composition root's archives, for File → Open shared archive…; null: the item is disabled. */
    ArchiveProvider archives;
    /**
     * Told when the window shows another archive (opened through the dialog, or by the application): the
     * application closes the one shown before and remembers where this one is. Without it (tests) the caller owns
     * the archives.
     */
    java.util.function.BiConsumer<ArchiveLocation, Archive> onArchiveShown;
    /** File → Open the archive on this computer: the application opens it as at start; null: not offered. */
    Runnable onOpenLocal;
    /** The stage's title: the application's name, and the shared archive's address when one is open. */
    final javafx.beans.property.StringProperty title = new javafx.beans.property.SimpleStringProperty(
            Messages.get("app.title"));
    /** The dialog last opened by File → Open shared archive… (for tests). */
    SharedArchiveDialog sharedDialog;
    private MenuItem openSharedItem;
    private MenuItem openLocalItem;
    private MenuItem addItem;
    private MenuItem importItem;
    private javafx.scene.control.CheckMenuItem collectionsItem;
    /** The archive is read as it is until opened for writing (the status bar says so). */
    private boolean upgradeOwed;
    /**
     * Called when the reader picks another language: the application shows {@link #inLanguage} in its stage. Without
     * it (no stage to swap), the choice waits for the next start.
     */
    java.util.function.Consumer<java.util.Locale> onLanguageChosen;
    /** A language chosen while a job runs, applied when it ends; null when none waits. */
    private String languageAfterJob;
    /** What the window this one replaces showed, restored when the first results arrive; null when none. */
    private CarriedState arriving;
    /** The article to open instead of the lead row's, once that row is loaded (see {@link #restore}). */
    private String openAfterSwitch;
    /** Set while the carried rows are selected one by one: the pane opens once, for the lead row. */
    private boolean restoring;

    public MainWindow(Settings settings) {
        this.settings = settings;
        Fonts.load();
        root.setId("root");
        root.getStyleClass().add("arshif");
        root.setNodeOrientation(Messages.isRightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        if (Messages.isRightToLeft()) {
            root.getStyleClass().add("right-to-left"); // for the menus' marks (arshif.css)
        }
        collectionsView = new CollectionsView(collections, id -> reader.open(model.archive(), id, null),
                file -> exporter.exportCollection(collections.current(), file.toPath()));
        VBox reading = new VBox(matchBar, copiesView, readerView);
        VBox.setVgrow(readerView, javafx.scene.layout.Priority.ALWAYS);
        center = new SplitPane(results, reading);
        center.setOrientation(Orientation.HORIZONTAL);
        center.setDividerPositions(0.38);
        root.setTop(new VBox(menuBar(), searchBar, timeline));
        root.setCenter(center);
        root.setBottom(status);
        reader.textSize.set(settings.getDouble("textSize", 20));
        model.query.set(settings.get("lastQuery", ""));
        RememberedSearch.restore(settings, model);
        // Put as they change, not only when the window closes: on a logout (SIGTERM) the window's close never runs,
        // and the settings' exit hook writes what was put so far.
        javafx.beans.InvalidationListener rememberSearch = changed -> remember();
        List.of(model.query, model.sort, model.source, model.from, model.to, reader.textSize)
                .forEach(property -> property.addListener(rememberSearch));
        searchBar.onEnterAgain = reader::nextMatch;
        model.calendar.set(calendarSetting(settings.get("calendar", "")));
        model.calendar.addListener((o, old, calendar) -> settings.put("calendar", calendar.name()));

        results.getSelectionModel().selectedItemProperty().addListener((o, old, hit) -> openSelected());
        results.getSelectionModel().selectedIndexProperty().addListener((o, old, index) -> openSelected());
        model.hitsProperty().addListener((o, old, hits) -> {
            opened = null; // new results (after an import, say): the first one is read again, fresh
            readerView.setNothingFound(hits != null && hits.isEmpty());
            CarriedState carried = arriving;
            arriving = null;
            if (carried != null && hits != null) {
                restore(carried, hits);
            } else if (hits != null && hits.size() > 0 && hits.get(0) != null) {
                results.getSelectionModel().select(0);
            } else {
                reader.open(null, null, null);
            }
        });
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                importer.importPaths(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    SplitPane center() {
        return center;
    }

    /** Shows or hides the collections panel, beside the reading pane. */
    void showCollections(boolean shown) {
        boolean showing = center.getItems().contains(collectionsView);
        if (shown && !showing) {
            center.getItems().add(collectionsView);
            SplitPane.setResizableWithParent(collectionsView, false);
            center.setDividerPositions(0.32, 0.74);
            collections.reload();
        } else if (!shown && showing) {
            center.getItems().remove(collectionsView);
            center.setDividerPositions(0.38);
        }
        collectionsShown.set(shown);
    }

    /** Adds the selected articles (or the open one) to the collection chosen in the panel, showing the panel. */
    void addToCollection() {
        showCollections(true);
        List<Integer> rows = selectedRows();
        LazyHitList hits = model.hitsProperty().get();
        ReaderViewModel.Shown open = reader.shown.get();
        org.arshif.archive.Archive archive = model.archive();
        if (archive == null || (rows.isEmpty() && open == null)) {
            status.activity.setText(Messages.get("export.nothing"));
            return;
        }
        String openId = open == null ? null : open.article().id();
        collections.add(() -> rows.isEmpty() ? List.of(openId)
                : ExportController.idsOf(archive, hits.query(), hits, rows));
    }

    /** The selected result rows, in list order. */
    List<Integer> selectedRows() {
        return results.getSelectionModel().getSelectedIndices().stream().sorted().toList();
    }

    /** How the application opens an exported file (its host services). */
    public void setFileOpener(java.util.function.Consumer<String> opener) {
        exporter.opener = opener;
    }

    /**
     * Opens the article selected last (the lead of a multiple selection) in the reading pane. Index and item
     * listeners both call this (an item of a page not loaded yet arrives after its index), so an article already
     * open for the same query is not read again.
     */
    private void openSelected() {
        if (restoring) {
            return;
        }
        SearchHit hit = results.getSelectionModel().getSelectedItem();
        String id = hit == null ? null : hit.id();
        String shownFor = id + "\u0000" + model.query.get();
        if (id != null && shownFor.equals(opened)) {
            return;
        }
        opened = id == null ? null : shownFor;
        copies.listCopiesOf(hit);
        String open = id;
        if (hit != null && openAfterSwitch != null) {
            open = openAfterSwitch; // the copy (or collection's article) the window showed before its new language
            openAfterSwitch = null;
        }
        reader.open(model.archive(), open, model.query.get());
    }

    /**
     * The first results of a window built again in another language: the rows that were selected are selected again
     * (by their articles), the article that was open opens again, at the match and scroll it was at.
     */
    private void restore(CarriedState carried, LazyHitList hits) {
        List<Integer> rows = carried.indicesIn(hits);
        openAfterSwitch = carried.openId();
        if (carried.openId() != null) {
            keepReaderPosition(carried);
        }
        if (rows.isEmpty()) {
            // No row was selected: an article opened from a collection, or none, is what the pane showed.
            reader.open(model.archive(), openAfterSwitch, model.query.get());
            openAfterSwitch = null;
            return;
        }
        restoring = true;
        try {
            var selection = results.getSelectionModel();
            selection.clearSelection();
            if (carried.all()) {
                selection.selectAll();
                selection.select(rows.getLast()); // already selected: made the lead, the one the pane opens
            } else {
                // At once (one change, not one per row); the lead row last: the one the pane opens.
                selection.selectIndices(rows.getFirst(), rows.stream().skip(1).mapToInt(Integer::intValue).toArray());
            }
        } finally {
            restoring = false;
        }
        results.scrollTo(Math.max(0, rows.getLast() - 2));
        openSelected();
    }

    /** Once the carried article is shown again: the match the reader was at, and how far the pane was scrolled. */
    private void keepReaderPosition(CarriedState carried) {
        reader.shown.addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ReaderViewModel.Shown> o,
                                ReaderViewModel.Shown old, ReaderViewModel.Shown shown) {
                if (shown == null) {
                    return; // a row whose page is still loading
                }
                reader.shown.removeListener(this);
                if (shown.article().id().equals(carried.openId())) {
                    if (carried.match() >= 0 && carried.match() < reader.matchCount()) {
                        reader.currentMatch.set(carried.match());
                    }
                    readerView.setVvalue(carried.scroll());
                }
            }
        });
    }

    /** The calendar remembered, Gregorian when none is or the setting holds something else. */
    private static org.arshif.text.CalendarSystem calendarSetting(String name) {
        for (var calendar : org.arshif.text.CalendarSystem.values()) {
            if (calendar.name().equals(name)) {
                return calendar;
            }
        }
        return org.arshif.text.CalendarSystem.GREGORIAN;
    }

    private MenuBar menuBar() {
        importItem = new MenuItem(Messages.get("menu.import"));
        importItem.setId("menu-import");
        importItem.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        importItem.setOnAction(e -> importer.chooseAndImport(root.getScene().getWindow()));
        MenuItem exportItem = new MenuItem(Messages.get("menu.export"));
        exportItem.setId("menu-export");
        exportItem.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        exportItem.setOnAction(e -> exporter.chooseAndExport(root.getScene().getWindow(), selectedRows()));
        openSharedItem = new MenuItem(Messages.get("menu.openShared"));
        openSharedItem.setId("menu-open-shared");
        openSharedItem.setOnAction(e -> openShared(""));
        openLocalItem = new MenuItem(Messages.get("menu.openLocal"));
        openLocalItem.setId("menu-open-local");
        openLocalItem.setOnAction(e -> onOpenLocal.run());
        MenuItem quit = new MenuItem(Messages.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> root.getScene().getWindow().hide());
        addItem = new MenuItem(Messages.get("menu.addToCollection"));
        addItem.setId("menu-add-to-collection");
        addItem.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        addItem.setOnAction(e -> addToCollection());
        Menu file = new Menu(Messages.get("menu.file"), null, openSharedItem, openLocalItem,
                new javafx.scene.control.SeparatorMenuItem(), importItem, exportItem, addItem,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        file.setId("menu-file");
        file.setOnShowing(e -> {
            openSharedItem.setDisable(archives == null);
            openLocalItem.setDisable(onOpenLocal == null || exporter.location == null || !exporter.location.isServer());
        });

        MenuItem zoomIn = new MenuItem(Messages.get("menu.zoomIn"));
        zoomIn.setAccelerator(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN));
        zoomIn.setOnAction(e -> reader.zoom(2));
        MenuItem zoomOut = new MenuItem(Messages.get("menu.zoomOut"));
        zoomOut.setAccelerator(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN));
        zoomOut.setOnAction(e -> reader.zoom(-2));
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem(Messages.get("menu.themeLight"));
        RadioMenuItem dark = new RadioMenuItem(Messages.get("menu.themeDark"));
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (Theme.DARK.name().equals(settings.get("theme", Theme.LIGHT.name())) ? dark : light).setSelected(true);
        light.setOnAction(e -> applyTheme(Theme.LIGHT));
        dark.setOnAction(e -> applyTheme(Theme.DARK));
        ToggleGroup languages = new ToggleGroup();
        RadioMenuItem arabic = new RadioMenuItem(Messages.get("menu.language.ar"));
        RadioMenuItem english = new RadioMenuItem(Messages.get("menu.language.en"));
        arabic.setToggleGroup(languages);
        english.setToggleGroup(languages);
        (Messages.isRightToLeft() ? arabic : english).setSelected(true);
        arabic.setOnAction(e -> chooseLanguage("ar"));
        english.setOnAction(e -> chooseLanguage("en"));
        Menu language = new Menu(Messages.get("menu.language"), null, arabic, english);
        Menu calendar = calendarMenu();
        collectionsItem = new javafx.scene.control.CheckMenuItem(
                Messages.get("menu.collections"));
        collectionsItem.setId("menu-collections");
        collectionsItem.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        collectionsItem.selectedProperty().bindBidirectional(collectionsShown);
        collectionsItem.setOnAction(e -> showCollections(collectionsItem.isSelected()));
        Menu view = new Menu(Messages.get("menu.view"), null, collectionsItem, new javafx.scene.control.SeparatorMenuItem(),
                zoomIn, zoomOut,
                new javafx.scene.control.SeparatorMenuItem(), light, dark,
                new javafx.scene.control.SeparatorMenuItem(), calendar, language);
        MenuItem aboutItem = new MenuItem(Messages.get("menu.about"));
        aboutItem.setId("menu-about");
        aboutItem.setOnAction(e -> showAbout());
        Menu help = new Menu(Messages.get("menu.help"), null, aboutItem);
        return new MenuBar(file, view, help);
    }

    /**
     * View → Calendar: the calendar the dates are shown and picked in, the same choice as the search bar's (both follow
     * the view model, which the settings remember).
     */
    private Menu calendarMenu() {
        ToggleGroup calendars = new ToggleGroup();
        Menu menu = new Menu(Messages.get("menu.calendar"));
        menu.setId("menu-calendar");
        for (var system : org.arshif.text.CalendarSystem.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get(system == org.arshif.text.CalendarSystem.HIJRI
                    ? "date.calendar.hijri" : "date.calendar.gregorian"));
            item.setId("menu-calendar-" + system.name().toLowerCase(java.util.Locale.ROOT));
            item.setToggleGroup(calendars);
            item.setSelected(model.calendar.get() == system);
            item.setOnAction(e -> model.calendar.set(system));
            model.calendar.addListener((o, old, now) -> item.setSelected(now == system));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Help → About: this build, its components and licences, the archive's folder and format. */
    Alert showAbout() {
        ArchiveLocation location = exporter.location;
        AboutViewModel facts = new AboutViewModel(BuildInfo.load(), location);
        org.arshif.archive.Archive archive = model.archive();
        if (archive != null) {
            background.read(archive::formatVersion, format -> facts.archiveFormatVersion.set(Integer.toString(format)),
                    failure -> facts.archiveFormatVersion.set(Messages.describe(failure)));
        }
        Alert about = AboutDialog.create(facts);
        about.initOwner(root.getScene().getWindow());
        about.show();
        return about;
    }

    void chooseLanguage(String tag) {
        settings.put("language", tag);
        if (onLanguageChosen != null && status.progress.isVisible()) {
            // An import, export or rebuild runs: building the window again would drop it with the old window. The
            // switch waits for the job to end (the last language chosen meanwhile), and the reader is told so.
            if (languageAfterJob == null) {
                status.progress.visibleProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                    @Override
                    public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was,
                                        Boolean now) {
                        if (!now) {
                            status.progress.visibleProperty().removeListener(this);
                            onLanguageChosen.accept(java.util.Locale.forLanguageTag(languageAfterJob));
                        }
                    }
                });
            }
            languageAfterJob = tag;
            Alert wait = Dialogs.alert(Alert.AlertType.INFORMATION, Messages.get("menu.language"),
                    Messages.get("menu.language.afterJob"));
            wait.initOwner(root.getScene().getWindow());
            wait.show();
        } else if (onLanguageChosen != null) {
            onLanguageChosen.accept(java.util.Locale.forLanguageTag(tag));
        } else {
            status.activity.setText(Messages.get("menu.language.restart"));
        }
    }

    /**
     * This window built again in {@code language}: every text of the views comes from the bundle when they are
     * built, so the views are made anew, and what the reader was doing is carried over: the query, dates (as typed),
     * source, order, the selected rows and the open article with its match and scroll ({@link CarriedState}), the
     * collections panel with its collection, the text size, and the comparisons open (built again in the new
     * language). This window's background work stops; the archive stays open and passes to the new window.
     */
    MainWindow inLanguage(java.util.Locale language) {
        remember();
        CarriedState carried = CarriedState.of(this);
        Messages.use(language);
        MainWindow next = new MainWindow(settings);
        next.exporter.opener = exporter.opener;
        next.exporter.location = exporter.location;
        next.showWhere(exporter.location);
        next.archives = archives;
        next.onArchiveShown = onArchiveShown;
        next.onOpenLocal = onOpenLocal;
        next.onLanguageChosen = onLanguageChosen;
        next.model.query.set(model.query.get());
        next.model.from.set(model.from.get());
        next.model.to.set(model.to.get());
        next.model.source.set(model.source.get());
        next.model.sort.set(model.sort.get());
        next.model.datesInText.set(model.datesInText.get());
        // What the fields held as typed: a date not yet entered is taken, a refused text says why in the new language.
        next.searchBar.fromField.editor.setText(carried.fromText());
        next.searchBar.fromField.commit();
        next.searchBar.toField.editor.setText(carried.toText());
        next.searchBar.toField.commit();
        next.collections.chosen.set(collections.chosen.get());
        next.showCollections(collectionsShown.get());
        next.arriving = carried;
        if (attached != null) {
            next.attach(attached);
            collectionsView.unkeptNote().ifPresent(unkept -> next.collections.note(unkept.collection(),
                    unkept.article(), unkept.text()));
        }
        if (upgradeOwed) {
            next.status.readOnlyText = Messages.get("status.upgradeOwed");
        }
        for (javafx.stage.Stage comparison : List.copyOf(copiesView.comparisons)) {
            next.copiesView.reopen(comparison);
        }
        shutdown();
        return next;
    }

    /** Creates the scene, with stylesheets and keyboard shortcuts. */
    public Scene createScene(double width, double height) {
        scene = new Scene(root, width, height);
        applyTheme(Theme.valueOf(settings.get("theme", Theme.LIGHT.name())));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(-2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), () -> reader.zoom(2));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), searchBar.queryField::requestFocus);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3), reader::nextMatch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN), reader::previousMatch);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN), () -> step(1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN), () -> step(-1));
        return scene;
    }

    /** Next (+1) or previous (-1) article in the results. */
    void step(int delta) {
        int size = results.getItems() == null ? 0 : results.getItems().size();
        if (size == 0) {
            return;
        }
        int index = Math.max(0, Math.min(size - 1, results.getSelectionModel().getSelectedIndex() + delta));
        results.getSelectionModel().clearAndSelect(index);
        results.scrollTo(Math.max(0, index - 2));
    }

    void applyTheme(Theme theme) {
        settings.put("theme", theme.name());
        if (scene != null) {
            scene.getStylesheets().setAll(List.of(
                    MainWindow.class.getResource("arshif.css").toExternalForm(),
                    MainWindow.class.getResource(theme.stylesheet).toExternalForm()));
            // An open comparison takes the theme too: it was painted with the window's sheets when it opened.
            copiesView.comparisons.forEach(open -> open.getScene().getStylesheets().setAll(scene.getStylesheets()));
        }
    }

    /** Light or dark: every colour of a theme is in its stylesheet, laid over arshif.css. */
    enum Theme {
        LIGHT("light.css"),
        DARK("dark.css");

        final String stylesheet;

        Theme(String stylesheet) {
            this.stylesheet = stylesheet;
        }
    }

    /** Starts using an archive (opened in the background by the caller). */
    public void attach(Archive archive) {
        attached = archive;
        model.attach(new FxThreadGuardedArchive(archive));
        collections.reload();
        offerWhatItKeeps(archive);
        offerImport(archive);
        if (!archive.isWritable()) {
            status.activity.setText(status.readOnlyText);
        }
    }

    /**
     * Import is not offered where the archive says it may not be done (a shared archive's reader, who may only
     * search: learnt when it was opened): the item is disabled and says so, and the status bar says why.
     */
    private void offerImport(Archive archive) {
        java.util.Optional<org.arshif.model.Problem> refused = archive.importRefusal();
        importItem.setDisable(refused.isPresent());
        importItem.setText(refused.isPresent() ? Messages.format("menu.searchOnly", Messages.get("menu.import"))
                : Messages.get("menu.import"));
        status.readOnlyText = refused.map(problem -> problem.text(Messages.locale()))
                .orElse(Messages.get("status.readOnly"));
    }

    /**
     * Shows another archive in this window: opened through File → Open shared archive…, or by the application (at
     * start, or File → Open the archive on this computer). The title and the status bar say which is open, and where
     * it was is remembered for the next start (the address or folder; the default archive as none; never a password).
     */
    public void show(ArchiveLocation location, Archive archive) {
        exporter.location = location;
        showWhere(location);
        settings.put("archive.last", location.isDefault() ? "" : location.where());
        if (location.isServer()) {
            settings.put("shared.address", location.where());
        }
        attach(archive);
        if (onArchiveShown != null) {
            onArchiveShown.accept(location, archive);
        }
    }

    /** The title and the status bar name the shared archive open; an archive on this computer has the plain title. */
    private void showWhere(ArchiveLocation location) {
        boolean shared = location != null && location.isServer();
        title.set(shared ? Messages.format("app.title.shared", location.where()) : Messages.get("app.title"));
        status.showShared(location);
    }

    /**
     * What only an archive on this computer keeps (collections, today) is not offered for one that does not keep it:
     * the menu items are disabled and say so, and the panel closes. Checks, rebuilds and upgrades are the archive's
     * own ({@link Archive#checks}): a shared archive has none, and the window never offers them for it.
     */
    private void offerWhatItKeeps(Archive archive) {
        boolean keepsCollections = archive.collections().isPresent();
        for (MenuItem item : new MenuItem[] {addItem, collectionsItem}) {
            String name = Messages.get(item == addItem ? "menu.addToCollection" : "menu.collections");
            item.setText(keepsCollections ? name : Messages.format("menu.localOnly", name));
            item.setDisable(!keepsCollections);
        }
        if (!keepsCollections) {
            showCollections(false);
        }
    }

    /**
     * File → Open shared archive…: the dialog, filled with the last shared archive's address and user, and why the
     * last open failed when it did (the application, when the shared archive of the last run cannot be opened).
     */
    SharedArchiveDialog openShared(String why) {
        sharedDialog = new SharedArchiveDialog(root.getScene().getWindow(), archives, background, (location, opened) -> {
            settings.put("shared.user", sharedDialog.user.getText().strip());
            show(location, opened);
        }).show(settings.get("shared.address", ""), settings.get("shared.user", ""), why);
        return sharedDialog;
    }

    /**
     * An archive written by an older Arshif and open read-only (another window has it, or its upgrade was cancelled):
     * the status bar says it is read as it is until it is opened for writing, which upgrades it. Asked in the
     * background (it reads the archive's last commit).
     */
    void sayIfUpgradeOwed(org.arshif.archive.ArchiveChecks checks) {
        background.read(checks::upgradeOwed, owed -> {
            if (owed) {
                upgradeOwed = true;
                status.readOnlyText = Messages.get("status.upgradeOwed");
                status.activity.setText(status.readOnlyText);
            }
        }, failure -> { });
    }

    /** Remembers what should survive a restart. */
    public void remember() {
        settings.put("textSize", reader.textSize.get());
        settings.put("lastQuery", model.query.get());
        RememberedSearch.remember(settings, model);
    }

    public Parent root() {
        return root;
    }

    public void shutdown() {
        // The watch would go on every two seconds for good, holding this window (its scene, the article laid out)
        // after a language switch replaced it.
        model.stopWatching();
        background.shutdown();
    }

    /** Imports paths (used by drag-and-drop and by tests). */
    void importPaths(List<Path> paths) {
        importer.importPaths(paths);
    }
}
