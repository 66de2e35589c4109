package org.arshif.importer;

import org.arshif.model.Problem;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.arshif.archive.ArticleSink;
import org.arshif.model.ImportProblem;

/**
 * Reads a JSON file: an array of article objects, or one object, streamed one record at a time. A record Jackson
 * refuses (a field over the size limit, nesting too deep, a syntax error inside it) is skipped and reading goes on
 * after it: the file is opened again at the bad record, which {@link JsonRecordSkipper} passes over, and a new parser
 * reads the rest as an array. Only a break between records (a comment, a missing comma) or an unclosed record stops
 * the file, saying where.
 */
final class JsonArrayReader {

    /** Where the records go, each with its number in the file (1-based). */
    @FunctionalInterface
    interface Records {
        void accept(JsonNode record, long number);
    }

    private JsonArrayReader() {
    }

    /** Reads every record of the file into {@code records}; what cannot be read goes to the sink. */
    static void read(ImportInput input, ArticleSink sink, Records records) throws IOException {
        Segment segment = Segment.WHOLE_FILE;
        while (segment != null) {
            segment = readSegment(input, segment, sink, records);
        }
    }

    /**
     * Where a parser starts reading a JSON file: at its beginning, or after a skipped record (at a byte offset, after
     * {@code recordsBefore} records, at a line and column) behind a one-byte {@code [} that makes the rest an array.
     */
    record Segment(long byteOffset, long recordsBefore, long line, long column) {
        static final Segment WHOLE_FILE = new Segment(0, 0, 1, 1);
        static final byte[] RESUMED_ARRAY = {'['};

        boolean resumed() {
            return byteOffset > 0;
        }

        /** A position the parser reports, in the file's own lines and columns. */
        String where(JsonLocation at) {
            return at == null || at.getLineNr() < 0 ? ""
                    : " (line " + fileLine(at) + ", column " + fileColumn(at) + ")";
        }

        long fileLine(JsonLocation at) {
            return at.getLineNr() + line - 1;
        }

        /** On the segment's first line the parser counts the added {@code [} and not what came before it. */
        long fileColumn(JsonLocation at) {
            return at.getLineNr() == 1 && resumed() ? column + at.getColumnNr() - RESUMED_ARRAY.length - 1
                    : at.getColumnNr();
        }

        /** A byte offset the parser reports, in the file. */
        long fileOffset(long parserOffset) {
            return resumed() ? byteOffset + parserOffset - RESUMED_ARRAY.length : parserOffset;
        }
    }

    /** Reads records from one segment; returns where to go on after a skipped record, or null when the file is done. */
    private static Segment readSegment(ImportInput input, Segment segment, ArticleSink sink, Records records)
            throws IOException {
        long record = segment.recordsBefore();
        boolean insideRecord = false;
        JsonLocation recordStart = null;
        BufferedInputStream in = FileImporter.openText(input, sink);
        if (in == null) {
            return null;
        }
        if (segment.resumed()) {
            in.skipNBytes(segment.byteOffset());
        }
        InputStream source = segment.resumed()
                ? new SequenceInputStream(new ByteArrayInputStream(Segment.RESUMED_ARRAY), in) : in;
        try (source; JsonParser parser = FileImporter.JSON.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.EMPTY_FILE)));
            } else if (first == JsonToken.START_OBJECT) {
                record = 1;
                records.accept(FileImporter.MAPPER.readTree(parser), record);
            } else if (first == JsonToken.START_ARRAY) {
                for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                    if (token == null) {
                        throw new Problem.Failed(Problem.of(Problem.Code.JSON_ARRAY_UNCLOSED), null);
                    }
                    record++;
                    insideRecord = true;
                    recordStart = parser.currentTokenLocation();
                    if (token == JsonToken.START_OBJECT) {
                        records.accept(FileImporter.MAPPER.readTree(parser), record);
                    } else {
                        parser.skipChildren();
                        sink.reject(new ImportProblem(input.name(), record, Problem.of(Problem.Code.NOT_JSON_OBJECT)));
                    }
                    insideRecord = false;
                    if (sink.isCancelled()) {
                        return null;
                    }
                }
            } else {
                sink.reject(new ImportProblem(input.name(), 0, Problem.of(Problem.Code.NOT_JSON_ARTICLES)));
            }
        } catch (JsonProcessingException e) {
            // A size limit is reported without a location: the record's start says where.
            JsonLocation at = e.getLocation() == null && insideRecord ? recordStart : e.getLocation();
            Problem reason = Problem.of(Problem.Code.INVALID_JSON, FileImporter.jsonMessage(e) + segment.where(at));
            if (!insideRecord || recordStart == null || recordStart.getByteOffset() < 0) {
                sink.reject(new ImportProblem(input.name(), insideRecord ? record : record + 1,
                        Problem.of(Problem.Code.REST_NOT_READ, reason)));
                return null;
            }
            return skipBadRecord(input, segment, recordStart, record, reason, sink);
        }
        return null;
    }

    /** Reports the bad record and finds where the next one starts, or reports where the file broke off. */
    private static Segment skipBadRecord(ImportInput input, Segment segment, JsonLocation recordStart, long record,
                                      Problem reason, ArticleSink sink) throws IOException {
        long start = segment.fileOffset(recordStart.getByteOffset());
        BufferedInputStream in = FileImporter.openText(input, sink);
        if (in == null) {
            return null;
        }
        try (in) {
            in.skipNBytes(start);
            JsonRecordSkipper.Resume resume = JsonRecordSkipper.skip(in, start, segment.fileLine(recordStart),
                    segment.fileColumn(recordStart));
            sink.reject(new ImportProblem(input.name(), record, Problem.of(Problem.Code.SKIPPED, reason)));
            return new Segment(resume.byteOffset(), record, resume.line(), resume.column());
        } catch (JsonRecordSkipper.Stop stop) {
            sink.reject(new ImportProblem(input.name(), record, stop.arrayEnded() ? Problem.of(Problem.Code.SKIPPED, reason)
                    : Problem.of(Problem.Code.REST_NOT_READ_BECAUSE, reason, stop.where())));
            return null;
        }
    }
}
