package org.arshif.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named, ordered set of articles put aside for a piece of research (a basket), each with the researcher's note.
 * Immutable: every change returns a new collection. The order is the researcher's, and the order of its export.
 *
 * @param name    shown in the side panel and used to find it again; not blank, at most {@link #NAME_LIMIT} characters
 * @param entries the articles in the researcher's order, each at most once
 */
public record ArticleCollection(String name, List<Entry> entries) {

    /** Long enough for any title a person types, short enough to stay one line in a menu. */
    public static final int NAME_LIMIT = 200;
    /** Format characters that show nothing, but ZWNJ and ZWJ (U+200C, U+200D), which change how letters join. */
    private static final java.util.regex.Pattern INVISIBLE = java.util.regex.Pattern.compile(
            "[\\p{Cf}&&[^\\u200C\\u200D]]");
    /** A note is a few paragraphs, not a second archive. */
    public static final int NOTE_LIMIT = 20_000;

    /**
     * One article in a collection.
     *
     * @param articleId the article's id in the archive
     * @param note      the researcher's note on it, may be empty
     */
    public record Entry(String articleId, String note) {
        public Entry {
            Objects.requireNonNull(articleId, "articleId");
            note = Objects.requireNonNullElse(note, "");
            if (note.length() > NOTE_LIMIT) {
                throw new Problem.Refused(Problem.of(Problem.Code.NOTE_TOO_LONG, String.valueOf(NOTE_LIMIT),
                        String.valueOf(note.length())));
            }
        }
    }

    public ArticleCollection {
        name = checkedName(name);
        entries = List.copyOf(entries);
        if (entries.stream().map(Entry::articleId).distinct().count() != entries.size()) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_HOLDS_TWICE, name));
        }
    }

    /** An empty collection. */
    public static ArticleCollection named(String name) {
        return new ArticleCollection(name, List.of());
    }

    /**
     * The name as kept: in Unicode's composed form (NFC), without invisible characters (direction marks, zero-width
     * spaces; ZWNJ and ZWJ stay, Persian and Urdu spell with them), stripped, not blank, not longer than
     * {@link #NAME_LIMIT} characters, no line breaks or other control characters. Two names that look the same are
     * then the same name: «أستانا» typed with a composed or a decomposed hamza, or with a stray mark, is one collection.
     */
    public static String checkedName(String name) {
        String stripped = INVISIBLE.matcher(java.text.Normalizer.normalize(Objects.requireNonNullElse(name, ""),
                java.text.Normalizer.Form.NFC)).replaceAll("").strip();
        if (stripped.isEmpty()) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_NAME_EMPTY));
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > NAME_LIMIT) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_NAME_TOO_LONG, String.valueOf(NAME_LIMIT),
                    String.valueOf(length)));
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_NAME_CONTROL));
        }
        return stripped;
    }

    public List<String> articleIds() {
        return entries.stream().map(Entry::articleId).toList();
    }

    /** The researcher's notes by article id, for the articles that have one. */
    public java.util.Map<String, String> notes() {
        java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();
        entries.stream().filter(entry -> !entry.note().isBlank()).forEach(entry -> notes.put(entry.articleId(),
                entry.note()));
        return notes;
    }

    public boolean holds(String articleId) {
        return entries.stream().anyMatch(entry -> entry.articleId().equals(articleId));
    }

    /** The articles added at the end, in the order given; those already in the collection stay where they are. */
    public ArticleCollection with(List<String> articleIds) {
        List<Entry> added = new ArrayList<>(entries);
        for (String id : articleIds) {
            if (added.stream().noneMatch(entry -> entry.articleId().equals(id))) {
                added.add(new Entry(id, ""));
            }
        }
        return new ArticleCollection(name, added);
    }

    public ArticleCollection without(List<String> articleIds) {
        return new ArticleCollection(name, entries.stream().filter(entry -> !articleIds.contains(entry.articleId()))
                .toList());
    }

    /**
     * The article moved to {@code position} (0-based), the others keeping their order. A position outside the
     * collection is refused: putting the article somewhere else than asked would go unnoticed.
     */
    public ArticleCollection moved(String articleId, int position) {
        Entry entry = entry(articleId);
        if (position < 0 || position >= entries.size()) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_POSITION_OUTSIDE,
                    String.valueOf(position + 1), name, String.valueOf(entries.size())));
        }
        List<Entry> reordered = new ArrayList<>(entries);
        reordered.remove(entry);
        reordered.add(position, entry);
        return new ArticleCollection(name, reordered);
    }

    public ArticleCollection withNote(String articleId, String note) {
        Entry entry = entry(articleId);
        List<Entry> noted = new ArrayList<>(entries);
        noted.set(noted.indexOf(entry), new Entry(articleId, note));
        return new ArticleCollection(name, noted);
    }

    public ArticleCollection renamed(String newName) {
        return new ArticleCollection(newName, entries);
    }

    private Entry entry(String articleId) {
        return entries.stream().filter(entry -> entry.articleId().equals(articleId)).findFirst()
                .orElseThrow(() -> new Problem.Refused(Problem.of(Problem.Code.COLLECTION_LACKS_ARTICLE, name, articleId)));
    }
}
