package org.arshif.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.collections.ObservableListBase;
import org.arshif.archive.Archive;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;

/**
 * The hits of one search as a list as long as the exact total, loaded a page at a time when the list view asks
 * for a row: a million results scroll without a million hits in memory. Rows not loaded yet read as {@code null}
 * (the cell shows "loading"); when their page arrives the list reports those rows as updated.
 */
final class LazyHitList extends ObservableListBase<SearchHit> {

    static final int PAGE = 100;
    /**
     * The search itself brings only the rows a window shows at first (snippets cost most of a search); the rest of
     * the first page is loaded when the list asks for it.
     */
    static final int FIRST_ROWS = 25;
    private static final int PAGES_KEPT = 40;

    private final Archive archive;
    private final Background background;
    private final SearchQuery query;
    private final int size;
    private final Map<Integer, List<SearchHit>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<SearchHit>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> loading = new HashSet<>();
    /** Where each loaded page ended: the next page is then found from there, not by skipping all before it. */
    private final Map<Integer, String> cursors = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, String> eldest) {
            return size() > PAGES_KEPT;
        }
    };

    /** A list whose first page is already known (it came with the total). */
    LazyHitList(Archive archive, Background background, SearchQuery query, SearchResult firstPage) {
        this.archive = archive;
        this.background = background;
        this.query = query.withPage(0, PAGE);
        this.size = (int) Math.min(Integer.MAX_VALUE, firstPage.total());
        pages.put(0, firstPage.hits());
        rememberCursor(0, firstPage);
    }

    /** A full page's cursor: the next page starts right after it. (A first page of a few rows has none.) */
    private void rememberCursor(int page, SearchResult result) {
        if (result.next() != null && result.hits().size() == PAGE) {
            cursors.put(page, result.next());
        }
    }

    @Override
    public SearchHit get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<SearchHit> hits = pages.get(page);
        if (hits == null) {
            requestPage(page);
            return null;
        }
        int inPage = index % PAGE;
        if (inPage < hits.size()) {
            return hits.get(inPage);
        }
        requestPage(page); // a first page holding only the first rows
        return null;
    }

    /** The hit at {@code index} if its page is loaded, else null; unlike {@link #get}, loads nothing. */
    SearchHit loaded(int index) {
        List<SearchHit> hits = pages.get(index / PAGE);
        return hits == null || index % PAGE >= hits.size() ? null : hits.get(index % PAGE);
    }

    private void requestPage(int page) {
        if (!loading.add(page)) {
            return;
        }
        String before = cursors.get(page - 1);
        SearchQuery pageQuery = before != null ? query.withPageAfter(before, page * PAGE, PAGE)
                : query.withPage(page * PAGE, PAGE);
        background.read(() -> archive.search(pageQuery), result -> {
            List<SearchHit> hits = result.hits();
            loading.remove(page);
            pages.put(page, hits);
            rememberCursor(page, result);
            int from = page * PAGE;
            int to = Math.min(size, from + PAGE);
            beginChange();
            for (int i = from; i < to; i++) {
                nextUpdate(i);
            }
            endChange();
        }, failure -> loading.remove(page));
    }

    /** The row listing article {@code id} among the pages loaded so far, or -1 (nothing is loaded to find it). */
    int indexOfLoaded(String id) {
        for (Map.Entry<Integer, List<SearchHit>> page : pages.entrySet()) {
            List<SearchHit> hits = page.getValue();
            for (int i = 0; i < hits.size(); i++) {
                if (hits.get(i).id().equals(id)) {
                    return page.getKey() * PAGE + i;
                }
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    SearchQuery query() {
        return query;
    }
}
