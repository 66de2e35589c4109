package org.arshif;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers show in the packages: a core that knows nothing of JavaFX, a thin ui and a cli on top of it. */
@AnalyzeClasses(packages = "org.arshif", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Model").definedBy("org.arshif.model..")
            .layer("Text").definedBy("org.arshif.text..")
            .layer("Layout").definedBy("org.arshif.layout..")
            .layer("Archive").definedBy("org.arshif.archive..")
            .layer("Importer").definedBy("org.arshif.importer..")
            .layer("Pdf").definedBy("org.arshif.pdf..")
            .layer("Cite").definedBy("org.arshif.cite..")
            .layer("Files").definedBy("org.arshif.files..")
            .layer("Ui").definedBy("org.arshif.ui..")
            .layer("Cli").definedBy("org.arshif.cli..")
            .layer("Entry").definedBy("org.arshif")
            .whereLayer("Entry").mayNotBeAccessedByAnyLayer()
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Entry")
            .whereLayer("Pdf").mayOnlyBeAccessedByLayers("Ui", "Cli", "Entry")
            .whereLayer("Cite").mayOnlyBeAccessedByLayers("Ui", "Cli", "Entry")
            .whereLayer("Files").mayOnlyBeAccessedByLayers("Pdf", "Cite", "Ui", "Cli", "Entry")
            .whereLayer("Importer").mayOnlyBeAccessedByLayers("Ui", "Cli", "Entry")
            .whereLayer("Archive").mayOnlyBeAccessedByLayers("Importer", "Pdf", "Cite", "Ui", "Cli", "Entry")
            .whereLayer("Text").mayOnlyBeAccessedByLayers("Archive", "Importer", "Layout", "Pdf", "Ui", "Cli")
            .whereLayer("Layout").mayOnlyBeAccessedByLayers("Pdf", "Cite", "Ui", "Cli", "Entry")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.arshif.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.arshif.text..", "org.arshif.archive..",
                    "org.arshif.importer..", "org.arshif.layout..", "org.arshif.pdf..", "org.arshif.ui..",
                    "org.arshif.cli..", "org.arshif.cite..", "org.arshif.files..");

    @ArchTest
    static final ArchRule coreKnowsNothingOfJavaFx = noClasses().that().resideOutsideOfPackages("org.arshif.ui..", "org.arshif")
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    /**
     * The seam a shared archive on a server plugs into: only the composition root ({@code org.arshif.Main}) knows
     * which kind of archive it opens; the window, the command line, the importer and the export see the archive's
     * API ({@code org.arshif.archive}), and the API knows no implementation.
     */
    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheArchiveImplementation = noClasses()
            .that().resideOutsideOfPackages("org.arshif.archive.lucene..", "org.arshif.archive.solr..", "org.arshif")
            .should().dependOnClassesThat().resideInAPackage("org.arshif.archive.lucene..");

    /** Lucene in the archive and in the Solr plugins, which build Lucene queries inside Solr. */
    @ArchTest
    static final ArchRule luceneOnlyInsideItsArchive = noClasses()
            .that().resideOutsideOfPackages("org.arshif.archive.lucene..", "org.arshif.archive.solr..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..");

    /** Solr only in its package: the plugins a node loads, and the client of a shared archive. */
    @ArchTest
    static final ArchRule solrOnlyInItsPackage = noClasses()
            .that().resideOutsideOfPackages("org.arshif.archive.solr..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.solr..");

    /**
     * The client of a shared archive runs in the application, where Solr's server (compiled against, never shipped)
     * is absent: it uses SolrJ alone. The plugins ({@code *Plugin}) run inside Solr and are called by nothing.
     */
    @ArchTest
    static final ArchRule theClientUsesSolrJAlone = noClasses()
            .that().resideInAPackage("org.arshif.archive.solr..").and().haveNameNotMatching(".*Plugin(\\$.*)?")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.apache.solr..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("org.apache.solr.client..",
                            "org.apache.solr.common.."))))
            .orShould().dependOnClassesThat().haveNameMatching(".*Plugin(\\$.*)?");

    /** Only the composition root opens a shared archive; nothing calls the plugins Solr loads by name. */
    @ArchTest
    static final ArchRule onlyTheCompositionRootKnowsTheSharedArchive = noClasses()
            .that().resideOutsideOfPackages("org.arshif.archive.solr..", "org.arshif")
            .should().dependOnClassesThat().resideInAPackage("org.arshif.archive.solr..");
}
