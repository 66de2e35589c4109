package org.arshif.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.cli.CliArgs.UsageException;
import org.arshif.importer.ArchiveOpener;
import org.arshif.model.Article;
import org.arshif.model.ArticleCollection;
import org.arshif.model.ArticleMatches;
import org.arshif.model.MarkedArticle;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SortOrder;
import org.arshif.pdf.ExportReport;
import org.arshif.pdf.PdfExporter;
import org.arshif.pdf.PdfOptions;

/** {@code export}: articles by id, or the results of a query, to one PDF. */
final class ExportCommand {

    static final int DEFAULT_LIMIT = 500;
    /** More articles than anyone reads in one PDF; bounds the memory an export holds (all articles are laid out). */
    static final int MAX_LIMIT = 10_000;

    private final PrintStream out;
    private final PrintStream err;
    private final ArchiveOpener opener;

    ExportCommand(PrintStream out, PrintStream err, ArchiveOpener opener) {
        this.out = out;
        this.err = err;
        this.opener = opener;
    }

    int run(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive", "out", "page", "lang", "query", "from", "to", "source",
                "limit", "collection"), Set.of("mark", "force"));
        if (flags.get("out") == null) {
            throw new UsageException("export needs --out FILE.pdf");
        }
        boolean byQuery = flags.has("query");
        boolean byCollection = flags.has("collection");
        if ((byQuery ? 1 : 0) + (byCollection ? 1 : 0) + (flags.positional().isEmpty() ? 0 : 1) != 1) {
            throw new UsageException("export takes one of: article ids, --collection NAME or --query Q");
        }
        String language = flags.get("lang") == null ? "ar" : flags.get("lang").strip();
        if (!language.equals("ar") && !language.equals("en")) {
            throw new UsageException("--lang takes ar or en, not '" + language + "'");
        }
        PdfOptions options;
        SearchQuery query = null;
        try {
            // A collection's PDF carries the collection's name on its cover and in its running header.
            options = new PdfOptions(flags.has("page") ? PdfOptions.PageSize.parse(flags.get("page")) : null,
                    byCollection ? flags.get("collection").strip() : null,
                    Locale.forLanguageTag(language), null);
            if (byQuery) {
                query = new SearchQuery(flags.get("query"), flags.date("from"), flags.date("to"), flags.get("source"),
                        SortOrder.RELEVANCE, 0, flags.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        Path target = OutFile.of(flags.get("out"), location);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !flags.has("force")) {
            throw new UsageException(target + " already exists; add --force to replace it");
        }
        List<Article> articles = new ArrayList<>();
        Map<String, ArticleMatches> marks = new LinkedHashMap<>();
        Map<String, String> notes = Map.of();
        try (Archive archive = ReadingOpen.open(opener, location, err)) {
            List<String> ids;
            if (byCollection) {
                ArticleCollection collection = CollectionCommand.named(CollectionCommand.shelf(archive),
                        flags.get("collection"));
                ids = collection.articleIds();
                notes = collection.notes();
            } else {
                ids = byQuery ? archive.search(query).hits().stream().map(SearchHit::id).toList()
                        : onceEach(flags.positional());
            }
            for (String id : ids) {
                MarkedArticle read = archive.read(id, flags.has("mark") && byQuery ? query.text() : null)
                        .orElseThrow(() -> new ArchiveException("no article with id " + CliArgs.shown(id)));
                articles.add(read.article());
                marks.put(id, read.matches());
            }
        }
        if (articles.isEmpty()) {
            throw new ArchiveException((byCollection ? "the collection is empty" : "no article matches the query")
                    + "; nothing was exported");
        }
        try {
            ExportReport report = new PdfExporter(options).export(articles, marks, notes, target,
                    org.arshif.pdf.ExportMonitor.NONE);
            out.println(CliCounts.exported(report.articles(), report.pages(), report.file(),
                    report.elapsed().toMillis() / 1000.0));
            if (report.shortenedTitles() > 0) {
                err.println(CliCounts.shortenedTitles(report.shortenedTitles(), PdfExporter.TITLE_LIMIT));
            }
            if (report.missingCharacters() > 0) {
                err.println(CliCounts.missingGlyphs(report.missingCharacters()) + ": " + report.missingSummary(10));
            }
            return 0;
        } catch (java.io.IOException e) {
            throw new ArchiveException(e.getMessage(), e);
        }
    }

    /** The ids as given, each once in the order first given: an id typed twice is one article, said so. */
    private List<String> onceEach(List<String> given) {
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(given));
        if (ids.size() < given.size()) {
            err.println(CliCounts.repeatedIds(given.size() - ids.size()));
        }
        return ids;
    }
}
