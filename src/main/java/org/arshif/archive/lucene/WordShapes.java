package org.arshif.archive.lucene;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;

/**
 * The written shapes of one Arabic word, as automata over normalised words (أ إ آ → ا, ى → ي, ة → ه already folded).
 * Rules of Arabic spelling, never an edit distance:
 *
 * <ul>
 *   <li>clitics: the word with or without و ف ب ل ك, ال and their combinations (وال، بال، لل…), and with or without
 *       a pronoun suffix (ه، ها، هم، كم، نا…; a teh marbuta before a suffix is written ت: حكومة → حكومتها; not ي,
 *       which as often makes another word: اليوناني from اليونان);</li>
 *   <li>the same word: the hamza on any seat (ئ ي ء, ؤ و; in a longer word ئ and ؤ for each other, ئ as ىء);</li>
 *   <li>other spellings of a word (foreign names above all): final alef or haa (أستانا, آستانة), final yaa or alef,
 *       long vowels written or not (ميركل, ميركيل), a letter written twice or once. The first letter is kept.</li>
 * </ul>
 */
final class WordShapes {

    /** Proclitics, normalised; ل before ال is written لل. */
    private static final List<String> PREFIXES = List.of("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال",
            "لل", "ولل", "فلل", "وب", "فب", "ول", "فل", "وك", "فك");
    /** Proclitics a pronoun suffix may follow: not the article (السعوده is Saudization, not "his Saud"). */
    private static final List<String> PREFIXES_WITHOUT_ARTICLE = List.of("", "و", "ف", "ب", "ل", "ك", "وب", "فب", "ول",
            "فل", "وك", "فك");
    /** Endings of gender and number: a word's inflections (السعودي، السعوديين، سعوديات). */
    private static final List<String> NUMBER = List.of("ات", "ان", "ين", "ون", "تان", "تين");
    /** The article with what may stand before it: stripped from a query word to find its other clitic forms. */
    private static final List<String> ARTICLES = List.of("وال", "فال", "بال", "كال", "ولل", "فلل", "ال", "لل");
    /**
     * Pronoun suffixes (the longest first, as they are stripped). Not ي: after a word it is as often the nisba
     * ending of another word (اليوناني, Greek, from اليونان) as "my".
     */
    private static final List<String> SUFFIXES = List.of("هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ه", "ك");
    /**
     * The suffixes a word itself may carry, and that are read off a typed word: not a lone ه, which in a folded word
     * is more often a teh marbuta than "his". Read off, الدولة became الدول (countries) and أودية (valleys) أودي
     * (Audi); put on, جامع (mosque) + ه was جامعة (university), مكتب مكتبة, يمن يمنة. Before a teh marbuta's ت it is
     * "his" (حكومته); after the word itself it is an inflection ({@link #inflections}).
     */
    private static final List<String> SUFFIXES_BUT_HIS = SUFFIXES.stream().filter(suffix -> !suffix.equals("ه"))
            .toList();
    /** The clitic lists as automata, built once: every query word's shapes are made of them. */
    private static final Automaton ANY_PREFIX = Operations.determinize(strings(PREFIXES), 10_000);
    private static final Automaton PREFIX_WITHOUT_ARTICLE = Operations.determinize(strings(PREFIXES_WITHOUT_ARTICLE),
            10_000);
    private static final Automaton ANY_SUFFIX = Operations.determinize(strings(SUFFIXES), 10_000);
    private static final Automaton SUFFIX_BUT_HIS = Operations.determinize(strings(SUFFIXES_BUT_HIS), 10_000);
    private static final String LONG_VOWELS = "اوي";
    /** A stripped word keeps at least this many letters (الله is not ال + له). */
    private static final int MIN_CORE = 3;
    /** Only words at least this long are respelt: shorter ones are too easily another word. */
    private static final int MIN_RESPELT = 4;
    private static final int MAX_RESPELT = 20;
    /** Only words at least this long may be written with a letter doubled. */
    private static final int MIN_DOUBLED = 5;

    private WordShapes() {
    }

