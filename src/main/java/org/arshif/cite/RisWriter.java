package org.arshif.cite;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.arshif.model.Article;

/**
 * RIS: one tagged record per article, type NEWS (newspaper article). Every value is one line: RIS has no way to
 * continue a value, so line breaks inside a note become spaces.
 */
final class RisWriter implements CitationWriter {

    private static final DateTimeFormatter RIS_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd/");
    private static final String END_OF_LINE = "\r\n"; // as the RIS specification writes it; every importer takes it

    @Override
    public String write(List<Citation> citations) {
        StringBuilder ris = new StringBuilder();
        for (Citation citation : citations) {
            Article article = citation.article();
            tag(ris, "TY", "NEWS");
            tag(ris, "TI", article.title());
            tag(ris, "T2", article.source());
            tag(ris, "AU", article.author());
            if (article.date() != null) {
                tag(ris, "PY", Integer.toString(article.date().getYear()));
                tag(ris, "DA", article.date().format(RIS_DATE));
            }
            tag(ris, "UR", article.url());
            tag(ris, "LA", citation.languageTag());
            tag(ris, "AN", article.id());
            tag(ris, "N1", citation.note());
            ris.append("ER  - ").append(END_OF_LINE);
        }
        return ris.toString();
    }

    private static void tag(StringBuilder ris, String tag, String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        if (!line.isEmpty()) {
            ris.append(tag).append("  - ").append(line).append(END_OF_LINE);
        }
    }
}
