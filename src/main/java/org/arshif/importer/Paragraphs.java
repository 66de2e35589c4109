package org.arshif.importer;

import java.util.ArrayList;
import java.util.List;
import org.arshif.text.TextCleaner;

/**
 * Splits a body into paragraphs. A body that is a field of a record (JSON, JSON Lines, CSV) is split at every line
 * break: the field holds the text, not a page layout, so each line is a paragraph whichever format carried it. A
 * plain text file is laid out on a page: blank lines separate paragraphs; when it has no blank line, each line is a
 * paragraph (as in the seed article) unless the lines look hard-wrapped at a fixed width, in which case consecutive
 * lines are joined.
 */
final class Paragraphs {

    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n{2,}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" {2,}");
    private static final String SENTENCE_ENDS = ".!?؟:»\"”";

    private Paragraphs() {
    }

    /**
     * Cleans a record's body and returns its non-empty lines, each a paragraph; a body written as HTML is made plain
     * first, its paragraphs, line breaks and blocks each a paragraph ({@link HtmlText}).
     */
    static List<String> ofField(String raw) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : TextCleaner.clean(HtmlText.plain(raw)).split("\n")) {
            add(paragraphs, line);
        }
        return paragraphs;
    }

    /** Cleans a text file's content and returns its non-empty paragraphs, read from its layout. */
    static List<String> ofTextFile(String raw) {
        String text = TextCleaner.clean(raw);
        List<String> paragraphs = new ArrayList<>();
        if (text.contains("\n\n")) {
            for (String block : BLANK_LINES.split(text)) {
                add(paragraphs, block.replace('\n', ' '));
            }
        } else if (looksHardWrapped(text)) {
            add(paragraphs, text.replace('\n', ' '));
        } else {
            for (String line : text.split("\n")) {
                add(paragraphs, line);
            }
        }
        return paragraphs;
    }

    private static void add(List<String> paragraphs, String paragraph) {
        String stripped = SPACES.matcher(paragraph).replaceAll(" ").strip();
        if (!stripped.isEmpty()) {
            paragraphs.add(stripped);
        }
    }

    /**
     * Hard-wrapped text: at least four lines, nearly all (but the last) between 50 and 100 characters and
     * within 20 of each other, and most not ending a sentence.
     */
    static boolean looksHardWrapped(String text) {
        String[] lines = text.split("\n");
        if (lines.length < 4) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        int openEnded = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            int length = lines[i].strip().length();
            min = Math.min(min, length);
            max = Math.max(max, length);
            String line = lines[i].strip();
            if (line.isEmpty() || SENTENCE_ENDS.indexOf(line.charAt(line.length() - 1)) < 0) {
                openEnded++;
            }
        }
        return min >= 50 && max <= 100 && max - min <= 20 && openEnded * 4 >= (lines.length - 1) * 3;
    }
}
