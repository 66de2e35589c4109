package org.arshif.archive;

/**
 * The upgrade in place of an archive written by an older Arshif stopped on a failure (a full disk, an article the new
 * index refuses): the archive is as it was, still owing the upgrade, and can be opened read-only meanwhile.
 */
public final class UpgradeFailedException extends ArchiveException {
    public UpgradeFailedException(org.arshif.model.Problem problem, Throwable cause) {
        super(problem, cause);
    }
}
