package org.arshif.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Plain Lucene as the reference: {@link ArabicAnalyzer}, one {@link IndexWriter} on one thread, title and content
 * as stored {@link TextField}s, date as a point with doc values, source as a string — the set-up of
 * {@code shared/notes/search-baseline.md}.
 */
final class RawLuceneBaseline implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Analyzer analyzer = new ArabicAnalyzer();
    private final FSDirectory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    RawLuceneBaseline(Path folder) throws IOException {
        directory = FSDirectory.open(folder);
    }

    /** Indexes JSON (an array or JSON Lines) with the given field names; returns the number of documents. */
    /** Opens the index an earlier run left in the folder, for searching only. */
    static RawLuceneBaseline existing(Path folder) throws IOException {
        RawLuceneBaseline raw = new RawLuceneBaseline(folder);
        raw.reader = DirectoryReader.open(raw.directory);
        raw.searcher = new IndexSearcher(raw.reader);
        return raw;
    }

    long index(List<Path> files, String dateField) throws IOException {
        return index(files, analyzer, node -> document(node, dateField));
    }

    /**
     * Indexes JSON (an array or JSON Lines, or zip files of them) with another analyzer and document for each record,
     * as this baseline does the rest (one writer, one thread, one commit); returns the number of documents.
     */
    long index(List<Path> files, Analyzer analyzer, Function<JsonNode, Document> documents) throws IOException {
        long count = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(256)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (Path file : files) {
                if (file.toString().endsWith(".zip")) { // the JSON files in it, read as they are unpacked
                    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                        for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            if (entry.getName().endsWith(".json")) {
                                count += indexJson(writer, zip, documents);
                            }
                        }
                    }
                } else {
                    try (InputStream in = Files.newInputStream(file)) {
                        count += indexJson(writer, in, documents);
                    }
                }
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        return count;
    }

    /** Indexes the objects of one JSON stream (an array or JSON Lines), leaving the stream open. */
    private static long indexJson(IndexWriter writer, InputStream in, Function<JsonNode, Document> documents)
            throws IOException {
        long count = 0;
        try (JsonParser parser = MAPPER.getFactory().createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(parser);
                writer.addDocument(documents.apply(node));
                count++;
            }
        }
        return count;
    }

    static Document document(JsonNode node, String dateField) {
        Document doc = new Document();
        doc.add(new TextField("title", node.path("title").asText(""), Field.Store.YES));
        doc.add(new TextField("content", node.path("content").asText(""), Field.Store.YES));
        String date = node.path(dateField).asText("");
        if (date.length() >= 10) {
            long day = LocalDate.parse(date.substring(0, 10)).toEpochDay();
            doc.add(new LongPoint("date", day));
            doc.add(new NumericDocValuesField("date", day));
            doc.add(new StoredField("date", day));
        }
        doc.add(new StringField("source", node.path("source").asText(""), Field.Store.YES));
        return doc;
    }

    /** OR of the analysed query words over the content, as the baseline note measured. */
    Query orQuery(String text, String field) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                query.add(new TermQuery(new Term(field, term.toString())), Occur.SHOULD);
            }
            stream.end();
        }
        return query.build();
    }

    TopDocs top(String text, int n) throws IOException {
        return searcher.search(orQuery(text, "content"), n);
    }

    void topWithStored(String text, int n) throws IOException {
        TopDocs top = top(text, n);
        var stored = searcher.storedFields();
        for (var hit : top.scoreDocs) {
            stored.document(hit.doc);
        }
    }

    void topInDateRange(String text, int n, LocalDate from, LocalDate to) throws IOException {
        Query query = new BooleanQuery.Builder().add(orQuery(text, "content"), Occur.MUST)
                .add(LongPoint.newRangeQuery("date", from.toEpochDay(), to.toEpochDay()), Occur.FILTER).build();
        searcher.search(query, n);
    }

    void newest(String text, int n) throws IOException {
        searcher.search(orQuery(text, "content"), n, new Sort(new SortField("date", SortField.Type.LONG, true)));
    }

    /** Top n with the unified highlighter on the stored content (offsets by re-analysis, the default set-up). */
    void topWithSnippets(String text, int n) throws IOException {
        Query query = orQuery(text, "content");
        TopDocs top = searcher.search(query, n);
        UnifiedHighlighter.builder(searcher, analyzer).build().highlight("content", query, top);
    }

    /**
     * A pasted text the raw way: Lucene's {@link MoreLikeThis} picks the text's 32 most telling terms (term
     * frequency in the text times idf, every term counted), top n with the unified highlighter's snippets. The
     * classic query parser cannot take such a text at all (more than 1,024 clauses).
     */
    void likeWithSnippets(String text, int n) throws IOException {
        MoreLikeThis like = new MoreLikeThis(reader);
        like.setAnalyzer(analyzer);
        like.setFieldNames(new String[] {"content"});
        like.setMinTermFreq(1);
        like.setMinDocFreq(1);
        like.setMaxQueryTerms(32);
        Query query = like.like("content", new java.io.StringReader(text));
        TopDocs top = searcher.search(query, n);
        UnifiedHighlighter.builder(searcher, analyzer).build().highlight("content", query, top);
    }

    long sizeOnDisk() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            size += directory.fileLength(file);
        }
        return size;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
    }
}
