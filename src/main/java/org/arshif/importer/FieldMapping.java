package org.arshif.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which field of a JSON record holds which part of an article. Common names are recognised by themselves
 * ({@code title}/{@code headline}, {@code date}/{@code published}/{@code date_extracted}/{@code pubDate},
 * {@code content}/{@code body}/{@code text}, …); an explicit mapping such as {@code date=date_extracted,body=content}
 * takes precedence, and the common names still serve a record that lacks the named field. A dotted name ({@code meta.date}) reaches into nested objects.
 */
public final class FieldMapping {

    /** The parts of an article a record can supply. */
    public enum Target {
        ID, TITLE, DATE, BODY, SOURCE, AUTHOR, URL;

        static Target parse(String name) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            return switch (key) {
                case "content", "text" -> BODY;
                case "headline" -> TITLE;
                case "link" -> URL;
                default -> {
                    for (Target target : values()) {
                        if (target.name().equalsIgnoreCase(key)) {
                            yield target;
                        }
                    }
                    throw new IllegalArgumentException("unknown article field '" + name
                            + "' in --map (expected id, title, date, body, source, author or url)");
                }
            };
        }
    }

    private static final Map<Target, List<String>> DEFAULT_NAMES = Map.of(
            Target.ID, List.of("id", "_id", "guid", "uuid"),
            Target.TITLE, List.of("title", "headline", "heading"),
            Target.DATE, List.of("date", "published", "date_published", "publishedAt", "published_at",
                    "pubDate", "date_extracted", "datetime", "created_at"),
            Target.BODY, List.of("content", "body", "text", "article", "article_body"),
            Target.SOURCE, List.of("source", "publisher", "newspaper", "site"),
            Target.AUTHOR, List.of("author", "byline", "writer"),
            Target.URL, List.of("url", "link", "href"));

    public static final FieldMapping DEFAULT = new FieldMapping(Map.of());

    private final Map<Target, String> explicit;

    private FieldMapping(Map<Target, String> explicit) {
        this.explicit = explicit;
    }

    /** Parses {@code body=content,date=date_extracted}; throws with the offending part on a bad pair. */
    public static FieldMapping parse(String spec) {
        Map<Target, String> explicit = new EnumMap<>(Target.class);
        if (spec != null && !spec.isBlank()) {
            for (String pair : spec.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || eq == pair.length() - 1) {
                    throw new IllegalArgumentException("bad --map entry '" + pair.strip()
                            + "' (expected article-field=record-field, e.g. body=content)");
                }
                explicit.put(Target.parse(pair.substring(0, eq)), pair.substring(eq + 1).strip());
            }
        }
        return new FieldMapping(Map.copyOf(explicit));
    }

    /** The mapping as {@link #parse} reads it back ({@code body=content,date=date_extracted}); empty for none. */
    public String spec() {
        return explicit.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + "=" + e.getValue())
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The record's value for a target as text, or {@code null} when the record has none. */
    String value(JsonNode record, Target target) {
        Found found = find(record, target);
        return found == null ? null : found.value();
    }

    /** The name of the record's field that holds a target, or {@code null} when none does. */
    String fieldName(JsonNode record, Target target) {
        Found found = find(record, target);
        return found == null ? null : found.name();
    }

    /** A field found for a target: its name as the mapping or the record spells it, and its value as text. */
    private record Found(String name, String value) {
    }

    private Found find(JsonNode record, Target target) {
        String name = explicit.get(target);
        if (name != null) {
            String value = text(path(record, name));
            if (value != null) {
                return new Found(name, value);
            }
            // A record without the named field may still use a common name (a sidecar's "date", say).
        }
        for (String candidate : DEFAULT_NAMES.get(target)) {
            String value = text(record.get(candidate));
            if (value != null) {
                return new Found(candidate, value);
            }
            String spelled = caseInsensitive(record, candidate);
            if (spelled != null && text(record.get(spelled)) != null) {
                return new Found(spelled, text(record.get(spelled)));
            }
        }
        return null;
    }

    private static JsonNode path(JsonNode record, String dotted) {
        JsonNode node = record;
        for (String part : dotted.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    /** The record's field named {@code name} in any case, as the record spells it; null when it has none. */
    private static String caseInsensitive(JsonNode record, String name) {
        for (var it = record.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (field.equalsIgnoreCase(name)) {
                return field;
            }
        }
        return null;
    }

    /** Scalars as text; an array of strings (a body given as paragraphs) joined by line breaks. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(item -> {
                if (item.isValueNode()) {
                    joined.append(joined.isEmpty() ? "" : "\n").append(item.asText());
                }
            });
            return joined.toString();
        }
        return node.isValueNode() ? node.asText() : null;
    }
}
