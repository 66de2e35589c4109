package org.arshif.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The search syntax users type: words (all must match), {@code "exact phrase"}, {@code a OR b}, {@code -excluded},
 * {@code prefix*}, {@code title:word} or {@code title:"a phrase"} (in the title only; also {@code عنوان:}) and
 * {@code source:name} (that source's articles; also {@code مصدر:}); {@code AND} (what words do already) and
 * {@code NOT word} (as {@code -word}), as Lucene writes them. A field name with nothing after it adds nothing
 * to the query; any other {@code word:} is text. Only the ASCII double quote starts a phrase: guillemets and curly
 * quotes in a pasted headline are punctuation. Parsing never fails: an unclosed quote runs to the end, a lone
 * operator is ignored, so whatever the user typed gives a query.
 */
public final class QuerySyntax {

    /** One element of a parsed query. */
    public sealed interface Clause permits Word, Phrase, AnyOf, InField {
    }

    /** The fields a query may name. */
    public enum Field {
        TITLE("title:", "عنوان:"), SOURCE("source:", "مصدر:");

        private final List<String> prefixes;

        Field(String... prefixes) {
            this.prefixes = List.of(prefixes);
        }

        /** The field whose prefix ({@code title:}) starts the text at {@code at}, or null. */
        static Field at(String text, int at) {
            for (Field field : values()) {
                for (String prefix : field.prefixes) {
                    if (text.regionMatches(true, at, prefix, 0, prefix.length())) {
                        return field;
                    }
                }
            }
            return null;
        }

        int prefixLength(String text, int at) {
            return prefixes.stream().filter(p -> text.regionMatches(true, at, p, 0, p.length())).findFirst()
                    .orElseThrow().length();
        }
    }

    /** A word or phrase looked for in one field ({@code title:}), or the source named ({@code source:}). */
    public record InField(Field field, Clause clause) implements Clause {
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

    /**
     * A query of more clauses than this is a pasted text (a paragraph, an article): its syntax is read as text, since
     * a hyphen or an asterisk in a pasted page is punctuation, not an exclusion or a prefix (259 of 3,368 articles of
     * the shared sample write « -word»: a pasted article would exclude itself). Sources named still filter.
     */
    public static final int MAX_TYPED_CLAUSES = 32;

    private QuerySyntax() {
    }

    /**
     * The clauses a search goes by: as parsed, but for a pasted text (more than {@value #MAX_TYPED_CLAUSES} clauses
     * besides its sources), whose syntax is read as text ({@link #asText}); the sources it names are kept.
     */
    public static List<Clause> searched(List<Clause> parsed) {
        if (!isPastedText(parsed)) {
            return parsed;
        }
        List<Clause> searched = new ArrayList<>(asText(parsed.stream().filter(clause -> !isSource(clause)).toList()));
        parsed.stream().filter(QuerySyntax::isSource).forEach(searched::add);
        return List.copyOf(searched);
    }

    /** True for a pasted text: more than {@value #MAX_TYPED_CLAUSES} clauses besides the sources it names. */
    public static boolean isPastedText(List<Clause> parsed) {
        return parsed.stream().filter(clause -> !isSource(clause)).count() > MAX_TYPED_CLAUSES;
    }

    /** A query as typed in the window or on the command line, cleaned as imported text is, then parsed. */
    public static List<Clause> parseTyped(String typed) {
        return parse(TextCleaner.cleanLine(typed));
    }

    /**
     * True when a typed query ({@link #parseTyped}) is searched as a text and some of its syntax is read as words: an exclusion, a prefix,
     * OR or {@code title:} — for the window and the command line to say so, since the search looks like the one
     * typed but means something else.
     */
    public static boolean readsSyntaxAsText(List<Clause> parsed) {
        return isPastedText(parsed) && parsed.stream().anyMatch(clause -> !isPlain(clause));
    }

    /**
     * True when a query was typed ({@link #parseTyped}) but none of its words or phrases holds anything a search can look for: no letter,
     * digit or symbol (emoji are indexed), only punctuation, search signs or a tatweel ({@code ؟؟؟}, {@code ...}, a lone
     * {@code -}, {@code title:؟}). Such a query finds nothing — a blank one lists the archive, as does what is only
     * begun ({@code "}, {@code *}, {@code title:}) — and the window and the command line say why.
     */
    public static boolean holdsNoWord(List<Clause> parsed) {
        return !parsed.isEmpty() && parsed.stream().noneMatch(QuerySyntax::holdsSomething);
    }

    private static boolean holdsSomething(Clause clause) {
        return switch (clause) {
            case Word w -> searchable(w.text());
            case Phrase p -> searchable(p.text());
            case AnyOf any -> any.options().stream().anyMatch(QuerySyntax::holdsSomething);
            case InField in -> holdsSomething(in.clause());
        };
    }

    private static boolean searchable(String text) {
        return text.codePoints().anyMatch(c -> c != '\u0640' && Character.isLetterOrDigit(c)
                || Character.getType(c) == Character.OTHER_SYMBOL);
    }

    /** True for {@code source:name} (or {@code -source:name}). */
    public static boolean isSource(Clause clause) {
        return clause instanceof InField in && in.field() == Field.SOURCE;
    }

    /** True for an excluded word or phrase, in a field or not ({@code -word}, {@code NOT word}, {@code -title:x}). */
    public static boolean isExcluded(Clause clause) {
        return switch (clause) {
            case Word w -> w.excluded();
            case Phrase p -> p.excluded();
            case AnyOf any -> false;
            case InField in -> isExcluded(in.clause());
        };
    }

    /** What a field clause names: its word or phrase as typed ({@code source:okaz}: okaz); empty for OR. */
    public static String named(InField in) {
        return switch (in.clause()) {
            case Word w -> w.text();
            case Phrase p -> p.text();
            default -> "";
        };
    }

    private static boolean isPlain(Clause clause) {
        return switch (clause) {
            case Word w -> !w.excluded() && !w.prefix();
            case Phrase p -> !p.excluded();
            case AnyOf any -> false;
            case InField in -> in.field() == Field.SOURCE;
        };
    }

    /**
     * The clauses with their syntax read as text: exclusions, prefixes, OR and fields become plain words and
     * phrases. For a pasted text, whose hyphens, asterisks and colons are its punctuation, not a search syntax.
     */
    public static List<Clause> asText(List<Clause> clauses) {
        List<Clause> plain = new ArrayList<>(clauses.size());
        for (Clause clause : clauses) {
            switch (clause) {
                case Word w -> plain.add(new Word(w.text(), false, false));
                case Phrase p -> plain.add(new Phrase(p.text(), false));
                case AnyOf any -> plain.addAll(asText(any.options()));
                case InField in -> plain.addAll(asText(List.of(in.clause())));
            }
        }
        return List.copyOf(plain);
    }

    /**
     * The words of the clauses' positive part, each a plain word, a phrase's words among them: what is left of a query
     * too large to search as typed, to be ranked as a text. Excluded words are not wanted words.
     */
    public static List<Clause> asWords(List<Clause> clauses) {
        List<Clause> words = new ArrayList<>();
        for (Clause clause : clauses) {
            switch (clause) {
                case Word w when !w.excluded() -> words.add(new Word(w.text(), false, false));
                case Phrase p when !p.excluded() -> {
                    for (String word : p.text().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(new Word(word, false, false));
                        }
                    }
                }
                case AnyOf any -> words.addAll(asWords(any.options()));
                case InField in when in.field() == Field.TITLE -> words.addAll(asWords(List.of(in.clause())));
                default -> { } // an excluded word or phrase, a source
            }
        }
        return List.copyOf(words);
    }

    /** The word without leading and trailing asterisks. */
    private static String stripStars(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '*') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '*') {
            end--;
        }
        return word.substring(start, end);
    }

    public static List<Clause> parse(String query) {
        List<Clause> clauses = new ArrayList<>();
        boolean orPending = false;
        boolean notPending = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = notPending;
            notPending = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                excluded = true;
                i++;
                c = query.charAt(i);
            }
            Field field = Field.at(query, i);
            if (field != null) {
                int after = i + field.prefixLength(query, i);
                i = after;
                if (i == n || Character.isWhitespace(query.charAt(i))) {
                    // A field named with nothing after it (title:, عنوان:) is a search begun, not a word: it adds
                    // nothing, in either language (as text, title: would find nothing and عنوان: the word).
                    continue;
                }
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
                // Lucene's and search engines' habits: AND is what words do already, NOT excludes what follows.
                if (!excluded && field == null && (word.equals("AND") || word.equals("&&"))) {
                    continue;
                }
                if (!excluded && field == null && word.equals("NOT")) {
                    notPending = true;
                    continue;
                }
                boolean prefix = word.endsWith("*");
                word = stripStars(word);
                if (word.isEmpty()) {
                    continue;
                }
                clause = new Word(word, prefix, excluded);
            }
            if (field != null) {
                clause = new InField(field, clause);
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
