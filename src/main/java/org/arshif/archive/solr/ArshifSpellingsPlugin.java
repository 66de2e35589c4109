package org.arshif.archive.solr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * How a query's words are searched, decided over the whole collection as one archive decides it: which written forms
 * are a word's own (the rules compare counts: وان is و's when the archive writes it often enough), the word's other
 * spellings where it holds none, and its run-together forms. Before the shards search, the node merging them asks
 * them in turn: what their rules look up for the text's words, and which words of their dictionaries may be the
 * words run together ({@link ArchiveQueries#ask}); their counts of all those ({@link ArchiveQueries#counts},
 * {@link ArchiveQueries#frequencies}); then, with the summed counts, what they know of each word's spellings
 * ({@link ArchiveQueries#spellingParts}). It decides from the sums ({@link SpellingDecision#of},
 * {@link ArchiveQueries#decideGlued}) and hands the counts and decisions to every request it then sends the shards
 * ({@value #COUNTED}, {@value #DECIDED}, {@value #GLUED}), whose parser searches each word as the whole collection
 * would. Without it a shard holding no form of a word searched its look-alikes while the archive held the word
 * (أستانه: 6 articles on two shards, 1 locally), and a shard whose counts fell otherwise than the collection's left
 * out forms its own articles hold (و برامج: 90 texts on the cluster, 104 locally). Three exchanges between the nodes
 * before a search, none more from the client. Registered in solrconfig.xml as a first component of {@code /select}.
 */
public final class ArshifSpellingsPlugin extends SearchComponent {

    /** The decided words on a shard's request: one value a word, {@code word TAB held TAB ownForm TAB spellings}. */
    public static final String DECIDED = "arshif.spellings";
    /** The decided run-together forms on a shard's request: {@link ArchiveQueries#decideGlued}'s text. */
    public static final String GLUED = "arshif.glued";
    /** The collection's counts of the terms the rules compare: one value a term, {@code field TAB term TAB count}. */
    public static final String COUNTED = "arshif.counted";
    /** First exchange: what a shard's rules look up for the words of the text in {@link ArshifDidYouMeanPlugin#TEXT}. */
    private static final String ASK = "arshif.ask";
    private static final String CONSULTED = "arshif.consulted";
    private static final String CANDIDATES = "arshif.gluedCandidates";
    /** Second exchange: a shard's counts of the terms looked up, and of the run-together candidates and halves. */
    private static final String COUNT = "arshif.count";
    private static final String COUNT_GLUED = "arshif.countGlued";
    /** Marks the second exchange's request (its lists of words may both be empty). */
    private static final String COUNTING = "arshif.counting";
    private static final String COUNTS = "arshif.counts";
    private static final String GLUED_COUNTS = "arshif.gluedCounts";
    /** Third exchange: what a shard knows of each word's spellings, with the collection's counts. */
    private static final String PARTS = "arshif.spellingParts";
    /** What the exchanges gave so far, kept on the merging node. */
    private static final String PENDING = "arshif.pending";

    private record Pending(Set<String> consulted, Set<String> halves, Set<String> candidates) {
    }

    @Override
    public void prepare(ResponseBuilder rb) {
        // nothing before the query runs
    }

    /** On a shard asked: what the merging node asks of it, at each exchange. */
    @Override
    public void process(ResponseBuilder rb) {
        SolrParams params = rb.req.getParams();
        String text = params.get(ArshifDidYouMeanPlugin.TEXT);
        var reader = rb.req.getSearcher().getIndexReader();
        if (params.getBool(ASK, false) && text != null) {
            ArchiveQueries.Asked asked = ArchiveQueries.ask(reader, text);
            rb.rsp.add(CONSULTED, new ArrayList<>(asked.consulted().keySet()));
            NamedList<Object> candidates = new SimpleOrderedMap<>();
            asked.gluedCandidates().forEach(candidates::add);
            rb.rsp.add(CANDIDATES, candidates);
        }
        String[] terms = params.getParams(COUNT);
        if (terms != null) {
            rb.rsp.add(COUNTS, named(ArchiveQueries.counts(reader, List.of(terms))));
        }
        String[] glued = params.getParams(COUNT_GLUED);
        if (glued != null) {
            rb.rsp.add(GLUED_COUNTS, named(ArchiveQueries.frequencies(reader, List.of(glued))));
        }
        if (params.getBool(PARTS, false) && text != null) {
            NamedList<Object> parts = new SimpleOrderedMap<>();
            ArchiveQueries.spellingParts(reader, text, counted(params), decidedGlued(params)).forEach((word, part) -> {
                NamedList<Object> known = new SimpleOrderedMap<>();
                known.add("held", part.held());
                known.add("ownForm", part.ownForm());
                known.add("spellings", named(part.spellingCounts()));
                parts.add(word, known);
            });
            rb.rsp.add(PARTS, parts);
        }
    }

    private static NamedList<Integer> named(Map<String, Integer> counts) {
        NamedList<Integer> named = new SimpleOrderedMap<>();
        counts.forEach(named::add);
        return named;
    }

    /** On the merging node, before anything else is sent to the shards: the first exchange. */
    @Override
    public int distributedProcess(ResponseBuilder rb) {
        String text = rb.req.getParams().get(ArshifDidYouMeanPlugin.TEXT);
        if (rb.stage == ResponseBuilder.STAGE_START && text != null && !text.isBlank()) {
            ModifiableSolrParams params = onlyThis();
            params.set(ArshifDidYouMeanPlugin.TEXT, text);
            params.set(ASK, true);
            rb.addRequest(this, request(params));
        }
        return rb.stage < ResponseBuilder.STAGE_PARSE_QUERY ? ResponseBuilder.STAGE_PARSE_QUERY
                : ResponseBuilder.STAGE_DONE;
    }

    /** A request doing only this component's work on the shard: no query run, no facets, snippets or copies. */
    private static ModifiableSolrParams onlyThis() {
        ModifiableSolrParams params = new ModifiableSolrParams();
        for (String off : List.of("query", "facet", "hl", "expand", "stats", "spellcheck", "debug",
                ArshifDidYouMeanPlugin.ASK)) {
            params.set(off, false);
        }
        params.set(CommonParams.ROWS, 0);
        return params;
    }

    private static ShardRequest request(ModifiableSolrParams params) {
        ShardRequest request = new ShardRequest();
        request.purpose = ShardRequest.PURPOSE_PRIVATE;
        request.params = params;
        return request;
    }

    /** Each exchange's answers, summed; the next exchange asked, or the decisions made. */
    @Override
    public void handleResponses(ResponseBuilder rb, ShardRequest request) {
        if (request.params == null) {
            return;
        }
        if (request.params.getBool(ASK, false)) {
            Pending pending = asked(request);
            rb.req.getContext().put(PENDING, pending);
            ModifiableSolrParams params = onlyThis();
            pending.consulted().forEach(term -> params.add(COUNT, term));
            ArchiveQueries.judgingGlued(pending.candidates()).forEach(word -> params.add(COUNT_GLUED, word));
            params.set(COUNTING, true);
            rb.addRequest(this, request(params));
        } else if (request.params.getBool(COUNTING, false)
                && rb.req.getContext().get(PENDING) instanceof Pending pending) {
            Map<String, Integer> counts = summed(request, COUNTS);
            String glued = ArchiveQueries.decideGlued(pending.halves(), pending.candidates(),
                    summed(request, GLUED_COUNTS));
            List<String> counted = new ArrayList<>();
            counts.forEach((term, count) -> counted.add(term + "\t" + count));
            rb.req.getContext().put(COUNTED, counted);
            rb.req.getContext().put(GLUED, glued);
            ModifiableSolrParams params = onlyThis();
            params.set(ArshifDidYouMeanPlugin.TEXT, rb.req.getParams().get(ArshifDidYouMeanPlugin.TEXT));
            params.set(PARTS, true);
            params.set(GLUED, glued);
            counted.forEach(term -> params.add(COUNTED, term));
            rb.addRequest(this, request(params));
        } else if (request.params.getBool(PARTS, false) && rb.req.getContext().get(GLUED) instanceof String glued) {
            Set<String> runTogether = ArchiveQueries.heldGlued(glued);
            List<String> decided = new ArrayList<>();
            parts(request).forEach((word, parts) -> decided.add(encode(word,
                    SpellingDecision.of(parts, runTogether.contains(word)))));
            rb.req.getContext().put(DECIDED, decided);
            rb.req.getContext().remove(PENDING);
        }
    }

    /** What the first exchange gave: the terms the shards' rules looked up, the halves asked, the candidates. */
    private static Pending asked(ShardRequest request) {
        Set<String> consulted = new TreeSet<>();
        Set<String> halves = new LinkedHashSet<>();
        Set<String> candidates = new TreeSet<>();
        for (ShardResponse response : request.responses) {
            NamedList<?> answer = answer(response);
            if (answer == null) {
                continue;
            }
            if (answer.get(CONSULTED) instanceof List<?> terms) {
                terms.forEach(term -> consulted.add((String) term));
            }
            if (answer.get(CANDIDATES) instanceof NamedList<?> glued) {
                for (int i = 0; i < glued.size(); i++) {
                    halves.add(glued.getName(i));
                    ((List<?>) glued.getVal(i)).forEach(word -> candidates.add((String) word));
                }
            }
        }
        return new Pending(consulted, halves, candidates);
    }

    /** The counts the shards gave under this name, summed. */
    private static Map<String, Integer> summed(ShardRequest request, String name) {
        Map<String, Integer> sums = new LinkedHashMap<>();
        for (ShardResponse response : request.responses) {
            NamedList<?> answer = answer(response);
            if (answer != null && answer.get(name) instanceof NamedList<?> counts) {
                for (int i = 0; i < counts.size(); i++) {
                    sums.merge(counts.getName(i), ((Number) counts.getVal(i)).intValue(), Integer::sum);
                }
            }
        }
        return sums;
    }

    /** Each shard's spelling part of each word. */
    private static Map<String, List<SpellingDecision.Part>> parts(ShardRequest request) {
        Map<String, List<SpellingDecision.Part>> byWord = new LinkedHashMap<>();
        for (ShardResponse response : request.responses) {
            NamedList<?> answer = answer(response);
            if (answer == null || !(answer.get(PARTS) instanceof NamedList<?> parts)) {
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
        return byWord;
    }

    private static NamedList<?> answer(ShardResponse response) {
        return response.getSolrResponse() == null ? null : response.getSolrResponse().getResponse();
    }

    /** Every later request to the shards carries the counts and the decisions. */
    @Override
    public void modifyRequest(ResponseBuilder rb, SearchComponent who, ShardRequest request) {
        if (!(rb.req.getContext().get(DECIDED) instanceof List<?> decided)) {
            return; // the exchanges are still under way: their own requests carry what they need
        }
        request.params.remove(DECIDED);
        decided.forEach(word -> request.params.add(DECIDED, (String) word));
        if (rb.req.getContext().get(COUNTED) instanceof List<?> counted) {
            request.params.remove(COUNTED);
            counted.forEach(term -> request.params.add(COUNTED, (String) term));
        }
        if (rb.req.getContext().get(GLUED) instanceof String glued) {
            request.params.set(GLUED, glued);
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

    /** The run-together forms a shard's request carries, or null (the shard's own list). */
    static String decidedGlued(SolrParams params) {
        return params.get(GLUED);
    }

    /** The collection's counts a shard's request carries ({@code field TAB term}: count), or none. */
    static Map<String, Integer> counted(SolrParams params) {
        String[] values = params.getParams(COUNTED);
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (values != null) {
            for (String value : values) {
                int tab = value.lastIndexOf('\t');
                if (tab > 0) {
                    counts.put(value.substring(0, tab), Integer.parseInt(value.substring(tab + 1)));
                }
            }
        }
        return counts;
    }

    @Override
    public String getDescription() {
        return "Arshif's written forms, other spellings and run-together forms of a word, decided from the whole"
                + " collection's counts";
    }
}
