package org.arshif.archive;

import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.arshif.model.SortOrder;

/**
 * Where a page of hits ended, as an opaque string a client hands back for the next page: the index version it was
 * found in, the order, the last hit's document and its score or date. Lucene document numbers change when the index
 * does, so a cursor from another version is not used (the page is then found by its offset).
 */
final class PageCursor {

    private PageCursor() {
    }

    static String format(long version, SortOrder sort, ScoreDoc last) {
        String key = last instanceof FieldDoc field ? Long.toString((Long) field.fields[0])
                : Integer.toString(Float.floatToIntBits(last.score));
        return version + ":" + sort.name() + ":" + last.doc + ":" + key;
    }

    /** The hit a cursor names, or null when there is none or it belongs to another version or order. */
    static ScoreDoc parse(String cursor, long version, SortOrder sort) {
        if (cursor == null) {
            return null;
        }
        String[] parts = cursor.split(":");
        try {
            if (parts.length != 4 || Long.parseLong(parts[0]) != version || !parts[1].equals(sort.name())) {
                return null;
            }
            int doc = Integer.parseInt(parts[2]);
            return sort == SortOrder.RELEVANCE
                    ? new ScoreDoc(doc, Float.intBitsToFloat(Integer.parseInt(parts[3])))
                    : new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[3])});
        } catch (NumberFormatException e) {
            return null; // not a cursor of ours: fall back to the offset
        }
    }
}
