package org.clinicdesk.app.reports;

import java.nio.file.Path;
import org.clinicdesk.core.reports.ClinicReport;

/** The files a report is saved as. */
public enum ReportFormat {
    PDF("pdf"), XLSX("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Writes {@code report} to {@code file} whole or not at all, owner-only. Blocks: never on the FX thread. */
    public void write(ClinicReport report, Path file) {
        if (this == PDF) {
            new ReportPdf().write(report, file);
        } else {
            new ReportXlsx().write(report, file);
        }
    }

    /** "day-sheet-2026-11-30.pdf", "month-summary-2026-11.xlsx". */
    public String fileName(ClinicReport report) {
        String period = report.period().kind() == org.clinicdesk.core.reports.ReportPeriod.Kind.DAY
                ? "day-sheet-" + report.period().first() : "month-summary-" + report.period().first().toString()
                .substring(0, 7);
        return period + "." + extension;
    }
}
