package org.arshif.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A JSON Lines feed of one short Arabic article per date, as a wire service writes its dates, for the date tests. */
final class DatedFeed {

    private DatedFeed() {
    }

    /** Writes the feed: record i (from 1) has the id {@code idPrefix + i}, the i-th date as written, a body. */
    static Path write(Path file, String idPrefix, List<String> dates) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < dates.size(); i++) {
            lines.append(json.createObjectNode().put("id", idPrefix + (i + 1)).put("date", dates.get(i))
                    .put("content", "خبر رقم " + (i + 1) + " عن محادثات أستانا.")).append('\n');
        }
        return Files.writeString(file, lines);
    }
}
