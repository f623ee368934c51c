package org.clinicdesk.core.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The import report as lines of text, the same for the command line and the window: per file the counts per kind,
 * each record of the previous system's export not stored (with its JSON pointer and reason), likely duplicates,
 * then the totals and whether each imported patient's chart opens.
 */
public final class ImportReportText {
    private ImportReportText() {
    }

    public static List<String> lines(ImportReport report) {
        List<String> out = new ArrayList<>();
        for (ImportReport.FileOutcome f : report.files()) {
            if (f.status() != ImportReport.FileStatus.IMPORTED) {
                out.add(f.status() + " " + f.file() + " (nothing from it was stored)");
                continue;
            }
            out.add((report.dryRun() ? "Would import " : "Imported ") + f.file());
            counts(out, f.counts());
            for (ImportReport.NotStored n : f.notStored()) {
                if (!n.pointer().isEmpty() && !n.reason().equals("imported before")) {
                    out.add("  " + n.resourceType() + " " + n.pointer() + " " + n.reason());
                }
            }
            for (ImportReport.DuplicateFlag d : f.likelyDuplicates()) {
                out.add("  likely duplicate: " + d.uhid() + " " + d.name() + " looks like " + d.existingUhid() + " "
                        + d.existingName() + " (" + String.join(", ", d.reasons()) + "); not merged");
            }
        }
        out.add("Totals:");
        counts(out, report.totals());
        for (ImportReport.ChartCheck c : report.charts()) {
            out.add("Chart " + c.uhid() + (c.opens() ? " opens (" + c.historyEntries() + " history entries, "
                    + c.notes() + " notes)" : " does NOT open: " + c.problem()));
        }
        if (report.dryRun()) {
            out.add("Dry run: nothing was written.");
        }
        if (report.cancelled()) {
            out.add("Cancelled: the file being imported was rolled back; later files were not read.");
        }
        return out;
    }

    private static void counts(List<String> out, Map<String, ImportReport.TypeCount> counts) {
        counts.forEach((type, c) -> out.add(String.format(Locale.ROOT,
                "  %-22s in %5d  stored %5d  imported before %5d  not kept %5d  skipped %5d", type, c.in(), c.stored(),
                c.alreadyImported(), c.unsupported(), c.skipped())));
    }
}
