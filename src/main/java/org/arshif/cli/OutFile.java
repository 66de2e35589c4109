package org.arshif.cli;

import java.nio.file.Path;
import org.arshif.archive.ArchiveLocation;
import org.arshif.cli.CliArgs.UsageException;
import org.arshif.files.ReplacedFile;

/** The file a command's {@code --out} names, refused before any work when it cannot be written where asked. */
final class OutFile {

    private OutFile() {
    }

    /**
     * The absolute file; refused inside the archive's folder (the archive's own files are not for replacing) and in a
     * folder that does not exist (it is not created: a mistyped folder would become a new one).
     */
    static Path of(String out, ArchiveLocation location) throws UsageException {
        Path target = Path.of(out).toAbsolutePath().normalize();
        if (location.holds(target)) {
            throw new UsageException("--out " + target + " is inside the archive folder " + location.folder()
                    + "; choose a file outside it");
        }
        if (!ReplacedFile.hasFolder(target)) {
            throw new UsageException("--out " + target + ": there is no folder " + target.getParent()
                    + "; create it first or choose another");
        }
        return target;
    }
}
