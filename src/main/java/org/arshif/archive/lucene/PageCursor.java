package org.arshif.archive.lucene;

import java.util.HexFormat;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.arshif.model.SortOrder;

/**
 * Where a page of hits ended, as an opaque string a client hands back for the next page: the index version it was
 * found in, the order, the last hit's document, its score or date, and its id (ties are broken by id). Lucene document numbers change when the index
 * does, so a cursor from another version is not used (the page is then found by its offset).
 */
final class PageCursor {

    private PageCursor() {
    }

    static String format(long version, SortOrder sort, ScoreDoc last) {
        FieldDoc field = (FieldDoc) last;
        String key = field.fields[0] instanceof Float score ? Integer.toString(Float.floatToIntBits(score))
                : Long.toString((Long) field.fields[0]);
        BytesRef id = (BytesRef) field.fields[1];
        return version + ":" + sort.name() + ":" + last.doc + ":" + key + ":" + (id == null ? "" : HexFormat.of()
                .formatHex(id.bytes, id.offset, id.offset + id.length));
    }

    /** The hit a cursor names, or null when there is none or it belongs to another version or order. */
    static ScoreDoc parse(String cursor, long version, SortOrder sort) {
        if (cursor == null) {
            return null;
        }
        String[] parts = cursor.split(":", -1);
        try {
            if (parts.length != 5 || Long.parseLong(parts[0]) != version || !parts[1].equals(sort.name())) {
                return null;
            }
            int doc = Integer.parseInt(parts[2]);
            BytesRef id = parts[4].isEmpty() ? null : new BytesRef(HexFormat.of().parseHex(parts[4]));
            return sort == SortOrder.RELEVANCE
                    ? new FieldDoc(doc, Float.NaN, new Object[] {Float.intBitsToFloat(Integer.parseInt(parts[3])), id})
                    : new FieldDoc(doc, Float.NaN, new Object[] {Long.parseLong(parts[3]), id});
        } catch (IllegalArgumentException e) {
            return null; // not a cursor of ours: fall back to the offset
        }
    }
}
