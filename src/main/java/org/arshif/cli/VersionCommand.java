package org.arshif.cli;

import java.io.PrintStream;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveProvider;
import org.arshif.model.BuildInfo;
import org.arshif.model.BuildInfo.Component;

/**
 * {@code arshif --version [--archive DIR]}: the version, build date, Java run-time, the archive's folder and format,
 * and every bundled component with its licence.
 */
final class VersionCommand {

    private VersionCommand() {
    }

    static int run(PrintStream out, ArchiveProvider provider, ArchiveLocation location) {
        BuildInfo build = BuildInfo.load();
        out.println("Arshif " + build.version() + ", built " + build.built());
        out.println("Java " + BuildInfo.javaRuntime());
        out.println("Archive " + location + ": " + describe(provider, location));
        out.println("Bundled components and their licences:");
        int nameWidth = build.components().stream().mapToInt(c -> c.name().length()).max().orElse(0);
        int versionWidth = build.components().stream().mapToInt(c -> c.version().length()).max().orElse(0);
        for (Component component : build.components()) {
            out.printf("  %-" + nameWidth + "s  %-" + versionWidth + "s  %s%n",
                    component.name(), component.version(), component.licence());
        }
        out.println("Arshif is under the Apache-2.0 licence. Licence texts inside arshif.jar: " + BuildInfo.LICENCE_TEXTS);
        return 0;
    }

    /** The archive's format, read without changing anything (a read-only open; none is created). */
    private static String describe(ArchiveProvider provider, ArchiveLocation location) {
        try {
            if (!provider.exists(location)) {
                return "none there yet";
            }
            try (Archive archive = provider.openReadOnly(location)) {
                return "format " + archive.formatVersion();
            }
        } catch (ArchiveException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }
}
