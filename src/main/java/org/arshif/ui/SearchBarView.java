package org.arshif.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import java.util.List;
import org.arshif.model.SortOrder;
import org.arshif.text.CalendarSystem;

/**
 * The search bar: query, date range (with the calendar it is shown in), source, order and the number of matching
 * articles; under them, only when there is one, what is wrong with the dates. Typing searches after a short pause;
 * Enter searches at once; Esc clears.
 */
final class SearchBarView extends javafx.scene.layout.VBox {

    static final Duration TYPING_PAUSE = Duration.millis(300);

    final TextField queryField = TextMenus.install(new TextField());
    final DateField fromField;
    final DateField toField;
    final ComboBox<CalendarSystem> calendarBox = new ComboBox<>();
    /** Why a typed date is not taken, or that the range ends before it starts; hidden when all is well. */
    final Label dateProblem = new Label();
    /** Says that a pasted text's search signs are read as its words. */
    final Label syntaxAsText = new Label(Messages.get("search.syntaxAsText"));
    /** Says that the query holds no word to search, only punctuation. */
    final Label noWord = new Label(Messages.get("search.noWord"));
    final ComboBox<String> sourceBox = new ComboBox<>();
    final ComboBox<SortOrder> sortBox = new ComboBox<>();
    final Label countLabel = new Label();
    final javafx.scene.control.Hyperlink didYouMean = new javafx.scene.control.Hyperlink();
    final javafx.scene.control.CheckBox datesInText = new javafx.scene.control.CheckBox(Messages.get("search.datesInText"));

    /** What Enter does when the query was searched already (the next match in the reading pane). */
    Runnable onEnterAgain;

