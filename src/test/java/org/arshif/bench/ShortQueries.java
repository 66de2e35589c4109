package org.arshif.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.arshif.archive.lucene.ArabicSearchAnalyzer;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.bench.SearchQualityEvaluation.Doc;
import org.arshif.model.Article;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.text.TextCleaner;

/**
 * Short queries, the way most searches are typed: one and two words drawn at random (fixed seed) from the archive's
 * own vocabulary, plus hand-picked names and words whose light stem they share with other words (السعودية and
 * السعودة, العربية and العرب…). Scored by precision@10 on one question — does the hit hold the query's word (with
 * its clitics and inflections: والسعودية، للسعودية، السعودي، السعوديين; not السعودة, not سعود)? — judged on the
 * hit's text by {@link #holds}, which knows nothing of either search engine. Raw Lucene (ArabicAnalyzer, every word
 * required) and Arshif in the same run, title and body indexed by both.
 */
final class ShortQueries {

    /** Names, and words the light stemmer joins with other words (the first of each pair here is the query). */
    static final List<String> HAND_PICKED = List.of("السعودية", "أستانا", "آستانة", "استانا", "سعود", "الرياض", "جدة",
            "العربية", "الشرقية", "الدولية", "الوطنية", "الإسلامية", "الاقتصادية", "الإمارات", "الهلال", "النصر",
            "الاتحاد", "لبنان", "البحرين", "اليمن", "ولي العهد", "المملكة العربية", "وزارة الصحة", "الأمير سعود");
    static final int RANDOM_ONE_WORD = 70;
    static final int RANDOM_TWO_WORDS = 50;
    /** A drawn word is in at least this many articles (a word in one article tells nothing about ranking). */
    static final int MIN_ARTICLES = 3;

