package org.arshif.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import org.arshif.model.ImportProblem;
import org.arshif.model.Problem;
import org.arshif.text.PluralText;

/**
 * Every user-visible string of the window, from {@code org/arshif/ui/messages*.properties}: Arabic is the default
 * bundle, English the other. The language is chosen once at start (a setting); changing it restarts the window.
 */
public final class Messages {

    public static final Locale ARABIC = Locale.forLanguageTag("ar");
    public static final Locale ENGLISH = Locale.ENGLISH;
    static final String BUNDLE = "org.arshif.ui.messages";

    private static volatile Locale locale = ARABIC;
    private static volatile ResourceBundle bundle = load(ARABIC);

    private Messages() {
    }

    private static ResourceBundle load(Locale locale) {
        // The Arabic strings are the base bundle; NO_FALLBACK keeps the JVM's default locale out of the choice.
        return ResourceBundle.getBundle(BUNDLE, locale.getLanguage().equals("ar") ? Locale.ROOT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static void use(Locale newLocale) {
        locale = newLocale.getLanguage().equals("en") ? ENGLISH : ARABIC;
        bundle = load(locale);
    }

    public static Locale locale() {
        return locale;
    }

    public static boolean isRightToLeft() {
        return locale.getLanguage().equals("ar");
    }

    public static String get(String key) {
        return bundle.getString(key);
    }

    /**
     * What went wrong, in the window's language: a refusal of the core by its code ({@link Problem}), anything
     * else by its own message (the system's or a library's words, which no bundle can know).
     */
    public static String describe(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Problem.Refused refused) {
                return refused.problem().text(locale);
            }
            if (cause instanceof Problem.Failed failed) {
                return failed.problem().text(locale);
            }
            if (cause instanceof org.arshif.archive.ArchiveException refused && refused.problem().isPresent()) {
                return refused.problem().get().text(locale);
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()
                    && !(cause instanceof java.util.concurrent.ExecutionException)) {
                return cause.getMessage();
            }
        }
        // No words at all (a StackOverflowError, a NullPointerException): what kind of failure, at least.
        Throwable innermost = failure;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return format("error.unexplained", innermost.getClass().getSimpleName());
    }

    /** A record or file the import left out (or noted), and why, in the window's language. */
    public static String describe(ImportProblem problem) {
        String why = problem.problem().text(locale);
        return problem.record() > 0 ? format("import.problem", problem.file(), Long.toString(problem.record()), why)
                : format("import.problemFile", problem.file(), why);
    }

    /** A message with arguments; counts take their plural form by CLDR rules ({@link PluralText}). */
    public static String format(String key, Object... args) {
        return PluralText.format(bundle.getString(key), locale, args);
    }
}
