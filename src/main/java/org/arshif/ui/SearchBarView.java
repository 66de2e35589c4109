package org.arshif.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.arshif.model.SortOrder;

/**
 * The search bar: query, date range, source, order and the number of matching articles. Typing searches after a
 * short pause; Enter searches at once; Esc clears.
 */
final class SearchBarView extends HBox {

    static final Duration TYPING_PAUSE = Duration.millis(300);

    final TextField queryField = new TextField();
    final DatePicker fromPicker = new DatePicker();
    final DatePicker toPicker = new DatePicker();
    final ComboBox<String> sourceBox = new ComboBox<>();
    final ComboBox<SortOrder> sortBox = new ComboBox<>();
    final Label countLabel = new Label();
    final javafx.scene.control.Hyperlink didYouMean = new javafx.scene.control.Hyperlink();
    final javafx.scene.control.CheckBox datesInText = new javafx.scene.control.CheckBox(Messages.get("search.datesInText"));

    SearchBarView(MainViewModel model) {
        getStyleClass().add("search-bar");
        setSpacing(8);
        setPadding(new Insets(8, 12, 8, 12));
        setAlignment(Pos.CENTER_LEFT);

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
                model.search();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                pause.stop();
                model.clear();
            }
        });

        fromPicker.setId("from");
        toPicker.setId("to");
        fromPicker.setPromptText(Messages.get("search.from"));
        toPicker.setPromptText(Messages.get("search.to"));
        fromPicker.valueProperty().bindBidirectional(model.from);
        toPicker.valueProperty().bindBidirectional(model.to);
        fromPicker.setPrefWidth(140);
        toPicker.setPrefWidth(140);
        Button clearDates = new Button("✕");
        clearDates.setId("clear-dates");
        clearDates.setTooltip(new javafx.scene.control.Tooltip(Messages.get("search.clearDates")));
        clearDates.setOnAction(e -> model.setDates(null, null));
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
                        : model.allWords.get() < model.total.get()
                        ? Messages.format("search.countSomeWords", model.total.get(), model.allWords.get())
                        : Messages.format("search.count", model.total.get()),
                model.total, model.allWords));
        countLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        didYouMean.setId("did-you-mean");
        didYouMean.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.didYouMean.get().isEmpty() ? "" : Messages.format("search.didYouMean", model.didYouMean.get()),
                model.didYouMean));
        didYouMean.visibleProperty().bind(model.didYouMean.isNotEmpty());
        didYouMean.managedProperty().bind(didYouMean.visibleProperty());
        didYouMean.setOnAction(e -> {
            model.query.set(model.didYouMean.get());
            model.search();
        });

        getChildren().addAll(queryField, fromPicker, toPicker, datesInText, clearDates, sourceBox, sortBox, countLabel, didYouMean);
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
