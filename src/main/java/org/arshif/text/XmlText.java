package org.arshif.text;

/** Text written into markup (XML, and HTML, which reads the same entities): what it says, never markup of its own. */
public final class XmlText {

    private XmlText() {
    }

    /** XML's five special characters escaped; characters XML 1.0 forbids (C0 controls but tab, LF, CR) dropped. */
    public static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                        if (cp != 0xFFFE && cp != 0xFFFF) {
                            out.appendCodePoint(cp);
                        }
                    }
                }
            }
        });
        return out.toString();
    }
}
