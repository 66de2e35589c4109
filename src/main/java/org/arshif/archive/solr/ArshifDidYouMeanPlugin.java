package org.arshif.archive.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.handler.component.ShardResponse;
import org.arshif.archive.lucene.ArchiveQueries;
import org.arshif.archive.lucene.SpellingEvidence;

/**
 * The local archive's "did you mean" in the search's own request ({@value #ASK}{@code =true}, the text in
 * {@value #TEXT}): each shard counts, in its part of the collection, the typed words and their other spellings
 * ({@link SpellingEvidence}) alongside its top hits; the node that merges the shards' hits adds the counts up and
 * decides as the local archive decides on its counts, answering {@value #ANSWER}. Registered in solrconfig.xml as a
 * last component of {@code /select}.
 */
public final class ArshifDidYouMeanPlugin extends SearchComponent {

    /** The request parameter that asks for a "did you mean". */
    public static final String ASK = "arshif.didYouMean";
    /** The request parameter holding the query's text (as the {@code {!arshif}} parser is given it). */
    public static final String TEXT = "arshif.q";
    /** The response's entry holding the suggestion, when there is one. */
    public static final String ANSWER = "arshif.didYouMean";
    /** A shard's counts in its response to the merging node. */
    private static final String EVIDENCE = "arshif.spellingEvidence";

    @Override
    public void prepare(ResponseBuilder rb) {
        // nothing before the query runs
    }

    /** On a shard: its counts for the merging node; on a core asked alone: the suggestion itself. */
    @Override
    public void process(ResponseBuilder rb) {
        SolrParams params = rb.req.getParams();
        String text = params.get(TEXT);
        if (!params.getBool(ASK, false) || text == null) {
            return;
        }
        boolean shard = params.getBool(ShardParams.IS_SHARD, false);
        if (shard && (params.getInt(ShardParams.SHARDS_PURPOSE, 0) & ShardRequest.PURPOSE_GET_TOP_IDS) == 0) {
            return; // counted once per search, with the top hits
        }
        ArchiveQueries queries = ArchiveQueries.over(rb.req.getSearcher().getIndexReader());
        List<SpellingEvidence> evidence = queries.spellingEvidence(text);
        if (evidence == null) {
            return;
        }
        if (shard) {
            rb.rsp.add(EVIDENCE, encode(evidence));
        } else {
            answer(rb, queries.didYouMean(text, evidence));
        }
    }

    /** On the merging node: the shards' counts added up. */
    @Override
    public void handleResponses(ResponseBuilder rb, ShardRequest request) {
        if ((request.purpose & ShardRequest.PURPOSE_GET_TOP_IDS) == 0) {
            return;
        }
        for (ShardResponse response : request.responses) {
            if (response.getSolrResponse() == null
                    || !(response.getSolrResponse().getResponse().get(EVIDENCE) instanceof List<?> words)) {
                continue;
            }
            List<SpellingEvidence> shard = decode(words);
            @SuppressWarnings("unchecked")
            List<SpellingEvidence> sum = (List<SpellingEvidence>) rb.req.getContext().get(EVIDENCE);
            if (sum == null || sum.size() != shard.size()) {
                rb.req.getContext().put(EVIDENCE, shard);
            } else {
                List<SpellingEvidence> added = new ArrayList<>(sum.size());
                for (int i = 0; i < sum.size(); i++) {
                    added.add(sum.get(i).plus(shard.get(i)));
                }
                rb.req.getContext().put(EVIDENCE, added);
            }
        }
    }

    /** Once the shards' top hits are in: the suggestion from the whole collection's counts. */
    @Override
    public void finishStage(ResponseBuilder rb) {
        if (rb.stage != ResponseBuilder.STAGE_EXECUTE_QUERY
                || !(rb.req.getContext().get(EVIDENCE) instanceof List<?> summed)) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<SpellingEvidence> evidence = (List<SpellingEvidence>) summed;
        answer(rb, ArchiveQueries.over(rb.req.getSearcher().getIndexReader()).didYouMean(rb.req.getParams().get(TEXT),
                evidence));
    }

    private static void answer(ResponseBuilder rb, String suggestion) {
        if (suggestion != null) {
            rb.rsp.add(ANSWER, suggestion);
        }
    }

    private static List<NamedList<Object>> encode(List<SpellingEvidence> evidence) {
        List<NamedList<Object>> words = new ArrayList<>(evidence.size());
        for (SpellingEvidence word : evidence) {
            NamedList<Object> counts = new SimpleOrderedMap<>();
            counts.add("exact", word.exact());
            counts.add("stem", word.stem());
            counts.add("changedStem", word.changedStem());
            counts.add("spellings", named(word.spellings()));
            counts.add("slips", named(word.slips()));
            words.add(counts);
        }
        return words;
    }

    private static NamedList<Integer> named(Map<String, Integer> counts) {
        NamedList<Integer> named = new SimpleOrderedMap<>();
        counts.forEach(named::add);
        return named;
    }

    private static List<SpellingEvidence> decode(List<?> words) {
        List<SpellingEvidence> evidence = new ArrayList<>(words.size());
        for (Object word : words) {
            NamedList<?> counts = (NamedList<?>) word;
            evidence.add(new SpellingEvidence(number(counts.get("exact")), number(counts.get("stem")),
                    number(counts.get("changedStem")), map(counts.get("spellings")), map(counts.get("slips"))));
        }
        return evidence;
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : 0;
    }

    private static Map<String, Integer> map(Object value) {
        Map<String, Integer> map = new LinkedHashMap<>();
        if (value instanceof NamedList<?> list) {
            for (int i = 0; i < list.size(); i++) {
                map.put(list.getName(i), number(list.getVal(i)));
            }
        } else if (value instanceof Map<?, ?> other) {
            other.forEach((word, count) -> map.put(word.toString(), number(count)));
        }
        return map;
    }

    @Override
    public String getDescription() {
        return "Arshif's did you mean, from the whole collection's counts";
    }
}
