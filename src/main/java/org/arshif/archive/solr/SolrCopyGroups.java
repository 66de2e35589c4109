package org.arshif.archive.solr;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.lucene.ArchiveFields;
import org.arshif.archive.lucene.ArticleFields;
import org.arshif.archive.lucene.CopyGroups;
import org.arshif.text.CopyEvidence;
import org.arshif.text.Fingerprint;

/**
 * The copy groups of a collection brought up to date after an import, by the importing client, with the local
 * archive's rules ({@code org.arshif.archive.lucene.CopyGroups}): two articles are copies of one text when they
 * share a band key of their body's fingerprint held by at most {@value #MAX_SHARING_A_KEY} articles and their sketches
 * estimate a similarity of at least {@value #MIN_SIMILARITY}; each connected set of such pairs is then split around
 * leaders as locally ({@link #byLeader}). Only what the
 * import can change is looked at — every article reachable from one it wrote through copies, every member of their
 * groups before, and the grouped articles holding a key the import made too common to count — so the work grows
 * with the import, not with the collection, and the groups are those a reading of the whole collection would give.
 *
 * <p>A group is named by the smallest id among its members (an article without copies by its own id), and routes
 * its members to one shard (collapse folds a group only within a shard): an article whose group changes is deleted
 * from its old route and written again, whole, under the new one.
 */
final class SolrCopyGroups {

    /** The field holding how many other articles share the article's group. */
    static final String COPIES = "copies";
    private static final double MIN_SIMILARITY = CopyGroups.MIN_SIMILARITY;
    /**
     * Still the local archive's earlier rule: a band key held by more articles joins nothing here, where the local
     * archive now compares them with the key's {@link CopyGroups#LEADERS} leaders. The two agree up to this many
     * copies of one text; a text printed by more papers is not yet folded on the cluster (see docs/shared-archive.md).
     */
    private static final int MAX_SHARING_A_KEY = CopyGroups.LEADERS;
    /** Articles fetched, and ids looked up, per request. */
    private static final int ROUND = 500;

    private final SolrArchive archive;
    /** Each article looked at: its group and group size as stored, and its fingerprint. */
    private final Map<String, Seen> seen = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();

    private record Seen(String group, int copies, Fingerprint fingerprint, CopyEvidence evidence) {
    }

    SolrCopyGroups(SolrArchive archive) {
        this.archive = archive;
    }

