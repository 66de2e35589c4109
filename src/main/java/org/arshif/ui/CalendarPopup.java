package org.arshif.ui;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.arshif.text.CalendarSystem;

/**
 * A month to pick a day from, in the Gregorian or the Hijri calendar: month and weekday names in the window's
 * language, Western digits, right to left in Arabic (weeks from Saturday) and left to right in English (from
 * Sunday). Each day also shows its number in the other calendar, and the heading names the other calendar's months
 * the month spans, so a Hijri month can be placed at a glance. Drawn by Arshif rather than by JavaFX's
 * {@code DatePicker}, whose names follow the JVM's locale (English in an Arabic window) and whose Hijri view keeps a
 * Gregorian grid. From the keyboard, the arrows move the day (Left is the next day in a right-to-left window, as the
 * days run there), Up and Down the week, Page Up and Page Down the month; Enter picks the day, Escape closes.
 */
final class CalendarPopup extends Popup {

    private final Consumer<LocalDate> onPick;
    private final VBox content = new VBox(6);
    final Label title = new Label();
    final Label otherCalendar = new Label();
    final Button previous = new Button();
    final Button next = new Button();
    private final GridPane grid = new GridPane();
    private CalendarSystem calendar = CalendarSystem.GREGORIAN;
    private ChronoLocalDate month;
    private LocalDate selected;
    /** The day the keyboard is on: picked by Enter. */
    private LocalDate cursor;

    CalendarPopup(Consumer<LocalDate> onPick) {
        this.onPick = onPick;
        setAutoHide(true);
        setHideOnEscape(true);
        boolean rightToLeft = Messages.isRightToLeft();
        content.setNodeOrientation(rightToLeft ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT);
        content.getStyleClass().addAll("arshif", "calendar");
        content.setStyle("-fx-font-family: \"" + Fonts.INTERFACE + "\"; -fx-font-size: 13px;");
        title.setId("calendar-title");
        title.getStyleClass().add("calendar-title");
        otherCalendar.setId("calendar-other");
        otherCalendar.getStyleClass().add("calendar-other");
        // Mirrored by the bidi algorithm in a right-to-left window: there the next month's arrow points left.
        previous.setText("‹");
        next.setText("›");
        previous.setId("calendar-previous");
        next.setId("calendar-next");
        previous.setOnAction(e -> showMonth(month.minus(1, ChronoUnit.MONTHS)));
        next.setOnAction(e -> showMonth(month.plus(1, ChronoUnit.MONTHS)));
        VBox heading = new VBox(title, otherCalendar);
        heading.setAlignment(Pos.CENTER);
        BorderPane header = new BorderPane(heading, null, next, null, previous);
        BorderPane.setAlignment(previous, Pos.CENTER);
        BorderPane.setAlignment(next, Pos.CENTER);
        grid.setHgap(2);
        grid.setVgap(2);
        content.getChildren().addAll(header, grid);
        getContent().add(content);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    private void key(KeyEvent event) {
        int forward = Messages.isRightToLeft() ? -1 : 1; // the way the days run along a week's row
        ChronoLocalDate at = calendar.date(cursor);
        ChronoUnit unit = switch (event.getCode()) {
            case RIGHT, LEFT -> ChronoUnit.DAYS;
            case UP, DOWN -> ChronoUnit.WEEKS;
            case PAGE_UP, PAGE_DOWN -> ChronoUnit.MONTHS;
            default -> null;
        };
        if (unit != null) {
            int step = switch (event.getCode()) {
                case RIGHT -> forward;
                case LEFT -> -forward;
                case UP, PAGE_UP -> -1;
                default -> 1;
            };
            try {
                moveCursor(at, at.plus(step, unit));
            } catch (DateTimeException pastTheTable) {
                // a Hijri month beyond the table: the keyboard stays where it is
            }
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            hide();
            onPick.accept(cursor);
            event.consume();
        }
    }

    /** Puts the keyboard on another day, showing its month; a day the calendar's fields cannot take is not reached. */
    private void moveCursor(ChronoLocalDate from, ChronoLocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        if (days == 0 || !canReach(from, (int) days)) {
            return;
        }
        cursor = LocalDate.from(to);
        if (isShown(cursor)) {
            markCursor();
        } else {
            showMonth(to.with(ChronoField.DAY_OF_MONTH, 1));
        }
    }

    /** True when {@code day} is in the month shown. */
    private boolean isShown(LocalDate day) {
        return calendar.covers(day)
                && LocalDate.from(calendar.date(day).with(ChronoField.DAY_OF_MONTH, 1)).equals(LocalDate.from(month));
    }

    private void markCursor() {
        for (Button day : dayButtons()) {
            boolean on = cursor.equals(day.getUserData());
            day.getStyleClass().remove("calendar-day-cursor");
            if (on) {
                day.getStyleClass().add("calendar-day-cursor");
                day.requestFocus();
            }
        }
    }

    /** Opens below {@code owner} at the month of {@code selected}, or of {@code openAt} when nothing is chosen. */
    void show(Node owner, CalendarSystem newCalendar, LocalDate newSelected, LocalDate openAt) {
        calendar = newCalendar;
        selected = newSelected;
        LocalDate day = newSelected != null ? newSelected : openAt;
        if (!calendar.covers(day)) {
            calendar = CalendarSystem.GREGORIAN; // before 1882 or after 2174: the Hijri table has no such month
        }
        cursor = day;
        showMonth(calendar.date(day).with(ChronoField.DAY_OF_MONTH, 1));
        Bounds bounds = owner.localToScreen(owner.getBoundsInLocal());
        content.applyCss();
        double width = content.prefWidth(-1);
        show(owner, Messages.isRightToLeft() ? bounds.getMaxX() - width : bounds.getMinX(), bounds.getMaxY());
        markCursor(); // focus is given to the day once the popup shows
    }

    private void showMonth(ChronoLocalDate first) {
        month = first;
        title.setText(calendar.monthTitle(first, Messages.locale()));
        ChronoLocalDate last = first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth());
        CalendarSystem other = calendar == CalendarSystem.GREGORIAN ? CalendarSystem.HIJRI : CalendarSystem.GREGORIAN;
        otherCalendar.setText(span(other, LocalDate.from(first), LocalDate.from(last)));
        previous.setDisable(!canReach(first, -1));
        next.setDisable(!canReach(last, 1));

        grid.getChildren().clear();
        DayOfWeek weekStart = Messages.isRightToLeft() ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
        for (int column = 0; column < 7; column++) {
            Label head = new Label(org.arshif.text.DisplayDates.weekday(weekStart.plus(column), Messages.locale()));
            head.getStyleClass().add("calendar-weekday");
            head.setMaxWidth(Double.MAX_VALUE);
            head.setAlignment(Pos.CENTER);
            grid.add(head, column, 0);
        }
        int column = Math.floorMod(LocalDate.from(first).getDayOfWeek().getValue() - weekStart.getValue(), 7);
        int row = 1;
        for (int d = 1; d <= first.lengthOfMonth(); d++) {
            grid.add(dayButton(LocalDate.from(first.with(ChronoField.DAY_OF_MONTH, d)), d, other), column, row);
            if (++column == 7) {
                column = 0;
                row++;
            }
        }
        if (cursor == null || !isShown(cursor)) {
            cursor = LocalDate.from(first); // the month changed with its buttons: the keyboard starts at its first day
        }
        markCursor();
    }

