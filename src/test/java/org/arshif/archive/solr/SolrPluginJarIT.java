package org.arshif.archive.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.solr.search.QParserPlugin;
import org.arshif.archive.AnalysisTexts;
import org.arshif.archive.TokenStreams;
import org.arshif.archive.lucene.ArabicSearchAnalyzer;
import org.junit.jupiter.api.Test;

/**
 * The jar a Solr node is given (target/arshif-solr.jar, docs/solrcloud.md) holds all of Arshif that its plugins run:
 * loaded with nothing of Arshif on the class path, only Lucene and Solr, its filters are found by their SPI names and
 * analyse as the local analyzer does, its query parser is a Solr plugin, and no class in it needs one it lacks.
 */
class SolrPluginJarIT {

    private static final Path JAR = Path.of(System.getProperty("arshif.jar", "target/arshif.jar")).resolveSibling(
            "arshif-solr.jar");

    /** The test class path without Arshif's classes: what a Solr node has before the jar is added. */
    private static final ClassLoader SOLR_ALONE = new ClassLoader(SolrPluginJarIT.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("org.arshif.")) {
                throw new ClassNotFoundException(name + " is not on a Solr node's class path");
            }
            return super.loadClass(name, resolve);
        }
    };

    @Test
    void theFiltersAndTheParserLoadFromTheJarAlone() throws Exception {
        try (URLClassLoader plugin = new URLClassLoader(new URL[] {JAR.toUri().toURL()}, SOLR_ALONE)) {
            // The jar's own service file names the factories; the service loader finds them in the jar.
            URL services = plugin.findResource("META-INF/services/" + TokenFilterFactory.class.getName());
            List<String> named;
            try (var in = services.openStream()) {
                named = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
            }
            assertEquals(5, named.size(), named.toString());
            CustomAnalyzer.Builder chain = CustomAnalyzer.builder().withTokenizer("standard")
                    .addTokenFilter("lowercase");
            Set<String> spiNames = new TreeSet<>();
            for (String factory : named) {
                Class<? extends TokenFilterFactory> type = plugin.loadClass(factory)
                        .asSubclass(TokenFilterFactory.class);
                assertSame(plugin, type.getClassLoader(), factory);
                spiNames.add((String) type.getField("NAME").get(null));
                chain.addTokenFilter(type);
            }
            assertEquals(Set.of("arshifArabicFolding", "arshifExactAndStem", "arshifHashtagWords", "arshifLostSpace",
                    "arshifWrittenForm"),
                    spiNames);
            try (Analyzer local = new ArabicSearchAnalyzer(); Analyzer fromJar = chain.build()) {
                for (String text : AnalysisTexts.kept()) {
                    assertEquals(TokenStreams.of(local, "body", text), TokenStreams.of(fromJar, "body", text));
                }
            }
            Class<?> parser = plugin.loadClass(ArshifQParserPlugin.class.getName());
            assertSame(plugin, parser.getClassLoader());
            assertTrue(parser.getConstructor().newInstance() instanceof QParserPlugin);
        }
    }

    @Test
    void noClassInTheJarNeedsAnArshifClassItLacks() throws Exception {
        JavaClasses inJar;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            inJar = new ClassFileImporter().importJar(jar);
        }
        Set<String> names = inJar.stream().map(JavaClass::getName).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (JavaClass javaClass : inJar) {
            javaClass.getDirectDependenciesFromSelf().forEach(dependency -> {
                String target = dependency.getTargetClass().getBaseComponentType().getName();
                if (target.startsWith("org.arshif.") && !names.contains(target)) {
                    missing.add(javaClass.getName() + " -> " + target);
                }
            });
        }
        assertTrue(names.contains(ArshifQParserPlugin.class.getName()), "the parser in " + JAR);
        assertEquals(Set.of(), missing);
        assertTrue(names.stream().noneMatch(name -> name.startsWith("org.arshif.ui.")), "no window in " + JAR);
    }
}
