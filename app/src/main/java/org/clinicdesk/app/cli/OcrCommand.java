package org.clinicdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.clinicdesk.core.common.ClinicException;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.documents.FileLimits;
import org.clinicdesk.storage.ocr.FactView;
import org.clinicdesk.storage.ocr.OcrPipeline;
import org.clinicdesk.storage.ocr.OcrReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clinicdesk ocr FILE [--json]}: reads a scanned file locally and prints its text and the facts found in it.
 * Stores nothing. With {@code --json}, stdout carries exactly one JSON document ({@link OcrReport}).
 */
@Command(name = "ocr", mixinStandardHelpOptions = true,
        description = "Read a scanned PNG, JPEG, TIFF or PDF locally and list the clinical facts found in it.")
public final class OcrCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;
    static final int FAILED = 1;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to read.")
    Path file;

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(names = "--date-order", defaultValue = "DAY_FIRST",
            description = "How this clinic writes numeric dates: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    DateOrder dateOrder;

    @Option(names = "--workers", defaultValue = "2", description = "OCR worker threads (default ${DEFAULT-VALUE}).")
    int workers;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (workers < 1 || workers > 16) {
            err.println("Error: --workers: must be between 1 and 16");
            return BAD_INPUT;
        }
        OcrReport report;
        try (OcrPipeline pipeline = new OcrPipeline(workers, FileLimits.DEFAULT, dateOrder)) {
            report = pipeline.read(file);
        } catch (org.clinicdesk.core.common.ValidationException e) {
            err.println("Error: " + e.getMessage());
            return BAD_INPUT;
        } catch (ClinicException e) {
            err.println("Error: " + e.getMessage());
            return FAILED;
        }
        if (json) {
            out.println(report.toJson());
        } else {
            printSummary(out, report);
        }
        out.flush();
        return 0;
    }

    private static void printSummary(PrintWriter out, OcrReport report) {
        out.printf(Locale.ROOT, "%s (%s, %d page(s), read in %d ms)%n", report.file(), report.mediaType(),
                report.pages().size(), report.millis());
        for (OcrReport.PageView page : report.pages()) {
            out.printf(Locale.ROOT, "%n--- page %d (turned %d degrees, deskewed %.2f, confidence %.0f) ---%n%s%n",
                    page.number(), page.rotationDegrees(), page.deskewDegrees(), page.meanConfidence(), page.text());
        }
        out.printf(Locale.ROOT, "%n%d suggested fact(s):%n", report.facts().size());
        for (FactView f : report.facts()) {
            out.printf(Locale.ROOT, "  p%d %-14s %-40s %.2f  %s%n", f.page(), f.kind(), f.text(), f.confidence(), f.details());
        }
    }
}
