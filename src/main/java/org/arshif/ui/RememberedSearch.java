package org.arshif.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.arshif.model.SortOrder;

/**
 * The search the window shows again after a restart: order, source and date range, beside the query that
 * {@link MainWindow} keeps. A remembered value that no longer reads (an edited or damaged settings file, an order
 * this version does not know) falls back to the default of that one setting.
 */
final class RememberedSearch {

    private RememberedSearch() {
    }

    /** Sets the model's question to what was remembered, without searching (no archive is attached yet). */
    static void restore(Settings settings, MainViewModel model) {
        model.sort.set(sortOrder(settings.get("search.sort", "")));
        String source = settings.get("search.source", "");
        model.source.set(source.isEmpty() ? null : source);
        LocalDate from = day(settings.get("search.from", ""));
        LocalDate to = day(settings.get("search.to", ""));
        boolean reversed = from != null && to != null && from.isAfter(to);
        model.from.set(reversed ? null : from);
        model.to.set(reversed ? null : to);
    }

    static void remember(Settings settings, MainViewModel model) {
        settings.put("search.sort", model.sort.get().name());
        settings.put("search.source", model.source.get() == null ? "" : model.source.get());
        settings.put("search.from", model.from.get() == null ? "" : model.from.get());
        settings.put("search.to", model.to.get() == null ? "" : model.to.get());
    }

    private static SortOrder sortOrder(String name) {
        for (SortOrder order : SortOrder.values()) {
            if (order.name().equals(name)) {
                return order;
            }
        }
        return SortOrder.RELEVANCE;
    }

    private static LocalDate day(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
