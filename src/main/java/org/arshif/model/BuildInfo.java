package org.arshif.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What this build of Arshif is and what it bundles, for {@code arshif --version} and Help → About: the version and
 * build date written by Maven's resource filtering ({@code org/arshif/model/build.properties}), the libraries listed
 * by the licence plugin ({@code META-INF/THIRD-PARTY.txt}) and the bundled fonts.
 *
 * @param version    the project's version, as in the POM
 * @param built      when the build was made (UTC)
 * @param components the bundled libraries, then the fonts
 */
public record BuildInfo(String version, String built, List<Component> components) {

    static final String PROPERTIES = "/org/arshif/model/build.properties";
    static final String THIRD_PARTY = "/META-INF/THIRD-PARTY.txt";
    /** Where the licence texts are inside arshif.jar (pom.xml puts them there; ShippedLicencesIT checks). */
    public static final String LICENCE_TEXTS =
            "META-INF/LICENSE, META-INF/NOTICE, META-INF/licenses/, META-INF/THIRD-PARTY.txt, fonts/*/OFL.txt";

    /** One bundled library or font, with its licence (an SPDX identifier where the POM gives one). */
    public record Component(String name, String version, String licence) {
    }

    public BuildInfo {
        components = List.copyOf(components);
    }

    /** This build's information, from the resources the build wrote. */
    public static BuildInfo load() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException(PROPERTIES + " is missing: build Arshif with Maven");
            }
            build.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Component> components = new ArrayList<>(libraries());
        for (int i = 1; build.containsKey("font." + i); i++) {
            String[] font = build.getProperty("font." + i).split("\\|", 3);
            components.add(new Component(font[0], font[1], font[2]));
        }
        return new BuildInfo(build.getProperty("version"), build.getProperty("built"), components);
    }

    /** The libraries of META-INF/THIRD-PARTY.txt: name, coordinates, version, licences, tab-separated. */
    private static List<Component> libraries() {
        List<Component> libraries = new ArrayList<>();
        try (InputStream in = BuildInfo.class.getResourceAsStream(THIRD_PARTY)) {
            if (in == null) {
                throw new IllegalStateException(THIRD_PARTY + " is missing: build Arshif with Maven");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] fields = line.split("\t");
                if (!line.startsWith("#") && fields.length == 4) {
                    libraries.add(new Component(fields[0], fields[2], fields[3]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return libraries;
    }

    /** The Java run-time this process runs on: version and vendor (the installers bundle their own). */
    public static String javaRuntime() {
        return Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch") + ")";
    }
}
