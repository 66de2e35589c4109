package org.arshif.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * A digest of everything an archive holds for each article, whatever segments the articles fell into: its stored
 * fields, its terms with their frequencies, positions, offsets and payloads, its points, doc values and norms, keyed
 * by the article's id; then one digest over all articles and the last commit's user data. Two imports of the same
 * files that print the same digests wrote the same archive, article for article, however their threads split the
 * work into segments: the check that a change meant only to be faster left the output as it was.
 *
 * <pre>java -cp ... org.arshif.bench.ArchiveDigest ARCHIVE_DIR [--each]</pre>
 *
 * {@code --each} also prints each article's digest (to find the articles that differ), {@code --show=ID} what was
 * digested for one article (to see how it differs).
 */
public final class ArchiveDigest {

    private ArchiveDigest() {
    }

    public static void main(String[] args) throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            String shown = List.of(args).stream().filter(arg -> arg.startsWith("--show=")).findFirst()
                    .map(arg -> arg.substring("--show=".length())).orElse(null);
            Map<String, String> articles = articles(reader, shown);
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            articles.forEach((id, digest) -> {
                all.update(id.getBytes(StandardCharsets.UTF_8));
                all.update(digest.getBytes(StandardCharsets.UTF_8));
                if (List.of(args).contains("--each")) {
                    System.out.println(id + "\t" + digest);
                }
            });
            System.out.println(articles.size() + " articles, all: " + HexFormat.of().formatHex(all.digest()));
            new TreeMap<>(reader.getIndexCommit().getUserData())
                    .forEach((key, value) -> System.out.println("commit " + key + ": " + digestOf(value)));
        }
    }

    /** Each live article's digest, by id. */
    static Map<String, String> articles(DirectoryReader reader, String shown) throws IOException {
        Map<String, String> byId = new TreeMap<>();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            StringBuilder[] docs = new StringBuilder[leaf.maxDoc()];
            for (int doc = 0; doc < docs.length; doc++) {
                docs[doc] = new StringBuilder();
            }
            for (FieldInfo field : leaf.getFieldInfos()) {
                appendPostings(leaf, field, docs);
                appendPoints(leaf, field, docs);
                appendDocValues(leaf, field, docs);
                if (field.hasNorms()) {
                    NumericDocValues norms = leaf.getNormValues(field.name);
                    for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
                        docs[doc].append("norm ").append(field.name).append(' ').append(norms.longValue()).append('\n');
                    }
                }
            }
            Bits live = leaf.getLiveDocs();
            var stored = leaf.storedFields();
            for (int doc = 0; doc < docs.length; doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                String[] id = new String[1];
                stored.document(doc, new StoredFieldVisitor() {
                    @Override
                    public Status needsField(FieldInfo fieldInfo) {
                        return Status.YES;
                    }

                    @Override
                    public void stringField(FieldInfo fieldInfo, String value) {
                        if (fieldInfo.name.equals("id")) {
                            id[0] = value;
                        }
                        text.append("stored ").append(fieldInfo.name).append(' ').append(value).append('\n');
                    }

                    @Override
                    public void longField(FieldInfo fieldInfo, long value) {
                        text.append("stored ").append(fieldInfo.name).append(" long ").append(value).append('\n');
                    }

                    @Override
                    public void intField(FieldInfo fieldInfo, int value) {
                        text.append("stored ").append(fieldInfo.name).append(" int ").append(value).append('\n');
                    }

                    @Override
                    public void binaryField(FieldInfo fieldInfo, byte[] value) {
                        text.append("stored ").append(fieldInfo.name).append(" bytes ")
                                .append(HexFormat.of().formatHex(value)).append('\n');
                    }
                });
                // Each line says what it is; their order follows the segment's field numbers, which differ by segment.
                docs[doc].toString().lines().sorted().forEach(line -> text.append(line).append('\n'));
                if (id[0].equals(shown)) {
                    System.out.println(text);
                }
                byId.put(id[0], digestOf(text.toString()));
            }
        }
        return byId;
    }

    private static void appendPostings(LeafReader leaf, FieldInfo field, StringBuilder[] docs) throws IOException {
        if (field.getIndexOptions() == IndexOptions.NONE) {
            return;
        }
        Terms terms = leaf.terms(field.name);
        if (terms == null) {
            return;
        }
        TermsEnum each = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            postings = each.postings(postings, PostingsEnum.ALL);
            String name = field.name + ' ' + term.utf8ToString();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                StringBuilder text = docs[doc].append("term ").append(name).append(" freq ").append(postings.freq());
                if (field.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
                    for (int i = 0; i < postings.freq(); i++) {
                        text.append(' ').append(postings.nextPosition()).append(':').append(postings.startOffset())
                                .append('-').append(postings.endOffset());
                        BytesRef payload = postings.getPayload();
                        if (payload != null) {
                            text.append('/').append(payload.toString());
                        }
                    }
                }
                text.append('\n');
            }
        }
    }

    private static void appendPoints(LeafReader leaf, FieldInfo field, StringBuilder[] docs) throws IOException {
        if (field.getPointDimensionCount() == 0) {
            return;
        }
        PointValues points = leaf.getPointValues(field.name);
        if (points == null) {
            return;
        }
        List<List<String>> values = new ArrayList<>();
        for (int doc = 0; doc < docs.length; doc++) {
            values.add(new ArrayList<>());
        }
        points.intersect(new PointValues.IntersectVisitor() {
            @Override
            public void visit(int docID) {
                throw new IllegalStateException("every cell is crossed, never inside");
            }

            @Override
            public void visit(int docID, byte[] packedValue) {
                values.get(docID).add(HexFormat.of().formatHex(packedValue));
            }

            @Override
            public PointValues.Relation compare(byte[] minPackedValue, byte[] maxPackedValue) {
                return PointValues.Relation.CELL_CROSSES_QUERY;
            }
        });
        for (int doc = 0; doc < docs.length; doc++) {
            List<String> sorted = values.get(doc).stream().sorted().toList(); // the tree's order depends on the segment
            if (!sorted.isEmpty()) {
                docs[doc].append("points ").append(field.name).append(' ').append(sorted).append('\n');
            }
        }
    }

    private static void appendDocValues(LeafReader leaf, FieldInfo field, StringBuilder[] docs) throws IOException {
        DocValuesType type = field.getDocValuesType();
        String name = "docvalues " + field.name + ' ';
        switch (type) {
            case NUMERIC -> {
                NumericDocValues values = leaf.getNumericDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docs[doc].append(name).append(values.longValue()).append('\n');
                }
            }
            case BINARY -> {
                BinaryDocValues values = leaf.getBinaryDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docs[doc].append(name).append(values.binaryValue().toString()).append('\n');
                }
            }
            case SORTED -> {
                SortedDocValues values = leaf.getSortedDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docs[doc].append(name).append(values.lookupOrd(values.ordValue()).toString()).append('\n');
                }
            }
            case SORTED_NUMERIC -> {
                SortedNumericDocValues values = leaf.getSortedNumericDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docs[doc].append(name);
                    for (int i = 0; i < values.docValueCount(); i++) {
                        docs[doc].append(values.nextValue()).append(' ');
                    }
                    docs[doc].append('\n');
                }
            }
            case SORTED_SET -> {
                SortedSetDocValues values = leaf.getSortedSetDocValues(field.name);
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    docs[doc].append(name);
                    for (int i = 0; i < values.docValueCount(); i++) {
                        docs[doc].append(values.lookupOrd(values.nextOrd()).toString()).append(' ');
                    }
                    docs[doc].append('\n');
                }
            }
            default -> {
                // no doc values
            }
        }
    }

    private static String digestOf(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
