package org.arshif.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.CollectionShelf;
import org.arshif.archive.ImportMonitor;
import org.arshif.cite.Citation;
import org.arshif.cite.CollectionCitations;
import org.arshif.cite.CitationFormat;
import org.arshif.cli.CliArgs.UsageException;
import org.arshif.files.ReplacedFile;
import org.arshif.importer.ArchiveOpener;
import org.arshif.model.ArticleCollection;
import org.arshif.model.MarkedArticle;

/**
 * {@code collection}: the baskets of articles kept with the archive, for a piece of research. Listing, showing and
 * citing read the archive (it may be open in a window); the others change it and need it writable.
 */
final class CollectionCommand {

    static final String USAGE = """
              collection [--archive DIR] list [--json]
              collection [--archive DIR] show NAME [--json]
              collection [--archive DIR] create NAME | delete NAME | rename NAME NEW_NAME
              collection [--archive DIR] add NAME ID... | remove NAME ID...
              collection [--archive DIR] move NAME ID POSITION | note NAME ID TEXT
              collection [--archive DIR] cite NAME [--format ris|bibtex|csl-json] [--out FILE] [--force]
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private final ArchiveOpener opener;

    CollectionCommand(PrintStream out, PrintStream err, ArchiveOpener opener) {
        this.out = out;
        this.err = err;
        this.opener = opener;
    }

    int run(List<String> args) throws UsageException, ArchiveException {
        CliArgs flags = CliArgs.parse(args, Set.of("archive", "format", "out"), Set.of("json", "force"));
        List<String> words = flags.positional();
        if (words.isEmpty()) {
            throw new UsageException("collection needs what to do: list, show, create, add, remove, move, note,"
                    + " rename, delete or cite");
        }
        String action = words.getFirst();
        List<String> operands = words.subList(1, words.size());
        ArchiveLocation location = ArchiveLocation.resolve(flags.get("archive"));
        try {
            return switch (action) {
                case "list" -> {
                    expect(operands, 0, action);
                    yield list(location, flags.has("json"));
                }
                case "show" -> show(location, expect(operands, 1, action).getFirst(), flags.has("json"));
                case "cite" -> cite(location, expect(operands, 1, action).getFirst(), flags);
                case "create", "delete", "rename", "add", "remove", "move", "note" -> change(location, action, operands);
                default -> throw new UsageException("unknown collection action '" + action + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static List<String> expect(List<String> operands, int count, String action) throws UsageException {
        if (operands.size() != count) {
            throw new UsageException("collection " + action + " takes " + (count == 0 ? "no arguments" : count == 1
                    ? "the collection's name" : count + " arguments") + ", not " + operands.size());
        }
        return operands;
    }

    private int list(ArchiveLocation location, boolean json) throws ArchiveException {
        List<ArticleCollection> all;
        try (Archive archive = ReadingOpen.open(opener, location, err)) {
            all = shelf(archive).all();
        }
        if (json) {
            ArrayNode list = JSON.createArrayNode();
            all.forEach(collection -> list.addObject().put("name", collection.name())
                    .put("articles", collection.entries().size()));
            out.println(list);
        } else {
            all.forEach(collection -> out.println(CliCounts.articles(collection.entries().size()) + "\t"
                    + collection.name()));
        }
        return 0;
    }

    private int show(ArchiveLocation location, String name, boolean json) throws ArchiveException {
        ArrayNode list = JSON.createArrayNode();
        try (Archive archive = ReadingOpen.open(opener, location, err)) {
            ArticleCollection collection = named(shelf(archive), name);
            for (ArticleCollection.Entry entry : collection.entries()) {
                var article = archive.read(entry.articleId(), null).map(MarkedArticle::article);
                ObjectNode row = list.addObject().put("id", entry.articleId()).put("note", entry.note());
                article.ifPresent(found -> row.put("title", found.title()).put("source", found.source())
                        .put("date", found.date() == null ? null : found.date().toString()));
                if (!json) {
                    out.println(entry.articleId() + "\t" + article.map(found -> (found.date() == null ? "" : found.date()
                            + "  ") + found.title()).orElse("(no longer in the archive)")
                            + (entry.note().isEmpty() ? "" : "\n\t" + entry.note().replace("\n", "\n\t")));
                }
            }
        }
        if (json) {
            out.println(list);
        }
        return 0;
    }

    private int cite(ArchiveLocation location, String name, CliArgs flags) throws UsageException, ArchiveException {
        CitationFormat format = flags.has("format") ? CitationFormat.parse(flags.get("format")) : CitationFormat.RIS;
        List<Citation> citations;
        try (Archive archive = ReadingOpen.open(opener, location, err)) {
            citations = CollectionCitations.read(archive, named(shelf(archive), name));
        }
        if (flags.get("out") == null) {
            out.print(format.write(citations));
            return 0;
        }
        Path target = OutFile.of(flags.get("out"), location);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !flags.has("force")
                && ReplacedFile.isReplaceable(target)) {
            throw new UsageException(target + " already exists; add --force to replace it");
        }
        try {
            CollectionCitations.write(target, format, citations);
        } catch (ArchiveException e) {
            throw e;
        } catch (IOException e) {
            throw new ArchiveException("the citations could not be written to " + target + " (" + e.getMessage()
                    + "); nothing was changed there", e);
        }
        out.println(CliCounts.articles(citations.size()) + " cited in " + target);
        return 0;
    }

    private int change(ArchiveLocation location, String action, List<String> operands)
            throws UsageException, ArchiveException {
        if (operands.isEmpty()) {
            throw new UsageException("collection " + action + " needs the collection's name");
        }
        String name = operands.getFirst();
        List<String> rest = operands.subList(1, operands.size());
        try (Archive archive = opener.openWritable(location, ImportMonitor.NONE)) {
            CollectionShelf shelf = shelf(archive);
            switch (action) {
                case "create" -> shelf.create(expect(operands, 1, action).getFirst());
                case "delete" -> shelf.delete(expect(operands, 1, action).getFirst());
                case "rename" -> shelf.rename(name, expect(operands, 2, action).get(1));
                case "add" -> shelf.save(named(shelf, name).with(existing(archive, rest, action)));
                case "remove" -> shelf.save(named(shelf, name).without(nonEmpty(rest, action)));
                case "move" -> shelf.save(named(shelf, name).moved(expect(operands, 3, action).get(1),
                        position(operands.get(2)) - 1));
                case "note" -> shelf.save(named(shelf, name).withNote(expect(operands, 3, action).get(1),
                        operands.get(2)));
                default -> throw new IllegalStateException(action);
            }
            ArticleCollection now = shelf.find(action.equals("rename") ? operands.get(1) : name).orElse(null);
            out.println(now == null ? "deleted '" + name.strip() + "'"
                    : "'" + now.name() + "': " + CliCounts.articles(now.entries().size()));
        }
        return 0;
    }

    private static List<String> nonEmpty(List<String> ids, String action) throws UsageException {
        if (ids.isEmpty()) {
            throw new UsageException("collection " + action + " needs at least one article id");
        }
        return ids;
    }

    /** The ids, each checked to be in the archive: a collection holds nothing the archive does not. */
    private static List<String> existing(Archive archive, List<String> ids, String action)
            throws UsageException, ArchiveException {
        for (String id : nonEmpty(ids, action)) {
            if (archive.read(id, null).isEmpty()) {
                throw new ArchiveException("no article with id " + CliArgs.shown(id) + "; the collection was not changed");
            }
        }
        return ids;
    }

    private static int position(String text) throws UsageException {
        try {
            int position = Integer.parseInt(text.strip());
            if (position < 1) {
                throw new NumberFormatException();
            }
            return position;
        } catch (NumberFormatException e) {
            throw new UsageException("a position counts from 1, not '" + text + "'");
        }
    }

    static CollectionShelf shelf(Archive archive) throws ArchiveException {
        return archive.collections().orElseThrow(() -> new ArchiveException("this archive keeps no collections"));
    }

    static ArticleCollection named(CollectionShelf shelf, String name) throws ArchiveException {
        return shelf.find(name).orElseThrow(() -> new ArchiveException("there is no collection named '" + name.strip()
                + "'"));
    }
}
