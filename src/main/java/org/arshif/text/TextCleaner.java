package org.arshif.text;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans text on its way into the archive while keeping what the author wrote.
 *
 * <p>Real Arabic news text carries HTML entities, stray control characters, zero-width and bidi control marks,
 * no-break spaces and Arabic presentation forms (see {@code docs/analysis.md}). None of them is something the
 * author meant to be read; all of them break search or display. Letters, diacritics, tatweel and punctuation
 * are kept: search normalises those at analysis time, so the reader still shows the text as written.
 */
public final class TextCleaner {

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("quot", "\""), Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("hellip", "…"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("zwnj", ""),
            Map.entry("zwj", ""), Map.entry("lrm", ""), Map.entry("rlm", ""), Map.entry("shy", ""),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("deg", "°"), Map.entry("copy", "©"));

    private TextCleaner() {
    }

    /**
     * Cleans one piece of text: entities decoded, invisible controls dropped, odd spaces made plain,
     * presentation forms folded to letters. Line breaks are kept (as {@code \n}); runs of spaces are not.
     */
    public static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = decodeEntities(raw);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                out.append('\n');
            } else if (cp == '\n') {
                out.append('\n');
            } else if (isSpace(cp)) {
                out.append(' ');
            } else if (isInvisible(cp)) {
                // dropped: zero-width, bidi controls, C0/C1 controls, soft hyphen
            } else if (isPresentationForm(cp)) {
                out.append(foldPresentationForm(cp));
            } else {
                out.appendCodePoint(cp);
            }
        }
        return collapseSpaces(out);
    }

    /** Cleans a title or another one-line field: as {@link #clean}, with line breaks made spaces, trimmed. */
    public static String cleanLine(String raw) {
        return SPACES.matcher(clean(raw).replace('\n', ' ')).replaceAll(" ").strip();
    }

    static String decodeEntities(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decodeEntity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decodeEntity(String body, String whole) {
        if (body.charAt(0) == '#') {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            try {
                int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(cp) ? Character.toString(cp) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        String named = NAMED_ENTITIES.get(body.toLowerCase(java.util.Locale.ROOT));
        return named != null ? named : whole;
    }

    private static boolean isSpace(int cp) {
        return cp == '\t' || cp == '\u00A0' || cp == '\u2007' || cp == '\u202F' || cp == '\u3000'
                || (cp >= '\u2000' && cp <= '\u200A') || cp == '\u205F' || cp == '\u000B' || cp == '\u000C'
                || cp == '\u2028' || cp == '\u2029';
    }

    private static boolean isInvisible(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)               // C0 and C1 controls (\n handled before)
                || cp == 0x00AD                                       // soft hyphen
                || (cp >= 0x200B && cp <= 0x200F)                     // zero-width space/joiners, LRM, RLM
                || (cp >= 0x202A && cp <= 0x202E)                     // bidi embeddings and overrides
                || (cp >= 0x2060 && cp <= 0x2069)                     // word joiner, invisible operators, isolates
                || cp == 0x061C                                       // Arabic letter mark
                || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;      // BOM and non-characters
    }

    static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFC);
    }

    /**
     * NFKC maps a presentation form to its letters; the isolated forms of harakat (U+FE70..) come out as
     * space + mark, and the space is dropped so the mark stays on its letter.
     */
    private static String foldPresentationForm(int cp) {
        String folded = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        return folded.length() > 1 && folded.charAt(0) == ' ' ? folded.substring(1) : folded;
    }

    private static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                space = true;
                continue;
            }
            if (space && c != '\n' && !out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                out.append(' ');
            }
            space = false;
            if (c == '\n') {
                trimTrailingSpace(out);
            }
            out.append(c);
        }
        return out.toString();
    }

    private static void trimTrailingSpace(StringBuilder out) {
        while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
    }
}