    /**
     * The word without a leading article (السعوديه → سعوديه), if what remains is long enough to be a word; without a
     * one-letter proclitic before a written hamza and ل, which are no article (وألمانيا → ألمانيا).
     */
    static String core(String word) {
        if (word.length() > MIN_CORE + 1 && "وفبكل".indexOf(word.charAt(0)) >= 0
                && word.startsWith(ArabicFoldingFilter.HAMZA_ALEF + "ل", 1)) {
            return word.substring(1);
        }
        for (String article : ARTICLES) {
            if (word.startsWith(article) && word.length() - article.length() >= MIN_CORE) {
                return word.substring(article.length());
            }
        }
        return word;
    }

    /**
     * The word without a leading one-letter proclitic (و ف ب ل ك), when what remains may be respelt; else null. Only
     * for other spellings of a word the archive does not hold: as the word itself, وكالة is not و + كالة.
     */
    static String withoutProclitic(String word) {
        return "وفبلك".indexOf(word.charAt(0)) >= 0 && mayBeRespelt(word.substring(1)) ? word.substring(1) : null;
    }

    /**
     * What a typed word may be without the clitics it was typed with (وصيانتها: صيانتها, وصيانة, صيانة), each
     * stripped only where at least {@value #MIN_RESPELT} letters remain; a teh marbuta written ت before the suffix is
     * restored. The caller decides, from the archive, which of them is the word (وزارة is not و + زارة).
     */
    static List<String> withoutTypedClitics(String word) {
        List<String> candidates = new ArrayList<>();
        if ("وف".indexOf(word.charAt(0)) >= 0 && word.length() - 1 >= MIN_RESPELT) {
            candidates.add(word.substring(1));
        }
        for (String typed : List.of(word, candidates.isEmpty() ? word : candidates.getFirst())) {
            for (String suffix : SUFFIXES_BUT_HIS) {
                if (typed.endsWith(suffix) && typed.length() - suffix.length() >= MIN_RESPELT) {
                    String bare = typed.substring(0, typed.length() - suffix.length());
                    candidates.add(bare);
                    if (bare.endsWith("ت")) {
                        candidates.add(bare.substring(0, bare.length() - 1) + "ه");
                    }
                    break;
                }
            }
        }
        return candidates;
    }

    /**
     * A word beginning with ال or أل written with its hamza (ألمانيا for المانيا), or null for any other word. Typed
     * without the hamza, the word reads as ال + مانيا; the index keeps a hamza where it was written
     * ({@link ArabicFoldingFilter}), so the caller decides from the archive which reading is the word.
     */
    static String withHamzaAlef(String word) {
        String alefLam = word.length() > 2 && "وفبكل".indexOf(word.charAt(0)) >= 0 && startsWithAlefLam(word, 1)
                ? word.substring(1) : word; // والمانيا: و + المانيا
        return alefLam.length() > MIN_CORE && startsWithAlefLam(alefLam, 0)
                ? ArabicFoldingFilter.HAMZA_ALEF + alefLam.substring(1) : null;
    }

    private static boolean startsWithAlefLam(String word, int at) {
        return word.startsWith("ال", at) || word.startsWith(ArabicFoldingFilter.HAMZA_ALEF + "ل", at);
    }

    /**
     * The word's first alef with or without a hamza (ألمانيا, المانيا), with a proclitic other than the article and
     * any pronoun suffix; {@code word} as {@link #withHamzaAlef} gives it.
     */
    static Automaton eitherAlef(String word) {
        Automaton shape = Operations.concatenate(anyOf("ا" + ArabicFoldingFilter.HAMZA_ALEF),
                sameWord(word.substring(1)));
        return Operations.determinize(Operations.union(List.of(Operations.concatenate(PREFIX_WITHOUT_ARTICLE, shape),
                Operations.concatenate(List.of(PREFIX_WITHOUT_ARTICLE, shape, SUFFIX_BUT_HIS)))), 10_000);
    }

