package org.arshif.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.util.Duration;

/**
 * Matching texts over time as bars, oldest to newest in reading order: right to left in Arabic. The view places
 * its bars and labels itself, left to right on screen, the Arabic order worked out here: JavaFX mirrors a right-to-left
 * parent's shapes and labels but not a canvas's drawing, so leaving it to JavaFX put the bars and their labels in
 * opposite orders. The bars are the days, months or years of the calendar the date
 * fields show ({@link TimelineScale}), scaled to the width, under an axis naming them (day numbers under their
 * month, months under their year, years). An empty day or month is a gap in the baseline.
 *
 * <p>Pointing at a bar says its count (tooltip, and the line above the bars); clicking it selects its day, month or
 * year, and dragging over several selects their span: either sets the date range and searches, so the timeline then
 * spans the selection, in finer bars — selecting is zooming in. "Wider" goes back out a step (days to their years,
 * months to everything), "Everything" or Escape clears the range. Without a mouse: the arrow keys move a focus over
 * the bars, Shift+arrows stretch a selection, Enter selects, Escape clears, minus widens.
 *
 * <p>The bars are drawn on one canvas (a thousand bars draw as fast as ten); their colours come from the theme's
 * style sheet through hidden shapes styled {@code .timeline-bar}, {@code .timeline-bar-hover} and so on.
 */
final class TimelineView extends Region {

    /** The line above the bars: what the bars are, what is pointed at, the links out. */
    static final double HEADER = 22;
    /** Two rows of labels under the bars. */
    static final double AXIS = 32;
    static final double HEIGHT = 108;
    /** A few days fill the width, but as bars of at most this width, each in the middle of its share. */
    static final double MAX_BAR = 56;
    /** A bar of one article is this high whatever the busiest bar holds: seen, and under the pointer. */
    static final double MIN_BAR_HEIGHT = 4;
    /** Room kept at an end for the count of articles dated beyond it. */
    static final double OUTLIER_WIDTH = 44;

    private final MainViewModel model;
    final Canvas canvas = new Canvas();
    final Label title = new Label();
    /** The bar pointed at or focused, with its count; the span being dragged over. */
    final Label readout = new Label();
    final Hyperlink wider = new Hyperlink(Messages.get("timeline.wider"));
    final Hyperlink whole = new Hyperlink(Messages.get("timeline.whole"));
    final Tooltip tip = new Tooltip();
    private final HBox header;
    private final Pane axis = new Pane();
    private final Rectangle barPaint = paint("timeline-bar");
    private final Rectangle hoverPaint = paint("timeline-bar-hover");
    private final Rectangle rulePaint = paint("timeline-rule");
    private final Rectangle gapPaint = paint("timeline-gap");
    private final Rectangle selectionPaint = paint("timeline-selection");
    private final Rectangle focusPaint = paint("timeline-focus");
    private Label earlier;
    private Label later;
    /** True in the Arabic window: the oldest bar is drawn at the right. */
    private final boolean rightToLeft = Messages.isRightToLeft();

    TimelineScale scale = TimelineScale.of(TimelineCounts.NONE, org.arshif.text.CalendarSystem.GREGORIAN, 0,
            LocalDate.now());
    private boolean stale = true;
    private double scaledFor = -1;
    double slotWidth;
    /** The bar under the pointer, the focused bar, and the bar a selection started on (-1: none). */
    int hovered = -1;
    int focused = -1;
    int anchor = -1;

