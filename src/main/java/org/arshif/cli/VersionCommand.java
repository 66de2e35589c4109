package org.arshif.cli;

import java.io.PrintStream;
import org.arshif.model.BuildInfo;
import org.arshif.model.BuildInfo.Component;

/** {@code arshif --version}: the version, build date, Java run-time, and every bundled component with its licence. */
final class VersionCommand {

    private VersionCommand() {
    }

    static int run(PrintStream out) {
        BuildInfo build = BuildInfo.load();
        out.println("Arshif " + build.version() + ", built " + build.built());
        out.println("Java " + BuildInfo.javaRuntime());
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
}