    /**
     * A normalised word as either alef at its start may be written, for phrases and prefixes (matched as written, not
     * through the vocabulary): المانيا and ألمانيا, والمانيا and وألمانيا; the word alone for any other.
     */
    static List<String> alefSpellings(String word) {
        String plain = ArabicFoldingFilter.withoutKeptHamza(word);
        if (!plain.equals(word)) {
            return List.of(word, plain);
        }
        int at = word.startsWith("ال") ? 0 : word.length() > 2 && "وفبكل".indexOf(word.charAt(0)) >= 0
                && word.startsWith("ال", 1) ? 1 : -1;
        return at < 0 ? List.of(word)
                : List.of(word, word.substring(0, at) + ArabicFoldingFilter.HAMZA_ALEF + word.substring(at + 1));
    }

    /**
     * A phrase's first word written with a proclitic (وعاصفة، بعاصفة، لعاصفة; والحزم، للحزم), as written otherwise: a
     * proclitic takes the whole phrase, so it stands on the first word only.
     */
    static Automaton withLeadingProclitic(String word) {
        if (word.startsWith("ال") && word.length() - 2 >= MIN_CORE) {
            return Operations.determinize(Operations.concatenate(strings(ARTICLES),
                    Automata.makeString(word.substring(2))), 10_000);
        }
        return Operations.determinize(Operations.concatenate(PREFIX_WITHOUT_ARTICLE, Automata.makeString(word)),
                10_000);
    }

    /** True for a word that other-spelling rules may apply to: Arabic letters only, neither short nor huge. */
    static boolean mayBeRespelt(String word) {
        if (word.length() < MIN_RESPELT || word.length() > MAX_RESPELT) {
            return false;
        }
        return word.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A');
    }

