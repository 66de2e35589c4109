package org.arshif.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.arshif.model.Problem;

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
    public static Problem advice() {
        return Problem.of(Problem.Code.LOCALE_CANNOT_SPELL, charsetName());
    }

    /**
     * Why a path could not be made: its reason (the system's words), and the locale advice when the locale is the
     * likely cause.
     */
    public static Object explain(java.nio.file.InvalidPathException e) {
        return limited() ? Problem.of(Problem.Code.REASON_AND_ADVICE, e.getReason(), advice()) : e.getReason();
    }

    /** True when a text arrived garbled: the replacement character stands for bytes the locale could not decode. */
    public static boolean garbled(String text) {
        return limited() && text.indexOf('\uFFFD') >= 0;
    }
}
