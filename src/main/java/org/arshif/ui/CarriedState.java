package org.arshif.ui;

import java.util.ArrayList;
import java.util.List;
import org.arshif.model.SearchHit;

/**
 * What the reader was doing in a window, carried to the window built again in another language: the selected rows
 * by the articles they list, the article open in the reading pane (a copy opened from the copies list, or an article
 * opened from a collection, is not the selected row's), the match the reader was at and how far the pane was
 * scrolled, and what the date fields held as typed (a date being typed, or a text refused with its reason).
 * The question itself (query, dates, source, order, dates in the text) is set on the new window directly; the
 * timeline follows its dates (its zoom is the range of dates).
 */
record CarriedState(List<Row> rows, boolean all, String openId, int match, double scroll, String fromText,
                    String toText) {

    /** A selected row: its index, and the article it listed (null when its page was not loaded: Ctrl+A on many). */
    record Row(int index, String id) {
    }

    CarriedState {
        rows = List.copyOf(rows);
    }

    /**
     * Reads what {@code window} shows; the lead row (the one open) comes last. Every row selected (Ctrl+A, perhaps
     * over a million) is carried as such, with the lead alone: neither read row by row nor loaded.
     */
    static CarriedState of(MainWindow window) {
        var selection = window.results.getSelectionModel();
        LazyHitList hits = window.model.hitsProperty().get();
        int lead = selection.getSelectedIndex();
        boolean all = hits != null && hits.size() > 1 && selection.getSelectedIndices().size() == hits.size();
        List<Row> rows = new ArrayList<>();
        if (!all) {
            for (int index : selection.getSelectedIndices().stream().sorted().toList()) {
                if (index != lead) {
                    rows.add(row(hits, index));
                }
            }
        }
        if (lead >= 0) {
            rows.add(row(hits, lead));
        }
        ReaderViewModel.Shown shown = window.reader.shown.get();
        return new CarriedState(rows, all, shown == null ? null : shown.article().id(),
                window.reader.currentMatch.get(), window.readerView.getVvalue(),
                window.searchBar.fromField.editor.getText(), window.searchBar.toField.editor.getText());
    }

    private static Row row(LazyHitList hits, int index) {
        SearchHit hit = hits == null || index >= hits.size() ? null : hits.loaded(index);
        return new Row(index, hit == null ? null : hit.id());
    }

    /**
     * Where each carried row is in the new window's {@code hits}: at its old index while that row lists the same
     * article (the same question on the same archive lists the same order) or is not loaded yet; elsewhere among the
     * loaded rows when the archive changed meanwhile; dropped when the article is not listed any more. The lead row
     * stays last. Nothing is loaded to find them.
     */
    List<Integer> indicesIn(LazyHitList hits) {
        List<Integer> found = new ArrayList<>();
        for (Row row : rows) {
            int index = row.index() < hits.size() ? row.index() : -1;
            SearchHit there = index < 0 ? null : hits.loaded(index);
            if (row.id() != null && (index < 0 || there != null && !row.id().equals(there.id()))) {
                index = hits.indexOfLoaded(row.id());
            }
            if (index >= 0) {
                found.remove(Integer.valueOf(index));
                found.add(index);
            }
        }
        return found;
    }
}
