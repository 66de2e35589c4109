package org.arshif.archive;

/**
 * The upgrade in place of an archive written by an older Arshif was cancelled: the archive is as it was, still owing
 * the upgrade (the next writable open offers it again); meanwhile it can be opened read-only.
 */
public final class UpgradeCancelledException extends ArchiveException {
    public UpgradeCancelledException(org.arshif.model.Problem problem) {
        super(problem, null);
    }
}
