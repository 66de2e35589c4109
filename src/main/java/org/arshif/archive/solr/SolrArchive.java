package org.arshif.archive.solr;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.common.cloud.ClusterState;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.ContentStreamUpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.common.util.NamedList;
import org.arshif.archive.Archive;
import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArticleSource;
import org.arshif.archive.ImportMonitor;
import org.arshif.archive.lucene.ArchiveFields;
import org.arshif.archive.lucene.ArticleFields;
import org.arshif.archive.lucene.LuceneArchive;
import org.arshif.model.ArchiveStats;
import org.arshif.model.Article;
import org.arshif.model.ArticleCopy;
import org.arshif.model.ArticleMatches;
import org.arshif.model.DayCount;
import org.arshif.model.ImportReport;
import org.arshif.model.MarkedArticle;
import org.arshif.model.Problem;
import org.arshif.model.SearchHit;
import org.arshif.model.SearchQuery;
import org.arshif.model.SearchResult;
import org.arshif.model.Snippet;
import org.arshif.model.SortOrder;

/**
 * A shared archive: a collection of Arshif's configset on a SolrCloud cluster ({@code docs/shared-archive.md}),
 * spoken to over SolrJ. A search is one request: Arshif's query parser on every shard ranks as the local archive
 * does, copies fold by collapse (each group on one shard: the collection is routed by copy group) and expand lists
 * them, the article count and the days (the timeline, folded by date) come from facets over the same matches,
 * snippets from Solr's unified highlighter marked as the local ones, a "did you mean" from the shards' counts, pages
 * by cursor. A short query nothing holds whole is asked again with some of its words, as the local archive widens it. Imports go through {@link SolrImport}; the copy groups are
 * brought up to date by the importing client right after ({@link SolrCopyGroups}); the run-together word list is
 * worked out on each shard from its vocabulary, once per searcher, by the query parser.
 */
public final class SolrArchive implements Archive {

    /** The configset format this client reads: the collection's {@code arshif.format} must equal it. */
    public static final int FORMAT = 5;
    static final String FORMAT_PARAM = "arshif.format";
    /** The text of the query, handed to the parser by reference: never read as Solr syntax or local parameters. */
    private static final String TEXT = ArshifDidYouMeanPlugin.TEXT;
    private static final String ID = "arshif.id";
    private static final String SOURCE = "arshif.source";
    private static final String MENTIONS = "arshif.mentions";
    /** Marks around matched words in highlights: private-use characters, which no article text holds in practice. */
    static final char MARK_OPEN = '\uE000';
    static final char MARK_CLOSE = '\uE001';
    /** Opens a mark of a match only through the stem ({@link ArshifHighlightPlugin}). */
    static final char MARK_OPEN_STEM_ONLY = '\uE002';
    /** A text's copies listed with it at most. */
    private static final int COPIES_AT_MOST = 1_000;
    private static final String HIT_FIELDS = "id,title,date,source,copy_group,score";

    private final SolrClient client;
    /** Closes the client and what it was built on. */
    private final java.io.Closeable connection;
    private final String collection;
    private final String where;
    private final String user;
    private final boolean writable;
    private final long timeoutSeconds;
    private final int format;
    /** Whether the user may write, learnt at the open (a writable open only): a reader may only search. */
    private final boolean userMayWrite;
    private volatile String seen;

    SolrArchive(SolrClient client, java.io.Closeable connection, String collection, String where, String user,
                boolean writable, long timeoutSeconds) throws ArchiveException {
        this.client = client;
        this.connection = connection;
        this.collection = collection;
        this.where = where;
        this.user = user;
        this.writable = writable;
        this.timeoutSeconds = timeoutSeconds;
        this.format = readFormat();
        if (format != FORMAT) {
            throw new ArchiveException(Problem.of(Problem.Code.SERVER_FORMAT, where, Integer.toString(format),
                    Integer.toString(FORMAT)), null);
        }
        this.seen = version();
        this.userMayWrite = !writable || userMayWrite();
    }

