package org.arshif.archive.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.IndexableField;
import org.arshif.model.Article;
import org.junit.jupiter.api.Test;

/**
 * The analysis version ({@link CommitState#ANALYSIS}) names what articles are indexed with. This test fails when the
 * analysis or the fields change and the version was not raised: archives indexed before would then not be upgraded
 * at open, and their terms would not match today's queries. When it fails because of a change made on purpose, raise
 * {@code CommitState.ANALYSIS} and record the fingerprint the failure prints under the new version.
 */
class AnalysisVersionTest {

    /** The fingerprint of each analysis version: the terms of the kept sources' text, and an article's fields. */
    private static final Map<Integer, String> FINGERPRINTS = Map.of(
            1, "54c675941d7bf3088d280e707c8cd9da329384c3e70e624c967c67fc968e3fdc",
            2, "96a1748fcd64ef90115c0a21895777d79505b29d679059fd7ad61358c107ed71",
            3, "6c8f0e8c2fdbb6adbd49aa292b5069a1b11c53965de60a6ef9fb46b726e2882b",
            4, "d5063fcbc512eed7250cc9abf89328eba98d7b6353a13145c5f93d8871118583",
            5, "facbbefffd6b8c4d76a3db3e00e22a8ab026055ed9fb7dc3d493a0f4b60dc507");

    @Test
    void theAnalysisAndTheFieldsAreTheOnesTheAnalysisVersionNames() throws Exception {
        assertEquals(FINGERPRINTS.get(CommitState.ANALYSIS), fingerprint(), "the analysis or the fields changed:"
                + " raise CommitState.ANALYSIS (archives indexed before are then upgraded at open) and record this"
                + " fingerprint under it");
    }

    private static String fingerprint() throws Exception {
        StringBuilder all = new StringBuilder();
        try (ArabicSearchAnalyzer analyzer = new ArabicSearchAnalyzer()) {
            for (String text : keptTexts()) {
                for (String field : List.of(ArchiveFields.TITLE, ArchiveFields.BODY, ArchiveFields.LEAD)) {
                    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
                        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                        PositionIncrementAttribute step = tokens.addAttribute(PositionIncrementAttribute.class);
                        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
                        tokens.reset();
                        while (tokens.incrementToken()) {
                            all.append(field).append(' ').append(term).append(' ').append(step.getPositionIncrement())
                                    .append(' ').append(offset.startOffset()).append('-').append(offset.endOffset())
                                    .append('\n');
                        }
                        tokens.end();
                    }
                }
            }
        }
        Article article = new Article("fields", "عنوان الخبر في ٣٠ أكتوبر ٢٠١٧", false, LocalDate.of(2017, 10, 30),
                "الحياة", "مراسل", "https://example.org/a", List.of("فقرة أولى عن محادثات أستانا في 4 مايو 2017.",
                "فقرة ثانية عن رمضان 1436 وآذار 2011.", "فقرة ثالثة بتاريخ 10/10/1436هـ الموافق 26/7/2015م."), "news.json#1", "");
        for (IndexableField field : ArticleDocuments.toDocument(article, 7)) {
            all.append(field.name()).append(' ').append(field.fieldType()).append(' ').append(field.stringValue())
                    .append(' ').append(field.numericValue()).append(' ').append(field.binaryValue()).append('\n');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(all.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Every title and text of the sources the kept archives were imported from; from version 3 on, also texts of what
     * each later version reads differently (the sources do not hold it: the fingerprint of each version was taken
     * with the texts of the versions up to it).
     */
    private static List<String> keptTexts() throws Exception {
        List<String> texts = new ArrayList<>(List.of("وسم #مكة_لايف و#رؤية_2030 و#عاصفة_الحزم",
                "في عام 2015م على بعد 30كم من الـ6 أعلن القبض ـ ولله الحمد ـ على الخلية"));
        for (JsonNode record : new ObjectMapper().readTree(KeptArchives.resource("source/news.json").toFile())) {
            texts.add(record.get("title").asText());
            texts.add(record.get("content").asText());
        }
        return texts;
    }
}
