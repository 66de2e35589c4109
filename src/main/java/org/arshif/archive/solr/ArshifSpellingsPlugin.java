package org.arshif.archive.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.common.util.NamedList;
import org.apache.solr.common.util.SimpleOrderedMap;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.apache.solr.handler.component.ShardRequest;
import org.apache.solr.handler.component.ShardResponse;
import org.arshif.archive.lucene.ArchiveQueries;
import org.arshif.archive.lucene.SpellingDecision;

/**
 * A word's other spellings decided over the whole collection, as one archive decides them: before the shards search,
 * the node merging them asks each what it knows of the query's words (holds it or not, and where not, its other
 * spellings' counts: {@link ArchiveQueries#spellingParts}), decides from the sums ({@link SpellingDecision#of}) and
 * hands the decision to every request it then sends the shards ({@value #DECIDED}), whose parser searches each word
 * as decided. Without it a shard holding no form of a word searched its look-alikes while the archive held the word
 * (أستانه: 6 articles on two shards, 1 locally). One more exchange between the nodes per search, none more from the
 * client. Registered in solrconfig.xml as a first component of {@code /select}.
 */
public final class ArshifSpellingsPlugin extends SearchComponent {

    /** The decided words on a shard's request: one value a word, {@code word TAB held TAB ownForm TAB spellings}. */
    public static final String DECIDED = "arshif.spellings";
    /** Asks a shard what it knows of the words of the text in {@link ArshifDidYouMeanPlugin#TEXT}. */
    private static final String ASK = "arshif.spellingParts";
    private static final String PARTS = "arshif.spellingParts";

    @Override
    public void prepare(ResponseBuilder rb) {
        // nothing before the query runs
    }

    /** On a shard asked: what it knows of the words, for the merging node. */
    @Override
    public void process(ResponseBuilder rb) {
        SolrParams params = rb.req.getParams();
        String text = params.get(ArshifDidYouMeanPlugin.TEXT);
        if (!params.getBool(ASK, false) || text == null) {
            return;
        }
        NamedList<Object> parts = new SimpleOrderedMap<>();
        ArchiveQueries.over(rb.req.getSearcher().getIndexReader()).spellingParts(text).forEach((word, part) -> {
            NamedList<Object> known = new SimpleOrderedMap<>();
            known.add("held", part.held());
            known.add("ownForm", part.ownForm());
            NamedList<Integer> counts = new SimpleOrderedMap<>();
            part.spellingCounts().forEach(counts::add);
            known.add("spellings", counts);
            parts.add(word, known);
        });
        rb.rsp.add(PARTS, parts);
    }

    /** On the merging node, before anything else is sent to the shards: ask them about the query's words. */
    @Override
    public int distributedProcess(ResponseBuilder rb) {
        String text = rb.req.getParams().get(ArshifDidYouMeanPlugin.TEXT);
        if (rb.stage == ResponseBuilder.STAGE_START && text != null && !text.isBlank()) {
            ShardRequest ask = new ShardRequest();
            ask.purpose = ShardRequest.PURPOSE_PRIVATE;
            ModifiableSolrParams params = new ModifiableSolrParams();
            params.set(ArshifDidYouMeanPlugin.TEXT, text);
            params.set(ASK, true);
            // Only this component's work on the shard: no query run, no facets, snippets or copies.
            for (String off : List.of("query", "facet", "hl", "expand", "stats", "spellcheck", "debug",
                    ArshifDidYouMeanPlugin.ASK)) {
                params.set(off, false);
            }
            params.set(CommonParams.ROWS, 0);
            ask.params = params;
            rb.addRequest(this, ask);
        }
        return rb.stage < ResponseBuilder.STAGE_PARSE_QUERY ? ResponseBuilder.STAGE_PARSE_QUERY
                : ResponseBuilder.STAGE_DONE;
    }

    /** The shards' answers summed into the decision. */
    @Override
    public void handleResponses(ResponseBuilder rb, ShardRequest request) {
        if (request.params == null || !request.params.getBool(ASK, false)) {
            return;
        }
        Map<String, List<SpellingDecision.Part>> byWord = new LinkedHashMap<>();
        for (ShardResponse response : request.responses) {
            if (response.getSolrResponse() == null
                    || !(response.getSolrResponse().getResponse().get(PARTS) instanceof NamedList<?> parts)) {
                continue;
            }
            for (int i = 0; i < parts.size(); i++) {
                NamedList<?> known = (NamedList<?>) parts.getVal(i);
                Map<String, Integer> counts = new LinkedHashMap<>();
                if (known.get("spellings") instanceof NamedList<?> spellings) {
                    for (int j = 0; j < spellings.size(); j++) {
                        counts.put(spellings.getName(j), ((Number) spellings.getVal(j)).intValue());
                    }
                }
                byWord.computeIfAbsent(parts.getName(i), word -> new ArrayList<>()).add(new SpellingDecision.Part(
                        Boolean.TRUE.equals(known.get("held")), Boolean.TRUE.equals(known.get("ownForm")), counts));
            }
        }
        List<String> decided = new ArrayList<>();
        byWord.forEach((word, parts) -> decided.add(encode(word, SpellingDecision.of(parts))));
        rb.req.getContext().put(DECIDED, decided);
    }

    /** Every later request to the shards carries the decision. */
    @Override
    public void modifyRequest(ResponseBuilder rb, SearchComponent who, ShardRequest request) {
        if (rb.req.getContext().get(DECIDED) instanceof List<?> decided && !decided.isEmpty()) {
            request.params.remove(DECIDED);
            decided.forEach(word -> request.params.add(DECIDED, (String) word));
        }
    }

    private static String encode(String word, SpellingDecision decision) {
        return word + "\t" + decision.held() + "\t" + decision.ownForm() + "\t" + String.join(" ",
                decision.spellings());
    }

    /** The decision a shard's request carries (none: the shard decides alone, as a core asked by itself does). */
    static Map<String, SpellingDecision> decided(SolrParams params) {
        String[] values = params.getParams(DECIDED);
        if (values == null) {
            return Map.of();
        }
        Map<String, SpellingDecision> decided = new LinkedHashMap<>();
        for (String value : values) {
            String[] fields = value.split("\t", -1);
            if (fields.length == 4) {
                decided.put(fields[0], new SpellingDecision(Boolean.parseBoolean(fields[1]),
                        Boolean.parseBoolean(fields[2]), fields[3].isEmpty() ? List.of()
                        : List.of(fields[3].split(" "))));
            }
        }
        return decided;
    }

    @Override
    public String getDescription() {
        return "Arshif's other spellings of a word, decided from the whole collection's counts";
    }
}
