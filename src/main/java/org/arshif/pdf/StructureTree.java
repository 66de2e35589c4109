package org.arshif.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * The tagged PDF's logical structure, so screen readers and reflow read the export as a document: a Document
 * element holding, in reading order, one element per heading (H1, H2) and paragraph (P), each with its language where
 * it differs from the document's. The text layer of each line is marked content with an MCID pointing back to its
 * element (a paragraph that runs over a page break has marked content on both pages); everything else on the page —
 * the drawn glyphs, rules, highlights, running heads and page numbers — is an artifact.
 */
final class StructureTree {

    /** A heading or paragraph: one structure element, made when its first line is drawn. */
    static final class Block {
        final String role;
        final String language;
        PDStructureElement element;

        Block(String role, String language) {
            this.role = role;
            this.language = language;
        }
    }

    /** Marked content of one page: its key in the parent tree and the element of each MCID. */
    private static final class PageMarks {
        final int key;
        final List<PDStructureElement> byMcid = new ArrayList<>();

        PageMarks(int key) {
            this.key = key;
        }
    }

    static final String ARTIFACT = "/Artifact BMC\n";

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Map<PDPage, PageMarks> pages = new HashMap<>();

    StructureTree(PDDocument pdf) {
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
    }

    /** A block for a paragraph or heading, with the language of most of its letters when that is not the document's. */
    static Block block(String role, String text, String documentLanguage) {
        String language = org.arshif.layout.ParagraphDirection.isRightToLeft(text) ? "ar" : "en";
        return new Block(role, language.equals(documentLanguage) ? null : language);
    }

    /** The operator opening a line's marked content on a page: the block's element gets the next MCID of the page. */
    String begin(PDPage page, Block block) {
        if (block == null) {
            return ARTIFACT;
        }
        if (block.element == null) {
            block.element = new PDStructureElement(block.role, document);
            block.element.setPage(page);
            if (block.language != null) {
                block.element.setLanguage(block.language);
            }
            document.appendKid(block.element);
        }
        PageMarks marks = pages.computeIfAbsent(page, p -> {
            PageMarks fresh = new PageMarks(pages.size());
            p.setStructParents(fresh.key);
            return fresh;
        });
        int mcid = marks.byMcid.size();
        marks.byMcid.add(block.element);
        PDMarkedContentReference reference = new PDMarkedContentReference();
        reference.setPage(page);
        reference.setMCID(mcid);
        block.element.appendKid(reference);
        return "/" + block.role + " <</MCID " + mcid + ">> BDC\n";
    }

    /** Writes the parent tree (from each page's MCIDs back to their elements); call once all pages are drawn. */
    void finish() {
        Map<Integer, COSBase> parents = new HashMap<>();
        for (PageMarks marks : pages.values()) {
            COSArray elements = new COSArray();
            marks.byMcid.forEach(element -> elements.add(element.getCOSObject()));
            parents.put(marks.key, elements);
        }
        PDNumberTreeNode tree = new PDNumberTreeNode(COSBase.class);
        tree.setNumbers(parents);
        root.setParentTree(tree);
        root.setParentTreeNextKey(pages.size());
    }
}
