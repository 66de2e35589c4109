package org.arshif.archive.lucene;

import org.arshif.archive.ArticleSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the archive keeps in each Lucene commit beside the articles (the commit's user data), so that it is
 * durable exactly when the articles are: the import history, the run-together word list, the number of the last
 * import, and whether the derived state (copy groups, run-together words) was brought up to date for the
 * articles of this commit or is still owed. A crash anywhere in an import leaves the last commit, whose state
 * says what remains to do; nothing is written to side files first.
 *
 * @param derived    true when the copy groups and the run-together list match the committed articles; false
 *                   when an import committed articles and was stopped before deriving them (the next writable
 *                   open completes it, a read-only open derives them in memory)
 * @param generation the number of the last import, written into each article it indexed ({@link ArchiveFields#IMPORT})
 * @param history    what the archive was imported from, one line per original (see {@link ArticleSource#rereadInstructions})
 * @param glued      the run-together word list, as {@link GluedWords#serialize} writes it
 */
record CommitState(boolean derived, long generation, List<String> history, String glued) {

    /**
     * The archive format this version writes into every commit: what the commit data and the fields hold and mean.
     * 1: no key (before it was recorded); 2: the derived state kept in the commit; 3: the analysis version recorded
     * beside it, and archives of an older format or analysis upgraded in place at open ({@link ArchiveUpgrade}); 4: ids
     * derived from a record's content include its source ({@link org.arshif.model.ContentIds}), derived again by the
     * upgrade. An archive of a newer format is refused at open, untouched.
     */
    static final int FORMAT = 4;
    /** The first format whose ids derived from content include the source. */
    static final int IDS_WITH_SOURCES = 4;
    /**
     * The version of the analysis and the fields this version indexes articles with: raise it with every change to
     * {@link ArabicSearchAnalyzer}, its filters or {@link ArticleDocuments} that changes what is indexed. An archive
     * indexed with an older one is indexed again from its own stored fields at its next writable open (its terms
     * would not match today's queries); one without the key (format 2 and before) was indexed by an analysis nobody
     * recorded, and is indexed again too. 2: a hamza written on a word's first alef before ل is kept in its exact
     * form (ألسنة, tongues, is not ال + سنة, the year). 3: words joined by underscores (hashtags: #مكة_لايف) indexed
     * as the words, each at its own position; dates written in numbers (10/10/1436هـ, 26/7/2015م) among the dates an
     * article mentions. 4: a number written against a word (2015م, 30كم) also indexed alone; a tatweel standing alone
     * (a dash) leaves no gap between the words around it. 5: a word's letters as written beside its folded form where
     * folding loses some (=كرة beside كره: a word typed with أ إ آ ى ة ranks the articles writing them first).
     */
    static final int ANALYSIS = 5;
    private static final String FORMAT_KEY = "arshif.format";
    private static final String ANALYSIS_KEY = "arshif.analysis";
    private static final String DERIVED = "arshif.derived";
    /**
     * The derived state's value when it is up to date, naming the rules it was derived by; a commit holding another
     * (an older Arshif's "yes") counts as owed and is derived afresh at the next writable open. "yes 2": a run-together
     * word's right half needs three letters after the article ({@link GluedWords}).
     */
    private static final String DERIVED_DONE = "yes 2";
    private static final String GENERATION = "arshif.import";
    private static final String HISTORY = "arshif.history";
    private static final String GLUED = "arshif.glued";
    /**
     * The ids an upgrade derived again that collections held, {@code old<TAB>new} a line: kept in the upgrade's
     * commit, so that a crash before the collections were rewritten is made good at the next writable open.
     */
    static final String RENAMED = "arshif.renamed";

    CommitState {
        history = List.copyOf(history);
    }

    /**
     * The state of a commit. A commit written before the state was kept (an older archive) has derived state that
     * this version did not make: it counts as owed, and is derived afresh at the next writable open.
     */
    static CommitState of(Map<String, String> userData) {
        String history = userData.getOrDefault(HISTORY, "");
        return new CommitState(DERIVED_DONE.equals(userData.get(DERIVED)),
                Long.parseLong(userData.getOrDefault(GENERATION, "0")),
                history.isEmpty() ? List.of() : List.of(history.split("\n")),
                userData.getOrDefault(GLUED, ""));
    }

    /** The archive format a commit was written in (1 for an archive from before formats were recorded). */
    static int formatOf(Map<String, String> userData) {
        return versionOf(userData, FORMAT_KEY, 1);
    }

    /** The analysis version a commit's articles were indexed with (0: not recorded, format 2 and before). */
    static int analysisOf(Map<String, String> userData) {
        return versionOf(userData, ANALYSIS_KEY, 0);
    }

    private static int versionOf(Map<String, String> userData, String key, int unrecorded) {
        try {
            return Integer.parseInt(userData.getOrDefault(key, Integer.toString(unrecorded)));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // not a number this version wrote: treat as newer
        }
    }

    /** True when a newer Arshif wrote the commit: its format or its analysis is one this version does not know. */
    static boolean isNewer(Map<String, String> userData) {
        return formatOf(userData) > FORMAT || analysisOf(userData) > ANALYSIS;
    }

    /** The versions a commit was written with, and this version's: {@code archive format 2; this version: format 4, analysis 5}. */
    static String describe(Map<String, String> userData) {
        int analysis = analysisOf(userData);
        return "archive format " + formatOf(userData) + (analysis > 0 ? ", analysis " + analysis : "")
                + "; this version: format " + FORMAT + ", analysis " + ANALYSIS;
    }

    /** True when an older Arshif wrote the commit: the archive is to be upgraded in place ({@link ArchiveUpgrade}). */
    static boolean upgradeOwed(Map<String, String> userData) {
        return formatOf(userData) < FORMAT || analysisOf(userData) < ANALYSIS;
    }

    /** The ids an upgrade derived again that collections held, old to new ({@link #RENAMED}); empty when none. */
    static Map<String, String> renamedOf(Map<String, String> userData) {
        Map<String, String> renamed = new HashMap<>();
        for (String line : userData.getOrDefault(RENAMED, "").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                renamed.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return renamed;
    }

    static String renamed(Map<String, String> renamed) {
        StringBuilder lines = new StringBuilder();
        renamed.forEach((from, to) -> lines.append(from).append('\t').append(to).append('\n'));
        return lines.toString();
    }

    /** True when the commit holds the state at all (an archive made by this version or later). */
    static boolean isKept(Map<String, String> userData) {
        return userData.containsKey(DERIVED);
    }

    Map<String, String> userData() {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, Integer.toString(FORMAT));
        data.put(ANALYSIS_KEY, Integer.toString(ANALYSIS));
        data.put(DERIVED, derived ? DERIVED_DONE : "owed");
        data.put(GENERATION, Long.toString(generation));
        data.put(HISTORY, String.join("\n", history));
        data.put(GLUED, glued);
        return data;
    }

    /** The next import: its number, the originals it reads put last in the history; derived state owed. */
    CommitState importing(List<String> originals) {
        Set<String> lines = new LinkedHashSet<>(history);
        // An original imported again moves to the end: a rebuild reads the originals in the order of their last
        // import, so a file imported again after another that replaced its articles wins again.
        originals.forEach(lines::remove);
        lines.addAll(originals);
        return new CommitState(false, generation + 1, new ArrayList<>(lines), glued);
    }

    /** The same commit with its derived state brought up to date. */
    CommitState derivedWith(GluedWords list) {
        return new CommitState(true, generation, history, list.serialize());
    }

    /** The history with lines of an older archive's side file added (an archive made before the state was kept). */
    CommitState withHistory(List<String> lines) {
        Set<String> all = new LinkedHashSet<>(history);
        all.addAll(lines);
        return new CommitState(derived, generation, new ArrayList<>(all), glued);
    }
}
