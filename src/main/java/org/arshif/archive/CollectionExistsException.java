package org.arshif.archive;

/** A collection was to be created or renamed to a name another collection has. */
public final class CollectionExistsException extends ArchiveException {

    private final String name;

    public CollectionExistsException(String name) {
        super(org.arshif.model.Problem.of(org.arshif.model.Problem.Code.COLLECTION_EXISTS, name), null);
        this.name = name;
    }

    /** The name taken, as kept (so a window can say it in its own language). */
    public String name() {
        return name;
    }
}
