package org.arshif.archive.lucene;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.CollectionExistsException;
import org.arshif.archive.CollectionShelf;
import org.arshif.archive.ReadOnlyArchiveException;
import org.arshif.model.ArticleCollection;
import org.arshif.model.Problem;

/**
 * The collections of a local archive, in one JSON file in the archive's folder. A change writes the whole file
 * beside it, forces it to disk and renames it over the old one, so a crash leaves the old shelf or the new one,
 * never half of each. Only the process holding the archive's write lock writes it; every read takes the file as it
 * is now, so a window open read-only sees what the writing window saved.
 */
final class CollectionFile implements CollectionShelf {

    static final String NAME = "collections.json";
    private static final int FORMAT = 1;
    /** Far beyond any shelf a person fills (a million entries with notes); an attacker's file is not read whole. */
    private static final long SIZE_LIMIT = 256L << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final boolean writable;

    CollectionFile(Path folder, boolean writable) {
        this.file = folder.resolve(NAME);
        this.writable = writable;
    }

    @Override
    public synchronized List<ArticleCollection> all() throws ArchiveException {
        if (Files.isSymbolicLink(file)) {
            throw damaged(Problem.of(Problem.Code.COLLECTIONS_LINK), null);
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // a pipe would block the reading thread (and every search queued behind it) for ever
            throw damaged(Problem.of(Problem.Code.COLLECTIONS_NOT_REGULAR), null);
        }
        JsonNode root;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            root = Files.size(file) > SIZE_LIMIT ? null : JSON.readTree(in);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String what = e.getOriginalMessage().replaceAll("\\s*\\(start marker at \\[.*?\\]\\)", "")
                    .replaceAll("\\s*at \\[Source: .*", "");
            throw damaged(at == null ? what : Problem.of(Problem.Code.COLLECTIONS_AT, String.valueOf(at.getLineNr()),
                    String.valueOf(at.getColumnNr()), what), e);
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.COLLECTIONS_UNREADABLE, file, e.getMessage()), e);
        }
        if (root == null) {
            throw damaged(Problem.of(Problem.Code.COLLECTIONS_TOO_LARGE, String.valueOf(SIZE_LIMIT >> 20)), null);
        }
        return parse(root);
    }

    private List<ArticleCollection> parse(JsonNode root) throws ArchiveException {
        if (!root.path("collections").isArray()) {
            throw damaged(Problem.of(Problem.Code.COLLECTIONS_NO_LIST), null);
        }
        int format = root.path("format").asInt(0);
        if (format > FORMAT) {
            throw new ArchiveException(Problem.of(Problem.Code.COLLECTIONS_NEWER, file, String.valueOf(format)), null);
        }
        List<ArticleCollection> collections = new ArrayList<>();
        int number = 0;
        for (JsonNode node : root.path("collections")) {
            number++;
            try {
                List<ArticleCollection.Entry> entries = new ArrayList<>();
                for (JsonNode entry : node.path("entries")) {
                    entries.add(new ArticleCollection.Entry(text(entry, "id"), entry.path("note").asText("")));
                }
                collections.add(new ArticleCollection(text(node, "name"), entries));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw damaged(Problem.of(Problem.Code.COLLECTIONS_ENTRY, String.valueOf(number),
                        e instanceof Problem.Refused refused ? refused.problem() : e.getMessage()), e);
            }
        }
        return collections;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new Problem.Refused(Problem.of(Problem.Code.COLLECTIONS_FIELD_MISSING, field));
        }
        return value.asText();
    }

    @Override
    public synchronized void save(ArticleCollection collection) throws ArchiveException {
        change(shelf -> {
            List<ArticleCollection> saved = new ArrayList<>(shelf);
            int at = indexOf(saved, collection.name());
            if (at < 0) {
                saved.add(collection);
            } else {
                saved.set(at, collection);
            }
            return saved;
        });
    }

    @Override
    public synchronized void create(String name) throws ArchiveException {
        String wanted = ArticleCollection.checkedName(name);
        if (indexOf(all(), wanted) >= 0) {
            throw new CollectionExistsException(wanted);
        }
        save(ArticleCollection.named(wanted));
    }

    @Override
    public synchronized void rename(String name, String newName) throws ArchiveException {
        String wanted = ArticleCollection.checkedName(newName);
        String old = ArticleCollection.checkedName(name);
        if (!wanted.equals(old) && indexOf(all(), wanted) >= 0) {
            throw new CollectionExistsException(wanted);
        }
        change(shelf -> {
            int at = indexOf(shelf, old);
            if (at < 0) {
                throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_MISSING, name));
            }
            List<ArticleCollection> renamed = new ArrayList<>(shelf);
            renamed.set(at, shelf.get(at).renamed(wanted));
            return renamed;
        });
    }

    @Override
    public void delete(String name) throws ArchiveException {
        change(shelf -> {
            int at = indexOf(shelf, ArticleCollection.checkedName(name));
            if (at < 0) {
                throw new Problem.Refused(Problem.of(Problem.Code.COLLECTION_MISSING, name));
            }
            List<ArticleCollection> kept = new ArrayList<>(shelf);
            kept.remove(at);
            return kept;
        });
    }

    private static int indexOf(List<ArticleCollection> shelf, String name) {
        for (int i = 0; i < shelf.size(); i++) {
            if (shelf.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The ids the collections hold, for an upgrade that derives ids again; none when the file cannot be read (it is
     * then reported as damaged wherever the collections are shown, and left as it is).
     */
    java.util.Set<String> heldIds() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        try {
            all().forEach(collection -> collection.entries().forEach(entry -> ids.add(entry.articleId())));
        } catch (ArchiveException unreadable) {
            // left as it is: nothing is written over a damaged file
        }
        return ids;
    }

    /**
     * Rewrites the entries of articles whose ids an upgrade derived again ({@code old} to {@code new}), keeping their
     * places and notes; writes nothing when no entry holds an old id (the usual case, at every writable open).
     */
    void renameIds(java.util.Map<String, String> renamed) throws ArchiveException {
        if (renamed.isEmpty() || heldIds().stream().noneMatch(renamed::containsKey)) {
            return;
        }
        change(shelf -> shelf.stream().map(collection -> new ArticleCollection(collection.name(),
                collection.entries().stream().map(entry -> new ArticleCollection.Entry(
                        renamed.getOrDefault(entry.articleId(), entry.articleId()), entry.note())).toList())).toList());
    }

    /**
     * Reads the shelf as it is on disk, applies the change and writes it back. A damaged file is never written over:
     * reading it fails first, and the researcher's collections stay in it to be repaired.
     */
    private synchronized void change(UnaryOperator<List<ArticleCollection>> edit) throws ArchiveException {
        if (!writable) {
            throw new ReadOnlyArchiveException(Problem.of(Problem.Code.COLLECTIONS_READ_ONLY), null);
        }
        List<ArticleCollection> changed;
        try {
            changed = edit.apply(all());
        } catch (IllegalArgumentException e) {
            throw new ArchiveException(e.getMessage(), e);
        }
        write(changed);
    }

    private void write(List<ArticleCollection> shelf) throws ArchiveException {
        ObjectNode root = JSON.createObjectNode().put("format", FORMAT);
        ArrayNode collections = root.putArray("collections");
        for (ArticleCollection collection : shelf) {
            ObjectNode node = collections.addObject().put("name", collection.name());
            ArrayNode entries = node.putArray("entries");
            for (ArticleCollection.Entry entry : collection.entries()) {
                ObjectNode written = entries.addObject().put("id", entry.articleId());
                if (!entry.note().isEmpty()) {
                    written.put("note", entry.note());
                }
            }
        }
        Path next = file.resolveSibling(NAME + ".next");
        try {
            ByteBuffer bytes = ByteBuffer.wrap(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
                while (bytes.hasRemaining()) {
                    channel.write(bytes);
                }
                channel.force(true);
            }
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel folder = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
                folder.force(true); // the rename itself survives a power cut
            }
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.COLLECTIONS_UNSAVED, file, e.getMessage()), e);
        }
    }

    /** {@code why}: a problem, or the parser's own words. */
    private ArchiveException damaged(Object why, Exception cause) {
        return new ArchiveException(Problem.of(Problem.Code.COLLECTIONS_DAMAGED, file, why), cause);
    }
}
