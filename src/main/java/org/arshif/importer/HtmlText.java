package org.arshif.importer;

import java.util.Locale;
import java.util.Set;

/**
 * A field written as HTML made plain text: the tags of HTML's own elements dropped, a paragraph, line break or block
 * (p, br, div, a heading, a list item…) a line break, so a paragraph of the article; what a script, a style or a
 * comment holds dropped with it. Entities are decoded afterwards by {@link org.arshif.text.TextCleaner}, so an
 * escaped {@code &lt;p&gt;} stays text. A {@code <} that opens no element of HTML — {@code 3 < 5}, {@code x<y>},
 * {@code <<عنوان>>} — is text, and kept.
 *
 * <p>One pass, linear in the text: a tag ends at its first {@code >} outside quotes (at the first {@code >} if its
 * quotes never close); a {@code <} with no {@code >} after it opens no tag.
 */
final class HtmlText {

    /** Elements whose tags break a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "blockquote", "table", "tr", "thead", "tbody", "tfoot", "caption",
            "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption", "hr", "pre",
            "address", "center", "form", "fieldset", "details", "summary", "body", "html", "head", "title");
    /** Elements whose tags stand between words: a space. */
    private static final Set<String> SPACERS = Set.of("td", "th", "img", "iframe", "video", "audio", "source",
            "picture", "input", "button", "select", "option", "textarea", "label", "embed", "object", "svg",
            "meta", "link", "wbr");
    /** Elements whose tags are dropped, the words on either side joined as written. */
    private static final Set<String> INLINE = Set.of("a", "span", "b", "i", "u", "s", "em", "strong", "small",
            "big", "font", "sup", "sub", "mark", "abbr", "cite", "q", "del", "ins", "strike", "code", "kbd", "var",
            "time", "bdi", "bdo", "tt", "nobr", "dfn", "samp", "data", "base");
    /** Elements whose content is no text of the article: dropped up to their end tag (to the end without one). */
    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template");

    private HtmlText() {
    }

    /** The text with its HTML tags made plain; the same string when it holds none. */
    static String plain(String text) {
        int last = text.lastIndexOf('>');
        if (last < 0) {
            return text;
        }
        StringBuilder out = null;
        QuoteFinder quotes = new QuoteFinder(text);
        int copied = 0;
        int at = text.indexOf('<');
        while (at >= 0 && at < last) {
            String name = tagName(text, at);
            int end = name == null ? -1 : name.equals("!--") ? at + 3 : tagEnd(text, at, last, quotes);
            String replacement = end < 0 ? null : replacement(name);
            if (replacement == null) {
                at = text.indexOf('<', at + 1);
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, at).append(replacement);
            copied = end + 1;
            if (name.equals("!--")) {
                int close = text.indexOf("-->", at + 4);
                copied = close < 0 ? text.length() : close + 3;
            } else if (HIDDEN.contains(name) && text.charAt(at + 1) != '/') {
                int close = indexOfIgnoreCase(text, "</" + name, copied);
                int closeEnd = close < 0 ? -1 : text.indexOf('>', close);
                copied = closeEnd < 0 ? text.length() : closeEnd + 1;
            }
            at = text.indexOf('<', copied);
        }
        return out == null ? text : out.append(text, Math.min(copied, text.length()), text.length()).toString();
    }

    /** What a tag of this element becomes, or null when it is no element of HTML (then it is text). */
    private static String replacement(String name) {
        if (BLOCKS.contains(name)) {
            return "\n";
        } else if (SPACERS.contains(name)) {
            return " ";
        } else if (INLINE.contains(name) || HIDDEN.contains(name) || name.equals("!--") || name.equals("!")) {
            return "";
        }
        return null;
    }

    /**
     * The element a tag at {@code at} names, lower-cased ({@code !--} for a comment, {@code !} for a declaration),
     * or null when what follows the {@code <} is no tag's start.
     */
    private static String tagName(String text, int at) {
        int start = at + 1;
        if (text.startsWith("!--", start)) {
            return "!--";
        }
        if (start < text.length() && text.charAt(start) == '!') {
            return "!";
        }
        if (start < text.length() && text.charAt(start) == '/') {
            start++;
        }
        int end = start;
        while (end < text.length() && end - start <= 10 && isNameChar(text.charAt(end))) {
            end++;
        }
        if (end == start || end - start > 10 || end >= text.length()) {
            return null;
        }
        char next = text.charAt(end);
        if (next != '>' && next != '/' && !Character.isWhitespace(next)) {
            return null;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Where the tag opened at {@code at} ends: its first {@code >} outside quoted attribute values, or its first
     * {@code >} when a quote is not closed before the text's last {@code >}; -1 when no {@code >} follows.
     */
    private static int tagEnd(String text, int at, int last, QuoteFinder quotes) {
        for (int i = at + 1; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\'') && text.charAt(i - 1) == '=') {
                int close = quotes.next(c, i + 1);
                if (close < 0 || close > last) {
                    return text.indexOf('>', at);
                }
                i = close;
            } else if (c == '>') {
                return i;
            } else if (c == '<') {
                return -1; // another tag opens before this one closed: this one is text
            }
        }
        return -1;
    }

    /** The next of each quote mark after a place, remembered: a text of unclosed quotes is read once, not once a tag. */
    private static final class QuoteFinder {
        private final String text;
        private final int[] found = {-2, -2};
        private final int[] from = {0, 0};

        QuoteFinder(String text) {
            this.text = text;
        }

        int next(char quote, int after) {
            int k = quote == '"' ? 0 : 1;
            boolean known = found[k] != -2 && after >= from[k] && (found[k] == -1 || after <= found[k]);
            if (!known) {
                found[k] = text.indexOf(quote, after);
                from[k] = after;
            }
            return found[k];
        }
    }

    private static int indexOfIgnoreCase(String text, String wanted, int from) {
        for (int i = from; i + wanted.length() <= text.length(); i = i + 1) {
            i = text.indexOf('<', i);
            if (i < 0) {
                return -1;
            }
            if (text.regionMatches(true, i, wanted, 0, wanted.length())) {
                return i;
            }
        }
        return -1;
    }
}
