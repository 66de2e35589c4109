package org.arshif.model;

/** How search results are ordered. */
public enum SortOrder {
    RELEVANCE, NEWEST, OLDEST;

    /** Parses the command-line spelling ({@code relevance|newest|oldest}). */
    public static SortOrder parse(String value) {
        for (SortOrder order : values()) {
            if (order.name().equalsIgnoreCase(value.strip())) {
                return order;
            }
        }
        throw new IllegalArgumentException("unknown sort order '" + value + "' (expected relevance, newest or oldest)");
    }
}
