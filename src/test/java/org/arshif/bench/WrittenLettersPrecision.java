package org.arshif.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;

/**
 * Words typed with letters folding loses (أ إ آ ى ة), most of them one of two words folding makes one (كرة a ball and
 * كره hatred, إمام and أمام, قوى and قوي, آلية and إليه, عمرة and عمره, الأمن and الآمن): for each, how many of the first
 * ten hits write the word with the letters as typed — itself, after a proclitic (و ف ب ك ل, ال, لل), or with ة written
 * ت before a pronoun — in the title or the text (harakat and tatweel aside). Run on an archive of the shared sample
 * made by each build (`arshif import`) for a before and after; the judge is strict (لإمام is not الإمام).
 *
 * <pre>java -cp … org.arshif.bench.WrittenLettersPrecision --archive=DIR</pre>
 */
final class WrittenLettersPrecision {

    static final List<String> QUERIES = List.of("كرة", "الكرة", "إمام", "الإمام", "أمام", "قوى", "القوى", "آلية",
            "الآلية", "عمرة", "العمرة", "الأمن", "الآمن", "إيران", "الأزمة", "المملكة", "السعودية", "الدولة", "مكة",
            "الصحة");

    private static final List<String> PROCLITICS = List.of("", "و", "ف", "ب", "ك", "ل", "ال", "وال", "فال", "بال",
            "كال", "لل", "ولل", "فلل", "وب", "ول", "وك", "فب", "فل");
    private static final List<String> PRONOUNS = List.of("ه", "ها", "هم", "هما", "هن", "ك", "كم", "نا", "ي");

    private WrittenLettersPrecision() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = null;
        for (String arg : args) {
            if (arg.startsWith("--archive=")) {
                folder = Path.of(arg.substring("--archive=".length()));
            }
        }
        if (folder == null) {
            System.err.println("usage: WrittenLettersPrecision --archive=DIR (an archive of the shared sample)");
            return;
        }
        int held = 0;
        int shown = 0;
        try (LuceneArchive archive = LuceneArchive.openReadOnly(folder)) {
            for (String query : QUERIES) {
                List<SearchHit> hits = archive.search(SearchQuery.of(query)).hits();
                int holding = 0;
                int first = Math.min(10, hits.size());
                for (SearchHit hit : hits.subList(0, first)) {
                    Article article = archive.get(hit.id()).orElseThrow();
                    if (writes(article.title() + " " + String.join(" ", article.paragraphs()), query)) {
                        holding++;
                    }
                }
                held += holding;
                shown += first;
                System.out.printf(Locale.ROOT, "%s\t%d/%d%n", query, holding, first);
            }
        }
        System.out.printf(Locale.ROOT, "all\t%d/%d = %.3f%n", held, shown, (double) held / shown);
    }

    /** Whether the text writes the word with its letters as typed, alone, after a proclitic, or with a pronoun. */
    static boolean writes(String text, String typed) {
        for (String word : text.split("[^\\p{L}\\p{M}]+")) {
            if (isTheWord(word.replaceAll("[\\u064B-\\u0652\\u0640]", ""), typed)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTheWord(String word, String typed) {
        String bare = typed.startsWith("ال") ? typed.substring(2) : typed;
        for (String proclitic : PROCLITICS) {
            if (!word.startsWith(proclitic)) {
                continue;
            }
            String rest = word.substring(proclitic.length());
            if (rest.equals(typed) || (rest.equals(bare) && (proclitic.endsWith("ال") || proclitic.endsWith("لل")))) {
                return true;
            }
            if (typed.endsWith("ة") && !proclitic.endsWith("ال") && !proclitic.endsWith("لل")) {
                String before = bare.substring(0, bare.length() - 1) + "ت";
                if (PRONOUNS.stream().anyMatch(pronoun -> rest.equals(before + pronoun))) {
                    return true;
                }
            }
        }
        return false;
    }
}
