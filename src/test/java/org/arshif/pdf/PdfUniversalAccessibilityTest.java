package org.arshif.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.arshif.importer.BundledSeeds;
import org.arshif.archive.CollectingSink;
import org.arshif.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.w3c.dom.Document;

/**
 * The export checked by veraPDF against PDF/UA-1 (ISO 14289-1), the machine-checkable rules: a structure tree,
 * metadata claiming PDF/UA, every glyph's text defined (drawn glyphs read as U+200B inside an empty /ActualText,
 * never U+0000), languages, artifacts. The human checks of PDF/UA (alternative descriptions, sensible reading order
 * as read aloud) are not machine-checkable and not claimed here.
 */
class PdfUniversalAccessibilityTest {

    @TempDir
    static Path dir;
    static List<Article> articles;

    @BeforeAll
    static void articles() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        Article seed = CollectingSink.readAll(new BundledSeeds()).articles.getFirst();
        Article hard = new Article("hard", "عنوان فيه & و<رمز> و\"اقتباس\" — Reuters", false, LocalDate.of(2015, 7, 24),
                "وكالة الأنباء", "", "", PdfTextLayerTest.PARAGRAPHS, "test");
        articles = List.of(seed, hard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "en"})
    void anExportPassesVeraPdfsPdfUa1Profile(String language) throws Exception {
        Path pdf = dir.resolve("export-" + language + ".pdf");
        new PdfExporter(new PdfOptions(null, null, Locale.forLanguageTag(language), null))
                .export(articles, Map.of(), pdf, ExportMonitor.NONE);
        PDFAFlavour flavour = PDFAFlavour.PDFUA_1;
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    failed.putIfAbsent(assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber(),
                            assertion.getMessage());
                }
            }
            assertTrue(result.isCompliant() && failed.isEmpty(), "veraPDF PDF/UA-1 rules failed: " + failed);
        }
    }

    @Test
    void theMetadataStreamHoldsTheTitleAsWrittenAndTheClaim() throws Exception {
        Path pdf = dir.resolve("one.pdf");
        new PdfExporter(PdfOptions.defaults()).export(List.of(articles.get(1)), Map.of(), pdf, ExportMonitor.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile());
             InputStream xmp = document.getDocumentCatalog().getMetadata().exportXMPMetadata()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document xml = factory.newDocumentBuilder().parse(xmp);
            assertEquals("عنوان فيه & و<رمز> و\"اقتباس\" — Reuters", xml.getElementsByTagNameNS(
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li").item(0).getTextContent());
            assertEquals("1", xml.getElementsByTagNameNS("http://www.aiim.org/pdfua/ns/id/", "part").item(0)
                    .getTextContent());
            assertEquals(document.getDocumentInformation().getTitle(), xml.getElementsByTagNameNS(
                    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "li").item(0).getTextContent());
        }
    }
}