    private Button dayButton(LocalDate day, int number, CalendarSystem other) {
        Label main = new Label(Integer.toString(number));
        main.getStyleClass().add("calendar-day-number");
        Label second = new Label(other.covers(day) ? Integer.toString(other.date(day).get(ChronoField.DAY_OF_MONTH)) : "");
        second.getStyleClass().add("calendar-day-other");
        VBox face = new VBox(-2, main, second);
        face.setAlignment(Pos.CENTER);
        Button button = new Button(null, face);
        button.getStyleClass().add("calendar-day");
        button.setUserData(day);
        button.setPrefWidth(48);
        if (day.equals(selected)) {
            button.getStyleClass().add("calendar-day-selected");
        }
        button.setOnAction(e -> {
            hide();
            onPick.accept(day);
        });
        return button;
    }

    /** The other calendar's months from {@code first} to {@code last}: «ذو الحجة 1436 – محرم 1437 هـ». */
    private static String span(CalendarSystem other, LocalDate first, LocalDate last) {
        if (!other.covers(first) || !other.covers(last)) {
            return "";
        }
        String from = other.monthTitle(other.date(first), Messages.locale());
        String to = other.monthTitle(other.date(last), Messages.locale());
        return from.equals(to) ? from : from + " – " + to;
    }

    /** True when the day {@code days} away from {@code day} is in a year this calendar's fields take. */
    private boolean canReach(ChronoLocalDate day, int days) {
        try {
            ChronoLocalDate there = day.plus(days, ChronoUnit.DAYS);
            return CalendarSystem.ofYear(there.get(ChronoField.YEAR)).filter(calendar::equals).isPresent();
        } catch (DateTimeException e) {
            return false; // past the end of the Hijri table
        }
    }

    /** The day buttons shown, first to last (for tests). */
    List<Button> dayButtons() {
        List<Button> days = new ArrayList<>();
        grid.getChildren().stream().filter(Button.class::isInstance).map(Button.class::cast).forEach(days::add);
        return days;
    }

    /** The first day of the month shown. */
    LocalDate shownMonth() {
        return LocalDate.from(month);
    }
}
