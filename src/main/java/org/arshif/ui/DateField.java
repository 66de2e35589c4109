package org.arshif.ui;

import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.arshif.text.CalendarSystem;
import org.arshif.text.DateInput;

/**
 * One end of a date range: typed the ways people write dates ({@link DateInput}: {@code 25/07/2015},
 * {@code ٢٥ تموز ٢٠١٥}, {@code 8 شوال 1436}) or picked from a month ({@link CalendarPopup}), and shown in the chosen
 * calendar, in the window's language. What is typed is read on Enter or when the field loses the focus; text that is
 * no date stays as typed, marked, with the reason in {@link #problemProperty()}, and the value keeps what it was.
 */
final class DateField extends HBox {

    /** Which day of a typed month or year the field takes: the first for "from", the last for "to". */
    enum End { FIRST, LAST }

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    final TextField editor = TextMenus.install(new TextField());
    final Button pick = new Button("▾");
    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(this, "value");
    private final ObjectProperty<CalendarSystem> calendar =
            new SimpleObjectProperty<>(this, "calendar", CalendarSystem.GREGORIAN);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final End end;
    private final Supplier<LocalDate> openAt;
    private CalendarPopup popup;

    /**
     * @param openAt the day whose month the calendar shows when the field is empty (the archive's latest month)
     */
    DateField(String id, String prompt, End end, Supplier<LocalDate> openAt) {
        this.end = end;
        this.openAt = openAt;
        getStyleClass().add("date-field");
        setAlignment(Pos.CENTER_LEFT);
        editor.setId(id);
        editor.setPromptText(prompt);
        editor.setPrefColumnCount(11); // «30 ربيع الأول 1439 هـ» whole
        pick.setId(id + "-pick");
        pick.getStyleClass().add("date-pick");
        pick.setFocusTraversable(false);
        pick.setTooltip(new Tooltip(Messages.get("date.pick")));
        getChildren().addAll(editor, pick);

        // A value set from outside (a timeline bar, the clear button) replaces whatever was typed, refused or not.
        value.addListener((o, old, now) -> showValue());
        calendar.addListener((o, old, now) -> {
            if (problem.get().isEmpty()) {
                showValue();
            }
        });
        editor.setOnAction(e -> commit());
        editor.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        editor.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                accept(value.get()); // back to the value, the problem gone
                e.consume();
            }
        });
        pick.setOnAction(e -> openCalendar());
    }

    /** Reads what is typed: an empty field opens its end of the range; a date is taken; anything else says why. */
    void commit() {
        switch (DateInput.read(editor.getText())) {
            case DateInput.Empty empty -> accept(null);
            case DateInput.Days days -> accept(end == End.FIRST ? days.first() : days.last());
            case DateInput.Refused refused -> {
                problem.set(DateProblems.describe(refused));
                editor.pseudoClassStateChanged(INVALID, true);
            }
        }
    }

    private void accept(LocalDate day) {
        value.set(day);
        showValue(); // also when the value stays: «25/07/2015» is shown as the field writes it
    }

    /** Empties the field, a refused text and its reason included. */
    void clear() {
        accept(null);
    }

    private void showValue() {
        problem.set("");
        editor.pseudoClassStateChanged(INVALID, false);
        LocalDate day = value.get();
        editor.setText(day == null ? "" : calendar.get().format(day, Messages.locale()));
    }

    private void openCalendar() {
        commit(); // «يوليو 2015» typed, then ▾: the calendar opens at July 2015
        if (popup == null) {
            popup = new CalendarPopup(this::accept);
        }
        popup.show(this, calendar.get(), value.get(), value.get() != null ? value.get() : openAt.get());
    }

    /** The calendar popup, once opened (for tests). */
    CalendarPopup popup() {
        return popup;
    }

    ObjectProperty<LocalDate> valueProperty() {
        return value;
    }

    ObjectProperty<CalendarSystem> calendarProperty() {
        return calendar;
    }

    /** Why the text typed last is not a date, in the window's language; empty when it is one. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