    SearchBarView(MainViewModel model) {
        getStyleClass().add("search-bar");
        setSpacing(4);
        setPadding(new Insets(8, 12, 8, 12));
        HBox controls = new HBox(8);
        controls.setAlignment(Pos.CENTER_LEFT);

        queryField.setId("query");
        queryField.setPromptText(Messages.get("search.prompt"));
        queryField.textProperty().bindBidirectional(model.query);
        HBox.setHgrow(queryField, Priority.ALWAYS);
        PauseTransition pause = new PauseTransition(TYPING_PAUSE);
        pause.setOnFinished(e -> model.search());
        queryField.textProperty().addListener((o, a, b) -> pause.playFromStart());
        queryField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pause.stop();
                if (model.wasSearched(queryField.getText()) && onEnterAgain != null) {
                    onEnterAgain.run(); // as in a browser's find bar: Enter again goes to the next match
                } else {
                    model.search();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                pause.stop();
                model.clear();
            }
        });

        fromField = new DateField("from", Messages.get("search.from"), DateField.End.FIRST, model::latestDay);
        toField = new DateField("to", Messages.get("search.to"), DateField.End.LAST, model::latestDay);
        for (DateField field : List.of(fromField, toField)) {
            field.calendarProperty().bind(model.calendar);
        }
        fromField.valueProperty().bindBidirectional(model.from);
        toField.valueProperty().bindBidirectional(model.to);
        calendarBox.setId("calendar");
        calendarBox.getItems().setAll(CalendarSystem.values());
        calendarBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(CalendarSystem calendar) {
                return calendar == null ? "" : Messages.get(calendar == CalendarSystem.HIJRI
                        ? "date.calendar.hijri" : "date.calendar.gregorian");
            }

            @Override
            public CalendarSystem fromString(String text) {
                return null;
            }
        });
        calendarBox.setTooltip(new javafx.scene.control.Tooltip(Messages.get("date.calendar.tip")));
        calendarBox.valueProperty().bindBidirectional(model.calendar);
        dateProblem.setId("date-problem");
        dateProblem.getStyleClass().add("date-problem");
        dateProblem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> problemText(model), fromField.problemProperty(), toField.problemProperty(), model.from, model.to));
        dateProblem.visibleProperty().bind(dateProblem.textProperty().isNotEmpty());
        dateProblem.managedProperty().bind(dateProblem.visibleProperty());
        dateProblem.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button clearDates = new Button("✕");
        clearDates.setId("clear-dates");
        clearDates.setTooltip(new javafx.scene.control.Tooltip(Messages.get("search.clearDates")));
        clearDates.setOnAction(e -> {
            model.setDates(null, null);
            fromField.clear(); // a refused text too, which the range never held
            toField.clear();
        });
        datesInText.setId("dates-in-text");
        datesInText.setTooltip(new javafx.scene.control.Tooltip(Messages.get("search.datesInText.tip")));
        datesInText.selectedProperty().bindBidirectional(model.datesInText);

        sourceBox.setId("source");
        sourceBox.setPromptText(Messages.get("search.allSources"));
        sourceBox.getItems().add(null);
        model.sources.addListener((javafx.collections.ListChangeListener<String>) c -> {
            String chosen = sourceBox.getValue();
            sourceBox.getItems().setAll(model.sources);
            sourceBox.getItems().addFirst(null);
            sourceBox.setValue(chosen);
        });
        sourceBox.setButtonCell(sourceCell());
        sourceBox.setCellFactory(list -> sourceCell());
        sourceBox.valueProperty().bindBidirectional(model.source);

        sortBox.setId("sort");
        sortBox.getItems().setAll(SortOrder.values());
        sortBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(SortOrder order) {
                return order == null ? "" : Messages.get("search.sort." + order.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public SortOrder fromString(String text) {
                return null;
            }
        });
        sortBox.valueProperty().bindBidirectional(model.sort);

        countLabel.setId("count");
        countLabel.getStyleClass().add("count");
        countLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.total.get() < 0 ? ""
                        : (model.allWords.get() < model.total.get()
                        ? Messages.format("search.countSomeWords", model.total.get(), model.allWords.get())
                        : model.articles.get() > model.total.get()
                        ? Messages.format("search.countTexts", model.total.get(), model.articles.get())
                        : Messages.format("search.count", model.total.get()))
                        // one selected row is the article being read; more are a choice to export or collect
                        + (model.selectedRows.get() > 1 ? "  ·  " + Messages.format("search.selected",
                                model.selectedRows.get()) : ""),
                model.total, model.allWords, model.articles, model.selectedRows));
        // Fewer texts than articles: the count says why (copies of one text are one row).
        javafx.scene.control.Tooltip textsAndArticles = new javafx.scene.control.Tooltip(Messages.get("search.countTextsTip"));
        countLabel.tooltipProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> model.articles.get() > model.total.get() ? textsAndArticles : null, model.total, model.articles));
        countLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        didYouMean.setId("did-you-mean");
        didYouMean.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.didYouMean.get().isEmpty() ? "" : Messages.format("search.didYouMean", model.didYouMean.get()),
                model.didYouMean));
        didYouMean.visibleProperty().bind(model.didYouMean.isNotEmpty());
        didYouMean.managedProperty().bind(didYouMean.visibleProperty());
        didYouMean.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        didYouMean.setOnAction(e -> {
            model.query.set(model.didYouMean.get());
            model.search();
        });

        // The date range and what qualifies it stay together, on one line, when the filters wrap.
        HBox dates = new HBox(8, fromField, toField, calendarBox, datesInText, clearDates);
        dates.setAlignment(Pos.CENTER_LEFT);
        dates.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        List<javafx.scene.Node> filters = List.of(dates, sourceBox, sortBox);
        for (var control : List.of(calendarBox, datesInText, sourceBox, sortBox)) {
            control.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never «الأ…»: the row wraps instead
        }
        controls.getChildren().addAll(queryField, countLabel);
        // Laid out at their full widths, wrapping to a further line when even their own row is too narrow (800 px):
        // an HBox squeezed the date fields until their dates were cut.
        javafx.scene.layout.FlowPane filterRow = new javafx.scene.layout.FlowPane(8, 4);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        // The filters stay beside the query field while it keeps room to type in; in a narrow window (900 px) they
        // move to a row of their own rather than being cut to «…».
        widthProperty().addListener((o, old, width) -> placeFilters(width.doubleValue(), controls, filterRow, filters));
        // On a line of their own under the fields: beside them they squeezed the query field and the other
        // controls to «…».
        syntaxAsText.setId("syntax-as-text");
        syntaxAsText.visibleProperty().bind(model.syntaxReadAsText);
        syntaxAsText.managedProperty().bind(syntaxAsText.visibleProperty());
        noWord.setId("no-word");
        noWord.visibleProperty().bind(model.holdsNoWord);
        noWord.managedProperty().bind(noWord.visibleProperty());
        HBox notes = new HBox(16, didYouMean, syntaxAsText, noWord, dateProblem);
        notes.setAlignment(Pos.CENTER_LEFT);
        notes.visibleProperty().bind(dateProblem.visibleProperty().or(didYouMean.visibleProperty())
                .or(syntaxAsText.visibleProperty()).or(noWord.visibleProperty()));
        notes.managedProperty().bind(notes.visibleProperty());
        getChildren().addAll(controls, notes);
        placeFilters(0, controls, filterRow, filters);
    }

    /** The query field's least width beside the filters. */
    static final double QUERY_ROOM = 260;

    private void placeFilters(double width, HBox controls, javafx.scene.layout.Pane filterRow,
                              List<javafx.scene.Node> filters) {
        double needed = snappedLeftInset() + snappedRightInset() + QUERY_ROOM + countLabel.prefWidth(-1)
                + controls.getSpacing() * (filters.size() + 1)
                + filters.stream().mapToDouble(node -> node.prefWidth(-1)).sum();
        boolean oneRow = width >= needed;
        if (oneRow && filters.getFirst().getParent() != controls) {
            filterRow.getChildren().clear();
            getChildren().remove(filterRow);
            controls.getChildren().addAll(1, filters);
        } else if (!oneRow && filters.getFirst().getParent() != filterRow) {
            controls.getChildren().removeAll(filters);
            filterRow.getChildren().setAll(filters);
            getChildren().add(1, filterRow);
        }
    }

    /** The first thing wrong with the dates: a typed text that is no date (which field it is in), or a reversed range. */
    private String problemText(MainViewModel model) {
        if (!fromField.problemProperty().get().isEmpty()) {
            return Messages.format("date.problem", Messages.get("search.from"), fromField.problemProperty().get());
        }
        if (!toField.problemProperty().get().isEmpty()) {
            return Messages.format("date.problem", Messages.get("search.to"), toField.problemProperty().get());
        }
        return model.isReversed() ? Messages.get("date.reversed") : "";
    }

    private static ListCell<String> sourceCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get("search.allSources") : item);
            }
        };
    }
}
