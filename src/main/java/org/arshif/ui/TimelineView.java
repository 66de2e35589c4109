package org.arshif.ui;

import java.time.YearMonth;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import org.arshif.model.MonthCount;
import org.arshif.text.DisplayDates;

/**
 * Matching articles per month as bars, oldest to newest in reading order (right to left in Arabic). Every month
 * between the first and the last is a slot, so gaps show; clicking a bar narrows the date range to that month.
 */
final class TimelineView extends Region {

    static final double HEIGHT = 56;
    /** A few months must not become a few wall-wide bars. */
    static final double MAX_SLOT_WIDTH = 28;
    private final MainViewModel model;

    TimelineView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        model.months.addListener((ListChangeListener<MonthCount>) c -> rebuild());
    }

    private void rebuild() {
        getChildren().clear();
        List<MonthCount> months = model.months;
        if (months.isEmpty()) {
            return;
        }
        YearMonth first = months.getFirst().month();
        YearMonth last = months.getLast().month();
        int slots = (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1);
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
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth() - snappedLeftInset() - snappedRightInset();
        double height = getHeight() - snappedTopInset() - snappedBottomInset();
        for (var node : getChildren()) {
            if (node instanceof Rectangle bar && bar.getUserData() instanceof double[] data) {
                double slotWidth = Math.min(MAX_SLOT_WIDTH, width / data[1]);
                double barHeight = Math.max(2, (height - 4) * data[2]);
                bar.setWidth(Math.max(1, slotWidth - (slotWidth > 4 ? 1 : 0)));
                bar.setHeight(barHeight);
                bar.relocate(snappedLeftInset() + data[0] * slotWidth, snappedTopInset() + height - barHeight);
            }
        }
    }
}
