package org.arshif.archive;

import java.util.ArrayList;
import java.util.List;

/**
 * The search syntax users type: words (all must match), {@code "exact phrase"}, {@code a OR b}, {@code -excluded},
 * {@code prefix*}. Only the ASCII double quote starts a phrase: guillemets and curly quotes in a pasted headline are
 * punctuation. Parsing never fails: an unclosed quote runs to the end, a lone operator is ignored, so whatever
 * the user typed gives a query.
 */
public final class QuerySyntax {

    /** One element of a parsed query. */
    public sealed interface Clause permits Word, Phrase, AnyOf {
    }

    /** A word as typed; {@code prefix} when it ended in {@code *}. */
    public record Word(String text, boolean prefix, boolean excluded) implements Clause {
    }

    /** A quoted phrase, matched on the exact (unstemmed) forms in order. */
    public record Phrase(String text, boolean excluded) implements Clause {
    }

    /** Clauses joined by {@code OR}: at least one must match. */
    public record AnyOf(List<Clause> options) implements Clause {
    }

    private QuerySyntax() {
    }

    public static List<Clause> parse(String query) {
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                excluded = true;
                i++;
                c = query.charAt(i);
            }
            Clause clause;
            // Only typed quotes make a phrase: the «» and “” of a pasted headline are its punctuation.
            if (c == '"') {
                char close = '"';
                int end = query.indexOf(close, i + 1);
                if (end < 0) {
                    end = n;
                }
                String phrase = query.substring(i + 1, end).strip();
                i = Math.min(n, end + 1);
                if (phrase.isEmpty()) {
                    continue;
                }
                clause = new Phrase(phrase, excluded);
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
                    end++;
                }
                String word = query.substring(i, end);
                i = end;
                if (!excluded && (word.equals("OR") || word.equals("|"))) {
                    orPending = !clauses.isEmpty();
                    continue;
                }
                boolean prefix = word.endsWith("*");
                word = word.replaceAll("^\\*+|\\*+$", "");
                if (word.isEmpty()) {
                    continue;
                }
                clause = new Word(word, prefix, excluded);
            }
            if (orPending) {
                Clause previous = clauses.removeLast();
                List<Clause> options = new ArrayList<>(previous instanceof AnyOf any ? any.options() : List.of(previous));
                options.add(clause);
                clause = new AnyOf(List.copyOf(options));
                orPending = false;
            }
            clauses.add(clause);
        }
        return List.copyOf(clauses);
    }
}
