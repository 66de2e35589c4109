package org.arshif.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;

class CitationFormatTest {

    private static final Article SEED = new Article("seed-astana-7", "انطلاق الجولة السابعة من محادثات أستانا حول سوريا",
            false, LocalDate.of(2017, 10, 30), "سبوتنيك", "مراسل {الوكالة} 50% & #1", "https://example.org/astana?a=1&b=2",
            List.of("انطلقت في العاصمة الكازاخية أستانا الجولة السابعة من المحادثات."), "seed.txt#1");
    private static final Article UNDATED = new Article("undated-1", "Oil prices: a_b ~ c^d \\ e", false, null, "", "",
            "", List.of("Oil prices rose."), "feed.jsonl#2");
    private static final List<Citation> BOTH = List.of(new Citation(SEED, "ص 3\nمهم"), new Citation(UNDATED, ""));

    @Test
    void risWritesOneNewsRecordPerArticleWithItsArabicFieldsOnOneLineEach() {
        String ris = CitationFormat.RIS.write(BOTH);
        assertTrue(ris.startsWith("TY  - NEWS\r\nTI  - انطلاق الجولة السابعة من محادثات أستانا حول سوريا\r\n"
                + "T2  - سبوتنيك\r\nAU  - مراسل {الوكالة} 50% & #1\r\nPY  - 2017\r\nDA  - 2017/10/30/\r\n"), ris);
        assertTrue(ris.contains("LA  - ar\r\nAN  - seed-astana-7\r\nN1  - ص 3 مهم\r\nER  - \r\n"), ris);
        String second = ris.substring(ris.indexOf("ER  - ") + 8);
        assertFalse(second.contains("PY  -") || second.contains("LA  -") || second.contains("T2  -"),
                "no empty or invented field for an undated Latin article without a source: " + second);
        assertEquals(2, ris.split("TY  - NEWS").length - 1);
    }

    @Test
    void bibtexEscapesTexAndKeepsBracesBalancedWithUniqueAsciiKeys() {
        String bib = CitationFormat.BIBTEX.write(List.of(BOTH.get(0), BOTH.get(1), new Citation(SEED, "")));
        assertTrue(bib.contains("  title = {انطلاق الجولة السابعة من محادثات أستانا حول سوريا},\n"), bib);
        assertTrue(bib.contains("  author = {{مراسل \\{الوكالة\\} 50\\% \\& \\#1}},\n"), bib);
        assertTrue(bib.contains("  date = {2017-10-30},\n  year = {2017},\n  month = {10},\n"), bib);
        assertTrue(bib.contains("  url = {https://example.org/astana?a=1&b=2},\n"), "a URL is verbatim: " + bib);
        assertTrue(bib.contains("  entrysubtype = {newspaper},\n"), bib);
        assertEquals("https://x.org/a%7Bb%7D%5Cc%20d", BibtexWriter.verbatimUrl("https://x.org/a{b}\\c d\n"));
        assertTrue(bib.contains("  title = {Oil prices: a\\_b \\textasciitilde{} c\\textasciicircum{}d \\textbackslash{} e}"),
                bib);
        assertTrue(bib.contains("  note = {ص 3 مهم}"), bib);
        List<String> keys = bib.lines().filter(line -> line.startsWith("@article{")).toList();
        assertEquals(3, keys.size());
        assertEquals(3, keys.stream().distinct().count(), "the same article twice still gets two keys: " + keys);
        assertTrue(keys.stream().allMatch(key -> key.matches("@article\\{[a-z0-9-]+,")), keys.toString());
        int depth = 0;
        for (int i = 0; i < bib.length(); i++) {
            char c = bib.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            assertTrue(depth >= 0, "closed before opened at " + i);
        }
        assertEquals(0, depth, "braces balanced");
    }

    @Test
    void cslJsonIsNewspaperItemsWithDatePartsAndALiteralAuthor() throws Exception {
        JsonNode items = new ObjectMapper().readTree(CitationFormat.CSL_JSON.write(BOTH));
        assertEquals(2, items.size());
        JsonNode seed = items.get(0);
        assertEquals("seed-astana-7", seed.get("id").asText());
        assertEquals("article-newspaper", seed.get("type").asText());
        assertEquals("سبوتنيك", seed.get("container-title").asText());
        assertEquals("مراسل {الوكالة} 50% & #1", seed.get("author").get(0).get("literal").asText());
        assertEquals("[[2017,10,30]]", seed.get("issued").get("date-parts").toString());
        assertEquals("ar", seed.get("language").asText());
        assertEquals("ص 3\nمهم", seed.get("note").asText(), "JSON keeps the note's lines");
        assertFalse(items.get(1).has("issued") || items.get(1).has("language") || items.get(1).has("author"));
    }

    @Test
    void cslJsonKeepsADateItCouldNotReadAsTheSourceWroteIt() throws Exception {
        Article unreadable = new Article("u-1", "خبر", false, null, "", "", "", List.of("نص الخبر."), "feed.jsonl#3",
                "الخميس الماضي");
        JsonNode item = new ObjectMapper().readTree(CitationFormat.CSL_JSON.write(List.of(new Citation(unreadable, ""))))
                .get(0);
        assertEquals("الخميس الماضي", item.get("issued").get("literal").asText());
        assertFalse(item.get("issued").has("date-parts"), "never an invented date");
    }

    @Test
    void formatsAreNamedAsOnTheCommandLine() {
        assertEquals(CitationFormat.BIBTEX, CitationFormat.parse(" BibTeX "));
        assertEquals(CitationFormat.CSL_JSON, CitationFormat.parse("csl-json"));
        assertEquals("ris", CitationFormat.parse("ris").extension());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> CitationFormat.parse("mla"));
        assertTrue(refused.getMessage().contains("'mla'"));
    }
}
