package org.arshif.importer;

import org.arshif.model.Problem;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.model.ImportProblem;

/**
 * Reads articles from files and folders: {@code .txt} (one article, metadata in a {@code NAME.json} sidecar),
 * {@code .json} (an array of article objects, or one object), {@code .jsonl} (one object a line), {@code .csv} (a
 * header row naming the fields) and {@code .zip} files holding any of these. Folders are read recursively in name
 * order. Everything is streamed: one record at a time is in memory.
 *
 * <p>Hostile input is refused or skipped with a message naming the file and record, within bounded memory: text
 * files over {@value #MAX_TEXT_FILE_BYTES} bytes, records over {@value #MAX_RECORD_CHARS} characters, JSON nested
 * deeper than {@value #MAX_NESTING}, binary data, undecidable encodings, ZIP entries with unsafe names or that
 * expand beyond a budget ({@link ZipBudget}), folder links that loop, links leading outside the named files and
 * folders, devices, pipes and kernel pseudo-files ({@link ImportRoots}). Nothing is ever written anywhere.
 */
public final class FileImporter implements ArticleSource {

    /** A text file is one article; anything larger than this is not an article. */
    static final long MAX_TEXT_FILE_BYTES = 32L << 20;
    /** One record (a JSON Lines line, a JSON string, a CSV field) longer than this many characters is refused. */
    static final int MAX_RECORD_CHARS = 16 << 20;
    /** Articles are flat objects; JSON nested deeper than this is not an article file. */
    static final int MAX_NESTING = 64;
    /** Bytes looked at to tell text from binary data and to find a CSV file's encoding. */
    private static final int HEAD_BYTES = 64 << 10;

    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_RECORD_CHARS).build();
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().streamReadConstraints(LIMITS).build());
    static final JsonFactory JSON = MAPPER.getFactory();
    private static final CsvMapper CSV = new CsvMapper(CsvFactory.builder().streamReadConstraints(LIMITS).build());

    private final List<Path> paths;
    private final FieldMapping mapping;
    private final boolean followLinks;
    private final java.util.function.Supplier<ZipBudget> zipBudget;
    /** The day of the import, for judging dates in the future. */
    private LocalDate today = LocalDate.now();
    private ImportNotes notes = new ImportNotes();

    /** Reads the paths, following links only to files and folders inside them. */
    public FileImporter(List<Path> paths, FieldMapping mapping) {
        this(paths, mapping, false);
    }

    /**
     * @param followLinks follow links wherever they lead (the user asked for it with {@code --follow-links}); loops
     *                    are still skipped, and special files never opened
     */
    public FileImporter(List<Path> paths, FieldMapping mapping, boolean followLinks) {
        this(paths, mapping, followLinks, ZipBudget::new);
    }

    /** With another budget for each ZIP file (tests use a small one to stand for a bomb's terabytes). */
    FileImporter(List<Path> paths, FieldMapping mapping, boolean followLinks,
                 java.util.function.Supplier<ZipBudget> zipBudget) {
        this.paths = List.copyOf(paths);
        this.mapping = mapping;
        this.followLinks = followLinks;
        this.zipBudget = zipBudget;
    }

    /** Each path, absolute, with the mapping: {@code files<TAB>mapping<TAB>path} (see {@link ImportHistory}). */
    @Override
    public List<String> rereadInstructions() {
        return paths.stream().map(path -> ImportHistory.filesLine(mapping, path)).toList();
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        today = LocalDate.now();
        notes = new ImportNotes();
        ImportRoots roots = ImportRoots.of(paths, followLinks);
        Set<Path> found = new HashSet<>(); // real paths: a file named twice, or reached through a link, is read once
        for (Path path : paths) {
            if (sink.isCancelled()) {
                return;
            }
            Problem refusal = namedPathRefusal(path);
            if (refusal != null) {
                sink.reject(new ImportProblem(path.toString(), 0, refusal));
            } else if (Files.isDirectory(path)) {
                readFolder(path, roots, found, sink);
            } else if (found.add(realPathOrSelf(path))) {
                readFile(path, roots, sink, true);
            }
        }
    }

    /** The real path, or the path itself when it just went away (reading it then says so). */
    private static Path realPathOrSelf(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path;
        }
    }

    /**
     * Why a file or folder the user named cannot be read, or null. A named link is followed (the user chose it), but
     * a pipe or device is never opened and the kernel's pseudo-files are not articles.
     */
    private static Problem namedPathRefusal(Path path) {
        try {
            Path real = path.toRealPath();
            BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                return ImportRoots.isSystemFile(real) ? Problem.of(Problem.Code.SYSTEM_FOLDER, real) : null;
            }
            ImportRoots.Entry entry = new ImportRoots.Entry(real, attributes, null);
            return entry.fileRefusal(real);
        } catch (IOException e) {
            return Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                    ? Problem.of(Problem.Code.UNREADABLE, FolderWalk.reason(e)) : Problem.of(Problem.Code.NO_SUCH_FILE);
        }
    }

    /** Reads the files under a named folder, in name order; links only as {@link ImportRoots} allows. */
    private void readFolder(Path folder, ImportRoots roots, Set<Path> found, ArticleSink sink) {
        for (Path file : FolderWalk.files(folder, roots, found, sink, MAX_NESTING)) {
            if (sink.isCancelled()) {
                return;
            }
            readFile(file, roots, sink, false);
        }
    }

    /** A file on disk: a ZIP is opened and its entries read in place; anything else is one input. */
    private void readFile(Path file, ImportRoots roots, ArticleSink sink, boolean named) {
        ImportInput input = new ImportInput.OnDisk(file, roots);
        if (input.extension().equals("zip")) {
            sink.reading(file.toString());
            try {
                readZip(file, roots.pathToOpen(file), sink);
            } catch (ImportRoots.RefusedException e) {
                sink.reject(new ImportProblem(file.toString(), 0, e.problem()));
            } catch (IOException e) {
                sink.reject(new ImportProblem(file.toString(), 0, Problem.of(Problem.Code.ZIP_UNREADABLE, FolderWalk.reason(e))));
            }
        } else {
            readInput(input, sink, named);
        }
    }

    /** Dispatches on the extension; an input named explicitly with an unknown extension is reported. */
    private void readInput(ImportInput input, ArticleSink sink, boolean named) {
        try {
            switch (input.extension()) {
                case "txt" -> {
                    sink.reading(input.name());
                    readText(input, sink);
                }
                case "json" -> {
                    if (input.sibling("txt") == null) { // else it is that text file's sidecar
                        sink.reading(input.name());
                        readJsonArray(input, sink);
                    }
                }
                case "jsonl", "ndjson" -> {
                    sink.reading(input.name());
                    readJsonLines(input, sink);
                }
                case "csv", "tsv" -> {
                    sink.reading(input.name());
                    readCsv(input, sink);
                }
                case "zip" -> sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.ZIP_IN_ZIP)));
                default -> {
                    if (named) {
                        sink.reject(new ImportProblem(input.name(), 0,
                                Problem.of(Problem.Code.UNSUPPORTED_TYPE)));
                    }
                }
            }
        } catch (ImportRoots.RefusedException e) {
            sink.reject(new ImportProblem(input.name(), 0, e.problem()));
        } catch (java.nio.file.InvalidPathException e) {
            sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.UNUSABLE_NAME,
                    NativeNames.explain(e))));
        } catch (ZipBudget.ExceededException e) {
            sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.READ_BEFORE_KEPT, e.problem())));
        } catch (IOException e) {
            sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.FILE_UNREADABLE, FolderWalk.reason(e))));
        }
    }

    /** Reads the ZIP file {@code file}, opened at {@code checked} (see {@link ImportRoots#pathToOpen}). */
    private void readZip(Path file, Path checked, ArticleSink sink) {
        try (ZipFile zip = new ZipFile(checked.toFile(), StandardCharsets.UTF_8)) {
            Map<String, ZipEntry> entries = new LinkedHashMap<>();
            zip.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> entries.put(entry.getName(), entry));
            ZipBudget budget = zipBudget.get();
            for (ZipEntry entry : entries.values().stream().sorted(java.util.Comparator.comparing(ZipEntry::getName)).toList()) {
                if (sink.isCancelled()) {
                    return;
                }
                ImportInput input = new ImportInput.InZip(zip, entry, entries, budget);
                if (isUnsafe(entry.getName())) {
                    sink.reject(new ImportProblem(input.name(), 0,
                            Problem.of(Problem.Code.ZIP_ENTRY_OUTSIDE)));
                } else if (!isClutter(entry.getName())) {
                    readInput(input, sink, false);
                }
            }
        } catch (ZipException e) {
            sink.reject(new ImportProblem(file.toString(), 0, Problem.of(Problem.Code.ZIP_INVALID, e.getMessage())));
        } catch (IOException e) {
            sink.reject(new ImportProblem(file.toString(), 0, Problem.of(Problem.Code.ZIP_UNREADABLE, FolderWalk.reason(e))));
        }
    }

    /** Hidden files and the resource forks macOS adds to ZIPs. */
    private static boolean isClutter(String entryName) {
        String name = entryName.replace('\\', '/');
        return name.startsWith("__MACOSX/") || name.substring(name.lastIndexOf('/') + 1).startsWith(".");
    }

    /** Absolute names, drive letters and parent references: harmless here (nothing is extracted), refused anyway. */
    static boolean isUnsafe(String entryName) {
        String name = entryName.replace('\\', '/');
        if (name.startsWith("/") || name.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private void readText(ImportInput input, ArticleSink sink) throws IOException {
        if (input.size() > MAX_TEXT_FILE_BYTES) {
            sink.reject(new ImportProblem(input.name(), 0,
                    Problem.of(Problem.Code.TOO_LARGE, Long.toString(MAX_TEXT_FILE_BYTES >> 20))));
            return;
        }
        byte[] bytes;
        try (InputStream in = input.open()) {
            bytes = in.readNBytes((int) MAX_TEXT_FILE_BYTES + 1); // a ZIP entry may declare less than it holds
        }
        if (bytes.length > MAX_TEXT_FILE_BYTES) {
            sink.reject(new ImportProblem(input.name(), 0,
                    Problem.of(Problem.Code.TOO_LARGE, Long.toString(MAX_TEXT_FILE_BYTES >> 20))));
            return;
        }
        if (bytes.length == 0) {
            sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.EMPTY_FILE)));
            return;
        }
        String body;
        try {
            body = TextDecoding.decode(bytes);
        } catch (TextDecoding.UndecidableEncodingException e) {
            sink.reject(new ImportProblem(input.name(), 0, e.problem()));
            return;
        }
        RawRecord record = new RawRecord(null, null, null, null, null, null, null);
        String bodyField = null;
        ImportInput sidecar = input.sibling("json");
        Problem sidecarRefusal = sidecar == null ? null : sidecar.refusal();
        if (sidecarRefusal != null) {
            sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.SIDECAR_REFUSED, sidecar.name(), sidecarRefusal)));
            return;
        }
        if (sidecar != null) {
            try (InputStream in = sidecar.open()) {
                JsonNode metadata = MAPPER.readTree(in);
                if (metadata == null || !metadata.isObject()) {
                    sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.SIDECAR_NOT_OBJECT, sidecar.name())));
                    return;
                }
                record = RawRecord.from(metadata, mapping);
                bodyField = mapping.fieldName(metadata, FieldMapping.Target.BODY);
            } catch (JsonProcessingException e) {
                sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.SIDECAR_INVALID, sidecar.name(), jsonError(e))));
                return;
            }
        }
        RawRecord asRead = record.withTextFileBody(body);
        if (deliver(asRead, input.name(), 0, sink) && bodyField != null
                && !Paragraphs.ofField(record.body()).equals(Paragraphs.ofField(asRead.body()))) {
            // The text file is the article; a sidecar's other text is said, never taken silently nor dropped so.
            notes.add(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.SIDECAR_BODY_NOT_USED,
                    sidecar.name(), bodyField)));
        }
    }

    /**
     * Opens an input for reading, refusing binary data from its first bytes: a NUL byte never appears in UTF-8 JSON,
     * JSON Lines or CSV text. Returns null (after reporting) for an empty or binary input.
     */
    static BufferedInputStream openText(ImportInput input, ArticleSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input.open(), HEAD_BYTES);
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        Problem problem = null;
        if (head.length == 0) {
            problem = Problem.of(Problem.Code.EMPTY_FILE);
        } else {
            for (byte b : head) {
                if (b == 0) {
                    problem = Problem.of(Problem.Code.BINARY);
                    break;
                }
            }
        }
        if (problem != null) {
            in.close();
            sink.reject(new ImportProblem(input.name(), 0, problem));
            return null;
        }
        in.skipNBytes(leadingByteOrderMarks(head));
        return in;
    }

    /**
     * Bytes taken by UTF-8 byte-order marks at the start: editors that add one to a file that has one leave two, and
     * neither Jackson (one at most) nor a line reader (none) skips them.
     */
    private static int leadingByteOrderMarks(byte[] head) {
        int at = 0;
        while (at + 3 <= head.length && (head[at] & 0xFF) == 0xEF && (head[at + 1] & 0xFF) == 0xBB
                && (head[at + 2] & 0xFF) == 0xBF) {
            at += 3;
        }
        return at;
    }

    /** A JSON file: an array of article objects, or one object; a bad record inside the array skips only itself. */
    private void readJsonArray(ImportInput input, ArticleSink sink) throws IOException {
        JsonArrayReader.read(input, sink, (node, number) -> deliver(RawRecord.from(node, mapping), input.name(),
                number, sink));
    }

    private void readJsonLines(ImportInput input, ArticleSink sink) throws IOException {
        BufferedInputStream in = openText(input, sink);
        if (in == null) {
            return;
        }
        try (in) {
            BoundedLines lines = new BoundedLines(in, MAX_RECORD_CHARS);
            long lineNumber = 0;
            boolean anyRecord = false;
            for (String line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                if (line == BoundedLines.TOO_LONG) {
                    sink.reject(new ImportProblem(input.name(), lineNumber,
                            Problem.of(Problem.Code.LINE_TOO_LONG, Integer.toString(MAX_RECORD_CHARS >> 20))));
                    continue;
                }
                if (line == BoundedLines.NOT_UTF8) {
                    sink.reject(new ImportProblem(input.name(), lineNumber, Problem.of(Problem.Code.LINE_NOT_UTF8)));
                    continue;
                }
                if (line.isBlank()) {
                    continue;
                }
                anyRecord = true;
                try {
                    JsonNode node = MAPPER.readTree(line);
                    if (node != null && node.isObject()) {
                        deliver(RawRecord.from(node, mapping), input.name(), lineNumber, sink);
                    } else {
                        sink.reject(new ImportProblem(input.name(), lineNumber, Problem.of(Problem.Code.NOT_JSON_OBJECT)));
                    }
                } catch (JsonProcessingException e) {
                    sink.reject(new ImportProblem(input.name(), lineNumber, Problem.of(Problem.Code.INVALID_JSON, jsonError(e))));
                }
                if (sink.isCancelled()) {
                    return;
                }
            }
            if (!anyRecord) {
                sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.NO_RECORDS)));
            }
        }
    }

    /**
     * A CSV file whose first row names the columns (mapped to fields as JSON keys are, {@code --map} included). Its
     * encoding is found like a text file's: UTF-8 with or without a mark, UTF-16 with one, or Windows-1256.
     */
    private void readCsv(ImportInput input, ArticleSink sink) throws IOException {
        BufferedInputStream in = openCsv(input, sink);
        if (in == null) {
            return;
        }
        TextDecoding.Detected encoding;
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        try {
            encoding = TextDecoding.detect(head, head.length);
        } catch (TextDecoding.UndecidableEncodingException e) {
            in.close();
            sink.reject(new ImportProblem(input.name(), 0, e.problem()));
            return;
        }
        char separator;
        try {
            separator = CsvSeparator.of(new String(head, encoding.offset(), head.length - encoding.offset(),
                    encoding.charset()));
        } catch (CsvSeparator.AmbiguousException e) {
            in.close();
            sink.reject(new ImportProblem(input.name(), 0, e.problem()));
            return;
        }
        in.skipNBytes(encoding.offset());
        long row = 0;
        try (Reader reader = new InputStreamReader(in, TextDecoding.strict(encoding.charset()));
             MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                     .with(CsvSchema.emptySchema().withColumnSeparator(separator))
                     .with(CsvParser.Feature.WRAP_AS_ARRAY).with(CsvParser.Feature.SKIP_EMPTY_LINES).readValues(reader)) {
            String[] header = null;
            while (true) {
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    String[] values = rows.nextValue();
                    if (header == null) {
                        header = columnNames(values);
                        continue;
                    }
                    row++;
                    if (values.length != header.length) {
                        sink.reject(new ImportProblem(input.name(), row, Problem.of(Problem.Code.CSV_ROW_WIDTH,
                                Integer.toString(values.length), Integer.toString(header.length))));
                        continue;
                    }
                    ObjectNode node = MAPPER.createObjectNode();
                    for (int i = 0; i < header.length; i++) {
                        node.put(header[i], values[i]);
                    }
                    deliver(RawRecord.from(node, mapping), input.name(), row, sink);
                } catch (JsonProcessingException e) {
                    sink.reject(new ImportProblem(input.name(), row + 1, Problem.of(Problem.Code.INVALID_CSV, jsonError(e))));
                    return;
                }
                if (sink.isCancelled()) {
                    return;
                }
            }
            if (row == 0) {
                sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.NO_ROWS)));
            }
        } catch (CharacterCodingException e) {
            sink.reject(new ImportProblem(input.name(), row + 1, Problem.of(Problem.Code.NOT_VALID_TEXT_REST,
                    encoding.charset().name())));
        }
    }

    /** Header cells as column names: trimmed, and without the byte-order marks a doubled mark leaves in the first. */
    private static String[] columnNames(String[] header) {
        String[] names = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            names[i] = header[i].replace("\uFEFF", "").strip();
        }
        return names;
    }

    /** Like {@link #openText}, but a CSV file may be UTF-16 (with its mark), whose bytes hold NULs. */
    private static BufferedInputStream openCsv(ImportInput input, ArticleSink sink) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input.open(), HEAD_BYTES);
        in.mark(4);
        byte[] mark = in.readNBytes(2);
        in.reset();
        boolean utf16 = mark.length == 2 && ((mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE
                || (mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF);
        if (utf16) {
            return in;
        }
        in.close();
        return openText(input, sink);
    }

    /** Hands the record's article to the sink, or its reason to be skipped; true when it was an article. */
    private boolean deliver(RawRecord record, String file, long number, ArticleSink sink) {
        String origin = number > 0 ? file + "#" + number : file;
        try {
            RawRecord.Read read = record.toArticle(origin, today);
            sink.accept(read.article());
            if (read.dateNote() != null) {
                notes.add(new ImportProblem(file, number, read.dateNote()));
            }
            return true;
        } catch (RawRecord.BadRecordException e) {
            sink.reject(new ImportProblem(file, number, e.problem()));
            return false;
        }
    }

    /**
     * What the last {@link #readInto} has to say about articles it imported all the same (a date it could not keep):
     * the first {@value ImportNotes#LISTED_AT_MOST}, and how many in all.
     */
    public ImportNotes notes() {
        return notes;
    }

    /** Jackson's message without its source excerpt, plus line and column. */
    private static String jsonError(JsonProcessingException e) {
        return jsonMessage(e) + JsonArrayReader.Segment.WHOLE_FILE.where(e.getLocation());
    }

    /** Jackson's message without its source excerpt; a field over the size limit in words. */
    static String jsonMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (e instanceof StreamConstraintsException && message.startsWith("String value length")) {
            return Problem.of(Problem.Code.FIELD_TOO_LONG, Integer.toString(MAX_RECORD_CHARS >> 20)).english();
        }
        return message;
    }
}