    /**
     * Whether the cluster lets this user write into the collection, asked with an update of no documents (an empty
     * JSON list: nothing written, nothing committed; an update without a body would be answered, but logged by every
     * node as an error, "missing content stream") that its authorization refuses to a reader: the window disables
     * Import for a reader and the command line says so at once, instead of a refusal at the first batch. A refusal is asked twice
     * ({@link SolrRetry}); any other failure leaves the import to say what is wrong.
     */
    private boolean userMayWrite() {
        try {
            ContentStreamUpdateRequest nothing = new ContentStreamUpdateRequest("/update");
            nothing.addContentStream(new ContentStreamBase.StringStream("[]", "application/json"));
            SolrRetry.run(() -> nothing.process(client, collection), this);
            return true;
        } catch (ArchiveException e) {
            Problem.Code code = e.problem().map(Problem::code).orElse(null);
            return code != Problem.Code.SERVER_FORBIDDEN && code != Problem.Code.SERVER_CREDENTIALS_REFUSED;
        }
    }

    private int readFormat() throws ArchiveException {
        ModifiableSolrParams params = countOfEveryArticle();
        params.set("echoParams", "all");
        NamedList<?> header = ask(params).getHeader();
        Object echoed = header.get("params") instanceof NamedList<?> echoedParams ? echoedParams.get(FORMAT_PARAM)
                : null;
        try {
            return echoed == null ? 0 : Integer.parseInt(echoed.toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public SearchResult search(SearchQuery asked) throws ArchiveException {
        SearchQuery query = withinCollection(asked);
        SortOrder sort = query.isBlank() && query.sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST : query.sort();
        ModifiableSolrParams params = searchParams(query, sort, null);
        params.set(ArshifDidYouMeanPlugin.ASK, !query.isBlank());
        QueryResponse answer = ask(params);
        // Asked with the search, given when it finds little (before any widening), as locally.
        String didYouMean = answer.getResults().getNumFound() < LuceneArchive.SUGGEST_BELOW
                && answer.getResponse().get(ArshifDidYouMeanPlugin.ANSWER) instanceof String suggestion ? suggestion
                : null;
        String widenedBy = null;
        if (answer.getResults().getNumFound() == 0 && !query.isBlank()) {
            // Nothing holds every word: the articles with some of them (the telling ones, else any), as locally.
            for (String words : List.of(ArshifQParserPlugin.TELLING, ArshifQParserPlugin.SOME)) {
                answer = ask(searchParams(query, sort, words));
                widenedBy = words;
                if (answer.getResults().getNumFound() > 0) {
                    break;
                }
            }
        }
        boolean widened = widenedBy != null;
        SolrDocumentList found = answer.getResults();
        Map<String, SolrDocumentList> expanded = answer.getExpandedResults() == null ? Map.of()
                : answer.getExpandedResults();
        Map<String, Map<String, List<String>>> highlights = answer.getHighlighting() == null ? Map.of()
                : answer.getHighlighting();
        List<SearchHit> hits = new ArrayList<>(found.size());
        for (SolrDocument document : found) {
            String id = (String) document.getFieldValue(ArchiveFields.ID);
            List<ArticleCopy> copies = new ArrayList<>();
            SolrDocumentList group = expanded.get((String) document.getFieldValue(ArchiveFields.COPY_GROUP));
            if (group != null) {
                for (SolrDocument copy : group) {
                    copies.add(new ArticleCopy((String) copy.getFieldValue(ArchiveFields.ID),
                            (String) copy.getFieldValue(ArchiveFields.SOURCE), date(copy),
                            (String) copy.getFieldValue(ArchiveFields.TITLE)));
                }
            }
            copies.sort(COPY_ORDER);
            float score = sort == SortOrder.RELEVANCE && document.getFieldValue("score") instanceof Number number
                    ? number.floatValue() : Float.NaN;
            List<String> snippet = highlights.getOrDefault(id, Map.of()).get(ArchiveFields.BODY);
            hits.add(new SearchHit(id, (String) document.getFieldValue(ArchiveFields.TITLE), date(document),
                    (String) document.getFieldValue(ArchiveFields.SOURCE), score,
                    snippet == null || snippet.isEmpty() ? new Snippet("", List.of()) : snippet(snippet.getFirst()),
                    copies, !widened && !Boolean.FALSE.equals(document.getFieldValue("every"))));
        }
        NamedList<?> facets = facets(answer);
        long total = found.getNumFound();
        long allWords = widened ? 0 : count(facets, "every", total);
        String next = hits.isEmpty() || answer.getNextCursorMark() == null ? null
                : sort.name() + ":" + answer.getNextCursorMark();
        return new SearchResult(total, hits, didYouMean, allWords, next, days(facets),
                count(facets, "articles", total), readDegraded());
    }

    /** How long the cluster's health, read from its state, is taken as current. */
    private static final long HEALTH_FOR_NANOS = 5_000_000_000L;
    private volatile long healthRead;
    private volatile boolean degraded;

    /**
     * Whether a replica of the collection is down or not active (its node stopped, recovering): searches are still
     * answered by the others, but the archive has less to fall back on. Read from the cluster's state at most every
     * five seconds; a state that cannot be read counts as degraded.
     */
    private boolean readDegraded() {
        long now = System.nanoTime();
        if (healthRead != 0 && now - healthRead < HEALTH_FOR_NANOS) {
            return degraded;
        }
        boolean down = false;
        if (client instanceof CloudSolrClient cloud) {
            try {
                ClusterState state = cloud.getClusterStateProvider().getClusterState();
                DocCollection shards = state.getCollectionOrNull(collection);
                Set<String> live = state.getLiveNodes();
                down = shards == null || shards.getReplicas().stream().anyMatch(replica ->
                        replica.getState() != Replica.State.ACTIVE || !live.contains(replica.getNodeName()));
            } catch (RuntimeException e) {
                down = true;
            }
        }
        degraded = down;
        healthRead = now;
        return down;
    }

    /** The cluster's health without a search (the window looks now and then, so a node's stop or return shows). */
    @Override
    public Optional<Boolean> degraded() {
        return Optional.of(readDegraded());
    }

    /**
     * The one request of a search: the page, its copies, snippets, and the counts over all matches — the articles,
     * the texts holding every word, the timeline.
     */
    /**
     * The query with a page no larger than the collection (as the local archive's {@code Ranking}): rows or a start of
     * a billion would size a node's queues until it ran out of memory. The collection is counted only for such pages.
     */
    private SearchQuery withinCollection(SearchQuery query) throws ArchiveException {
        if ((long) query.offset() + query.limit() <= LARGE_PAGE) {
            return query;
        }
        int articles = (int) Math.min(Integer.MAX_VALUE - 1, Math.max(1, stats().articles()));
        return query.withPageAfter(query.after(), Math.min(query.offset(), articles), Math.min(query.limit(), articles));
    }

    /** A page up to this many rows deep is asked as it is. */
    private static final int LARGE_PAGE = 10_000;

    private static ModifiableSolrParams searchParams(SearchQuery query, SortOrder sort, String words) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", arshif(words));
        params.set(TEXT, query.text());
        String order = switch (sort) {
            case RELEVANCE -> "score desc,id asc";
            case NEWEST -> "date desc,id asc";
            case OLDEST -> "date asc,id asc";
        };
        params.set("sort", order);
        // The copy shown for a text is its first in the list's order, as locally.
        params.add("fq", "{!collapse tag=fold field=copy_group sort='" + order + "'}");
        List<String> filters = filters(query, params);
        filters.forEach(filter -> params.add("fq", filter));
        params.set("fl", HIT_FIELDS + ",every:exists(query({!arshif words=every v=$" + TEXT + "}))");
        params.set("rows", query.limit());
        String cursor = cursorFor(query, sort);
        if (cursor != null) {
            params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
        } else {
            params.set("start", query.offset());
        }
        params.set("expand", true);
        params.set("expand.q", "{!lucene}*:*"); // every copy of a text, matching or not, as locally
        params.set("expand.fq", "{!lucene}*:*");
        params.set("expand.rows", COPIES_AT_MOST);
        params.set("expand.fl", "id,title,date,source");
        params.set("hl", true);
        marked(params);
        // Every copy counted as articles; the texts holding every word of a long query; the timeline.
        params.set("json.facet", "{articles:{type:query,q:\"*:*\",domain:{excludeTags:fold}},"
                + "every:{type:query,q:\"{!arshif words=every v=$" + TEXT + "}\"},"
                + "days:{type:terms,field:date,limit:-1,mincount:1,sort:\"index asc\",domain:{query:"
                + json(byEarliestDay(words, filters)) + "}}}");
        return params;
    }

    /**
     * The timeline's domain: each text on the earliest day of its matching copies (undated ones sort last), as
     * locally — the matches folded by date. A facet's {@code query} domain is found as one set, the collapse last
     * over what the other queries leave; a collapse given as a domain {@code filter} would fold the whole collection
     * before meeting the matches (a text whose earliest copy does not match was counted on no day: measured).
     */
    private static List<String> byEarliestDay(String words, List<String> filters) {
        List<String> domain = new ArrayList<>();
        domain.add(arshif(words));
        domain.addAll(filters);
        domain.add("{!collapse field=copy_group sort='date asc,id asc'}");
        return domain;
    }

    /** Strings as a JSON array (the queries hold no user text: that is passed by reference). */
    private static String json(List<String> strings) {
        StringBuilder array = new StringBuilder("[");
        for (String string : strings) {
            array.append(array.length() > 1 ? "," : "").append('"')
                    .append(string.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return array.append(']').toString();
    }

    /**
     * The date range, the source and the range of mentioned dates as filters, which do not change scores; the
     * values given by the user are passed by reference in {@code params}.
     */
    private static List<String> filters(SearchQuery query, ModifiableSolrParams params) {
        List<String> filters = new ArrayList<>();
        if (query.from() != null || query.to() != null) {
            filters.add("date:[" + (query.from() == null ? "*" : query.from().toEpochDay()) + " TO "
                    + (query.to() == null ? "*" : query.to().toEpochDay()) + "]");
        }
        if (query.source() != null) {
            filters.add("{!term f=source v=$" + SOURCE + "}");
            params.set(SOURCE, query.source());
        }
        if (query.hasMentions()) {
            // Articles whose text mentions a date in the range: any of their written dates (a day or a month) meets it.
            filters.add("{!field f=mentions op=Intersects v=$" + MENTIONS + "}");
            params.set(MENTIONS, "[" + (query.mentionsFrom() == null ? "*" : query.mentionsFrom()) + " TO "
                    + (query.mentionsTo() == null ? "*" : query.mentionsTo()) + "]");
        }
        return filters;
    }

    /** The parser of Arshif's syntax over the text, by reference (local parameters in it stay text). */
    private static String arshif(String words) {
        return "{!arshif" + (words == null ? "" : " words=" + words) + " v=$" + TEXT + "}";
    }

    /**
     * Solr's cursor from the page before, when it was made for this order; the first page starts one; a page asked
     * by offset alone (the cursor of the page before lost) is found by offset and gives none.
     */
    private static String cursorFor(SearchQuery query, SortOrder sort) {
        String prefix = sort.name() + ":";
        if (query.after() != null && query.after().startsWith(prefix)) {
            return query.after().substring(prefix.length());
        }
        return query.offset() == 0 ? CursorMarkParams.CURSOR_MARK_START : null;
    }

    private static NamedList<?> facets(QueryResponse answer) {
        return answer.getResponse().get("facets") instanceof NamedList<?> facets ? facets : new NamedList<>();
    }

    private static long count(NamedList<?> facets, String name, long otherwise) {
        if (facets.get(name) instanceof NamedList<?> facet && facet.get("count") instanceof Number count) {
            return count.longValue();
        }
        return facets.get("count") instanceof Number all && all.longValue() == 0 ? 0 : otherwise;
    }

    private static List<DayCount> days(NamedList<?> facets) {
        List<DayCount> days = new ArrayList<>();
        if (facets.get("days") instanceof NamedList<?> facet && facet.get("buckets") instanceof List<?> buckets) {
            for (Object bucket : buckets) {
                NamedList<?> day = (NamedList<?>) bucket;
                days.add(new DayCount(LocalDate.ofEpochDay(((Number) day.get("val")).longValue()),
                        ((Number) day.get("count")).longValue()));
            }
        }
        days.sort(Comparator.comparing(DayCount::day));
        return days;
    }

    private static LocalDate date(SolrDocument document) {
        return document.getFieldValue(ArchiveFields.DATE) instanceof Number day ? LocalDate.ofEpochDay(day.longValue())
                : null;
    }

    /** Copies listed by date (undated last), then source, then id, as the local archive lists them. */
    private static final Comparator<ArticleCopy> COPY_ORDER = Comparator
            .comparing(ArticleCopy::date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ArticleCopy::source).thenComparing(ArticleCopy::id);

    /** Highlights marked by kind with the private-use characters, the text not escaped. */
    private static void marked(ModifiableSolrParams params) {
        params.set("hl.tag.pre", String.valueOf(MARK_OPEN));
        params.set(ArshifHighlightPlugin.STEM_ONLY_TAG, String.valueOf(MARK_OPEN_STEM_ONLY));
        params.set("hl.tag.post", String.valueOf(MARK_CLOSE));
        params.set("hl.encoder", "");
    }

    /** The kind of mark a private-use character opens, or null when it opens none. */
    private static Snippet.Kind opened(char c) {
        return c == MARK_OPEN ? Snippet.Kind.EXACT : c == MARK_OPEN_STEM_ONLY ? Snippet.Kind.STEM_ONLY : null;
    }

    /**
     * A highlighted passage as a snippet on one line, as the local snippets are: runs of white space one space,
     * none at either end; the marks where the highlighter put them.
     */
    static Snippet snippet(String highlighted) {
        StringBuilder text = new StringBuilder(highlighted.length());
        List<Snippet.Span> marks = new ArrayList<>();
        int markStart = -1;
        Snippet.Kind kind = null;
        boolean pendingSpace = false;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (opened(c) != null) {
                markStart = text.length() + (pendingSpace ? 1 : 0);
                kind = opened(c);
            } else if (c == MARK_CLOSE) {
                if (markStart >= 0 && text.length() > markStart) {
                    marks.add(new Snippet.Span(markStart, text.length(), kind));
                }
                markStart = -1;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = !text.isEmpty();
            } else {
                if (pendingSpace) {
                    text.append(' ');
                    pendingSpace = false;
                }
                text.append(c);
            }
        }
        return new Snippet(text.toString(), marks);
    }

    /**
     * The marks the highlighter put in a whole field, as ranges of the stored value; none when the value without the
     * marks is not the stored one (a text holding the mark characters itself): no mark rather than a wrong one.
     */
    static List<Snippet.Span> marksIn(String highlighted, String stored) {
        StringBuilder text = new StringBuilder(stored.length());
        List<Snippet.Span> marks = new ArrayList<>();
        int markStart = -1;
        Snippet.Kind kind = null;
        for (int i = 0; i < highlighted.length(); i++) {
            char c = highlighted.charAt(i);
            if (opened(c) != null) {
                markStart = text.length();
                kind = opened(c);
            } else if (c == MARK_CLOSE && markStart >= 0) {
                if (text.length() > markStart) {
                    marks.add(new Snippet.Span(markStart, text.length(), kind));
                }
                markStart = -1;
            } else {
                text.append(c);
            }
        }
        return text.toString().equals(stored) ? marks : List.of();
    }

    @Override
    public Optional<Article> get(String id) throws ArchiveException {
        SolrDocument document = fetch(id, null);
        return document == null ? Optional.empty() : Optional.of(ArticleFields.toArticle(document::getFieldValue));
    }

    @Override
    public Optional<MarkedArticle> read(String id, String queryText) throws ArchiveException {
        boolean marked = queryText != null && !queryText.isBlank();
        ModifiableSolrParams highlight = null;
        if (marked) {
            highlight = new ModifiableSolrParams();
            highlight.set("hl", true);
            highlight.set("hl.q", arshif(null));
            highlight.set("hl.qparser", "lucene");
            highlight.set(TEXT, queryText);
            highlight.set("hl.fl", "title,body");
            highlight.set("hl.bs.type", "WHOLE");
            highlight.set("hl.defaultSummary", false);
            highlight.set("hl.maxAnalyzedChars", Integer.MAX_VALUE - 1);
            marked(highlight);
        }
        QueryResponse answer = ask(byId(id, highlight));
        if (answer.getResults().isEmpty()) {
            return Optional.empty();
        }
        Article article = ArticleFields.toArticle(answer.getResults().getFirst()::getFieldValue);
        if (!marked) {
            return Optional.of(new MarkedArticle(article, ArticleMatches.none(article)));
        }
        Map<String, List<String>> fields = answer.getHighlighting() == null ? Map.of()
                : answer.getHighlighting().getOrDefault(id, Map.of());
        return Optional.of(new MarkedArticle(article, ArticleMatches.ofBody(article,
                marks(fields.get(ArchiveFields.TITLE), article.title()),
                marks(fields.get(ArchiveFields.BODY), article.body()))));
    }

    private static List<Snippet.Span> marks(List<String> highlighted, String stored) {
        return highlighted == null || highlighted.isEmpty() ? List.of() : marksIn(highlighted.getFirst(), stored);
    }

    /** One article's stored fields, or null. */
    SolrDocument fetch(String id, String fields) throws ArchiveException {
        ModifiableSolrParams params = byId(id, null);
        if (fields != null) {
            params.set("fl", fields);
        }
        SolrDocumentList found = ask(params).getResults();
        return found.isEmpty() ? null : found.getFirst();
    }

    private static ModifiableSolrParams byId(String id, ModifiableSolrParams more) {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", "{!term f=id v=$" + ID + "}");
        params.set(ID, id);
        params.set("fl", "*");
        params.set("rows", 1);
        if (more != null) {
            params.add(more);
        }
        return params;
    }

    @Override
    public ArchiveStats stats() throws ArchiveException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", "*:*");
        params.set("rows", 0);
        params.set("json.facet", "{dated:{type:query,q:\"date:[* TO *]\"},earliest:\"min(date)\","
                + "latest:\"max(date)\",sources:{type:terms,field:source,limit:-1,mincount:1}}");
        QueryResponse answer = ask(params);
        long articles = answer.getResults().getNumFound();
        NamedList<?> facets = facets(answer);
        long dated = count(facets, "dated", 0);
        Map<String, Long> perSource = new LinkedHashMap<>();
        if (facets.get("sources") instanceof NamedList<?> sources && sources.get("buckets") instanceof List<?> buckets) {
            buckets.stream().map(bucket -> (NamedList<?>) bucket)
                    .sorted(Comparator.comparing((NamedList<?> b) -> ((Number) b.get("count")).longValue())
                            .reversed().thenComparing(b -> b.get("val").toString()))
                    .forEach(b -> perSource.put(b.get("val").toString(), ((Number) b.get("count")).longValue()));
        }
        return new ArchiveStats(articles, articles - dated, edge(facets, "earliest", dated),
                edge(facets, "latest", dated), perSource);
    }

    private static LocalDate edge(NamedList<?> facets, String name, long dated) {
        return dated > 0 && facets.get(name) instanceof Number day ? LocalDate.ofEpochDay(day.longValue()) : null;
    }

    @Override
    public ImportReport importArticles(ArticleSource source, ImportMonitor monitor) throws ArchiveException {
        if (!writable) {
            throw new ArchiveException(Problem.of(Problem.Code.ARCHIVE_OPEN_READ_ONLY, where), null);
        }
        if (!userMayWrite) {
            throw new ArchiveException(importRefusal().orElseThrow(), null);
        }
        ImportReport report = new SolrImport(this).run(source, monitor);
        seen = version();
        return report;
    }

    @Override
    public boolean isWritable() {
        return writable && userMayWrite;
    }

    @Override
    public Optional<Problem> importRefusal() {
        return userMayWrite ? Optional.empty() : Optional.of(Problem.of(Problem.Code.SERVER_READS_ONLY, where,
                user == null ? "-" : user));
    }

    @Override
    public int formatVersion() {
        return format;
    }

    @Override
    public boolean refresh() throws ArchiveException {
        String now = version();
        boolean changed = !now.equals(seen);
        seen = now;
        return changed;
    }

    /** A request for no article, only the number of all of them (in Solr's own syntax: no user text in it). */
    private static ModifiableSolrParams countOfEveryArticle() {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("defType", "lucene");
        params.set("q", "*:*");
        params.set("rows", 0);
        return params;
    }

    /** What changes with every commit that changed the collection: its article count and newest version stamp. */
    private String version() throws ArchiveException {
        ModifiableSolrParams params = countOfEveryArticle();
        params.set("json.facet", "{newest:\"max(_version_)\"}");
        QueryResponse answer = ask(params);
        Object newest = facets(answer).get("newest");
        return answer.getResults().getNumFound() + ":" + newest;
    }

    /** A query to the collection, posted (a pasted page does not fit in an address). */
    QueryResponse ask(ModifiableSolrParams params) throws ArchiveException {
        return SolrRetry.run(() -> new QueryRequest(params, SolrRequest.METHOD.POST).process(client, collection),
                this);
    }

    SolrClient client() {
        return client;
    }

    String collection() {
        return collection;
    }

    /** The failure as the user is told it: where, as whom, why. */
    ArchiveException failure(Exception e) {
        return SolrFailure.of(e, where, user, timeoutSeconds);
    }

    @Override
    public void close() throws ArchiveException {
        try {
            connection.close();
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.SERVER_FAILED, where, e.getMessage()), e);
        }
    }

    /** Solr's checked failures, for {@link SolrRetry}. */
    interface Request<T> {
        T send() throws SolrServerException, IOException;
    }
}
