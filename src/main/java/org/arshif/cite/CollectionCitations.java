package org.arshif.cite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.files.ReplacedFile;
import org.arshif.model.ArticleCollection;
import org.arshif.model.Problem;

/** A collection cited: its articles read from the archive, in its order, with their notes, written to a file. */
public final class CollectionCitations {

    private CollectionCitations() {
    }

    /**
     * The collection's citations. An article the archive no longer holds is refused by id rather than left out: a
     * list of references that quietly drops one is worse than none.
     */
    public static List<Citation> read(Archive archive, ArticleCollection collection) throws ArchiveException {
        List<Citation> citations = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (ArticleCollection.Entry entry : collection.entries()) {
            archive.read(entry.articleId(), null).ifPresentOrElse(
                    found -> citations.add(new Citation(found.article(), entry.note())),
                    () -> missing.add(entry.articleId()));
        }
        if (!missing.isEmpty()) {
            throw new ArchiveException(Problem.of(Problem.Code.CITE_MISSING_ARTICLES, collection.name(),
                    String.join(", ", missing)), null);
        }
        return citations;
    }

    /** Writes the citations whole or not at all (UTF-8); refuses a target that is not a regular file. */
    public static void write(Path target, CitationFormat format, List<Citation> citations) throws IOException {
        if (!ReplacedFile.isReplaceable(target)) {
            throw new Problem.Failed(Problem.of(Problem.Code.CITE_NOT_REGULAR, target), null);
        }
        String text = format.write(citations);
        ReplacedFile.write(target, part -> Files.writeString(part, text, StandardCharsets.UTF_8));
    }
}
