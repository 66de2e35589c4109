package org.arshif.archive;

import java.util.List;
import java.util.Optional;
import org.arshif.model.ArticleCollection;

/**
 * The collections kept with an archive (baskets of articles for a piece of research). Each change is durable when
 * the call returns: a crash keeps either the shelf before the change or after it. Only a writable archive changes
 * its shelf; a read-only one shows the shelf as the writing process last saved it.
 */
public interface CollectionShelf {

    /** Every collection, in the order they were created. */
    List<ArticleCollection> all() throws ArchiveException;

    default Optional<ArticleCollection> find(String name) throws ArchiveException {
        String wanted = ArticleCollection.checkedName(name);
        return all().stream().filter(collection -> collection.name().equals(wanted)).findFirst();
    }

    /**
     * Creates an empty collection.
     *
     * @throws CollectionExistsException when a collection has that name
     */
    void create(String name) throws ArchiveException;

    /**
     * Keeps the collection, replacing the one of the same name.
     *
     * @throws ReadOnlyArchiveException when the archive is open read-only
     */
    void save(ArticleCollection collection) throws ArchiveException;

    /** Gives a collection a new name; refused ({@link CollectionExistsException}) when another has that name. */
    void rename(String name, String newName) throws ArchiveException;

    /** Removes the collection; the articles stay in the archive. */
    void delete(String name) throws ArchiveException;
}
