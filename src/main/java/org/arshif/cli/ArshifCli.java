package org.arshif.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.DamagedArchiveException;
import org.arshif.archive.ArchiveChecks;
import org.arshif.archive.ArchiveProvider;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.cli.CliArgs.UsageException;
import org.arshif.importer.ArchiveOpener;
import org.arshif.importer.ArchiveRebuilder;
import org.arshif.importer.FieldMapping;
import org.arshif.importer.FileImporter;
import org.arshif.importer.ImportHistory;
import org.arshif.importer.ImportNotes;
import org.arshif.importer.NativeNames;
import org.arshif.model.ArchiveStats;
import org.arshif.model.Article;
import org.arshif.model.ImportProblem;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.SortOrder;
import org.arshif.text.QuerySyntax;
import org.arshif.text.XmlText;

/**
 * The command line: {@code import}, {@code search}, {@code show}, {@code stats}, {@code export}, {@code collection}. Exit code 0 on success, 1 when the
 * archive could not do it, 2 for a mistake in the call, 3 for an import that imported nothing; the reason goes to
 * stderr on one line.
 */
public final class ArshifCli {

    /** Exit code of an import in which every record was skipped (or there was none): a script must notice. */
    static final int NOTHING_IMPORTED = 3;

    static final String USAGE = """
            usage: arshif COMMAND [options]   (arshif --version [--archive DIR]: version, build date, archive format, components, licences)
              import [--archive DIR] [--map k=field,...] [--follow-links] PATH...
              search [--archive DIR] [--from D] [--to D] [--source S] [--mentions-from D] [--mentions-to D]
                     [--sort relevance|newest|oldest] [--limit N] [--offset N] [--json] QUERY
              show   [--archive DIR] [--json] ID
              stats  [--archive DIR] [--json]
              check  [--archive DIR]          verify every index file against its checksum
              rebuild [--archive DIR]         rebuild a damaged archive from the files it was imported from
              upgrade [--archive DIR]         upgrade an archive written by an older Arshif to this version's
                                              format (any writable open does it too: the window, import)
              export [--archive DIR] --out FILE.pdf [--page a4|letter] [--lang ar|en] [--mark]
                     (ID... | --collection NAME | --query Q [--from D] [--to D] [--source S] [--limit N])
            """ + CollectionCommand.USAGE + """
            A date D is written as in the window: 2015-07-22, 22/7/2015, 1436-10-06 or 6 شوال 1436 (Hijri), or a
            month or year (2015-07, 2015): a from-flag takes its first day, a to-flag its last.
            With no command, the reader window opens. The archive is --archive DIR, else $ARSHIF_ARCHIVE,
            else the per-user data folder (~/.local/share/arshif on Linux).""";

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Why a search found nothing when it named a source the archive does not hold (sources are matched as the archive
     * writes them: ALRIYADH is not alriyadh): the source, the one it may have meant, and the archive's sources.
     */
    static List<String> unknownSources(SearchQuery query, List<QuerySyntax.Clause> typed, ArchiveStats stats) {
        List<String> named = new ArrayList<>();
        if (query.source() != null) {
            named.add(query.source());
        }
        for (QuerySyntax.Clause clause : typed) {
            if (QuerySyntax.isSource(clause) && !QuerySyntax.isExcluded(clause)) {
                named.add(QuerySyntax.named((QuerySyntax.InField) clause));
            }
        }
        Set<String> known = stats.perSource().keySet();
        List<String> lines = new ArrayList<>();
        for (String source : named) {
            if (!known.contains(source)) {
                String meant = known.stream().filter(source::equalsIgnoreCase).findFirst().orElse(null);
                lines.add("arshif: no source \"" + source + "\" in the archive"
                        + (meant != null ? " (did you mean \"" + meant + "\"?)" : "") + "; its sources: "
                        + known.stream().filter(k -> !k.isEmpty()).limit(SOURCES_LISTED).collect(
                                java.util.stream.Collectors.joining(", "))
                        + (known.size() > SOURCES_LISTED ? ", …" : ""));
            }
        }
        return lines;
    }

    private static final int SOURCES_LISTED = 20;

    /** Said when a pasted text's operators were read as its words ({@link QuerySyntax#readsSyntaxAsText}). */
    static final String SYNTAX_READ_AS_TEXT = "Searched as a text (more than " + QuerySyntax.MAX_TYPED_CLAUSES
            + " words): -, *, OR and title: in it are read as words; only source: still filters. Use --source, or"
            + " a shorter query, to search with them.";

