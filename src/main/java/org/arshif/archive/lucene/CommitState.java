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
     * The archive format this version writes into every commit: 2 since the derived state is kept in the commit (an
     * archive without the key is format 1, from before). An archive of a newer format is refused at open, untouched.
     */
    static final int FORMAT = 2;
    private static final String FORMAT_KEY = "arshif.format";
    private static final String DERIVED = "arshif.derived";
    private static final String GENERATION = "arshif.import";
    private static final String HISTORY = "arshif.history";
    private static final String GLUED = "arshif.glued";

    CommitState {
        history = List.copyOf(history);
    }

    /**
     * The state of a commit. A commit written before the state was kept (an older archive) has derived state that
     * this version did not make: it counts as owed, and is derived afresh at the next writable open.
     */
    static CommitState of(Map<String, String> userData) {
        String history = userData.getOrDefault(HISTORY, "");
        return new CommitState("yes".equals(userData.get(DERIVED)),
                Long.parseLong(userData.getOrDefault(GENERATION, "0")),
                history.isEmpty() ? List.of() : List.of(history.split("\n")),
                userData.getOrDefault(GLUED, ""));
    }

    /** The archive format a commit was written in (1 for an archive from before formats were recorded). */
    static int formatOf(Map<String, String> userData) {
        try {
            return Integer.parseInt(userData.getOrDefault(FORMAT_KEY, "1"));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // not a number this version wrote: treat as newer
        }
    }

    /** True when the commit holds the state at all (an archive made by this version or later). */
    static boolean isKept(Map<String, String> userData) {
        return userData.containsKey(DERIVED);
    }

    Map<String, String> userData() {
        Map<String, String> data = new HashMap<>();
        data.put(FORMAT_KEY, Integer.toString(FORMAT));
        data.put(DERIVED, derived ? "yes" : "owed");
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
