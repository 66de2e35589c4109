package org.arshif.cite;

import java.util.List;
import java.util.Locale;

/**
 * The reference formats a collection is cited in: the three that Zotero, JabRef, EndNote and Word's citation tools
 * import. Each writes newspaper articles with title, paper, author, date, address, language and the note.
 */
public enum CitationFormat {
    RIS("ris", new RisWriter()),
    BIBTEX("bib", new BibtexWriter()),
    CSL_JSON("json", new CslJsonWriter());

    private final String extension;
    private final CitationWriter writer;

    CitationFormat(String extension, CitationWriter writer) {
        this.extension = extension;
        this.writer = writer;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    public String write(List<Citation> citations) {
        return writer.write(citations);
    }

    /** The format named on a command line: {@code ris}, {@code bibtex} or {@code csl-json}, in any case. */
    public static CitationFormat parse(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "ris" -> RIS;
            case "bibtex", "bib" -> BIBTEX;
            case "csl-json", "csl", "json" -> CSL_JSON;
            default -> throw new IllegalArgumentException("the citation format is ris, bibtex or csl-json, not '"
                    + name + "'");
        };
    }
}
