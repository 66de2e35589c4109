package org.arshif.importer;

import org.arshif.model.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.arshif.archive.ArticleSink;
import org.arshif.archive.ArticleSource;
import org.arshif.model.ImportProblem;

/**
 * The seed articles packaged with the application (the project's {@code seeds/} folder): a fresh install
 * starts with them. Each is a {@code .txt} with its {@code .json} sidecar, read as the file importer reads them.
 */
public final class BundledSeeds implements ArticleSource {

    /** Base names of the seeds under {@code /seeds/} on the class path. */
    static final List<String> NAMES = List.of("000_3e452db34f5d0aa1");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public List<String> rereadInstructions() {
        return List.of(ImportHistory.SEEDS);
    }

    @Override
    public void readInto(ArticleSink sink) throws IOException {
        for (String name : NAMES) {
            String origin = "seeds/" + name + ".txt";
            String body = resource(name + ".txt");
            RawRecord record = RawRecord.from(MAPPER.readTree(resource(name + ".json")), FieldMapping.DEFAULT);
            try {
                sink.accept(record.withTextFileBody(body).toArticle(origin, LocalDate.now()).article());
            } catch (RawRecord.BadRecordException e) {
                sink.reject(new ImportProblem(origin, 0, e.problem()));
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = BundledSeeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) {
                throw new Problem.Failed(Problem.of(Problem.Code.SEED_MISSING, name), null);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
