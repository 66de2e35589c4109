package org.arshif.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.model.ImportReport;
import org.arshif.model.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A news export's bodies often hold HTML: its tags are dropped at import, its paragraphs, line breaks and blocks made
 * paragraphs, its entities decoded, what scripts and styles hold dropped — and a {@code <} or {@code >} that opens no
 * tag is text, kept (hostile review: {@code <p>} and {@code &nbsp;} in stored bodies and in search).
 */
class HtmlBodiesTest {

    @TempDir
    Path dir;

    private static List<String> paragraphs(String body) {
        return Paragraphs.ofField(body);
    }

    @Test
    void paragraphsBreaksAndBlocksBecomeParagraphsAndInlineTagsGo() {
        assertEquals(List.of("قال الوزير إن المحادثات ستستأنف.", "وأضاف: «نحن متفائلون».", "المصدر: واس"),
                paragraphs("<p>قال <b>الوزير</b> إن <a href=\"https://spa.gov.sa/a?x=1&amp;y=2\" target=\"_blank\">"
                        + "المحادثات</a> ستستأنف.</p><p>وأضاف:&nbsp;&laquo;نحن متفائلون&raquo;.<br/>المصدر:"
                        + " واس</p>"));
        assertEquals(List.of("سطر أول", "سطر ثان", "عنوان فرعي", "بند"),
                paragraphs("<DIV>سطر أول<BR>سطر ثان</DIV><h2 class='x'>عنوان فرعي</h2><ul><li>بند</li></ul>"));
        assertEquals(List.of("الخبر كما كتب"), paragraphs("<span style=\"color:red\">الخبر</span> <i>كما</i> كتب"));
    }

    @Test
    void aLessThanOrGreaterThanThatOpensNoTagIsKept() {
        for (String text : List.of("3 < 5 و 7 > 4", "إذا كان x<y و y>z", "<<عنوان الكتاب>>", "«الرياض» > جدة",
                "السعر <100 ريال>", "a < b > c", "<3", "قال: <لا>", "<p", "</", "<>", "<p class=\"x")) {
            assertEquals(List.of(text), paragraphs(text), text);
        }
        assertEquals(List.of("3 < 5", "ثم انتهى"), paragraphs("<p>3 < 5</p> ثم <b>انتهى</b>"));
    }

    @Test
    void scriptsStylesAndCommentsAreDroppedWithWhatTheyHoldEvenUnclosed() {
        assertEquals(List.of("قبل", "بعد"), paragraphs("<p>قبل</p><script type=\"text/javascript\">var a = '<p>';"
                + " if (a < 3) alert('مخفي');</script><style>p { color: red }</style><p>بعد</p><!-- تعليق <p> -->"));
        assertEquals(List.of("النص"), paragraphs("النص<SCRIPT>alert('لا نهاية')"));
        assertEquals(List.of("النص"), paragraphs("النص<!-- تعليق لا يغلق <b>"));
        assertEquals(List.of("النص"), paragraphs("<!DOCTYPE html><html><head><style>x{}</style></head><body>النص"));
    }

    @Test
    void hugeAttributesAndUnclosedQuotesAndTagsAreReadOnceAndLoseNoText() {
        String huge = "x".repeat(2_000_000);
        assertEquals(List.of("قبل", "بعد"), paragraphs("<p>قبل<img src=\"data:image/png;base64," + huge
                + "\" alt='صورة'><p>بعد"));
        // Hundreds of thousands of tags whose quotes never close: one pass, not one pass a tag.
        String open = "<a title=\"" + "كلمة ".repeat(3);
        String many = open.repeat(200_000) + ">الخاتمة";
        List<String> kept = paragraphs(many);
        assertEquals(1, kept.size());
        assertTrue(kept.getFirst().startsWith(open.strip()), "each tag's quote closes at the next tag's: text");
        assertTrue(kept.getFirst().endsWith(" الخاتمة"), "the last tag, its quote never closed, ends at its >");
        String unclosed = "<b " + "و".repeat(100_000) + " النص";
        assertEquals(List.of(unclosed), paragraphs(unclosed), "a tag that never closes is text");
        String nested = "<p>".repeat(100_000) + "عمق" + "</p>".repeat(100_000);
        assertEquals(List.of("عمق"), paragraphs(nested));
    }

    @Test
    void anEscapedTagIsTextAndAnEntityIsDecodedOnce() {
        assertEquals(List.of("اكتب <p> لفقرة & لا تكتب &amp;"), paragraphs("اكتب &lt;p&gt; لفقرة &amp; لا تكتب &amp;amp;"));
    }

    @Test
    void anImportedHtmlBodyIsStoredCleanAndSearchedByItsWordsNotItsTags() throws Exception {
        Path feed = Files.writeString(dir.resolve("export.json"), """
                [{"id": "h1", "title": "<b>افتتاح</b> مستشفى&nbsp;تبوك", "date": "2015-07-22",
                  "content": "<p>أعلنت وزارة الصحة افتتاح مستشفى في <a href=\\"https://example.com/span\\">تبوك</a>.</p><p>وقال المتحدث إن 3 < 5 أقسام جديدة.<br>انتهى</p><script>var span = 1;</script>"}]
                """);
        try (LuceneArchive archive = LuceneArchive.open(dir.resolve("archive"))) {
            ImportReport report = archive.importArticles(new FileImporter(List.of(feed), FieldMapping.DEFAULT),
                    ImportMonitor.NONE);
            assertEquals(1, report.added(), report.toString());
            Article article = archive.get("h1").orElseThrow();
            assertEquals("افتتاح مستشفى تبوك", article.title());
            assertEquals(List.of("أعلنت وزارة الصحة افتتاح مستشفى في تبوك.", "وقال المتحدث إن 3 < 5 أقسام جديدة.",
                    "انتهى"), article.paragraphs());
            for (String tagWord : List.of("href", "span", "example", "script", "nbsp", "var")) {
                assertEquals(0, archive.search(SearchQuery.of(tagWord)).total(), tagWord + " is no word of it");
            }
            assertEquals(1, archive.search(SearchQuery.of("\"مستشفى في تبوك\"")).total());
            assertTrue(archive.search(SearchQuery.of("أقسام")).hits().getFirst().snippet().text().contains("3 < 5"));
            assertFalse(archive.search(SearchQuery.of("أقسام")).hits().getFirst().snippet().text().contains("<p>"));
        }
    }
}