    /** Regroups around the articles the import numbered {@code generation} wrote. */
    void regroup(long generation) throws ArchiveException {
        Deque<String> queue = new ArrayDeque<>(writtenBy(generation));
        Set<String> visited = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            List<String> round = new ArrayList<>();
            while (!queue.isEmpty() && round.size() < ROUND) {
                round.add(queue.poll());
            }
            fetch(round);
            for (String id : membersOfGroups(round)) {
                if (visited.add(id)) {
                    queue.add(id);
                }
            }
            Map<String, List<String>> sharing = sharingKeys(round);
            for (String id : round) {
                find(id); // every visited article is decided, grouped or not
                Fingerprint fingerprint = seen.get(id).fingerprint();
                if (fingerprint == null) {
                    continue;
                }
                for (String key : fingerprint.bandKeys()) {
                    for (String other : sharing.getOrDefault(key, List.of())) {
                        if (!other.equals(id) && similar(id, other)) {
                            join(id, other);
                            if (visited.add(other)) {
                                queue.add(other);
                            }
                        }
                    }
                }
            }
            for (String id : groupedHoldingCommonKeys(round)) {
                if (visited.add(id)) {
                    queue.add(id); // a key that no longer counts: the groups it joined are decided again
                }
            }
        }
        write(visited);
    }

    /** The ids an import wrote, by its number (paged by cursor: an import may hold millions). */
    private List<String> writtenBy(long generation) throws ArchiveException {
        return idsOf("import:" + generation, null);
    }

    /** Reads the stored group and the body's fingerprint of the articles not read yet. */
    private void fetch(Collection<String> ids) throws ArchiveException {
        List<String> unread = ids.stream().filter(id -> !seen.containsKey(id)).toList();
        for (int from = 0; from < unread.size(); from += ROUND) {
            List<String> part = unread.subList(from, Math.min(unread.size(), from + ROUND));
            ModifiableSolrParams params = params(terms("id", part), "id,copy_group,copies,body");
            params.set("rows", part.size());
            for (SolrDocument document : archive.ask(params).getResults()) {
                Object copies = document.getFieldValue(COPIES);
                seen.put((String) document.getFieldValue(ArchiveFields.ID), new Seen(
                        (String) document.getFieldValue(ArchiveFields.COPY_GROUP),
                        copies instanceof Number number ? number.intValue() : 0,
                        Fingerprint.of((String) document.getFieldValue(ArchiveFields.BODY)),
                        CopyEvidence.of((String) document.getFieldValue(ArchiveFields.BODY))));
            }
        }
    }

    /** Every member of the groups the articles were in before. */
    private List<String> membersOfGroups(Collection<String> ids) throws ArchiveException {
        Set<String> groups = new LinkedHashSet<>();
        for (String id : ids) {
            Seen article = seen.get(id);
            if (article != null && article.copies() > 0) {
                groups.add(article.group());
            }
        }
        return groups.isEmpty() ? List.of() : idsOf(terms(ArchiveFields.COPY_GROUP, groups), null);
    }

    /** For each band key of these articles held by two to {@value #MAX_SHARING_A_KEY} articles: those articles. */
    private Map<String, List<String>> sharingKeys(Collection<String> ids) throws ArchiveException {
        Set<String> keys = keysOf(ids);
        Map<String, Long> holding = holding(keys);
        List<String> counting = keys.stream().filter(key -> holding.getOrDefault(key, 0L) >= 2
                && holding.get(key) <= MAX_SHARING_A_KEY).toList();
        Map<String, List<String>> sharing = new HashMap<>();
        if (counting.isEmpty()) {
            return sharing;
        }
        List<String> holders = idsOf(terms(ArchiveFields.COPY_BANDS, counting), null);
        fetch(holders);
        Set<String> wanted = new HashSet<>(counting);
        for (String holder : holders) {
            Fingerprint fingerprint = seen.get(holder).fingerprint();
            if (fingerprint != null) {
                for (String key : fingerprint.bandKeys()) {
                    if (wanted.contains(key)) {
                        sharing.computeIfAbsent(key, k -> new ArrayList<>()).add(holder);
                    }
                }
            }
        }
        return sharing;
    }

    /** The grouped articles holding a band key of these articles that more than {@value #MAX_SHARING_A_KEY} hold. */
    private List<String> groupedHoldingCommonKeys(Collection<String> ids) throws ArchiveException {
        Set<String> keys = keysOf(ids);
        Map<String, Long> holding = holding(keys);
        List<String> common = keys.stream().filter(key -> holding.getOrDefault(key, 0L) > MAX_SHARING_A_KEY)
                .toList();
        return common.isEmpty() ? List.of() : idsOf(terms(ArchiveFields.COPY_BANDS, common), COPIES + ":[1 TO *]");
    }

    private Set<String> keysOf(Collection<String> ids) {
        Set<String> keys = new LinkedHashSet<>();
        for (String id : ids) {
            Fingerprint fingerprint = seen.get(id).fingerprint();
            if (fingerprint != null) {
                keys.addAll(List.of(fingerprint.bandKeys()));
            }
        }
        return keys;
    }

    /** How many articles hold each key (a facet over the articles holding any of them). */
    private Map<String, Long> holding(Set<String> keys) throws ArchiveException {
        Map<String, Long> counts = new HashMap<>();
        if (keys.isEmpty()) {
            return counts;
        }
        ModifiableSolrParams params = params(terms(ArchiveFields.COPY_BANDS, keys), "id");
        params.set("rows", 0);
        params.set("json.facet", "{keys:{type:terms,field:copy_bands,limit:-1,mincount:1}}");
        var answer = archive.ask(params);
        if (answer.getResponse().get("facets") instanceof NamedList<?> facets
                && facets.get("keys") instanceof NamedList<?> facet && facet.get("buckets") instanceof List<?> buckets) {
            for (Object bucket : buckets) {
                NamedList<?> key = (NamedList<?>) bucket;
                counts.put(key.get("val").toString(), ((Number) key.get("count")).longValue());
            }
        }
        counts.keySet().retainAll(keys);
        return counts;
    }

    /** The ids of every article a query finds, with an optional filter. */
    private List<String> idsOf(String query, String filter) throws ArchiveException {
        List<String> ids = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            ModifiableSolrParams params = params(query, "id");
            if (filter != null) {
                params.add("fq", filter);
            }
            params.set("rows", 10_000);
            params.set("sort", "id asc");
            params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            var answer = archive.ask(params);
            answer.getResults().forEach(document -> ids.add((String) document.getFieldValue(ArchiveFields.ID)));
            if (answer.getNextCursorMark() == null || answer.getNextCursorMark().equals(cursor)) {
                return ids;
            }
            cursor = answer.getNextCursorMark();
        }
    }

    private boolean similar(String a, String b) {
        Fingerprint first = seen.get(a).fingerprint();
        Fingerprint second = seen.get(b).fingerprint();
        return first != null && second != null
                && Fingerprint.similarity(first.sketch(), second.sketch()) >= MIN_SIMILARITY;
    }

    /**
     * The groups within a connected set, as the local archive splits it: each article, in id order, joins the first
     * group whose leader (its smallest id) it is a copy of — alike to the leader itself, not through a chain, and in
     * length and numbers ({@link CopyEvidence}) — or leads a group of its own.
     */
    private List<List<String>> byLeader(List<String> connected) {
        Map<String, List<String>> followers = new LinkedHashMap<>();
        for (String id : connected.stream().sorted().toList()) {
            String leader = followers.keySet().stream().filter(candidate -> isCopy(id, candidate)).findFirst()
                    .orElse(null);
            if (leader == null) {
                followers.put(id, new ArrayList<>(List.of(id)));
            } else {
                followers.get(leader).add(id);
            }
        }
        return List.copyOf(followers.values());
    }

    private boolean isCopy(String id, String leader) {
        Seen copy = seen.get(id);
        Seen first = seen.get(leader);
        return copy != null && first != null && similar(id, leader) && copy.evidence() != null
                && first.evidence() != null && copy.evidence().allowsCopy(first.evidence());
    }

    private String find(String id) {
        String at = id;
        while (true) {
            String up = parent.computeIfAbsent(at, d -> d);
            if (up.equals(at)) {
                return at;
            }
            String grand = parent.computeIfAbsent(up, d -> d);
            parent.put(at, grand);
            at = grand;
        }
    }

    private void join(String a, String b) {
        parent.put(find(a), find(b));
    }

    /**
     * Writes each visited article's group where it differs from the stored one: the group named by its smallest
     * member, moved to that group's route (deleted under the old one, written whole under the new).
     */
    private void write(Set<String> visited) throws ArchiveException {
        Map<String, List<String>> sets = new HashMap<>();
        for (String id : visited) {
            sets.computeIfAbsent(find(id), root -> new ArrayList<>()).add(id);
        }
        List<List<String>> groups = new ArrayList<>();
        sets.values().forEach(connected -> groups.addAll(byLeader(connected)));
        List<String> changed = new ArrayList<>();
        Map<String, String> groupOf = new HashMap<>();
        Map<String, Integer> copiesOf = new HashMap<>();
        for (List<String> members : groups) {
            String name = members.stream().min(String::compareTo).orElseThrow();
            for (String id : members) {
                String group = members.size() > 1 ? name : id;
                groupOf.put(id, group);
                copiesOf.put(id, members.size() - 1);
                Seen stored = seen.get(id);
                if (stored != null && (!group.equals(stored.group()) || stored.copies() != members.size() - 1)) {
                    changed.add(id);
                }
            }
        }
        for (int from = 0; from < changed.size(); from += ROUND) {
            List<String> part = changed.subList(from, Math.min(changed.size(), from + ROUND));
            ModifiableSolrParams params = params(terms("id", part), "*,import");
            params.set("rows", part.size());
            // The deletions go first, in a request of their own: within one request Solr applies deletions after
            // additions, and a copy moved to a group routed to the same shard would be deleted once written.
            UpdateRequest moved = new UpdateRequest();
            UpdateRequest update = new UpdateRequest();
            for (SolrDocument document : archive.ask(params).getResults()) {
                String id = (String) document.getFieldValue(ArchiveFields.ID);
                String before = (String) document.getFieldValue(ArchiveFields.COPY_GROUP);
                if (!before.equals(groupOf.get(id))) {
                    moved.deleteById(id, before);
                }
                Object imported = document.getFieldValue(ArchiveFields.IMPORT);
                update.add(SolrImport.document(ArticleFields.toArticle(document::getFieldValue), groupOf.get(id),
                        copiesOf.get(id), imported instanceof Number number ? number.longValue() : 0));
            }
            if (moved.getDeleteById() != null && !moved.getDeleteById().isEmpty()) {
                SolrRetry.run(() -> moved.process(archive.client(), archive.collection()), archive);
            }
            SolrRetry.run(() -> update.process(archive.client(), archive.collection()), archive);
        }
    }

    private static ModifiableSolrParams params(String query, String fields) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", query);
        params.set("fl", fields);
        return params;
    }

    /** A query for any of the values in a field, each value taken as it is. */
    private static String terms(String field, Collection<String> values) {
        StringBuilder query = new StringBuilder("{!terms f=").append(field).append(" separator=")
                .append(SolrImport.SEPARATOR).append("}");
        return query.append(String.join(SolrImport.SEPARATOR, values)).toString();
    }
}
