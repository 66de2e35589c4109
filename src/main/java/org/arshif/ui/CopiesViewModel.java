package org.arshif.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.arshif.archive.Archive;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.SearchHit;
import org.arshif.text.WordDiff;

/**
 * The copies of the text open in the reading pane: the article listed in the results and every copy folded into its
 * row (a wire story as each paper printed it). Any of them opens in the reading pane while the list stays; two of
 * them can be compared side by side, their differing words marked.
 */
final class CopiesViewModel {

    /** Every article of the listed text (the row's own and its copies), by date, source, id; empty when no copies. */
    final ObjectProperty<List<ArticleCopy>> group = new SimpleObjectProperty<>(List.of());

    private final Background background;
    private final ReaderViewModel reader;
    private final Supplier<Archive> archive;
    private final Supplier<String> query;

    CopiesViewModel(Background background, ReaderViewModel reader, Supplier<Archive> archive, Supplier<String> query) {
        this.background = background;
        this.reader = reader;
        this.archive = archive;
        this.query = query;
    }

    /** The row opened in the results (null: none): its copies are listed from now on. */
    void listCopiesOf(SearchHit hit) {
        group.set(hit == null ? List.of() : membersOf(hit));
    }

    /** The row's own article and its copies, in the order the list shows them: by date (undated last), source, id. */
    static List<ArticleCopy> membersOf(SearchHit hit) {
        if (hit.copies().isEmpty()) {
            return List.of();
        }
        List<ArticleCopy> members = new ArrayList<>(hit.copies());
        members.add(new ArticleCopy(hit.id(), hit.source(), hit.date(), hit.title()));
        members.sort(Comparator.comparing(ArticleCopy::date, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ArticleCopy::source).thenComparing(ArticleCopy::id));
        return List.copyOf(members);
    }

    /** Opens one of the copies in the reading pane, its matches of the current query marked. */
    void open(ArticleCopy copy) {
        reader.open(archive.get(), copy.id(), query.get());
    }

    /** Two copies read and compared word by word: the title and the body, each side's differing spans. */
    record Comparison(Article first, Article second, WordDiff.Result titles, WordDiff.Result bodies) {
    }

    /**
     * Reads two copies and compares them in the background; the comparison (or the failure's message) is handed
     * back on the FX thread.
     */
    void compare(String firstId, String secondId, Consumer<Comparison> onResult, Consumer<String> onFailure) {
        Archive source = archive.get();
        if (source == null) {
            // No archive open (it failed to open, or is being rebuilt): said at once, not read forever.
            onFailure.accept(Messages.format("compare.failed", Messages.get("compare.noArchive")));
            return;
        }
        background.read(() -> {
            Article first = read(source, firstId);
            Article second = read(source, secondId);
            return new Comparison(first, second, WordDiff.compare(List.of(first.title()), List.of(second.title())),
                    WordDiff.compare(first.paragraphs(), second.paragraphs()));
        }, onResult, failure -> onFailure.accept(Messages.format("compare.failed", Messages.describe(failure))));
    }

    /** A copy by id; one removed since the list was shown (an import replaced it) is named as gone. */
    private static Article read(Archive archive, String id) throws Exception {
        return archive.get(id).orElseThrow(() -> new IllegalStateException(Messages.format("compare.gone", id)));
    }
}
