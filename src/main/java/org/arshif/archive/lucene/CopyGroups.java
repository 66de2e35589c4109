package org.arshif.archive.lucene;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.arshif.text.CopyEvidence;
import org.arshif.text.Fingerprint;

/**
 * Articles whose bodies are copies of one text (identical, or nearly: a wire story printed by several papers), so
 * that a result list shows the text once, with its copies and their sources.
 *
 * <p>Groups follow from the body fingerprints in the index alone ({@link #compute}): articles sharing a band key meet
 * there ({@link Meeting}), and two that meet and whose sketches estimate a similarity of at least
 * {@value #MIN_SIMILARITY} are one text; groups are the connected sets of such pairs. After an import that only added
 * articles, the groups are brought up to date around the new articles ({@link #regroupAdded}); otherwise found afresh
 * ({@link #regroupAll}). Each member's group number is written into numeric doc values in place (no article is
 * re-indexed) and committed with the articles; read back into memory once per reader: only grouped articles take room.
 */
public final class CopyGroups {

    /** Estimated Jaccard similarity of word triples from which two bodies count as copies of one text. */
    public static final double MIN_SIMILARITY = 0.5;
    /**
     * Articles meeting under one band key are compared with the first this many distinct texts there (the key's
     * leaders, in sketch order), not each with every other: a key that thousands of different stories share (a
     * standard closing line, an agency's notice) costs thousands of comparisons times this, not millions, while a text
     * printed by hundreds of papers still folds into one group (identical copies are joined without comparing, a
     * near-identical one is like a leader). A key with at most this many texts compares all pairs.
     */
    public static final int LEADERS = 64;

    private final Map<Integer, Long> groupOfDoc;
    private final Map<Long, int[]> membersOfGroup;
    /** Every grouped document, ascending: sorted once per reader, walked by every search that counts. */
    private final int[] allMembers;

