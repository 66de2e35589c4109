package org.arshif.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.importer.ArchiveOpener;

/**
 * How a command that only reads opens the archive (search, show, stats, export, collection list/show/cite): read-only,
 * so an archive written by an older Arshif is read as it is and nothing changes, with a line on stderr saying that an
 * upgrade is owed and how to run it.
 */
final class ReadingOpen {

    private ReadingOpen() {
    }

    static Archive open(ArchiveOpener opener, ArchiveLocation location, PrintStream err) throws ArchiveException {
        Archive archive = opener.openReadable(location);
        try {
            if (archive.checks().isPresent() && archive.checks().get().upgradeOwed()) {
                err.println("arshif: " + upgradeOwed(location.folder(), archive.checks().get().writtenWith()));
            }
        } catch (ArchiveException e) {
            archive.close();
            throw e;
        }
        return archive;
    }

    static String upgradeOwed(Path folder, String writtenWith) {
        return "the archive " + folder + " was written by an older Arshif (" + writtenWith + "): it is read"
                + " as it is, which may miss what this version finds; 'arshif upgrade --archive " + folder + "' (or"
                + " opening it in the window) upgrades it in place";
    }
}
