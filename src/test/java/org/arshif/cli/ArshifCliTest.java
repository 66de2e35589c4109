package org.arshif.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.arshif.archive.lucene.LuceneArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArshifCliTest {

    @TempDir
    Path dir;
    Path archive;
    Path input;
    String out;
    String err;

    @BeforeEach
    void files() throws Exception {
        archive = dir.resolve("archive");
        input = Files.createDirectories(dir.resolve("input"));
        for (String ext : List.of("txt", "json")) {
            try (InputStream in = getClass().getResourceAsStream("/seeds/000_3e452db34f5d0aa1." + ext)) {
                Files.copy(in, input.resolve("000_3e452db34f5d0aa1." + ext));
            }
        }
        Files.writeString(input.resolve("feed.jsonl"), """
                {"headline": "أسعار النفط ترتفع", "date_extracted": "2015-07-22 00:05:53", "content": "ارتفعت أسعار النفط.", "source": "الاقتصادية", "url": "https://example.org/oil"}
                {"headline": "بلا نص", "date_extracted": "2015-07-22 00:05:53", "content": ""}
                """, StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        CliRun run = CliRun.of(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }

    @Test
    void aJsonSnippetIsHtmlInWhichTheArticlesOwnMarkupReadsAsText() throws Exception {
        Files.writeString(input.resolve("markup.jsonl"), """
                {"title": "وسم", "date": "2015-07-22", "content": "كتب الوسم &lt;mark&gt;جدة&lt;/mark&gt; و &lt;b&gt;غامق&lt;/b&gt; وأن الرياض عاصمة، 3 < 5 و سي & تي."}
                """, StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--archive", archive.toString(), input.resolve("markup.jsonl").toString()));
        // Tags are cleaned from an article's text on import; markup written as entities is the text's own.
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "الرياض"));
        String snippet = json().get("hits").get(0).get("snippet").asText();
        assertEquals("كتب الوسم &lt;mark&gt;جدة&lt;/mark&gt; و &lt;b&gt;غامق&lt;/b&gt; وأن <mark>الرياض</mark> عاصمة، 3 &lt; 5"
                + " و سي &amp; تي.", snippet);
    }

    @Test
    void aPastedTextWhoseSignsAreReadAsWordsIsSaidToBe() throws Exception {
        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        String pasted = "المفاوضات ".repeat(40) + "-أستانا";
        assertEquals(0, run("search", "--archive", archive.toString(), pasted));
        assertTrue(out.contains(ArshifCli.SYNTAX_READ_AS_TEXT), out);
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", pasted));
        assertTrue(json().get("syntaxReadAsText").asBoolean());
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "المفاوضات -أستانا"));
        assertFalse(json().get("syntaxReadAsText").asBoolean());
    }

    @Test
    void aQueryOfPunctuationAloneFindsNothingAndSaysWhy() throws Exception {
        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        assertEquals(0, run("search", "--archive", archive.toString(), "؟؟؟"));
        assertTrue(out.startsWith("0 articles"), out);
        assertTrue(out.contains(ArshifCli.HOLDS_NO_WORD), out);
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "..."));
        assertEquals(0, json().get("total").asInt());
        assertTrue(json().get("holdsNoWord").asBoolean());
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "النفط"));
        assertFalse(json().get("holdsNoWord").asBoolean());
        assertEquals(0, run("search", "--archive", archive.toString(), ""));
        assertFalse(out.contains(ArshifCli.HOLDS_NO_WORD), out);
        assertTrue(out.startsWith("2 articles"), out);
    }

    @Test
    void aSearchThatFindsNothingBecauseOfAnUnknownSourceSaysSo() throws Exception {
        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        assertEquals(0, run("search", "--archive", archive.toString(), "--source", "الاقتصاديه", "النفط"));
        assertTrue(out.startsWith("0 articles"), out);
        assertTrue(err.contains("no source \"الاقتصاديه\" in the archive; its sources: الاقتصادية"), err);
        assertEquals(0, run("search", "--archive", archive.toString(), "النفط source:NOSUCH"));
        assertTrue(err.contains("no source \"NOSUCH\""), err);
        // A source the archive holds, or a search that finds something, says nothing of sources.
        assertEquals(0, run("search", "--archive", archive.toString(), "--source", "الاقتصادية", "أستانا"));
        assertFalse(err.contains("no source"), err);
        assertEquals(0, run("search", "--archive", archive.toString(), "النفط"));
        assertFalse(err.contains("no source"), err);
    }

    @Test
    void anIdNoArticleHasIsNamedVisiblyAndInShort() throws Exception {
        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        assertEquals(1, run("show", "--archive", archive.toString(), ""));
        assertTrue(err.contains("no article with id «»"), err);
        assertEquals(1, run("show", "--archive", archive.toString(), "x".repeat(100_000)));
        assertTrue(err.length() < 600 && err.contains("…» (100000 characters)"),
                err.substring(0, Math.min(300, err.length())));
    }

    @Test
    void importSearchShowStatsEndToEnd() throws Exception {
        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        assertTrue(out.startsWith("Imported: 2 added, 0 updated, 0 unchanged, 1 skipped"), out);
        assertTrue(out.contains("feed.jsonl, record 2: empty body"), out);

        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "المفاوضات"));
        JsonNode result = json();
        assertEquals(1, result.get("total").asInt());
        JsonNode hit = result.get("hits").get(0);
        assertEquals("000_3e452db34f5d0aa1", hit.get("id").asText());
        assertEquals("2017-10-30", hit.get("date").asText());
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
        assertTrue(hit.get("score").isNumber());
        assertEquals(0, hit.get("markedStemOnly").size(), "the seed writes المفاوضات/مفاوضات: exact marks");

        // The seed writes السورية, السوري, السوريين, never السوريون: they share its stem only, marked as such.
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "السوريون"));
        JsonNode syrians = json().get("hits").get(0);
        assertTrue(syrians.get("snippet").asText().contains("<mark class=\"stem\">"), syrians.toString());
        assertTrue(syrians.get("markedStemOnly").size() > 0, syrians.toString());

        assertEquals(0, run("search", "--archive=" + archive, "--from", "2015-01-01", "--to", "2015-12-31",
                "--sort", "newest", "--json", ""));
        assertEquals(1, json().get("total").asInt());
        assertEquals("أسعار النفط ترتفع", json().get("hits").get(0).get("title").asText());
        assertTrue(json().get("hits").get(0).get("score").isNull());

        assertEquals(0, run("search", "--archive", archive.toString(), "--source", "الاقتصادية", "النفط"));
        assertTrue(out.startsWith("1 article"), out);
        assertTrue(out.contains("[النفط]"), out);

        assertEquals(0, run("search", "--archive", archive.toString(), "--mentions-from", "2017-02-20",
                "--mentions-to", "2017-02-25", "--json", ""));
        assertEquals(1, json().get("total").asInt(), "the seed mentions 23 February 2017");
        assertEquals(0, run("search", "--archive", archive.toString(), "--mentions-from", "2018-01-01", "--json", ""));
        assertEquals(0, json().get("total").asInt());

        assertEquals(0, run("show", "--archive", archive.toString(), "--json", "000_3e452db34f5d0aa1"));
        assertTrue(json().get("titleDerived").asBoolean());
        assertEquals(20, json().get("paragraphs").size(), "one paragraph a line, as in the seed file");

        assertEquals(0, run("stats", "--archive", archive.toString(), "--json"));
        assertEquals(2, json().get("articles").asInt());
        assertEquals("2015-07-22", json().get("earliest").asText());
        assertEquals("2017-10-30", json().get("latest").asText());
        assertEquals(1, json().get("sources").get("الاقتصادية").asInt());

        assertEquals(0, run("import", "--archive", archive.toString(), input.toString()));
        assertTrue(out.startsWith("Imported: 0 added, 0 updated, 2 unchanged"), out);
    }

    @Test
    void copiesOfOneTextAreOneHitNamingTheOthers() throws Exception {
        Path papers = Files.createDirectories(dir.resolve("papers"));
        String story = org.arshif.archive.TestArticles.STORY.replace("\"", "\\\"");
        Files.writeString(papers.resolve("wire.jsonl"),
                "{\"id\": \"riyadh\", \"title\": \"افتتاح مستشفى تبوك\", \"source\": \"الرياض\", \"content\": \"" + story + "\"}\n"
                + "{\"id\": \"madina\", \"title\": \"مستشفى جديد في تبوك\", \"source\": \"المدينة\", \"content\": \"" + story + "\"}\n",
                StandardCharsets.UTF_8);
        assertEquals(0, run("import", "--archive", archive.toString(), papers.toString()));
        assertEquals(0, run("search", "--archive", archive.toString(), "مستشفى تبوك"));
        assertTrue(out.startsWith("1 text · 2 articles (copies of one text"), out);
        assertTrue(out.contains("also as madina (المدينة)") || out.contains("also as riyadh (الرياض)"), out);
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "مستشفى تبوك"));
        JsonNode hit = json().get("hits").get(0);
        assertEquals(1, hit.get("copies").size());
        assertEquals(1, json().get("allWords").asInt());

        assertEquals(0, run("search", "--archive", archive.toString(), "مستشفى جنيف"));
        assertTrue(out.startsWith("1 text · 2 articles (copies of one text, such as a wire story printed by several"
                + " papers, are shown once)\n0 with every word; the others (marked \"some words only\") hold some of"
                + " them"), out);
        assertTrue(out.contains("  (some words only)\n"), out);
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "مستشفى جنيف"));
        assertFalse(json().get("hits").get(0).get("everyWord").asBoolean());
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "--sort", "newest", "مستشفى جنيف"));
        assertEquals(1, json().get("total").asInt(), "the same list by date");
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "مستشفى تبوك"));
        assertTrue(json().get("hits").get(0).get("everyWord").asBoolean());
    }

    @Test
    void excludedWordsAreQueryWordsNotFlags() throws Exception {
        run("import", "--archive", archive.toString(), input.toString());
        assertEquals(0, run("search", "--archive", archive.toString(), "--json", "أسعار", "-أستانا"));
        assertEquals(1, json().get("total").asInt());
    }

    @Test
    void dateFlagsReadDatesAsTheWindowDoesHijriIncluded() throws Exception {
        run("import", "--archive", archive.toString(), input.toString());
        // The seed is dated 30 October 2017, 10 Safar 1439. A year-first Hijri date was read as the Gregorian year
        // 1436 and found nothing, without a word.
        assertEquals(0, run("search", "--archive", archive.toString(), "--from", "1439-02-10", "--to", "1439-02-10",
                "--json", "أستانا"));
        assertEquals(1, json().get("total").asInt());
        assertEquals(0, run("search", "--archive", archive.toString(), "--from", "10 صفر 1439", "--to", "30/10/2017",
                "--json", "أستانا"));
        assertEquals(1, json().get("total").asInt());
        // A month in a to-flag reaches its last day.
        assertEquals(0, run("search", "--archive", archive.toString(), "--from", "2017-10", "--to", "2017-10",
                "--json", "أستانا"));
        assertEquals(1, json().get("total").asInt());
        assertEquals(0, run("search", "--archive", archive.toString(), "--from", "1439-02-11", "--json", "أستانا"));
        assertEquals(0, json().get("total").asInt());
        assertEquals(2, run("search", "--archive", archive.toString(), "--from", "0999-01-01", "أستانا"));
        assertTrue(err.contains("'0999-01-01' is not one: the year is outside"), err);
    }

    @Test
    void mistakesInTheCallExitWithTwoAndOneLine() {
        List<String[]> calls = new ArrayList<>();
        calls.add(new String[] {"search", "--archive", archive.toString(), "--colour", "red", "x"});
        calls.add(new String[] {"search", "--archive", archive.toString(), "--from", "31/02/2017", "x"});
        calls.add(new String[] {"search", "--archive", archive.toString(), "--to", "0000-00-00", "x"});
        calls.add(new String[] {"search", "--archive", archive.toString(), "--sort", "random", "x"});
        calls.add(new String[] {"search", "--archive", archive.toString(), "--limit", "-3", "x"});
        calls.add(new String[] {"import", "--archive", archive.toString(), dir.resolve("missing").toString()});
        calls.add(new String[] {"import", "--archive", archive.toString(), "--map", "colour=x", input.toString()});
        calls.add(new String[] {"frobnicate"});
        for (String[] call : calls) {
            assertEquals(2, run(call), String.join(" ", call));
            assertTrue(err.startsWith("arshif: "), err);
        }
    }

    @Test
    void archiveProblemsExitWithOne() throws Exception {
        assertEquals(1, run("stats", "--archive", dir.resolve("none").toString()));
        assertTrue(err.contains("no archive"), err);
        run("import", "--archive", archive.toString(), input.toString());
        assertEquals(1, run("show", "--archive", archive.toString(), "no-such-id"));
        try (LuceneArchive held = LuceneArchive.open(archive)) {
            assertEquals(1, run("import", "--archive", archive.toString(), input.toString()));
            assertTrue(err.contains("in use by another Arshif"), err);
            assertEquals(0, run("stats", "--archive", archive.toString()), "reading works while another holds it");
            assertEquals(2, held.stats().articles());
        }
    }
}