    private CopyGroups(Map<Integer, Long> groupOfDoc, Map<Long, int[]> membersOfGroup) {
        this.groupOfDoc = groupOfDoc;
        this.membersOfGroup = membersOfGroup;
        this.allMembers = groupOfDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Groups from a map of doc id to group number, as {@link #compute} gives it. */
    static CopyGroups of(Map<Integer, Long> groupOfDoc) {
        Map<Long, List<Integer>> members = new HashMap<>();
        groupOfDoc.forEach((doc, group) -> members.computeIfAbsent(group, g -> new ArrayList<>()).add(doc));
        Map<Long, int[]> membersOfGroup = new HashMap<>();
        members.forEach((group, docs) -> membersOfGroup.put(group, docs.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return new CopyGroups(Map.copyOf(groupOfDoc), membersOfGroup);
    }

    static CopyGroups none() {
        return new CopyGroups(Map.of(), Map.of());
    }

    boolean isEmpty() {
        return membersOfGroup.isEmpty();
    }

    /** The group of a document (a reader-wide doc id), or 0 when it has no copies. */
    long groupOf(int doc) {
        return groupOfDoc.getOrDefault(doc, 0L);
    }

    /** Every grouped document, ascending. */
    int[] allMembers() {
        return allMembers;
    }

    /** The other members of a document's group, in doc id order; empty when it has no copies. */
    List<Integer> copiesOf(int doc) {
        long group = groupOf(doc);
        if (group == 0) {
            return List.of();
        }
        List<Integer> copies = new ArrayList<>();
        for (int member : membersOfGroup.get(group)) {
            if (member != doc) {
                copies.add(member);
            }
        }
        return copies;
    }

    /** The ranked hits with every copy after the first of its group left out. */
    ScoreDoc[] firstOfEachGroup(ScoreDoc[] ranked) {
        Set<Long> seen = new HashSet<>();
        List<ScoreDoc> kept = new ArrayList<>(ranked.length);
        for (ScoreDoc hit : ranked) {
            long group = groupOf(hit.doc);
            if (group == 0 || seen.add(group)) {
                kept.add(hit);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    /** The groups as the reader sees them: articles with a non-zero group value, deleted ones left out. */
    static CopyGroups read(IndexReader reader) throws IOException {
        Map<Integer, Long> groupOfDoc = new HashMap<>();
        Map<Long, List<Integer>> members = new LinkedHashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues groups = leaf.reader().getNumericDocValues(ArchiveFields.COPY_GROUP);
            if (groups == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = groups.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = groups.nextDoc()) {
                long group = groups.longValue();
                if (group != 0 && (live == null || live.get(doc))) {
                    members.computeIfAbsent(group, g -> new ArrayList<>()).add(leaf.docBase + doc);
                }
            }
        }
        Map<Long, int[]> membersOfGroup = new HashMap<>();
        members.forEach((group, docs) -> {
            if (docs.size() > 1) { // a copy whose twin was deleted is alone again
                membersOfGroup.put(group, docs.stream().mapToInt(Integer::intValue).toArray());
                docs.forEach(doc -> groupOfDoc.put(doc, group));
            }
        });
        return new CopyGroups(groupOfDoc, membersOfGroup);
    }

    /**
     * The groups as they follow from the fingerprints alone, for the archive as the reader sees it (deleted articles
     * left out): two articles are copies when they meet under a band key ({@link Meeting}: each text there is
     * compared with the key's {@value #LEADERS} leaders) and their sketches estimate a similarity of at least
     * {@value #MIN_SIMILARITY}; groups are the connected sets of copies, each numbered from the smallest id among its
     * members. Nothing here depends on the order in which articles were indexed or on doc ids, so the same articles
     * give the same groups whatever the thread count, the file order or the number of imports they came in.
     *
     * @return the group of every article that has copies (reader-wide doc id to group number)
     */
    static Map<Integer, Long> compute(IndexReader reader) throws IOException {
        FixedBitSet candidates = new FixedBitSet(Math.max(1, reader.maxDoc()));
        List<int[]> sharing = candidateLists(reader, candidates);
        Map<Integer, byte[]> sketches = sketches(reader, candidates);
        UnionFind union = new UnionFind();
        for (int[] docs : sharing) {
            Meeting.of(docs, sketches).joinCopies(union);
        }
        return union.numberGroups(reader.storedFields(), sketches);
    }

    /** How many articles have a stored group other than the one {@link #compute} finds: 0 when all is in order. */
    static long disagreements(IndexReader reader) throws IOException {
        Map<Integer, Long> wanted = compute(reader);
        CopyGroups stored = read(reader);
        Set<Integer> all = new HashSet<>(wanted.keySet());
        all.addAll(stored.groupOfDoc.keySet());
        return all.stream().filter(doc -> stored.groupOf(doc) != wanted.getOrDefault(doc, 0L)).count();
    }

    /** Writes the groups {@link #compute} finds where they differ from the stored ones; returns the grouped count. */
    static int regroupAll(IndexReader reader, IndexWriter writer) throws IOException {
        Map<Integer, Long> wanted = compute(reader);
        CopyGroups stored = read(reader);
        Set<Integer> decided = new HashSet<>(wanted.keySet());
        decided.addAll(stored.groupOfDoc.keySet());
        write(reader, writer, stored, wanted, decided);
        return wanted.size();
    }

    /**
     * Brings the groups up to date after articles were added (none replaced or deleted), looking only at what the
     * new articles can change: every article reachable from a new one through alike pairs, and every article under a
     * band key where a new text became a leader (pushing an old one out: pairs compared before may no longer be). The result equals {@link #regroupAll}'s; the work grows with the import, not with the archive.
     *
     * @param added the articles of this import (a query matching exactly them)
     */
    static void regroupAdded(IndexReader reader, IndexWriter writer, Query added) throws IOException {
        CopyGroups stored = read(reader);
        Bits live = MultiBits.getLiveDocs(reader);
        var storedFields = reader.storedFields();
        Deque<Integer> queue = new ArrayDeque<>();
        Set<Integer> visited = new HashSet<>();
        FixedBitSet isNew = new FixedBitSet(Math.max(1, reader.maxDoc()));
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        Weight weight = searcher.createWeight(searcher.rewrite(added), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            Bits leafLive = leaf.reader().getLiveDocs();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (leafLive == null || leafLive.get(doc)) {
                    isNew.set(leaf.docBase + doc);
                    enqueue(leaf.docBase + doc, stored, visited, queue);
                }
            }
        }
        Map<Integer, byte[]> sketches = new HashMap<>();
        Map<String, Meeting> meetings = new HashMap<>();
        UnionFind union = new UnionFind();
        while (!queue.isEmpty()) {
            int doc = queue.poll();
            union.find(doc); // every visited article is decided, grouped or not
            Fingerprint fingerprint = Fingerprint.of(storedFields.document(doc, Set.of(ArchiveFields.BODY))
                    .get(ArchiveFields.BODY));
            if (fingerprint == null) {
                continue;
            }
            for (String key : fingerprint.bandKeys()) {
                Meeting meeting = meetings.get(key);
                if (meeting == null) {
                    int[] sharing = liveDocs(reader, live, new BytesRef(key));
                    meeting = Meeting.of(sharing, sketchesOf(reader, sketches, sharing));
                    meetings.put(key, meeting);
                    if (meeting.leadersChangedBy(isNew)) {
                        // Pairs compared under this key before may be compared no longer: a connected set may split,
                        // and an article alone in it may find a leader in its part, so every article here is decided
                        // again, grouped or not.
                        for (int other : meeting.docs) {
                            enqueue(other, stored, visited, queue);
                        }
                    }
                }
                for (int other : meeting.comparedWith(doc)) {
                    if (similar(sketches, doc, other)) {
                        union.join(doc, other);
                        enqueue(other, stored, visited, queue);
                    }
                }
            }
        }
        write(reader, writer, stored, union.numberGroups(storedFields, sketches), visited);
    }

    /** Visits an article and, with it, every member of the group it had. */
    private static void enqueue(int doc, CopyGroups stored, Set<Integer> visited, Deque<Integer> queue) {
        if (visited.add(doc)) {
            queue.add(doc);
            long group = stored.groupOf(doc);
            if (group != 0) {
                for (int member : stored.membersOfGroup.get(group)) {
                    if (visited.add(member)) {
                        queue.add(member);
                    }
                }
            }
        }
    }

    /** The live articles holding a band key, reader-wide doc ids ascending. */
    private static int[] liveDocs(IndexReader reader, Bits live, BytesRef key) throws IOException {
        List<Integer> docs = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(ArchiveFields.COPY_BANDS);
            if (terms == null) {
                continue;
            }
            TermsEnum keys = terms.iterator();
            if (!keys.seekExact(key)) {
                continue;
            }
            PostingsEnum postings = keys.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(leaf.docBase + doc)) {
                    docs.add(leaf.docBase + doc);
                }
            }
        }
        return docs.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Map<Integer, byte[]> sketchesOf(IndexReader reader, Map<Integer, byte[]> cache, int[] docs)
            throws IOException {
        for (int doc : docs) {
            if (!cache.containsKey(doc)) {
                LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
                BinaryDocValues values = leaf.reader().getBinaryDocValues(ArchiveFields.COPY_SKETCH);
                byte[] sketch = null;
                if (values != null && values.advanceExact(doc - leaf.docBase)) {
                    BytesRef value = values.binaryValue();
                    sketch = java.util.Arrays.copyOfRange(value.bytes, value.offset, value.offset + value.length);
                }
                cache.put(doc, sketch);
            }
        }
        return cache;
    }

    private static boolean similar(Map<Integer, byte[]> sketches, int a, int b) {
        byte[] first = sketches.get(a);
        byte[] second = sketches.get(b);
        return first != null && second != null && Fingerprint.similarity(first, second) >= MIN_SIMILARITY;
    }

    /** Writes each decided article's group where it differs from the stored one (0: no copies). */
    private static void write(IndexReader reader, IndexWriter writer, CopyGroups stored, Map<Integer, Long> wanted,
                              Set<Integer> decided) throws IOException {
        var storedFields = reader.storedFields();
        for (int doc : decided) {
            long group = wanted.getOrDefault(doc, 0L);
            if (stored.groupOf(doc) != group) {
                String id = idOf(reader, storedFields, doc);
                writer.updateNumericDocValue(new Term(ArchiveFields.ID, id), ArchiveFields.COPY_GROUP, group);
            }
        }
    }

    /**
     * The id of a reader-wide doc from the id's sorted doc values (a few bytes) rather than the stored fields (a
     * compressed block to unpack per article); a segment written before those doc values existed has only the latter.
     */
    private static String idOf(IndexReader reader, StoredFields stored, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedDocValues ids = leaf.reader().getSortedDocValues(ArchiveFields.ID_ORDER);
        if (ids != null && ids.advanceExact(doc - leaf.docBase)) {
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        }
        return stored.document(doc, Set.of(ArchiveFields.ID)).get(ArchiveFields.ID);
    }

    /** For every band key shared by at least two live articles, those articles (reader-wide doc ids); marks them. */
    private static List<int[]> candidateLists(IndexReader reader, FixedBitSet candidates) throws IOException {
        List<int[]> sharing = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, ArchiveFields.COPY_BANDS);
        if (terms == null) {
            return sharing;
        }
        Bits live = MultiBits.getLiveDocs(reader);
        TermsEnum keys = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef key = keys.next(); key != null; key = keys.next()) {
            if (keys.docFreq() < 2) {
                continue;
            }
            postings = keys.postings(postings, PostingsEnum.NONE);
            List<Integer> docs = new ArrayList<>();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    docs.add(doc);
                }
            }
            if (docs.size() > 1) {
                sharing.add(docs.stream().mapToInt(Integer::intValue).toArray());
                docs.forEach(candidates::set);
            }
        }
        return sharing;
    }

    private static Map<Integer, byte[]> sketches(IndexReader reader, FixedBitSet candidates) throws IOException {
        Map<Integer, byte[]> sketches = new HashMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(ArchiveFields.COPY_SKETCH);
            int end = leaf.docBase + leaf.reader().maxDoc();
            if (values == null || leaf.docBase >= candidates.length()) {
                continue;
            }
            for (int doc = candidates.nextSetBit(leaf.docBase); doc < end;
                    doc = doc + 1 < candidates.length() ? candidates.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
                if (values.advanceExact(doc - leaf.docBase)) {
                    BytesRef sketch = values.binaryValue();
                    sketches.put(doc, java.util.Arrays.copyOfRange(sketch.bytes, sketch.offset, sketch.offset + sketch.length));
                }
            }
        }
        return sketches;
    }

    /**
     * A stable, non-zero number for a group, from the smallest id among its members: the first 64 bits of the id's
     * SHA-256, so that two groups never share a number by the accident of a weak hash ("Aa" and "BB" have the same
     * {@link String#hashCode}).
     */
    static long groupNumber(String id) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            long number = java.nio.ByteBuffer.wrap(digest).getLong();
            return number == 0 ? 1 : number;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The articles sharing one band key, and which of them are compared. They are ordered by sketch (its bytes
     * unsigned; doc ids only between equal sketches, which are the same text whichever comes first), so that which
     * texts lead follows from the articles alone. Articles with equal sketches are one text (a class) and are joined
     * without comparing; the first {@value #LEADERS} classes lead, and every class is compared with every leader
     * (with one member of each: equal sketches compare alike). With at most {@value #LEADERS} classes that is every
     * pair, as before a key could be crowded.
     */
    static final class Meeting {
        /** Members with a sketch, in sketch order. */
        final int[] docs;
        private final byte[][] sketchOf;
        /** Where each class begins in {@link #docs}, and its end as the last entry. */
        private final int[] classStart;

        private Meeting(int[] docs, byte[][] sketchOf, int[] classStart) {
            this.docs = docs;
            this.sketchOf = sketchOf;
            this.classStart = classStart;
        }

        static Meeting of(int[] sharing, Map<Integer, byte[]> sketches) {
            Integer[] order = java.util.Arrays.stream(sharing).filter(doc -> sketches.get(doc) != null).boxed()
                    .toArray(Integer[]::new);
            java.util.Arrays.sort(order, (a, b) -> {
                int bySketch = java.util.Arrays.compareUnsigned(sketches.get(a), sketches.get(b));
                return bySketch != 0 ? bySketch : Integer.compare(a, b);
            });
            int[] docs = new int[order.length];
            byte[][] sketchOf = new byte[order.length][];
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < order.length; i++) {
                docs[i] = order[i];
                sketchOf[i] = sketches.get(order[i]);
                if (i == 0 || !java.util.Arrays.equals(sketchOf[i], sketchOf[i - 1])) {
                    starts.add(i);
                }
            }
            starts.add(order.length);
            return new Meeting(docs, sketchOf, starts.stream().mapToInt(Integer::intValue).toArray());
        }

        private int classes() {
            return classStart.length - 1;
        }

        private int leaders() {
            return Math.min(classes(), LEADERS);
        }

        /** Joins the copies found here: each class in itself, and each class with every leader it is similar to. */
        void joinCopies(UnionFind union) {
            for (int c = 0; c < classes(); c++) {
                int first = docs[classStart[c]];
                for (int i = classStart[c] + 1; i < classStart[c + 1]; i++) {
                    union.join(first, docs[i]);
                }
                for (int leader = 0; leader < Math.min(c, LEADERS); leader++) {
                    // Similarity first: under a crowded key most pairs differ, and 64 bytes compare faster than
                    // two walks up the sets.
                    byte[] led = sketchOf[classStart[leader]];
                    if (Fingerprint.similarity(sketchOf[classStart[c]], led) >= MIN_SIMILARITY) {
                        union.join(first, docs[classStart[leader]]);
                    }
                }
            }
        }

        /**
         * The articles a member is compared with here: the rest of its class, and one member of every other class when
         * it leads, of every leader when it does not. Compared the other way round they give the same pairs.
         */
        int[] comparedWith(int doc) {
            int at = -1;
            for (int i = 0; i < docs.length && at < 0; i++) {
                at = docs[i] == doc ? i : -1;
            }
            if (at < 0) {
                return new int[0]; // no sketch: compared with nothing
            }
            int own = 0;
            while (classStart[own + 1] <= at) {
                own++;
            }
            List<Integer> partners = new ArrayList<>();
            for (int i = classStart[own]; i < classStart[own + 1]; i++) {
                if (docs[i] != doc) {
                    partners.add(docs[i]);
                }
            }
            int others = own < leaders() ? classes() : leaders();
            for (int c = 0; c < others; c++) {
                if (c != own) {
                    partners.add(docs[classStart[c]]);
                }
            }
            return partners.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * True when a text new in this import leads here while there are more texts than leaders: an old leader was
         * pushed out, and the pairs compared with it before are compared no longer.
         */
        boolean leadersChangedBy(Bits isNew) {
            if (classes() <= LEADERS) {
                return false;
            }
            for (int c = 0; c < LEADERS; c++) {
                boolean allNew = true;
                for (int i = classStart[c]; i < classStart[c + 1] && allNew; i++) {
                    allNew = isNew.get(docs[i]);
                }
                if (allNew) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Disjoint sets over the doc ids seen, with path halving and the smaller set put under the larger (a text printed
     * by hundreds of papers is joined member by member: without it the chain to its root grows with every one).
     */
    private static final class UnionFind {
        private final Map<Integer, Integer> parent = new HashMap<>();
        private final Map<Integer, Integer> size = new HashMap<>();

        int find(int doc) {
            int at = doc;
            while (true) {
                int up = parent.computeIfAbsent(at, d -> d);
                if (up == at) {
                    return at;
                }
                int grand = parent.computeIfAbsent(up, d -> d);
                parent.put(at, grand);
                at = grand;
            }
        }

        void join(int a, int b) {
            int rootA = find(a);
            int rootB = find(b);
            if (rootA == rootB) {
                return;
            }
            int sizeA = size.getOrDefault(rootA, 1);
            int sizeB = size.getOrDefault(rootB, 1);
            int larger = sizeA >= sizeB ? rootA : rootB;
            int smaller = larger == rootA ? rootB : rootA;
            parent.put(smaller, larger);
            size.put(larger, sizeA + sizeB);
            size.remove(smaller);
        }

        /**
         * The groups within every connected set of two or more: each article, in id order, joins the first group
         * whose leader (its smallest id) it is a copy of ({@link #isCopy}), or leads a group of its own. A chain of
         * pairs, each alike, does not make its ends one text; groups of two or more are numbered from their leader.
         * Ids follow from the articles, so the groups do as well, whatever order the articles came in.
         *
         * @return doc id to group number
         */
        Map<Integer, Long> numberGroups(StoredFields stored, Map<Integer, byte[]> sketches) throws IOException {
            Map<Integer, List<Integer>> byRoot = new HashMap<>();
            for (int doc : parent.keySet()) {
                byRoot.computeIfAbsent(find(doc), root -> new ArrayList<>()).add(doc);
            }
            Map<Integer, Long> groups = new HashMap<>();
            for (List<Integer> connected : byRoot.values()) {
                if (connected.size() < 2) {
                    continue;
                }
                List<Member> members = new ArrayList<>();
                for (int doc : connected) {
                    var fields = stored.document(doc, Set.of(ArchiveFields.ID, ArchiveFields.BODY));
                    members.add(new Member(doc, fields.get(ArchiveFields.ID), sketches.get(doc),
                            CopyEvidence.of(fields.get(ArchiveFields.BODY))));
                }
                members.sort(java.util.Comparator.comparing(Member::id));
                Map<Member, List<Member>> followers = new LinkedHashMap<>();
                for (Member member : members) {
                    Member leader = followers.keySet().stream().filter(member::isCopy).findFirst().orElse(null);
                    if (leader == null) {
                        followers.put(member, new ArrayList<>());
                    } else {
                        followers.get(leader).add(member);
                    }
                }
                followers.forEach((leader, copies) -> {
                    if (!copies.isEmpty()) {
                        long group = groupNumber(leader.id());
                        groups.put(leader.doc(), group);
                        copies.forEach(copy -> groups.put(copy.doc(), group));
                    }
                });
            }
            return groups;
        }
    }

    /** An article of a connected set, with what decides whether it is a copy of a group's leader. */
    private record Member(int doc, String id, byte[] sketch, CopyEvidence evidence) {

        /** Alike in word triples, in length and in numbers: one text. */
        boolean isCopy(Member leader) {
            return sketch != null && leader.sketch != null
                    && Fingerprint.similarity(sketch, leader.sketch) >= MIN_SIMILARITY
                    && evidence.allowsCopy(leader.evidence);
        }
    }
}
