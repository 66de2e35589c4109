package org.arshif.archive;

import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.arshif.text.Fingerprint;

/**
 * Articles whose bodies are copies of one text (identical, or nearly: a wire story printed by several papers), so
 * that a result list shows the text once, with its copies and their sources.
 *
 * <p>Groups are found after each import from the body fingerprints in the index: articles sharing a band key are
 * candidates, and a candidate pair whose sketches estimate a similarity of at least {@value #MIN_SIMILARITY} is one
 * text; groups are the connected sets of such pairs. Each member's group number is written into numeric doc values
 * in place (no article is re-indexed), and read back into memory once per reader: only grouped articles take room.
 */
final class CopyGroups {

    /** Estimated Jaccard similarity of word triples from which two bodies count as copies of one text. */
    static final double MIN_SIMILARITY = 0.5;
    /**
     * Within one band key, each article is compared with at most this many articles of different groups: boilerplate
     * shared by many articles cannot make the work quadratic.
     */
    private static final int MAX_ANCHORS = 8;

    private final Map<Integer, Long> groupOfDoc;
    private final Map<Long, int[]> membersOfGroup;
    /** Every grouped document, ascending: sorted once per reader, walked by every search that counts. */
    private final int[] allMembers;

    private CopyGroups(Map<Integer, Long> groupOfDoc, Map<Long, int[]> membersOfGroup) {
        this.groupOfDoc = groupOfDoc;
        this.membersOfGroup = membersOfGroup;
        this.allMembers = groupOfDoc.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
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
     * Finds the groups afresh from the fingerprints and writes each article's group where it changed (the writer
     * must be committed afterwards). Returns the number of articles that have copies.
     */
    static int regroup(IndexReader reader, IndexWriter writer) throws IOException {
        FixedBitSet candidates = new FixedBitSet(Math.max(1, reader.maxDoc()));
        List<int[]> meetings = candidateLists(reader, candidates);
        Map<Integer, byte[]> sketches = sketches(reader, candidates);
        UnionFind union = new UnionFind(reader.maxDoc());
        for (int[] docs : meetings) {
            List<Integer> anchors = new ArrayList<>(MAX_ANCHORS);
            for (int doc : docs) {
                boolean joined = false;
                for (int anchor : anchors) {
                    if (union.find(anchor) == union.find(doc)
                            || Fingerprint.similarity(sketches.get(anchor), sketches.get(doc)) >= MIN_SIMILARITY) {
                        union.join(anchor, doc);
                        joined = true;
                        break;
                    }
                }
                if (!joined && anchors.size() < MAX_ANCHORS) {
                    anchors.add(doc);
                }
            }
        }
        Map<Integer, List<Integer>> byRoot = new HashMap<>();
        for (int doc = candidates.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = doc + 1 < candidates.length() ? candidates.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            byRoot.computeIfAbsent(union.find(doc), root -> new ArrayList<>()).add(doc);
        }
        var stored = reader.storedFields();
        Map<Integer, Long> wanted = new HashMap<>();
        Map<Integer, String> ids = new HashMap<>();
        for (List<Integer> docs : byRoot.values()) {
            if (docs.size() < 2) {
                continue;
            }
            String smallestId = null;
            for (int doc : docs) {
                String id = stored.document(doc, Set.of(ArchiveFields.ID)).get(ArchiveFields.ID);
                ids.put(doc, id);
                smallestId = smallestId == null || id.compareTo(smallestId) < 0 ? id : smallestId;
            }
            long group = groupNumber(smallestId);
            docs.forEach(doc -> wanted.put(doc, group));
        }
        CopyGroups current = read(reader);
        for (var entry : wanted.entrySet()) {
            if (current.groupOf(entry.getKey()) != entry.getValue()) {
                writer.updateNumericDocValue(new Term(ArchiveFields.ID, ids.get(entry.getKey())),
                        ArchiveFields.COPY_GROUP, entry.getValue());
            }
        }
        for (int doc : current.groupOfDoc.keySet()) {
            if (!wanted.containsKey(doc)) { // no longer a copy of anything (its twin was re-imported changed)
                String id = stored.document(doc, Set.of(ArchiveFields.ID)).get(ArchiveFields.ID);
                writer.updateNumericDocValue(new Term(ArchiveFields.ID, id), ArchiveFields.COPY_GROUP, 0);
            }
        }
        return wanted.size();
    }

    /** For every band key shared by live articles, those articles (reader-wide doc ids); marks them as candidates. */
    private static List<int[]> candidateLists(IndexReader reader, FixedBitSet candidates) throws IOException {
        List<int[]> meetings = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, ArchiveFields.COPY_BANDS);
        if (terms == null) {
            return meetings;
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
                meetings.add(docs.stream().mapToInt(Integer::intValue).toArray());
                docs.forEach(candidates::set);
            }
        }
        return meetings;
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

    /** A stable, non-zero number for a group, from the smallest id among its members. */
    private static long groupNumber(String id) {
        long hash = 1125899906842597L;
        for (int i = 0; i < id.length(); i++) {
            hash = 31 * hash + id.charAt(i);
        }
        return hash == 0 ? 1 : hash;
    }

    /** Disjoint sets over doc ids, with path halving. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int size) {
            parent = new int[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
            }
        }

        int find(int doc) {
            while (parent[doc] != doc) {
                parent[doc] = parent[parent[doc]];
                doc = parent[doc];
            }
            return doc;
        }

        void join(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
