package org.arshif.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.arshif.model.MonthCount;
import org.arshif.text.DisplayDates;

/**
 * Matching articles per month as bars, oldest to newest in reading order (right to left in Arabic). Every month
 * between the first and the last is a slot, so gaps show; clicking a bar narrows the date range to that month.
 * Stray dates far from the rest (a placeholder 9999-12-31) are not slots: they are counted at the ends instead
 * ({@link TimelineRange}), so they cannot squeeze the real months into a pixel.
 */
final class TimelineView extends Region {

    static final double HEIGHT = 56;
    /** A few months must not become a few wall-wide bars. */
    static final double MAX_SLOT_WIDTH = 28;
    /** Room kept at an end for the count of articles dated beyond it. */
    static final double OUTLIER_WIDTH = 44;
    private final MainViewModel model;
    private Label earlier;
    private Label later;

    TimelineView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        model.months.addListener((ListChangeListener<MonthCount>) c -> rebuild());
    }

    private void rebuild() {
        getChildren().clear();
        TimelineRange range = TimelineRange.of(List.copyOf(model.months), LocalDate.now());
        List<MonthCount> months = range.months();
        earlier = outliers(range.earlier(), months.isEmpty() ? null : months.getFirst().month(), "timeline.earlier");
        later = outliers(range.later(), months.isEmpty() ? null : months.getLast().month(), "timeline.later");
        if (months.isEmpty()) {
            requestLayout();
            return;
        }
        YearMonth first = months.getFirst().month();
        int slots = range.slots();
        long max = months.stream().mapToLong(MonthCount::count).max().orElse(1);
        for (MonthCount month : months) {
            int slot = (int) first.until(month.month(), java.time.temporal.ChronoUnit.MONTHS);
            Rectangle bar = new Rectangle();
            bar.getStyleClass().add("timeline-bar");
            bar.setUserData(new double[] {slot, slots, (double) month.count() / max});
            Tooltip.install(bar, new Tooltip(Messages.format("timeline.tip",
                    DisplayDates.month(month.month().getYear(), month.month().getMonthValue(), Messages.locale()),
                    Messages.format("search.count", month.count()))));
            bar.setOnMouseClicked(e -> model.narrowTo(month.month()));
            getChildren().add(bar);
        }
        // After the bars: the first child stays the oldest bar.
        for (Label label : new Label[] {earlier, later}) {
            if (label != null) {
                getChildren().add(label);
            }
        }
        requestLayout();
    }

    /** The count of articles dated beyond one end ({@code edge}: the month drawn at that end), or null for none. */
    private static Label outliers(long count, YearMonth edge, String key) {
        if (count == 0) {
            return null;
        }
        Label label = new Label(Messages.format("timeline.outliers", count));
        label.getStyleClass().add("timeline-outliers");
        label.setMinWidth(OUTLIER_WIDTH);
        label.setAlignment(javafx.geometry.Pos.CENTER);
        String month = edge == null ? "" : DisplayDates.month(edge.getYear(), edge.getMonthValue(), Messages.locale());
        label.setTooltip(new Tooltip(Messages.format(edge == null ? "timeline.unbelievable" : key, count, month)));
        return label;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset() + (earlier != null ? OUTLIER_WIDTH : 0);
        double width = getWidth() - snappedLeftInset() - snappedRightInset()
                - (earlier != null ? OUTLIER_WIDTH : 0) - (later != null ? OUTLIER_WIDTH : 0);
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        double end = left;
        for (var node : getChildren()) {
            if (node instanceof Rectangle bar && bar.getUserData() instanceof double[] data) {
                double slotWidth = Math.min(MAX_SLOT_WIDTH, width / data[1]);
                double barHeight = Math.max(2, (height - 4) * data[2]);
                bar.setWidth(Math.max(1, slotWidth - (slotWidth > 4 ? 1 : 0)));
                bar.setHeight(barHeight);
                bar.relocate(left + data[0] * slotWidth, snappedTopInset() + height - barHeight);
                end = Math.max(end, left + (data[0] + 1) * slotWidth);
            }
        }
        if (earlier != null) {
            earlier.resizeRelocate(snappedLeftInset(), snappedTopInset(), OUTLIER_WIDTH, height);
        }
        if (later != null) {
            later.resizeRelocate(end, snappedTopInset(), OUTLIER_WIDTH, height);
        }
    }
}
