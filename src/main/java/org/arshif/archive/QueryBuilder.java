package org.arshif.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.arshif.archive.QuerySyntax.AnyOf;
import org.arshif.archive.QuerySyntax.Clause;
import org.arshif.archive.QuerySyntax.Phrase;
import org.arshif.archive.QuerySyntax.Word;
import org.arshif.model.SearchQuery;
import org.arshif.text.TextCleaner;

/** Turns a {@link SearchQuery} into a Lucene query over the archive's fields, analysed as the documents were. */
final class QueryBuilder {

    /** A match in the title counts more than one in the body. */
    private static final float TITLE_BOOST = 2f;

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The text part alone (no filters): what is scored and highlighted. Matches all for a blank query. */
    Query textQuery(String text) {
        List<Clause> clauses = QuerySyntax.parse(TextCleaner.cleanLine(text));
        if (clauses.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean anyPositive = false;
        for (Clause clause : clauses) {
            boolean excluded = isExcluded(clause);
            Query part = clauseQuery(clause);
            if (part == null) {
                continue; // a word that analyses to nothing, e.g. lone punctuation
            }
            query.add(part, excluded ? Occur.MUST_NOT : Occur.MUST);
            anyPositive |= !excluded;
        }
        if (!anyPositive) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /** The full query: text plus date and source filters, which do not affect scores. */
    Query fullQuery(SearchQuery search) {
        Query text = textQuery(search.text());
        if (search.from() == null && search.to() == null && search.source() == null) {
            return text;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
        if (search.from() != null || search.to() != null) {
            long from = search.from() == null ? Long.MIN_VALUE : search.from().toEpochDay();
            long to = search.to() == null ? Long.MAX_VALUE : search.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(ArchiveFields.DATE, from, to), Occur.FILTER);
        }
        if (search.source() != null) {
            query.add(new TermQuery(new Term(ArchiveFields.SOURCE, search.source())), Occur.FILTER);
        }
        return query.build();
    }

    private static boolean isExcluded(Clause clause) {
        return switch (clause) {
            case Word w -> w.excluded();
            case Phrase p -> p.excluded();
            case AnyOf any -> false;
        };
    }

    private Query clauseQuery(Clause clause) {
        return switch (clause) {
            case Word w when w.prefix() -> prefixQuery(w.text());
            case Word w -> wordQuery(w.text());
            case Phrase p -> phraseQuery(p.text());
            case AnyOf any -> anyOfQuery(any);
        };
    }

    private Query anyOfQuery(AnyOf any) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int options = 0;
        for (Clause option : any.options()) {
            Query part = clauseQuery(option);
            if (part != null) {
                query.add(part, isExcluded(option) ? Occur.MUST_NOT : Occur.SHOULD);
                options++;
            }
        }
        return options == 0 ? null : query.build();
    }

    /**
     * A typed word: its stem in the title or the body, whether the article wrote the stem itself or a longer form
     * (a synonym query, so BM25 scores them as one term). A "word" the tokenizer splits (أستانا-7) must match all
     * its parts, in order, as a phrase.
     */
    private Query wordQuery(String word) {
        List<String> stems = stems(analyse(word));
        if (stems.isEmpty()) {
            return null;
        }
        if (stems.size() == 1) {
            return acrossFields(field -> stemQuery(field, stems.getFirst()));
        }
        return acrossFields(field -> {
            MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
            stems.forEach(stem -> phrase.add(stemTerms(field, stem)));
            return phrase.build();
        });
    }

    private static Query stemQuery(String field, String stem) {
        return new SynonymQuery.Builder(field)
                .addTerm(new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem))
                .addTerm(new Term(field, stem))
                .build();
    }

    private static Term[] stemTerms(String field, String stem) {
        return new Term[] {new Term(field, ArabicSearchAnalyzer.STEM_MARK + stem), new Term(field, stem)};
    }

    /** The stem of each word position: the marked stem when stemming changed the word, else the word itself. */
    private static List<String> stems(List<Token> tokens) {
        List<String> stems = new ArrayList<>();
        for (Token token : tokens) {
            if (token.increment() > 0) {
                stems.add(token.text());
            } else if (token.text().startsWith(ArabicSearchAnalyzer.STEM_MARK)) {
                stems.set(stems.size() - 1, token.text().substring(ArabicSearchAnalyzer.STEM_MARK.length()));
            }
        }
        return stems;
    }

    /** A quoted phrase: exact forms (stop words included) in order. */
    private Query phraseQuery(String text) {
        List<String> exact = analyse(text).stream().filter(t -> t.increment() > 0).map(Token::text).toList();
        if (exact.isEmpty()) {
            return null;
        }
        if (exact.size() == 1) {
            return acrossFields(field -> new TermQuery(new Term(field, exact.getFirst())));
        }
        return acrossFields(field -> new PhraseQuery(field, exact.toArray(String[]::new)));
    }

    /** {@code word*}: any word whose written form or stem starts with the normalised prefix. */
    private Query prefixQuery(String prefix) {
        String normalised = ArabicSearchAnalyzer.normaliseWord(prefix);
        if (normalised.isEmpty()) {
            return null;
        }
        return acrossFields(field -> new BooleanQuery.Builder()
                .add(new PrefixQuery(new Term(field, normalised)), Occur.SHOULD)
                .add(new PrefixQuery(new Term(field, ArabicSearchAnalyzer.STEM_MARK + normalised)), Occur.SHOULD)
                .build());
    }

    private static Query acrossFields(java.util.function.Function<String, Query> perField) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(perField.apply(ArchiveFields.TITLE), TITLE_BOOST), Occur.SHOULD)
                .add(perField.apply(ArchiveFields.BODY), Occur.SHOULD)
                .build();
    }

    record Token(String text, int increment) {
    }

    List<Token> analyse(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(ArchiveFields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), increment.getPositionIncrement()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
