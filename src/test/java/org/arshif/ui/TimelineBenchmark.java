package org.arshif.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import org.arshif.model.DayCount;

/**
 * How long the timeline takes, on the JavaFX thread, to show new counts: work out its bars, lay out its axis, draw
 * (and, separately, the same plus rendering the result, as a snapshot) — for 20 years of months (240 bars), for 1,000
 * days as 1,000 bars (a 6,100-px timeline: one bar a day needs 6 px each) and for 1,000 days in a 1,280-px window
 * (drawn as months). Baseline in the same run: the previous timeline's way, one {@code Rectangle} with its own
 * {@code Tooltip} per month in a pane, 240 of them, laid out and rendered the same way. Headless platform, software
 * rendering. It lives beside the view (the view is package-private), not under {@code bench}.
 *
 * <pre>mvn -Pbench test-compile exec:exec -Dbench.main=org.arshif.ui.TimelineBenchmark -Dbench.args=</pre>
 */
public final class TimelineBenchmark {

    private static final int WARM_UP = 30;
    private static final int TIMED = 60;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Messages.use(Messages.ARABIC);
        System.out.println("| the timeline shows new counts (FX thread, ms) | bars | work out + lay out + draw p50 | p95"
                + " | + render (snapshot) p50 | p95 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        List<DayCount> months = new ArrayList<>();
        for (LocalDate month = LocalDate.of(2005, 1, 10); month.getYear() < 2025; month = month.plusMonths(1)) {
            months.add(new DayCount(month, 1 + month.getMonthValue() * 7L));
        }
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            days.add(new DayCount(LocalDate.of(2014, 1, 1).plusDays(i), 1 + (i * 37L) % 50));
        }
        onFx(() -> {
            report("previous timeline: 240 Rectangles with tooltips, 1,600 px", 1600, () -> rectangles(months.size()),
                    () -> months.size());
            timeline("20 years of months, 1,600 px", months, 1600);
            timeline("1,000 days, 6,100 px", days, 6100);
            timeline("1,000 days, 1,280 px", days, 1280);
            timeline("20 years of months, 1,280 px", months, 1280);
            return null;
        });
        Platform.exit();
    }

    private static void timeline(String name, List<DayCount> counts, double width) {
        MainViewModel model = new MainViewModel(new Background());
        TimelineView view = new TimelineView(model);
        report(name + " (" + counts.size() + " counted)", width, () -> {
            model.counts.set(new TimelineCounts(counts, null, null)); // a new value: the bars are worked out again
            return view;
        }, () -> view.scale.bins().size());
    }

    /** The previous timeline's way: a shape and a tooltip per bar, made anew for new counts. */
    private static Parent rectangles(int bars) {
        Pane pane = new Pane();
        pane.getStyleClass().add("timeline");
        for (int i = 0; i < bars; i++) {
            Rectangle bar = new Rectangle(i * 6.5, 10, 5.5, 10 + i % 40);
            bar.getStyleClass().add("timeline-bar");
            Tooltip.install(bar, new Tooltip("مارس 2016: " + Messages.format("search.count", i)));
            pane.getChildren().add(bar);
        }
        return pane;
    }

    /** Times showing what {@code next} gives (the same node each time, or a new one) in a scene of that width. */
    private static void report(String name, double width, Supplier<Parent> next, Supplier<Integer> bars) {
        Pane holder = new Pane();
        Scene scene = new Scene(holder, width, TimelineView.HEIGHT);
        scene.getStylesheets().setAll(MainWindow.class.getResource("arshif.css").toExternalForm(),
                MainWindow.class.getResource("light.css").toExternalForm());
        double[] laidOut = new double[TIMED];
        double[] rendered = new double[TIMED];
        for (int i = -WARM_UP; i < TIMED; i++) {
            long start = System.nanoTime();
            Parent shown = next.get();
            if (shown instanceof javafx.scene.layout.Region region) {
                region.setPrefWidth(width); // a pane lays its children out at their preferred size
            }
            if (holder.getChildren().isEmpty() || holder.getChildren().getFirst() != shown) {
                holder.getChildren().setAll(shown);
            }
            holder.applyCss();
            holder.layout();
            shown.layout();
            long drawn = System.nanoTime();
            shown.snapshot(null, null);
            long end = System.nanoTime();
            if (i >= 0) {
                laidOut[i] = (drawn - start) / 1e6;
                rendered[i] = (end - start) / 1e6;
            }
        }
        Arrays.sort(laidOut);
        Arrays.sort(rendered);
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", name, bars.get(), laidOut[TIMED / 2],
                laidOut[TIMED * 95 / 100], rendered[TIMED / 2], rendered[TIMED * 95 / 100]);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }
}