    TimelineView(MainViewModel model) {
        this.model = model;
        getStyleClass().add("timeline");
        setId("timeline");
        setPrefHeight(HEIGHT);
        setMinHeight(HEIGHT);
        setFocusTraversable(true);
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT); // screen coordinates: see the class comment
        title.getStyleClass().add("timeline-title");
        readout.setId("timeline-readout");
        readout.getStyleClass().add("timeline-readout");
        wider.setId("timeline-wider");
        whole.setId("timeline-whole");
        for (Hyperlink link : List.of(wider, whole)) {
            link.getStyleClass().add("timeline-link");
            link.setFocusTraversable(false);
        }
        wider.setOnAction(e -> widen());
        whole.setOnAction(e -> model.setDates(null, null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        header = new HBox(12, title, readout, spacer, wider, whole);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        wider.setVisible(false);
        whole.setVisible(false);
        canvas.setId("timeline-canvas");
        canvas.setCursor(Cursor.HAND);
        axis.setMouseTransparent(true);
        axis.setManaged(false);
        tip.setShowDelay(Duration.millis(150));
        Tooltip.install(canvas, tip);
        getChildren().addAll(header, canvas, axis, barPaint, hoverPaint, rulePaint, gapPaint, selectionPaint,
                focusPaint);

        model.counts.addListener((o, old, now) -> refresh());
        model.calendar.addListener((o, old, now) -> refresh());
        for (Rectangle paint : List.of(barPaint, hoverPaint, rulePaint, gapPaint, selectionPaint, focusPaint)) {
            paint.fillProperty().addListener((o, old, now) -> draw()); // the theme changed
        }
        focusedProperty().addListener((o, was, now) -> {
            if (now && focused < 0 && !scale.bins().isEmpty()) {
                focused = scale.bins().size() - 1;
            }
            showPointed();
            draw();
        });
        canvas.setOnMouseMoved(e -> point(slotAt(e)));
        canvas.setOnMouseExited(e -> point(-1));
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(e -> {
            if (anchor >= 0) {
                focused = slotAt(e);
                showPointed();
                draw();
            }
        });
        canvas.setOnMouseReleased(e -> {
            if (anchor >= 0) {
                select(anchor, focused);
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** A hidden shape that only carries a colour of the style sheet. */
    private static Rectangle paint(String styleClass) {
        Rectangle shape = new Rectangle(0, 0);
        shape.getStyleClass().add(styleClass);
        shape.setVisible(false);
        shape.setManaged(false);
        return shape;
    }

    /** New counts or another calendar: the bars are worked out again at the next layout. */
    private void refresh() {
        stale = true;
        hovered = -1;
        focused = -1;
        anchor = -1;
        TimelineCounts counts = model.counts.get();
        boolean ranged = counts.from() != null || counts.to() != null;
        wider.setVisible(ranged);
        whole.setVisible(ranged);
        requestLayout();
    }

    private void rescale(double width) {
        TimelineCounts counts = model.counts.get();
        LocalDate today = LocalDate.now();
        scale = TimelineScale.of(counts, model.calendar.get(), width, today);
        double outliers = (scale.earlier() > 0 ? OUTLIER_WIDTH : 0) + (scale.later() > 0 ? OUTLIER_WIDTH : 0);
        if (outliers > 0) {
            scale = TimelineScale.of(counts, model.calendar.get(), width - outliers, today);
        }
        getChildren().remove(earlier);
        getChildren().remove(later);
        String firstShown = scale.bins().isEmpty() ? null : scale.title(scale.bins().getFirst(), Messages.locale());
        String lastShown = scale.bins().isEmpty() ? null : scale.title(scale.bins().getLast(), Messages.locale());
        earlier = outliers(scale.earlier(), firstShown, "timeline.earlier");
        later = outliers(scale.later(), lastShown, "timeline.later");
        for (Label label : new Label[] {earlier, later}) {
            if (label != null) {
                getChildren().add(label);
            }
        }
        title.setText(Messages.get(switch (scale.level()) {
            case DAY -> "timeline.title.day";
            case MONTH -> "timeline.title";
            case YEAR -> "timeline.title.year";
        }));
        showPointed();
    }

    /** The count of articles dated beyond one end ({@code edge}: the bar drawn at that end), or null for none. */
    private static Label outliers(long count, String edge, String key) {
        if (count == 0) {
            return null;
        }
        Label label = new Label(Messages.format("timeline.outliers", count));
        label.getStyleClass().add("timeline-outliers");
        label.setMinWidth(OUTLIER_WIDTH);
        label.setAlignment(Pos.CENTER);
        label.setTooltip(new Tooltip(Messages.format(edge == null ? "timeline.unbelievable" : key, count,
                edge == null ? "" : edge)));
        return label;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double height = getHeight() - top - snappedBottomInset();
        header.resizeRelocate(left, top, width, HEADER);
        if (stale || width != scaledFor) {
            stale = false;
            scaledFor = width;
            rescale(width);
        }
        Label onTheLeft = rightToLeft ? later : earlier;
        Label onTheRight = rightToLeft ? earlier : later;
        double start = left + (onTheLeft != null ? OUTLIER_WIDTH : 0);
        double room = width - (earlier != null ? OUTLIER_WIDTH : 0) - (later != null ? OUTLIER_WIDTH : 0);
        int slots = scale.bins().size();
        slotWidth = slots == 0 ? 0 : room / slots;
        double barsTop = top + HEADER;
        double barsHeight = Math.max(0, height - HEADER - AXIS);
        canvas.setWidth(Math.max(0, slots * slotWidth));
        canvas.setHeight(Math.max(0, height - HEADER));
        canvas.relocate(start, barsTop);
        axis.relocate(start, barsTop + barsHeight);
        labelAxis();
        if (onTheLeft != null) {
            onTheLeft.resizeRelocate(left, barsTop, OUTLIER_WIDTH, barsHeight);
        }
        if (onTheRight != null) {
            onTheRight.resizeRelocate(start + slots * slotWidth, barsTop, OUTLIER_WIDTH, barsHeight);
        }
        draw();
    }

    /**
     * The axis: under the bars their own labels (every bar's when they fit, else every second, third… counted from
     * the start of each month or year), and under those the month or year each group of bars is in, at its start.
     */
    private void labelAxis() {
        axis.getChildren().clear();
        List<TimelineScale.Bin> bins = scale.bins();
        if (bins.isEmpty()) {
            return;
        }
        var locale = Messages.locale();
        double widest = 0;
        for (int i = 0; i < bins.size(); i += Math.max(1, bins.size() / 24)) {
            widest = Math.max(widest, measure(label(scale.tick(bins.get(i), locale), "timeline-tick")));
        }
        int every = (int) Math.ceil((widest + 6) / slotWidth);
        boolean monthsTooDense = scale.level() == TimelineScale.Level.MONTH && 12 % every != 0;
        double lastRight = Double.NEGATIVE_INFINITY;
        int groupStart = 0;
        for (int i = 0; i < bins.size() && !monthsTooDense; i++) {
            groupStart = scale.opensGroup(i) ? i : groupStart;
            if ((i - groupStart) % every != 0) {
                continue;
            }
            Text tick = label(scale.tick(bins.get(i), locale), "timeline-tick");
            double textWidth = measure(tick);
            double x = Math.max(0, Math.min((i + 0.5) * slotWidth - textWidth / 2, canvas.getWidth() - textWidth));
            if (x >= lastRight + 4) {
                place(tick, x, textWidth, 0);
                lastRight = x + textWidth;
            }
        }
        lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < bins.size(); i++) {
            String group = scale.opensGroup(i) ? scale.group(bins.get(i), locale) : null;
            if (group == null) {
                continue;
            }
            Text heading = label(group, "timeline-group");
            double textWidth = measure(heading);
            double x = Math.min(i * slotWidth + 2, canvas.getWidth() - textWidth);
            if (x >= lastRight + 8) {
                place(heading, x, textWidth, AXIS / 2);
                lastRight = x + textWidth;
            }
        }
    }

    private Text label(String text, String styleClass) {
        Text label = new Text(text);
        label.getStyleClass().add(styleClass);
        label.setTextOrigin(javafx.geometry.VPos.TOP);
        return label;
    }

    private double measure(Text label) {
        axis.getChildren().add(label);
        label.applyCss();
        axis.getChildren().remove(label);
        return label.getLayoutBounds().getWidth();
    }

    /** Places a label {@code x} from the start of the oldest bar (from the right in Arabic). */
    private void place(Text label, double x, double width, double y) {
        label.relocate(rightToLeft ? canvas.getWidth() - x - width : x, y + 1);
        axis.getChildren().add(label);
    }

    /** Draws the bars, the baseline (broken where bars are empty), the selection being made and the focus. */
    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double barsHeight = canvas.getHeight() - AXIS;
        g.clearRect(0, 0, width, canvas.getHeight());
        List<TimelineScale.Bin> bins = scale.bins();
        if (bins.isEmpty() || barsHeight <= 0) {
            return;
        }
        if (anchor >= 0) {
            g.setFill(selectionPaint.getFill());
            g.setGlobalAlpha(0.25);
            g.fillRect(Math.min(leftOf(anchor), leftOf(focused)), 0, (Math.abs(anchor - focused) + 1) * slotWidth,
                    barsHeight);
            g.setGlobalAlpha(1);
        }
        double barWidth = Math.min(MAX_BAR, slotWidth >= 10 ? slotWidth - Math.min(slotWidth * 0.2, 8) : slotWidth - 1);
        double inset = (slotWidth - barWidth) / 2;
        double max = scale.max();
        Paint bar = barPaint.getFill();
        Paint strong = hoverPaint.getFill();
        for (int i = 0; i < bins.size(); i++) {
            long count = bins.get(i).count();
            if (count > 0) {
                double height = Math.max(MIN_BAR_HEIGHT, (barsHeight - 2) * count / max);
                g.setFill(i == hovered || (i == focused && isFocused()) ? strong : bar);
                g.fillRect(leftOf(i) + inset, barsHeight - height, barWidth, height);
            }
        }
        // The baseline: solid under bars, dashed across a run of empty ones (a gap, not the end of the news).
        double y = Math.floor(barsHeight) + 0.5;
        g.setLineWidth(1);
        int run = 0;
        for (int i = 1; i <= bins.size(); i++) {
            if (i == bins.size() || (bins.get(i).count() == 0) != (bins.get(run).count() == 0)) {
                boolean empty = bins.get(run).count() == 0;
                g.setStroke(empty ? gapPaint.getFill() : rulePaint.getFill());
                g.setLineDashes(empty ? new double[] {3, 3} : null);
                double from = Math.min(leftOf(run), leftOf(i - 1));
                double to = Math.max(leftOf(run), leftOf(i - 1)) + slotWidth;
                g.strokeLine(from + (empty ? 2 : 0), y, to - (empty ? 2 : 0), y);
                run = i;
            }
        }
        g.setLineDashes(null);
        g.setStroke(rulePaint.getFill());
        for (int i = 1; i < bins.size(); i++) {
            if (scale.opensGroup(i)) {
                double x = Math.floor(rightToLeft ? leftOf(i) + slotWidth : leftOf(i)) + 0.5;
                g.strokeLine(x, barsHeight, x, canvas.getHeight());
            }
        }
        if (isFocused() && focused >= 0 && focused < bins.size()) {
            g.setStroke(focusPaint.getFill());
            g.setLineWidth(2);
            g.strokeRect(leftOf(focused) + 1, 1, Math.max(1, slotWidth - 2), barsHeight - 2);
        }
    }

    /** The bar under the pointer, the nearest end bar when past either end. */
    private int slotAt(MouseEvent e) {
        if (scale.bins().isEmpty() || slotWidth <= 0) {
            return -1;
        }
        int last = scale.bins().size() - 1;
        int fromTheLeft = (int) Math.max(0, Math.min(last, Math.floor(e.getX() / slotWidth)));
        return rightToLeft ? last - fromTheLeft : fromTheLeft;
    }

    /** Where bar {@code index} (0: the oldest) starts on the canvas, from its left edge. */
    double leftOf(int index) {
        return (rightToLeft ? scale.bins().size() - 1 - index : index) * slotWidth;
    }

    private void point(int slot) {
        hovered = slot;
        showPointed();
        draw();
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        if (e.getButton() != javafx.scene.input.MouseButton.PRIMARY) {
            return;
        }
        anchor = slotAt(e);
        focused = anchor;
        hovered = -1; // the pointer's moves are drags now: the selection is what is shown
        showPointed();
        draw();
    }

    /** Says what is pointed at, focused or being selected: above the bars, and in the tooltip. */
    private void showPointed() {
        List<TimelineScale.Bin> bins = scale.bins();
        var locale = Messages.locale();
        String text = "";
        if (anchor >= 0 && focused >= 0 && anchor != focused) {
            int low = Math.min(anchor, focused);
            int high = Math.max(anchor, focused);
            long count = bins.subList(low, high + 1).stream().mapToLong(TimelineScale.Bin::count).sum();
            text = Messages.format("timeline.span", scale.title(bins.get(low), locale),
                    scale.title(bins.get(high), locale), Messages.format("search.count", count));
        } else {
            int shown = hovered >= 0 ? hovered : isFocused() ? focused : -1;
            if (shown >= 0 && shown < bins.size()) {
                TimelineScale.Bin bin = bins.get(shown);
                text = Messages.format("timeline.tip", scale.title(bin, locale), Messages.format("search.count",
                        bin.count()));
            }
        }
        readout.setText(text);
        tip.setText(text.isEmpty() ? title.getText() : text);
    }

    /**
     * Selects the bars from {@code first} to {@code last} (either order): their days become the date range, of
     * publication (the timeline counts publication dates, so a range of dates written in the text gives way).
     * A click on an empty bar selects nothing.
     */
    private void select(int first, int last) {
        anchor = -1;
        List<TimelineScale.Bin> bins = scale.bins();
        int low = Math.min(first, last);
        int high = Math.max(first, last);
        if (low < 0 || high >= bins.size() || (low == high && bins.get(low).count() == 0)) {
            draw();
            return;
        }
        model.selectPublished(bins.get(low).first(), bins.get(high).last());
    }

    /** One step out: days to the whole years they are in, anything else to the whole archive. */
    void widen() {
        List<TimelineScale.Bin> bins = scale.bins();
        TimelineCounts counts = model.counts.get();
        if (scale.level() == TimelineScale.Level.DAY && !bins.isEmpty()) {
            LocalDate from = scale.yearStart(bins.getFirst().first());
            LocalDate to = scale.yearEnd(bins.getLast().last());
            if (!from.equals(counts.from()) || !to.equals(counts.to())) {
                model.selectPublished(from, to);
                return;
            }
        }
        model.setDates(null, null);
    }

    private void keyPressed(KeyEvent e) {
        int size = scale.bins().size();
        KeyCode code = e.getCode();
        int step = switch (code) {
            // On screen: in Arabic the older bars are to the right.
            case LEFT, KP_LEFT -> rightToLeft ? 1 : -1;
            case RIGHT, KP_RIGHT -> rightToLeft ? -1 : 1;
            case HOME -> -size;
            case END -> size;
            default -> 0;
        };
        if (step != 0 && size > 0) {
            if (e.isShiftDown() && anchor < 0) {
                anchor = Math.max(0, focused);
            } else if (!e.isShiftDown()) {
                anchor = -1;
            }
            focused = Math.max(0, Math.min(size - 1, (focused < 0 ? size - 1 : focused) + step));
            showPointed();
            draw();
            e.consume();
        } else if ((code == KeyCode.ENTER || code == KeyCode.SPACE) && focused >= 0) {
            select(anchor >= 0 ? anchor : focused, focused);
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            if (anchor >= 0) {
                anchor = -1; // a selection being made is dropped first
                showPointed();
                draw();
            } else {
                model.setDates(null, null);
            }
            e.consume();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            widen();
            e.consume();
        }
    }
}
