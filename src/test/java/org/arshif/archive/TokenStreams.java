package org.arshif.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/** An analyzer's tokens written out whole (term, position increment and length, offsets, type), to compare chains. */
public final class TokenStreams {

    private TokenStreams() {
    }

    /** One line per token: {@code term +increment /length start-end type}, and the final offset last. */
    public static List<String> of(Analyzer analyzer, String field, String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + position.getPositionIncrement() + " /" + length.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset() + " " + type.type());
            }
            stream.end();
            tokens.add("end +" + position.getPositionIncrement() + " " + offset.endOffset());
        }
        return tokens;
    }
}