    private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u065F\\u0670-\\u06D3]+");

    private ShortQueries() {
    }

    /**
     * Precision over the hits shown, and how many relevant hits the first ten hold per query (so that a list made
     * precise by showing less shows it).
     */
    record Scores(double precision, double relevantShown, int answered, int queries) {
        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.3f | %.2f | %d of %d |", name, precision, relevantShown,
                    answered, queries);
        }
    }

    /** Every seed's short queries, searched in one archive (title and body) and one raw index. */
    static void evaluate(List<Doc> docs, List<Long> seeds, Path kept) throws Exception {
        List<List<String>> drawn = new ArrayList<>();
        for (long seed : seeds) {
            drawn.add(queries(docs, seed));
        }
        List<String> queries = drawn.stream().flatMap(List::stream).toList();
        List<List<String>> raw = SearchQualityEvaluation.rawLucene(docs, doc -> doc.title() + "\n" + doc.body(),
                queries, QueryParser.Operator.AND, 10);
        List<SearchResult> results = arshif(docs, queries, kept);
        int from = 0;
        for (int s = 0; s < seeds.size(); s++) {
            int to = from + drawn.get(s).size();
            report(docs, seeds.get(s), drawn.get(s), raw.subList(from, to), results.subList(from, to));
            from = to;
        }
    }

    /** One seed's queries: words and pairs drawn from the archive's vocabulary, then the hand-picked ones. */
    private static List<String> queries(List<Doc> docs, long seed) {
        List<Set<String>> words = new ArrayList<>();
        Map<String, Integer> articles = new HashMap<>();
        ShortQueries.articles = articles;
        for (Doc doc : docs) {
            Set<String> inDoc = wordsOf(doc.title() + " " + doc.body());
            words.add(inDoc);
            inDoc.forEach(w -> articles.merge(w, 1, Integer::sum));
        }
        Set<String> stopWords = new HashSet<>();
        for (Object stop : ArabicAnalyzer.getDefaultStopSet()) {
            stopWords.add(ArabicSearchAnalyzer.normaliseWord(new String((char[]) stop)));
        }
        Random random = new Random(seed);
        List<String> vocabulary = new ArrayList<>(new TreeSet<>(articles.keySet()).stream()
                .filter(w -> articles.get(w) >= MIN_ARTICLES && w.length() >= 3 && !stopWords.contains(w)).toList());
        Collections.shuffle(vocabulary, random);
        List<String> queries = new ArrayList<>(vocabulary.subList(0, Math.min(RANDOM_ONE_WORD, vocabulary.size())));
        // Two words standing together in an article: a pair someone would type.
        while (queries.size() < RANDOM_ONE_WORD + RANDOM_TWO_WORDS) {
            Doc doc = docs.get(random.nextInt(docs.size()));
            List<String> running = new ArrayList<>();
            Matcher m = ARABIC_WORD.matcher(doc.body());
            while (m.find()) {
                running.add(ArabicSearchAnalyzer.normaliseWord(m.group()));
            }
            if (running.size() < 2) {
                continue;
            }
            int at = random.nextInt(running.size() - 1);
            String first = running.get(at);
            String second = running.get(at + 1);
            if (Set.of(first, second).stream().allMatch(w -> w.length() >= 3 && !stopWords.contains(w)
                    && articles.getOrDefault(w, 0) >= MIN_ARTICLES)) {
                queries.add(first + " " + second);
            }
        }
        queries.addAll(HAND_PICKED);
        return queries;
    }

    private static void report(List<Doc> docs, long seed, List<String> queries, List<List<String>> raw,
                               List<SearchResult> results) {
        System.out.printf(Locale.ROOT, "Short queries: %d drawn with seed %d (%d one-word, %d two-word) + %d hand-picked%n%n",
                RANDOM_ONE_WORD + RANDOM_TWO_WORDS, seed, RANDOM_ONE_WORD, RANDOM_TWO_WORDS, HAND_PICKED.size());
        Map<String, Doc> byId = new HashMap<>();
        docs.forEach(d -> byId.put(d.id(), d));
        List<List<String>> arshif = results.stream().map(r -> r.hits().stream().map(SearchHit::id).toList()).toList();
        // The rows Arshif shows as holding every word: a two-word query no article holds entirely lists articles
        // with some of the words, each such row labelled "some words only".
        List<List<String>> everyWord = results.stream()
                .map(r -> r.hits().stream().filter(SearchHit::everyWord).map(SearchHit::id).toList()).toList();
        System.out.println("| system | precision@10 (hit holds every query word) | relevant hits in the first ten,"
                + " per query answered | queries answered |");
        System.out.println("| --- | ---: | ---: | ---: |");
        System.out.println(score(queries, raw, byId).row("raw Lucene, ArabicAnalyzer, all words"));
        System.out.println(score(queries, arshif, byId).row("Arshif, every row shown"));
        System.out.println(score(queries, everyWord, byId)
                .row("Arshif, the rows shown as holding every word (not those labelled \"some words only\")"));
        List<String> picked = queries.subList(queries.size() - HAND_PICKED.size(), queries.size());
        System.out.println(score(picked, raw.subList(raw.size() - picked.size(), raw.size()), byId)
                .row("raw Lucene, hand-picked names and false friends only"));
        System.out.println(score(picked, arshif.subList(arshif.size() - picked.size(), arshif.size()), byId)
                .row("Arshif, hand-picked names and false friends only"));
        System.out.println();
        for (int i = Boolean.getBoolean("eval.verbose") ? 0 : queries.size() - picked.size(); i < queries.size(); i++) {
            System.out.printf(Locale.ROOT, "  %s: raw %s, Arshif %s%n", queries.get(i),
                    judged(queries.get(i), raw.get(i), byId), judged(queries.get(i), arshif.get(i), byId));
        }
    }

    /** "relevant/shown" for one query's hits. */
    private static String judged(String query, List<String> ids, Map<String, Doc> byId) {
        long relevant = ids.stream().filter(id -> holdsAll(query, byId.get(id))).count();
        return relevant + "/" + ids.size();
    }

    private static Scores score(List<String> queries, List<List<String>> rankings, Map<String, Doc> byId) {
        double sum = 0;
        long relevant = 0;
        int answered = 0;
        for (int i = 0; i < queries.size(); i++) {
            List<String> ids = rankings.get(i);
            if (ids.isEmpty()) {
                continue;
            }
            answered++;
            String query = queries.get(i);
            long holding = ids.stream().filter(id -> holdsAll(query, byId.get(id))).count();
            relevant += holding;
            sum += (double) holding / ids.size();
        }
        return new Scores(answered == 0 ? 0 : sum / answered, answered == 0 ? 0 : (double) relevant / answered,
                answered, queries.size());
    }

    /** How many articles write each normalised word: which of a typed word's readings is the word (see below). */
    private static Map<String, Integer> articles = Map.of();

    private static boolean holdsAll(String query, Doc doc) {
        Set<String> inDoc = wordsOf(doc.title() + " " + doc.body());
        for (String word : query.split("\\s+")) {
            Pattern forms = holds(ArabicSearchAnalyzer.normaliseWord(word), articles);
            if (inDoc.stream().noneMatch(w -> forms.matcher(w).matches())) {
                return false;
            }
        }
        return true;
    }

    /** The normalised words of a text. */
    static Set<String> wordsOf(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = ARABIC_WORD.matcher(text);
        while (m.find()) {
            words.add(ArabicSearchAnalyzer.normaliseWord(m.group()));
        }
        return words;
    }

    /** The judge for a word as typed: {@link #holds(String)} of each reading of it the corpus supports. */
    static Pattern holds(String typed, Map<String, Integer> articles) {
        // A word typed with a conjunction or a pronoun (وصيانتها) is the word without them (صيانة) when the corpus
        // writes that more often; وزارة stays وزارة (زارة is rarer).
        List<String> readings = new ArrayList<>(List.of(typed));
        String unjoined = "وف".indexOf(typed.charAt(0)) >= 0 && typed.length() > 4
                && articles.getOrDefault(typed.substring(1), 0) > articles.getOrDefault(typed, 0)
                ? typed.substring(1) : typed;
        readings.add(unjoined);
        // Not a lone ه: folded, a final teh marbuta is ه too (الدولة is not "his الدول").
        for (String pronoun : List.of("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ك")) {
            if (unjoined.endsWith(pronoun) && unjoined.length() - pronoun.length() >= 4) {
                String bare = unjoined.substring(0, unjoined.length() - pronoun.length());
                for (String word : List.of(bare, bare.endsWith("ت") ? bare.substring(0, bare.length() - 1) + "ه" : bare)) {
                    if (articles.getOrDefault(word, 0) > articles.getOrDefault(typed, 0)) {
                        readings.add(word);
                    }
                }
                break;
            }
        }
        List<String> patterns = new ArrayList<>();
        for (String reading : readings) {
            patterns.add(holds(reading).pattern());
        }
        // A hamza written on the first alef before ل says the ل is no article (ألسنة is not ال + سنة); the word is
        // written with or without it (ألمانيا, المانيا) when the corpus writes it with the hamza more often than
        // what follows ال alone.
        String alefLam = typed.matches("[وفبكل][اأ]ل.+") ? typed.substring(1) : typed;
        if (alefLam.length() > 3 && alefLam.matches("[اأ]ل.+")
                && articles.getOrDefault("أ" + alefLam.substring(1), 0) > articles.getOrDefault(alefLam.substring(2), 0)) {
            patterns.add(PROCLITICS_WITHOUT_ARTICLE + "[اأ]" + Pattern.quote(alefLam.substring(1)) + PRONOUNS + "?");
        }
        return Pattern.compile(String.join("|", patterns));
    }

    private static final String PROCLITICS = "(?:[وف]?(?:[بك]?(?:ال)?|ل|لل))";
    /** Before a pronoun suffix, no article (السعوده is Saudization, not "his Saud"). */
    private static final String PROCLITICS_WITHOUT_ARTICLE = "(?:[وف]?[بكل]?)";
    private static final String PRONOUNS = "(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|ي|نا)";
    private static final String NUMBER = "(?:ات|ان|ين|ون|تان|تين)";

    /**
     * The judge: the written words that are this (normalised) word — with any proclitic (و ف ب ك ل, ال) or a pronoun
     * suffix after a proclitic other than the article (a teh marbuta then written ت), and its inflections for gender
     * and number (السعودية: السعودي، السعوديين، سعوديات; مفاوضات: مفاوضة، المفاوضين). A word that merely shares a
     * light stem is not it: السعودة and سعود are not السعودية, العرب is not العربية.
     */
    static Pattern holds(String word) {
        String core = word;
        for (String article : List.of("وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل")) {
            if (core.startsWith(article) && core.length() - article.length() >= 3) {
                core = core.substring(article.length());
                break;
            }
        }
        List<String> plain = new ArrayList<>();
        List<String> withPronoun = new ArrayList<>();
        plain.add(Pattern.quote(core) + NUMBER + "?");
        withPronoun.add(Pattern.quote(core) + PRONOUNS);
        for (String ending : List.of("ه", "ات", "ون", "ين", "ان")) {
            if (core.endsWith(ending) && core.length() - ending.length() >= 3) {
                String bare = core.substring(0, core.length() - ending.length());
                String base = Pattern.quote(bare);
                // Without its teh marbuta a word is another word (دولة, الدول), but for a nisba: السعودية, السعودي.
                boolean bareIsAForm = !ending.equals("ه") || bare.endsWith("ي");
                plain.add(base + "(?:ه|ات|ان|ين|ون|تان|تين)" + (bareIsAForm ? "?" : ""));
                withPronoun.add(base + "ت" + PRONOUNS);
                break;
            }
        }
        return Pattern.compile(PROCLITICS + "(?:" + String.join("|", plain) + ")|" + PROCLITICS_WITHOUT_ARTICLE + "(?:"
                + String.join("|", withPronoun) + ")");
    }

    private static List<SearchResult> arshif(List<Doc> docs, List<String> queries, Path kept) throws Exception {
        Path folder = kept != null ? Files.createDirectories(kept) : Files.createTempDirectory("arshif-short");
        try (LuceneArchive archive = SearchQualityEvaluation.imported(folder, kept != null, a -> a.importArticles(
                sink -> docs.forEach(doc -> sink.accept(new Article(doc.id(), doc.title(), false,
                        LocalDate.of(2015, 7, 22), "", "", "", List.of(TextCleaner.clean(doc.body())), "eval"))),
                ImportMonitor.NONE))) {
            List<SearchResult> results = new ArrayList<>();
            for (String query : queries) {
                results.add(archive.search(SearchQuery.of(query).withPage(0, 10)));
            }
            return results;
        } finally {
            if (kept == null) {
                SearchQualityEvaluation.deleteTree(folder);
            }
        }
    }
}
