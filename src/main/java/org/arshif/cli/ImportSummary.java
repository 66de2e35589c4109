package org.arshif.cli;

import java.util.Locale;
import org.arshif.model.ImportReport;

/** The one-line summary an import ends with. */
final class ImportSummary {

    private ImportSummary() {
    }

    static String describe(ImportReport report) {
        double seconds = report.elapsed().toMillis() / 1000.0;
        String repeated = report.repeated() == 0 ? "" : org.arshif.text.PluralText.format("; {0,plural,one{# record"
                + " gave an id given earlier in the same import: the last was kept} other{# records gave an id given"
                + " earlier in the same import: the last of each was kept}}", Locale.ENGLISH, report.repeated());
        // A rate of 0 or 1 article a second is a short import's rounding, not a speed ("1 articles/s"): left out.
        long rate = seconds > 0 ? Math.round((report.imported() + report.unchanged()) / seconds) : 0;
        return String.format(Locale.ROOT, "%s: %,d added, %,d updated, %,d unchanged, %,d skipped in %.1f s%s%s",
                report.cancelled() ? "Import cancelled" : "Imported", report.added(), report.updated(),
                report.unchanged(), report.skippedCount(), seconds, rate < 2 ? "" : String.format(Locale.ROOT, " (%,d articles/s)", rate),
                repeated);
    }
}
