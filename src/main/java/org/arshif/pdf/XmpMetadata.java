package org.arshif.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.arshif.text.XmlText;

/**
 * The document's XMP metadata stream: title, authors, language, tool and dates, as the Info dictionary says them, and the
 * claim of PDF/UA-1 ({@code pdfuaid:part}), which veraPDF's PDF/UA-1 profile checks the export against
 * ({@code PdfUniversalAccessibilityTest}). PDF/UA requires the stream (ISO 14289-1, 7.1: the title a reader announces
 * comes from {@code dc:title}); assistive tools and library catalogues read it rather than the Info dictionary.
 * Written by hand: PDFBox's XmpBox is another artifact for a dozen lines of XML.
 */
final class XmpMetadata {

    private XmpMetadata() {
    }

    static void attach(PDDocument document, String title, List<String> authors, String language,
                       OffsetDateTime created) throws IOException {
        String date = created.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        // dc:creator is an ordered list of names; an empty Seq would claim authors that are not there.
        String creators = authors.isEmpty() ? "" : "\n   <dc:creator><rdf:Seq>" + authors.stream()
                .map(author -> "<rdf:li>" + XmlText.escaped(author) + "</rdf:li>").collect(Collectors.joining())
                + "</rdf:Seq></dc:creator>";
        String xml = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                  <rdf:Description rdf:about=""
                    xmlns:dc="http://purl.org/dc/elements/1.1/"
                    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
                    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
                    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                   <pdfuaid:part>1</pdfuaid:part>
                   <dc:format>application/pdf</dc:format>
                   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>%s
                   <dc:language><rdf:Bag><rdf:li>%s</rdf:li></rdf:Bag></dc:language>
                   <xmp:CreatorTool>Arshif</xmp:CreatorTool>
                   <xmp:CreateDate>%s</xmp:CreateDate>
                   <xmp:ModifyDate>%s</xmp:ModifyDate>
                   <pdf:Producer>Arshif with Apache PDFBox</pdf:Producer>
                  </rdf:Description>
                 </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(XmlText.escaped(title), creators, XmlText.escaped(language), date, date);
        PDMetadata metadata = new PDMetadata(document,
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        document.getDocumentCatalog().setMetadata(metadata);
    }
}
