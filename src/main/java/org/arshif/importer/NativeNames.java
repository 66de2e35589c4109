package org.arshif.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Whether this Java can spell Arabic file names and arguments. The JVM decodes its arguments, environment and file
 * names with the locale's character set ({@code sun.jnu.encoding}), fixed at start-up: under {@code LC_ALL=POSIX} that
 * is ASCII, an Arabic argument reaches {@code main} as {@code U+FFFD} replacement characters, and a path holding them
 * cannot be made ({@link java.nio.file.InvalidPathException}). Setting {@code -Dsun.jnu.encoding=UTF-8} or
 * {@code -Dfile.encoding=UTF-8} on the command line does not change this (measured on JDK 25: the property stays
 * ANSI_X3.4-1968); only a UTF-8 locale does.
 */
public final class NativeNames {

    private NativeNames() {
    }

    /** The character set this JVM names files with. */
    static String charsetName() {
        String name = System.getProperty("sun.jnu.encoding");
        return name == null ? Charset.defaultCharset().name() : name;
    }

    /** True when this JVM cannot name every file (its locale is not UTF-8). */
    public static boolean limited() {
        try {
            return !Charset.forName(charsetName()).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    /** What is wrong and what to do, for a message about a name this JVM could not spell. */
    public static String advice() {
        return "this Java runs under a locale whose character set (" + charsetName() + ") cannot spell Arabic or other"
                + " non-ASCII names; run it under a UTF-8 locale, e.g. LC_ALL=C.UTF-8";
    }

    /** Why a path could not be made: its reason, and the locale advice when the locale is the likely cause. */
    public static String explain(java.nio.file.InvalidPathException e) {
        return e.getReason() + (limited() ? "; " + advice() : "");
    }

    /** True when a text arrived garbled: the replacement character stands for bytes the locale could not decode. */
    public static boolean garbled(String text) {
        return limited() && text.indexOf('\uFFFD') >= 0;
    }
}