    /** Said when the query holds no word to search ({@link QuerySyntax#holdsNoWord}). */
    static final String HOLDS_NO_WORD = "The query holds no word or number to search: it finds nothing (an empty query"
            + " lists the whole archive).";

    private final PrintStream out;
    private final PrintStream err;
    private final ArchiveOpener opener;

    public ArshifCli(PrintStream out, PrintStream err, ArchiveProvider provider) {
        this.out = out;
        this.err = err;
        this.opener = new ArchiveOpener(provider);
    }

    /** Runs one command and returns the process exit code. */
    public int run(List<String> args) {
        if (args.isEmpty() || args.getFirst().equals("--help") || args.getFirst().equals("help")) {
            out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (args.getFirst().equals("--version")) {
            try {
                CliArgs flags = CliArgs.parse(args.subList(1, args.size()), Set.of("archive"), Set.of());
                return VersionCommand.run(out, opener.provider(), ArchiveLocation.resolve(flags.get("archive")));
            } catch (UsageException | IllegalArgumentException e) {
                err.println("arshif: " + e.getMessage());
                return 2;
            }
        }
        List<String> rest = args.subList(1, args.size());
        for (String arg : args) {
            if (NativeNames.garbled(arg)) {
                err.println("arshif: the argument " + CliArgs.shown(arg) + " arrived garbled: " + NativeNames.advice());
                return 2;
            }
        }
        try {
            return switch (args.getFirst()) {
                case "import" -> importCommand(rest);
                case "search" -> searchCommand(rest);
                case "show" -> showCommand(rest);
                case "stats" -> statsCommand(rest);
                case "check" -> checkCommand(rest);
                case "rebuild" -> rebuildCommand(rest);
                case "upgrade" -> upgradeCommand(rest);
                case "export" -> new ExportCommand(out, err, opener).run(rest);
                case "collection" -> new CollectionCommand(out, err, opener).run(rest);
                default -> throw new UsageException("unknown command '" + args.getFirst()
                        + "' (expected import, search, show, stats, export, collection, check, rebuild or upgrade)");
            };
        } catch (UsageException e) {
            err.println("arshif: " + e.getMessage());
            err.println("run 'arshif --help' for the usage");
            return 2;
        } catch (DamagedArchiveException e) {
            err.println("arshif: " + e.getMessage() + rebuildHint(args));
            return 1;
        } catch (ArchiveException e) {
            err.println("arshif: " + e.getMessage());
            return 1;
        } catch (java.nio.file.InvalidPathException e) {
            err.println("arshif: the path «" + e.getInput() + "» cannot be used: " + NativeNames.explain(e));
            return 1;
        } catch (IllegalArgumentException e) { // a location no command can use (an archive's address)
            err.println("arshif: " + e.getMessage());
            return 2;
        }
    }

    /** What to do about a damaged archive: rebuild it, when its originals are still there. */
    private String rebuildHint(List<String> args) {
        ArchiveLocation location = archiveLocation(args);
        Path folder = location.folder();
        try {
            Optional<ArchiveRebuilding> rebuilding = opener.provider().rebuilding(location);
            if (rebuilding.isEmpty()) {
                return "";
            }
            String originals = ArchiveRebuilder.describe(rebuilding.get());
            return originals == null ? "; none of the files it was imported from is still there to rebuild it"
                    : "; 'arshif rebuild --archive " + folder + "' rebuilds it (" + originals + ")";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static ArchiveLocation archiveLocation(List<String> args) {
        try {
            return ArchiveLocation.resolve(CliArgs.parse(args.subList(1, args.size()), Set.of("archive", "map", "from",
                    "to", "source", "sort", "limit", "offset", "out", "page", "lang", "query", "mentions-from",
                    "mentions-to"), Set.of("json", "mark", "yes", "force", "follow-links")).get("archive"));
        } catch (UsageException | RuntimeException e) {
            return ArchiveLocation.resolve(null);
        }
    }

    private int checkCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive"), Set.of());
        if (!flags.positional().isEmpty()) {
            throw new UsageException("check takes no arguments");
        }
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        try (Archive archive = opener.provider().openReadOnly(location)) {
            ArchiveChecks checks = archive.checks().orElseThrow(() -> new ArchiveException("the archive at "
                    + location + " is checked by the server that keeps it, not by this command"));
            checks.verify();
            if (checks.upgradeOwed()) {
                // An older format kept less (no history or derived state in its commits): judged by today's rules it
                // would look damaged. Its files are sound; what it needs is the upgrade, which works all that out.
                out.println(CliCounts.sound(location.folder(), archive.stats().articles()));
                String owed = ReadingOpen.upgradeOwed(location.folder(), checks.writtenWith());
                out.println(Character.toUpperCase(owed.charAt(0)) + owed.substring(1) + ".");
                return 0;
            }
            boolean complete = checks.verifyDerivedState();
            out.println(CliCounts.sound(location.folder(), archive.stats().articles()));
            out.println(complete ? "Copy groups and run-together words match the articles."
                    : "An import was stopped before its copy groups and run-together words were worked out: they are"
                    + " worked out in memory meanwhile, and stored at the next import or window on this archive.");
            if (!checks.historyCopyInStep()) {
                out.println("The copy of the import history beside the index (" + ArchiveLocation.HISTORY_COPY
                        + ") differs from the history kept in the index; the next import or window rewrites it.");
            }
        }
        return 0;
    }

    private int rebuildCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive"), Set.of("force", "yes"));
        if (!flags.positional().isEmpty()) {
            throw new UsageException("rebuild takes no arguments");
        }
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        Path folder = location.folder();
        ArchiveRebuilding rebuilding = opener.provider().rebuilding(location).orElseThrow(() -> new ArchiveException(
                "the archive at " + location + " is kept by a server, which rebuilds it itself"));
        ImportHistory history;
        try {
            history = ArchiveRebuilder.trustedHistory(rebuilding);
        } catch (java.io.IOException e) {
            throw new ArchiveException("cannot read the import history of " + folder + ": " + e.getMessage(), e);
        }
        if (!flags.has("yes")) {
            // A rebuild reads files named in the archive's folder: the user sees them, and what is gone, first.
            out.println("The rebuild of " + folder + " would read:");
            history.present().forEach(original -> out.println("  " + original.path()));
            if (!history.missing().isEmpty()) {
                out.println("No longer there (their articles would not be in the rebuilt archive):");
                history.missing().forEach(path -> out.println("  " + path));
            }
            err.println("arshif: run it again with --yes to rebuild from these");
            return 2;
        }
        ArchiveRebuilder.Report report = ArchiveRebuilder.rebuild(rebuilding, ImportMonitor.NONE, flags.has("force"));
        out.println("Rebuilt " + folder + " from its originals. " + ImportSummary.describe(report.imported()));
        for (ImportProblem problem : report.imported().skipped()) {
            out.println("  skipped " + problem.describe());
        }
        for (ImportProblem note : report.notes()) {
            out.println("  note: " + note.describe());
        }
        return 0;
    }

    private int importCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive", "map"), Set.of("json", "follow-links"));
        if (flags.positional().isEmpty()) {
            throw new UsageException("import needs at least one file or folder");
        }
        List<Path> paths = new ArrayList<>();
        for (String arg : flags.positional()) {
            Path path = Path.of(arg);
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + arg);
            }
            if (!Files.isReadable(path)) {
                throw new UsageException("cannot read " + arg + " (permission denied)");
            }
            paths.add(path);
        }
        FieldMapping mapping;
        try {
            mapping = FieldMapping.parse(flags.get("map"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        long started = System.nanoTime();
        ImportMonitor progress = System.console() == null ? ImportMonitor.NONE : new ImportMonitor() {
            @Override
            public void progress(long read, long imported, String file) {
                double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
                err.print("\r" + CliCounts.progress(read, imported, imported / seconds) + "  " + file + "\033[K");
            }

            @Override
            public void merging() {
                err.print("\r" + CliCounts.MERGING + "\033[K");
            }
        };
        ImportReport report;
        FileImporter importer = new FileImporter(paths, mapping, flags.has("follow-links"));
        UpgradeReporter upgrade = new UpgradeReporter(err);
        try (Archive archive = opener.openWritable(location, upgrade)) {
            if (upgrade.upgraded()) { // an archive of an older Arshif, upgraded before the import: said, on stderr
                err.println("arshif: " + upgrade.done(location.folder(), archive.formatVersion()));
            }
            report = archive.importArticles(importer, progress);
        }
        ImportNotes notes = importer.notes();
        if (progress != ImportMonitor.NONE) {
            err.print("\r\033[K");
        }
        if (flags.has("json")) {
            ObjectNode json = JSON.createObjectNode()
                    .put("added", report.added()).put("updated", report.updated())
                    .put("skipped", report.skippedCount()).put("seconds", report.elapsed().toMillis() / 1000.0);
            ArrayNode problems = json.putArray("problems");
            report.skipped().forEach(p -> problems.addObject().put("file", p.file()).put("record", p.record())
                    .put("reason", p.reason()));
            json.put("unchanged", report.unchanged()).put("repeated", report.repeated());
            json.put("noted", notes.countWith(report));
            ArrayNode noteList = json.putArray("notes");
            notes.listedWith(report).forEach(p -> noteList.addObject().put("file", p.file()).put("record", p.record())
                    .put("note", p.reason()));
            out.println(json);
        } else {
            out.println(ImportSummary.describe(report));
            for (ImportProblem problem : report.skipped()) {
                out.println("  skipped " + problem.describe());
            }
            if (report.skippedCount() > report.skipped().size()) {
                out.println(CliCounts.moreSkipped(report.skippedCount() - report.skipped().size()));
            }
            List<ImportProblem> noted = notes.listedWith(report);
            for (ImportProblem note : noted) {
                out.println("  note: " + note.describe());
            }
            if (notes.countWith(report) > noted.size()) {
                out.println(CliCounts.moreNotes(notes.countWith(report) - noted.size()));
            }
        }
        if (report.imported() == 0 && report.unchanged() == 0 && !report.cancelled()) {
            err.println("arshif: nothing was imported" + (report.skippedCount() > 0
                    ? ": every record was skipped (the reasons are listed above)" : ": no articles were found"));
            return NOTHING_IMPORTED;
        }
        return 0;
    }

    private int searchCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive", "from", "to", "source", "sort", "limit", "offset",
                "mentions-from", "mentions-to"), Set.of("json"));
        SearchQuery query;
        try {
            SortOrder sort = flags.has("sort") ? SortOrder.parse(flags.get("sort")) : SortOrder.RELEVANCE;
            query = new SearchQuery(String.join(" ", flags.positional()), flags.date("from"), flags.date("to"),
                    flags.get("source"), sort, flags.integer("offset", 0, 0),
                    flags.integer("limit", SearchQuery.DEFAULT_LIMIT, 0))
                    .withMentions(flags.date("mentions-from"), flags.date("mentions-to"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        SearchResult result;
        List<QuerySyntax.Clause> typed = QuerySyntax.parseTyped(query.text());
        try (Archive archive = openReadable(flags)) {
            result = archive.search(query);
            if (result.total() == 0) {
                unknownSources(query, typed, archive.stats()).forEach(err::println);
            }
        }
        if (flags.has("json")) {
            ObjectNode json = JSON.createObjectNode().put("total", result.total()).put("articles", result.articles())
                    .put("allWords", result.allWords()).put("degraded", result.degraded());
            if (result.didYouMean() != null) {
                json.put("didYouMean", result.didYouMean());
            }
            json.put("syntaxReadAsText", QuerySyntax.readsSyntaxAsText(typed));
            json.put("holdsNoWord", QuerySyntax.holdsNoWord(typed));
            ArrayNode hits = json.putArray("hits");
            for (SearchHit hit : result.hits()) {
                ObjectNode node = hits.addObject().put("id", hit.id()).put("title", hit.title())
                        .put("date", iso(hit.date())).put("source", hit.source()).put("everyWord", hit.everyWord());
                if (Float.isNaN(hit.score())) {
                    node.putNull("score");
                } else {
                    node.put("score", hit.score());
                }
                // A word matching only through its stem is marked too, as a lesser match: <mark class="stem">.
                node.put("snippet", hit.snippet().render("<mark>", "<mark class=\"stem\">", "</mark>",
                        XmlText::escaped));
                ArrayNode marked = node.putArray("marked");
                hit.snippet().markedWords().forEach(marked::add);
                ArrayNode stemOnly = node.putArray("markedStemOnly");
                hit.snippet().stemOnlyWords().forEach(stemOnly::add);
                ArrayNode copies = node.putArray("copies");
                hit.copies().forEach(copy -> copies.addObject().put("id", copy.id()).put("source", copy.source())
                        .put("date", iso(copy.date())).put("title", copy.title()));
            }
            out.println(json);
            return 0;
        }
        if (result.degraded()) {
            // As the window's status bar says it: the answer is whole, but the cluster has lost part of itself.
            err.println("note: the shared archive answered with some of its nodes down (degraded): one more failure"
                    + " may leave part of it unanswered");
        }
        out.println(CliCounts.found(result.total(), result.articles()));
        if (result.someWords()) {
            out.printf(Locale.ROOT, "%,d with every word; the others (marked \"some words only\") hold some of them%n",
                    result.allWords());
        }
        if (result.didYouMean() != null) {
            out.println("Did you mean: " + result.didYouMean());
        }
        if (QuerySyntax.readsSyntaxAsText(typed)) {
            out.println(SYNTAX_READ_AS_TEXT);
        }
        if (QuerySyntax.holdsNoWord(typed)) {
            out.println(HOLDS_NO_WORD);
        }
        int rank = query.offset();
        for (SearchHit hit : result.hits()) {
            out.printf(Locale.ROOT, "%n%d. %s  %s  %s%n   id: %s%n   %s%n", ++rank,
                    hit.date() == null ? "undated" : hit.date(), hit.source().isEmpty() ? "-" : hit.source(),
                    hit.title() + (hit.everyWord() ? "" : "  (some words only)"), hit.id(),
                    hit.snippet().render("[", "[~", "]"));
            if (!hit.copies().isEmpty()) {
                out.printf(Locale.ROOT, "   also as %s%n", hit.copies().stream()
                        .map(copy -> copy.id() + " (" + (copy.source().isEmpty() ? "-" : copy.source()) + ")")
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        return 0;
    }

    private int showCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive"), Set.of("json"));
        if (flags.positional().size() != 1) {
            throw new UsageException("show needs exactly one article id");
        }
        String id = flags.positional().getFirst();
        Article article;
        try (Archive archive = openReadable(flags)) {
            article = archive.get(id).orElseThrow(() -> new ArchiveException("no article with id " + CliArgs.shown(id)));
        }
        if (flags.has("json")) {
            ObjectNode json = JSON.createObjectNode().put("id", article.id()).put("title", article.title())
                    .put("titleDerived", article.titleDerived()).put("date", iso(article.date()))
                    .put("source", article.source()).put("author", article.author()).put("url", article.url())
                    .put("origin", article.origin());
            if (!article.dateRaw().isEmpty()) {
                json.put("dateRaw", article.dateRaw());
            }
            ArrayNode paragraphs = json.putArray("paragraphs");
            article.paragraphs().forEach(paragraphs::add);
            out.println(json);
            return 0;
        }
        out.println(article.title());
        String date = article.date() != null ? article.date().toString() : article.dateRaw().isEmpty() ? "undated"
                : "undated (the record's date «" + article.dateRaw() + "» could not be kept)";
        out.println(String.join("  ·  ", List.of(date,
                article.source(), article.author()).stream().filter(s -> !s.isEmpty()).toList()));
        if (!article.url().isEmpty()) {
            out.println(article.url());
        }
        out.println();
        article.paragraphs().forEach(p -> out.println(p + System.lineSeparator()));
        return 0;
    }

    private int statsCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive"), Set.of("json"));
        if (!flags.positional().isEmpty()) {
            throw new UsageException("stats takes no arguments");
        }
        ArchiveStats stats;
        int format;
        try (Archive archive = openReadable(flags)) {
            stats = archive.stats();
            format = archive.formatVersion();
        }
        if (flags.has("json")) {
            ObjectNode json = JSON.createObjectNode().put("articles", stats.articles()).put("undated", stats.undated())
                    .put("earliest", iso(stats.earliest())).put("latest", iso(stats.latest())).put("format", format);
            ObjectNode sources = json.putObject("sources");
            stats.perSource().forEach(sources::put);
            out.println(json);
            return 0;
        }
        out.println(CliCounts.undated(stats.articles(), stats.undated()));
        if (stats.earliest() != null) {
            out.printf("from %s to %s%n", stats.earliest(), stats.latest());
        }
        stats.perSource().forEach((source, count) ->
                out.printf(Locale.ROOT, "%,10d  %s%n", count, source.isEmpty() ? "(no source)" : source));
        out.println("archive format " + format);
        return 0;
    }

    private Archive openReadable(CliArgs flags) throws ArchiveException {
        return ReadingOpen.open(opener, ArchiveLocation.resolve(flags.get("archive")), err);
    }

    private int upgradeCommand(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive"), Set.of());
        if (!flags.positional().isEmpty()) {
            throw new UsageException("upgrade takes no arguments");
        }
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        if (!opener.provider().exists(location)) {
            throw new ArchiveException("there is no archive in " + location);
        }
        UpgradeReporter upgrade = new UpgradeReporter(err);
        try (Archive archive = opener.provider().openWritable(location, upgrade)) {
            int format = archive.formatVersion();
            out.println(upgrade.upgraded() ? upgrade.done(location.folder(), format) : "The archive "
                    + location + " is of this version's format (" + format + "): nothing to upgrade.");
        }
        return 0;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
