package org.arshif.cite;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.arshif.model.Article;

/**
 * BibTeX (as biblatex, JabRef and Zotero read it, UTF-8): one {@code @article} of subtype newspaper per article, the
 * paper as its journal. An author is braced whole, because an Arabic name has no "last, first" that BibTeX could split safely.
 * Keys are ASCII (paper or "arshif", year, a hash of the id), unique within the file.
 */
final class BibtexWriter implements CitationWriter {

    @Override
    public String write(List<Citation> citations) {
        StringBuilder bib = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Citation citation : citations) {
            Article article = citation.article();
            bib.append("@article{").append(uniqueKey(article, keys)).append(",\n");
            field(bib, "entrysubtype", "newspaper"); // biblatex's newspaper article; Zotero reads it back as one
            field(bib, "title", article.title());
            field(bib, "journal", article.source());
            if (!article.author().isBlank()) {
                bib.append("  author = {{").append(escaped(article.author())).append("}},\n");
            }
            if (article.date() != null) {
                field(bib, "date", article.date().toString());
                field(bib, "year", Integer.toString(article.date().getYear()));
                field(bib, "month", Integer.toString(article.date().getMonthValue()));
            }
            if (!article.url().isBlank()) {
                bib.append("  url = {").append(verbatimUrl(article.url().strip())).append("},\n");
            }
            field(bib, "langid", citation.languageTag().equals("ar") ? "arabic" : "");
            field(bib, "note", citation.note());
            bib.setLength(bib.length() - 2); // the last field's comma
            bib.append("\n}\n\n");
        }
        return bib.toString();
    }

    private static void field(StringBuilder bib, String name, String value) {
        if (!value.isBlank()) {
            bib.append("  ").append(name).append(" = {").append(escaped(value.strip())).append("},\n");
        }
    }

    private static String uniqueKey(Article article, Set<String> keys) {
        String paper = article.source().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String key = (paper.isEmpty() ? "arshif" : paper)
                + (article.date() == null ? "" : Integer.toString(article.date().getYear()))
                + String.format("%08x", article.id().hashCode());
        String unique = key;
        for (int n = 2; !keys.add(unique); n++) {
            unique = key + "-" + n;
        }
        return unique;
    }

    /**
     * A URL is a verbatim field (biblatex, JabRef and Zotero take it as written, so a TeX escape would become part of
     * the address); only what would break the braces or the line is percent-encoded, as in any URL.
     */
    static String verbatimUrl(String url) {
        return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")
                .replaceAll("[\\r\\n\\t]", "");
    }

    /** TeX's special characters written so that they print as themselves and leave the braces balanced. */
    static String escaped(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{', '}', '%', '&', '#', '$', '_' -> out.append('\\').appendCodePoint(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
