package org.arshif.archive;

/**
 * What can be verified of an archive kept on this machine, beyond searching it: its stored bytes and the state derived
 * from its articles. A shared archive on a server is checked by the server; it has none ({@link Archive#checks()}).
 */
public interface ArchiveChecks {

    /** Whether the last session ended without closing the archive (a crash, a power cut): it should be verified. */
    boolean needsCheck();

    /** Verifies every stored byte against its checksum; {@link DamagedArchiveException} names what is wrong. */
    void verify() throws ArchiveException;

    /**
     * Works the state derived from the articles (copy groups, run-together words) out afresh and compares it with the
     * stored one: false when an import was stopped before storing it (it is then owed, not wrong); throws when they
     * differ.
     */
    boolean verifyDerivedState() throws ArchiveException;

    /**
     * Whether the archive was written by an older Arshif and is open read-only, so that it could not be upgraded: it is
     * searched as it is (with the analysis it was indexed with) until a writable open upgrades it in place.
     */
    boolean upgradeOwed() throws ArchiveException;

    /**
     * What the archive was written with, against what this version writes, for a message that an upgrade is owed:
     * {@code archive format 4, analysis 3; this version: format 4, analysis 5} (an archive of today's format indexed
     * with an older analysis is owed the upgrade too, and its format number alone would not say why).
     */
    String writtenWith() throws ArchiveException;

    /** Whether the readable copy of the import history beside the archive says what the committed history says. */
    boolean historyCopyInStep() throws ArchiveException;
}