    /**
     * The word itself, its hamza on any seat: in a word of {@value #MIN_RESPELT} letters or more also on waw for yaa
     * and the other way (مسئول, مسؤول; شئون, شؤون: the seat follows the writer's school, not the word), and ئ written
     * ىء or يء (المبادئ, المبادىء; شيء, شئ). Not in a shorter word: بئر (a well) is not بؤر (hotbeds).
     */
    static Automaton sameWord(String word) {
        boolean anySeat = word.length() >= MIN_RESPELT;
        List<Automaton> letters = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            if (anySeat && word.startsWith(YAA_HAMZA, i)) {
                // يء is ئ written apart, or the yaa kept before its seat (بريئة): the hamza stays (بريء is not بري,
                // كبرى; مليء not مليون).
                letters.add(Operations.union(List.of(Automata.makeString(YAA_HAMZA), Automata.makeString("يئ"),
                        anyOf("ئؤ"))));
                i++;
            } else {
                letters.add(anySeat ? anySeat(word.charAt(i)) : seats(word.charAt(i)));
            }
        }
        return Operations.concatenate(letters);
    }

    /** ئ as it is also written, a yaa with the hamza after it (ى folded to ي): المبادىء. */
    private static final String YAA_HAMZA = "يء";

    /**
     * The word's other spellings: final alef, haa or yaa for one another, long vowels written or not after any
     * letter but the last, in a word of {@value #MIN_DOUBLED} letters or more each letter but the first once or
     * twice; the first letter kept, never fewer than {@value #MIN_RESPELT} letters. A long vowel dropped or written
     * stays a vowel: a hamza on its seat is a letter of another word (موسا is not مؤسسة), and in a short word a
     * letter doubled or dropped beside a changed ending is another word (موسا: موسسة, لمسة; عيسا: عسى).
     */
    static Automaton otherSpellings(String typed) {
        String word = typed.replaceAll("(.)\\1+", "$1"); // a letter typed twice may be written once, or twice
        boolean mayDouble = typed.length() >= MIN_DOUBLED;
        List<Automaton> letters = new ArrayList<>();
        int last = word.length() - 1;
        for (int i = 0; i <= last; i++) {
            char c = word.charAt(i);
            if (i == last) {
                letters.add(finalLetter(c));
            } else if (i > 0 && LONG_VOWELS.indexOf(c) >= 0) {
                letters.add(Operations.optional(Automata.makeChar(c)));
            } else {
                letters.add(i == 0 || !mayDouble ? seats(c) : Operations.repeat(seats(c), 1, 2));
                if (LONG_VOWELS.indexOf(word.charAt(i + 1)) < 0) {
                    // A vowel may be written where the typed word has none; where it has one, that one may be
                    // dropped but not changed: استانا is not استونيا.
                    letters.add(Operations.optional(anyOf(LONG_VOWELS)));
                }
            }
        }
        Automaton longEnough = Operations.repeat(Automata.makeCharRange('\u0621', '\u064A'), MIN_RESPELT);
        return Operations.intersection(Operations.concatenate(letters), longEnough);
    }

    /**
     * The word with any proclitic, or with a proclitic other than the article and a pronoun suffix but a lone ه (see
     * {@link #SUFFIXES_BUT_HIS}); a final haa (a folded teh marbuta) becomes ت before a suffix.
     */
    static Automaton withClitics(String core, Automaton shapes) {
        List<Automaton> forms = new ArrayList<>();
        forms.add(Operations.concatenate(ANY_PREFIX, shapes));
        forms.add(Operations.concatenate(List.of(PREFIX_WITHOUT_ARTICLE, shapes, SUFFIX_BUT_HIS)));
        if (core.startsWith("ال") && core.length() - 2 < MIN_CORE && core.length() - 2 > 1) {
            // The article kept on a short word ({@link #core}: الله is not ال + له) still takes ل as لل: للحج is
            // ل + الحج.
            forms.add(Operations.concatenate(strings(List.of("لل", "ولل", "فلل")), sameWord(core.substring(2))));
        }
        if (core.endsWith("ه") && core.length() > MIN_CORE) {
            Automaton stem = sameWord(core.substring(0, core.length() - 1));
            forms.add(Operations.concatenate(List.of(PREFIX_WITHOUT_ARTICLE, stem, Automata.makeChar('ت'),
                    ANY_SUFFIX)));
        }
        return Operations.determinize(Operations.union(forms), 10_000);
    }

    /**
     * Other spellings with any proclitic: a pronoun suffix on a respelt word is more often another word (موسا: مساهم,
     * عيسا: عساكم).
     */
    static Automaton withProclitics(Automaton spellings) {
        return Operations.determinize(Operations.concatenate(ANY_PREFIX, spellings), 10_000);
    }

    /**
     * The word's inflections for gender and number, with any proclitic: from a word ending in teh marbuta or a
     * plural or dual ending, its base with any of those endings (السعودية: السعوديين; مفاوضات: مفاوضة، المفاوضين);
     * from any word, its plurals and duals (مفاوض: مفاوضات). Not a feminine ending on a word without one: سعود + ة is
     * السعودة, another word. Nor, the other way, a word without its teh marbuta: دولة (state) is not دول
     * (countries), جامعة not جامع — but for a nisba in ية, whose masculine is the base (السعودية: السعودي). And the
     * word with a lone ه, without the article: "his" (جامعه) or another word with a teh marbuta (جامعة).
     */
    static Automaton inflections(String core) {
        return inflections(core, true);
    }

    /**
     * {@link #inflections(String)}, reading a final ان as the dual's ending only when {@code dual} (a name of the
     * pattern فعلان, عدنان, is no dual of عدن: {@link VariantSpellings}).
     */
    static Automaton inflections(String core, boolean dual) {
        List<Automaton> forms = new ArrayList<>();
        forms.add(Operations.concatenate(sameWord(core), strings(NUMBER)));
        for (String ending : List.of("ه", "ات", "ون", "ين", "ان")) {
            if (core.endsWith(ending) && core.length() - ending.length() >= MIN_CORE
                    && (dual || !ending.equals("ان"))) {
                String base = core.substring(0, core.length() - ending.length());
                List<String> endings = new ArrayList<>(NUMBER);
                endings.add("ه");
                if (!ending.equals("ه") || base.endsWith("ي")) {
                    endings.add("");
                }
                forms.add(Operations.concatenate(sameWord(base), strings(endings)));
                break;
            }
        }
        Automaton inflected = Operations.concatenate(ANY_PREFIX, Operations.union(forms));
        if (core.endsWith("ه")) {
            return Operations.determinize(inflected, 10_000);
        }
        // The word with "his" (جامعه): written alike with a teh marbuta (جامعة), so no more than an inflection.
        Automaton his = Operations.concatenate(List.of(PREFIX_WITHOUT_ARTICLE, sameWord(core), Automata.makeChar('ه')));
        return Operations.determinize(Operations.union(List.of(inflected, his)), 10_000);
    }

    /**
     * Letters a typing slip puts for one another: the same shape with other dots (ب ت ث ن ي, ج ح خ, د ذ, ر ز, س ش,
     * ص ض, ط ظ, ع غ, ف ق) and the letters a foreign g is written with (ق غ ج: سامسونج، سامسونغ).
     */
    private static final List<String> SLIPPED_LETTERS = List.of("بتثنيئ", "جحخ", "دذ", "رز", "سش", "صض", "طظ", "عغ",
            "فق", "قغج");
    /** A letter left out or typed in is a slip only in a word at least this long. */
    private static final int MIN_SLIPPED_LENGTH = 5;

    /**
     * The words one typing slip away: one letter for another of {@link #SLIPPED_LETTERS} (الحوتيين، الحوثبين for
     * الحوثيين), and in a longer word one letter left out or typed in (ماكدونالز for ماكدونالدز). Only for a "did you
     * mean": a search never matches these.
     */
    static Automaton oneSlipAway(String word) {
        List<Automaton> words = new ArrayList<>();
        for (int i = 0; i < word.length(); i++) {
            String others = slippedFor(word.charAt(i));
            if (!others.isEmpty()) {
                words.add(Operations.concatenate(List.of(Automata.makeString(word.substring(0, i)), anyOf(others),
                        Automata.makeString(word.substring(i + 1)))));
            }
        }
        if (word.length() >= MIN_SLIPPED_LENGTH) {
            Automaton anyLetter = Automata.makeCharRange('\u0621', '\u064A');
            for (int i = 0; i <= word.length(); i++) {
                words.add(Operations.concatenate(List.of(Automata.makeString(word.substring(0, i)), anyLetter,
                        Automata.makeString(word.substring(i)))));
                if (i < word.length()) {
                    words.add(Automata.makeString(word.substring(0, i) + word.substring(i + 1)));
                }
            }
        }
        return words.isEmpty() ? Automata.makeEmpty() : Operations.determinize(Operations.union(words), 10_000);
    }

    /** The letters a slip may have put for this one (not itself). */
    private static String slippedFor(char c) {
        StringBuilder others = new StringBuilder();
        for (String group : SLIPPED_LETTERS) {
            if (group.indexOf(c) >= 0) {
                group.chars().filter(o -> o != c && others.indexOf(String.valueOf((char) o)) < 0)
                        .forEach(o -> others.append((char) o));
            }
        }
        return others.toString();
    }

    /** A letter and the letters its hamza may also be written on. */
    private static Automaton seats(char c) {
        return switch (c) {
            case 'ي', 'ئ' -> anyOf("يئ");
            case 'و', 'ؤ' -> anyOf("وؤ");
            case 'ء' -> anyOf("ءئ");
            default -> Automata.makeChar(c);
        };
    }

    /** {@link #seats}, and a hamza on yaa or waw also on the other, or as ىء (see {@link #sameWord}). */
    private static Automaton anySeat(char c) {
        return switch (c) {
            case 'ئ' -> Operations.union(anyOf("يئؤ"), Automata.makeString(YAA_HAMZA));
            case 'ؤ' -> anyOf("وؤئ");
            default -> seats(c);
        };
    }

    /**
     * A word's last letter: alef and haa (teh marbuta) stand for one another, as do yaa (alef maqsura, folded) and
     * alef, both ways (موسا for موسى, مستشفا for مستشفى).
     */
    private static Automaton finalLetter(char c) {
        return switch (c) {
            case 'ا' -> anyOf("اهي");
            case 'ه' -> anyOf("اه");
            case 'ي' -> anyOf("يا");
            default -> seats(c);
        };
    }

    private static Automaton anyOf(String letters) {
        List<Automaton> options = new ArrayList<>();
        letters.chars().forEach(c -> options.add(Automata.makeChar(c)));
        return Operations.union(options);
    }

    private static Automaton strings(List<String> strings) {
        List<Automaton> options = new ArrayList<>();
        strings.forEach(s -> options.add(Automata.makeString(s)));
        return Operations.union(options);
    }
}
