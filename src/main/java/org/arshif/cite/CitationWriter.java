package org.arshif.cite;

import java.util.List;

/** Writes citations in one reference format, as one text (UTF-8 when saved). */
interface CitationWriter {
    String write(List<Citation> citations);
}
