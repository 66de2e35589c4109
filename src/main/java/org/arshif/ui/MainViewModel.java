package org.arshif.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.Duration;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.arshif.archive.Archive;
import org.arshif.model.ArchiveStats;
import org.arshif.model.MonthCount;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;

/**
 * The state of the search side of the window: what is asked (query, dates, source, order) and what came back
 * (total, hits, counts per day, archive statistics). Every change of the question runs a search in the background;
 * a result that arrives after a newer question was asked is dropped.
 */
public final class MainViewModel {

    private final Background background;
    private Archive archive;
    private long generation;
    private boolean batching;

    final StringProperty query = new SimpleStringProperty("");
    /**
     * The query is a pasted text whose search signs (-, *, OR, title:) are read as its words
     * ({@link org.arshif.text.QuerySyntax#readsSyntaxAsText}): the window says so under the field.
     */
    final javafx.beans.binding.BooleanBinding syntaxReadAsText;
    /** The query holds no word, only punctuation ({@link org.arshif.text.QuerySyntax#holdsNoWord}): it finds nothing. */
    final javafx.beans.binding.BooleanBinding holdsNoWord;

    {
        // The query parsed once per change for both notes (a pasted page is long); the search parses it again off
        // the FX thread, where it is searched.
        javafx.beans.binding.ObjectBinding<List<org.arshif.text.QuerySyntax.Clause>> typed =
                javafx.beans.binding.Bindings.createObjectBinding(
                        () -> org.arshif.text.QuerySyntax.parseTyped(query.get()), query);
        syntaxReadAsText = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> org.arshif.text.QuerySyntax.readsSyntaxAsText(typed.get()), typed);
        holdsNoWord = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> org.arshif.text.QuerySyntax.holdsNoWord(typed.get()), typed);
    }
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** The chosen source, or null for all. */
    final ObjectProperty<String> source = new SimpleObjectProperty<>();
    final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(SortOrder.RELEVANCE);
    /** When set, the date range applies to dates written in the articles, not to their publication dates. */
    final BooleanProperty datesInText = new SimpleBooleanProperty(false);
    /** The calendar the date fields show and pick days in; the range itself is in days, whatever the calendar. */
    final ObjectProperty<org.arshif.text.CalendarSystem> calendar =
            new SimpleObjectProperty<>(org.arshif.text.CalendarSystem.GREGORIAN);

    final LongProperty total = new SimpleLongProperty(-1);
    /** How many articles the listed texts are: above {@link #total} when some texts were printed more than once. */
    final LongProperty articles = new SimpleLongProperty(-1);
    /** How many result rows are selected (what an export or an addition to a collection takes). */
    final javafx.beans.property.IntegerProperty selectedRows = new javafx.beans.property.SimpleIntegerProperty();
    /** How many of the listed articles hold every word (the first ones); less than total when some-words follow. */
    final LongProperty allWords = new SimpleLongProperty(-1);
    /** A rewritten query to offer when this one found little, or empty. */
    final StringProperty didYouMean = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<LazyHitList> hits = new ReadOnlyObjectWrapper<>();
    /** The last search's texts per day and the range of publication dates it asked: the timeline. */
    final ObjectProperty<TimelineCounts> counts = new SimpleObjectProperty<>(TimelineCounts.NONE);
    final ObservableList<String> sources = FXCollections.observableArrayList();
    final ObjectProperty<ArchiveStats> stats = new SimpleObjectProperty<>();
    final StringProperty error = new SimpleStringProperty("");
    final BooleanProperty searching = new SimpleBooleanProperty(false);
    /**
     * The last search was answered by a shared archive with part of its cluster down ({@link
     * org.arshif.model.SearchResult#degraded}): complete, but with less to fall back on. Always false locally.
     */
    final BooleanProperty degraded = new SimpleBooleanProperty(false);

    MainViewModel(Background background) {
        this.background = background;
        for (var property : List.of(from, to, source, sort, datesInText)) {
            property.addListener((o, a, b) -> {
                if (!batching) {
                    search();
                }
            });
        }
    }

    void attach(Archive newArchive) {
        this.archive = newArchive;
        degraded.set(false); // until the new archive's first answer says
        // The list first: statistics walk every article, and the search thread takes one job at a time.
        search();
        refreshStats();
        watchForOtherWriters(newArchive);
        watchHealth(newArchive);
    }

    /** How often a shared archive's health is looked at without a search (tests make it shorter). */
    Duration healthEvery = Duration.seconds(15);
    private Timeline health;

    /**
     * A shared archive's health is looked at now and then in the background (a light read of the cluster's state),
     * so that the status bar shows a node's stop or return without waiting for a search. An archive with no such
     * state (this computer's) answers none at the first look, and is not looked at again.
     */
    private void watchHealth(Archive watched) {
        stopWatchingHealth();
        health = new Timeline(new KeyFrame(healthEvery, e -> background.read(watched::degraded, state -> {
            if (archive != watched) {
                return; // another archive is shown by now
            }
            state.ifPresentOrElse(degraded::set, this::stopWatchingHealth);
        }, failure -> stopWatchingHealth()))); // closed meanwhile
        health.setCycleCount(Animation.INDEFINITE);
        health.play();
    }

    private void stopWatchingHealth() {
        if (health != null) {
            health.stop();
            health = null;
        }
    }

    /** True while a shared archive's health is looked at (for tests). */
    boolean watchingHealth() {
        return health != null;
    }

    /** How often an archive open read-only is looked at for commits of another window or command. */
    static final Duration WATCH_EVERY = Duration.seconds(2);
    private Timeline watch;

    /**
     * An archive open read-only may be written by another window or command meanwhile: it is looked at now and then,
     * and the list, the counts and the timeline follow each commit.
     */
    private void watchForOtherWriters(Archive watched) {
        stopWatchingWriters();
        if (watched.isWritable()) {
            return;
        }
        watch = new Timeline(new KeyFrame(WATCH_EVERY, e -> background.read(watched::refresh, changed -> {
            if (changed && archive == watched) {
                search();
                refreshStats();
            }
        }, failure -> stopWatchingWriters()))); // closed meanwhile: nothing more to follow
        watch.setCycleCount(Animation.INDEFINITE);
        watch.play();
    }

    /**
     * Stops looking at the archive — for other writers' commits, at its health (the window closes, or is built again
     * in another language).
     */
    void stopWatching() {
        stopWatchingWriters();
        stopWatchingHealth();
    }

    private void stopWatchingWriters() {
        if (watch != null) {
            watch.stop();
            watch = null;
        }
    }

    /** True while an archive open read-only is looked at for other writers' commits (for tests). */
    boolean watching() {
        return watch != null;
    }

    Archive archive() {
        return archive;
    }

    ReadOnlyObjectProperty<LazyHitList> hitsProperty() {
        return hits.getReadOnlyProperty();
    }

    SearchQuery currentQuery() {
        SearchQuery base = new SearchQuery(query.get(), null, null, source.get(), sort.get(), 0, LazyHitList.FIRST_ROWS);
        return datesInText.get() ? base.withMentions(from.get(), to.get()) : base.withDates(from.get(), to.get());
    }

    /** The query text of the search asked last, or null before the first. */
    private String searchedText;

    /** True when the last search asked was for {@code text}: Enter then steps through the matches instead. */
    boolean wasSearched(String text) {
        return text.equals(searchedText);
    }

    /** Runs the current question now. */
    void search() {
        if (archive == null) {
            return;
        }
        searchedText = query.get();
        long mine = ++generation;
        // A new question: the last one's failure is not its answer (and the same failure again is said again).
        error.set("");
        if (isReversed()) {
            error.set(Messages.get("date.reversed")); // the search bar says so beside the dates too
            return;
        }
        SearchQuery question = currentQuery();
        searching.set(true);
        // One pass gives the hits, the total and the timeline together.
        background.read(() -> archive.search(question), first -> {
            if (mine != generation) {
                return;
            }
            error.set("");
            allWords.set(first.allWords());
            articles.set(first.articles());
            total.set(first.total());
            didYouMean.set(first.didYouMean() == null ? "" : first.didYouMean());
            degraded.set(first.degraded());
            hits.set(new LazyHitList(archive, background, question, first));
            counts.set(new TimelineCounts(first.days(), question.from(), question.to()));
            searching.set(false);
        }, failure -> searchFailed(mine, failure));
    }

    private void searchFailed(long mine, Exception failure) {
        if (mine == generation) {
            // The list, counts and timeline answered an earlier question: shown under this one they would claim
            // to answer it. They go; the status bar says why there is nothing.
            hits.set(null);
            total.set(-1);
            articles.set(-1);
            allWords.set(-1);
            didYouMean.set("");
            counts.set(TimelineCounts.NONE);
            searching.set(false);
            error.set(Messages.format("search.failed", Messages.describe(failure)));
        }
    }

    void refreshStats() {
        if (archive == null) {
            return;
        }
        background.read(archive::stats, result -> {
            stats.set(result);
            List<String> names = new ArrayList<>(result.perSource().keySet());
            names.remove("");
            names.sort(null);
            sources.setAll(names);
            if (source.get() != null && !names.contains(source.get())) {
                source.set(null); // remembered from another archive, or no article has it now: all sources
            }
        }, failure -> error.set(Messages.describe(failure)));
    }

    /** True when the date range ends before it starts: no search can be asked. */
    boolean isReversed() {
        return from.get() != null && to.get() != null && from.get().isAfter(to.get());
    }

    /**
     * The day an empty date field's calendar opens at: the archive's latest day, or, when that is no believable news
     * date (a 9999-12-31 left by an older import), the latest month the timeline draws; today for an empty archive.
     */
    LocalDate latestDay() {
        LocalDate today = LocalDate.now();
        ArchiveStats known = stats.get();
        if (known != null && known.latest() != null && org.arshif.text.DateParser.isBelievable(known.latest(), today)) {
            return known.latest();
        }
        TimelineRange drawn = TimelineRange.of(MonthCount.addUp(counts.get().days()), today);
        return drawn.months().isEmpty() ? today : drawn.months().getLast().month().atEndOfMonth();
    }

    /**
     * Sets the range of publication dates (a selection on the timeline, which counts publication dates): a range that
     * applied to dates written in the text gives way. One search.
     */
    void selectPublished(LocalDate newFrom, LocalDate newTo) {
        batching = true;
        try {
            datesInText.set(false);
        } finally {
            batching = false;
        }
        setDates(newFrom, newTo);
    }

    /** Changes both ends of the range with one search, never passing through a range that ends before it starts. */
    void setDates(LocalDate newFrom, LocalDate newTo) {
        batching = true;
        try {
            from.set(newFrom);
            to.set(newTo);
        } finally {
            batching = false;
        }
        search();
    }

    void clear() {
        query.set("");
        search();
    }
}
