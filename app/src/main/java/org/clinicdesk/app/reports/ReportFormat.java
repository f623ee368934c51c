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

    /** The file's bytes. Blocks: never on the FX thread. */
    public byte[] render(ClinicReport report) {
        return this == PDF ? new ReportPdf().render(report) : new ReportXlsx().render(report);
    }

    /** Writes {@code report} to {@code file} whole or not at all, owner-only. Blocks: never on the FX thread. */
    public void write(ClinicReport report, Path file) {
        write(file, render(report));
    }

    /** Writes bytes made by {@link #render} to {@code file} whole or not at all, owner-only. */
    public static void write(Path file, byte[] bytes) {
        ReportFiles.write(file, bytes);
    }

    /** "day-sheet-2026-11-30.pdf", "month-summary-2026-11.xlsx". */
    public String fileName(ClinicReport report) {
        String period = report.period().kind() == org.clinicdesk.core.reports.ReportPeriod.Kind.DAY
                ? "day-sheet-" + report.period().first() : "month-summary-" + report.period().first().toString()
                .substring(0, 7);
        return period + "." + extension;
    }
}
