package org.arshif.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.model.ImportProblem;

/**
 * Reads articles from files and folders: {@code .txt} (one article, metadata in a {@code NAME.json} sidecar),
 * {@code .json} (an array of article objects, or one object) and {@code .jsonl} (one object a line). Folders are
 * read recursively in name order. JSON is streamed: one record at a time is in memory.
 *
 * <p>A bad record is reported with its file and record number and the rest goes on; an unreadable file is
 * reported as a whole.
 */
public final class FileImporter implements ArticleSource {

    /** A text file is one article; anything larger than this is not an article. */
    static final long MAX_TEXT_FILE_BYTES = 32L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private final List<Path> paths;
    private final FieldMapping mapping;

    public FileImporter(List<Path> paths, FieldMapping mapping) {
        this.paths = List.copyOf(paths);
        this.mapping = mapping;
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        for (Path path : paths) {
            if (sink.isCancelled()) {
                return;
            }
            if (Files.isDirectory(path)) {
                readFolder(path, sink);
            } else if (Files.isRegularFile(path)) {
                readFile(path, sink, true);
            } else {
                sink.reject(new ImportProblem(path.toString(), 0, Files.exists(path)
                        ? "not a regular file or folder" : "no such file or folder"));
            }
        }
    }

    private void readFolder(Path folder, ArticleSink sink) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.reject(new ImportProblem(folder.toString(), 0, "cannot list the folder: " + e.getMessage()));
        }
        files.sort(null);
        for (Path file : files) {
            if (sink.isCancelled()) {
                return;
            }
            readFile(file, sink, false);
        }
    }

    /** Dispatches on the extension; a file named explicitly with an unknown extension is reported. */
    private void readFile(Path file, ArticleSink sink, boolean named) {
        String ext = extension(file);
        try {
            switch (ext) {
                case "txt" -> {
                    sink.reading(file.toString());
                    readText(file, sink);
                }
                case "json" -> {
                    if (!Files.exists(sibling(file, "txt"))) { // else it is that text file's sidecar
                        sink.reading(file.toString());
                        readJsonArray(file, sink);
                    }
                }
                case "jsonl", "ndjson" -> {
                    sink.reading(file.toString());
                    readJsonLines(file, sink);
                }
                default -> {
                    if (named) {
                        sink.reject(new ImportProblem(file.toString(), 0,
                                "unsupported file type (expected .txt, .json or .jsonl)"));
                    }
                }
            }
        } catch (IOException e) {
            sink.reject(new ImportProblem(file.toString(), 0, "cannot read the file: " + e.getMessage()));
        }
    }

    private void readText(Path file, ArticleSink sink) throws IOException {
        if (Files.size(file) > MAX_TEXT_FILE_BYTES) {
            sink.reject(new ImportProblem(file.toString(), 0,
                    "too large for one article (over " + (MAX_TEXT_FILE_BYTES >> 20) + " MB)"));
            return;
        }
        String body;
        try {
            body = TextDecoding.decode(Files.readAllBytes(file));
        } catch (CharacterCodingException e) {
            sink.reject(new ImportProblem(file.toString(), 0, "not UTF-8 or UTF-16 text"));
            return;
        }
        RawRecord record = new RawRecord(null, null, null, null, null, null, null);
        Path sidecar = sibling(file, "json");
        if (Files.isRegularFile(sidecar)) {
            try {
                JsonNode metadata = MAPPER.readTree(sidecar.toFile());
                if (metadata == null || !metadata.isObject()) {
                    sink.reject(new ImportProblem(file.toString(), 0, "its sidecar " + sidecar.getFileName()
                            + " is not a JSON object"));
                    return;
                }
                record = RawRecord.from(metadata, mapping);
            } catch (JsonProcessingException e) {
                sink.reject(new ImportProblem(file.toString(), 0, "its sidecar " + sidecar.getFileName()
                        + " is not valid JSON: " + jsonError(e)));
                return;
            }
        }
        deliver(record.withBody(body), file.toString(), 0, sink);
    }

    private void readJsonArray(Path file, ArticleSink sink) throws IOException {
        long record = 0;
        boolean insideRecord = false;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.reject(new ImportProblem(file.toString(), 0, "empty file"));
            } else if (first == JsonToken.START_OBJECT) {
                record = 1;
                deliver(RawRecord.from(MAPPER.readTree(parser), mapping), file.toString(), record, sink);
            } else if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw new IOException("the array is not closed");
                    }
                    record++;
                    insideRecord = true;
                    if (token == JsonToken.START_OBJECT) {
                        deliver(RawRecord.from(MAPPER.readTree(parser), mapping), file.toString(), record, sink);
                    } else {
                        parser.skipChildren();
                        sink.reject(new ImportProblem(file.toString(), record, "not a JSON object"));
                    }
                    insideRecord = false;
                    if (sink.isCancelled()) {
                        return;
                    }
                }
            } else {
                sink.reject(new ImportProblem(file.toString(), 0, "not a JSON array of articles or an article object"));
            }
        } catch (JsonProcessingException e) {
            sink.reject(new ImportProblem(file.toString(), insideRecord ? record : record + 1, "invalid JSON: " + jsonError(e)
                    + "; the rest of the file was not read"));
        }
    }

    private void readJsonLines(Path file, ArticleSink sink) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = MAPPER.readTree(line);
                    if (node != null && node.isObject()) {
                        deliver(RawRecord.from(node, mapping), file.toString(), lineNumber, sink);
                    } else {
                        sink.reject(new ImportProblem(file.toString(), lineNumber, "not a JSON object"));
                    }
                } catch (JsonProcessingException e) {
                    sink.reject(new ImportProblem(file.toString(), lineNumber, "invalid JSON: " + jsonError(e)));
                }
                if (sink.isCancelled()) {
                    return;
                }
            }
        } catch (java.nio.charset.MalformedInputException e) {
            sink.reject(new ImportProblem(file.toString(), 0, "not UTF-8 text; the rest of the file was not read"));
        }
    }

    private static void deliver(RawRecord record, String file, long number, ArticleSink sink) {
        String origin = number > 0 ? file + "#" + number : file;
        try {
            sink.accept(record.toArticle(origin));
        } catch (RawRecord.BadRecordException e) {
            sink.reject(new ImportProblem(file, number, e.getMessage()));
        }
    }

    /** Jackson's message without its source excerpt, plus line and column. */
    private static String jsonError(JsonProcessingException e) {
        var at = e.getLocation();
        String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        return at == null ? message : message + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static Path sibling(Path file, String ext) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot < 0 ? name : name.substring(0, dot)) + "." + ext);
    }
}
