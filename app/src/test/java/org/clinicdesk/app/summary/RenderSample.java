package org.clinicdesk.app.summary;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/** Writes the sample summaries to a folder, to look at them (rendered to PNG) while working on the layout. */
final class RenderSample {
    private RenderSample() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/summary-samples");
        Clock printed = Clock.fixed(Instant.parse("2026-11-21T07:10:00Z"), SampleVisits.KOLKATA);
        VisitSummaryPdf pdf = new VisitSummaryPdf(FontChoice.SYSTEM_UNICODE, printed);
        pdf.write(SampleVisits.summary(), dir.resolve("visit-summary.pdf"));
        pdf.write(SampleVisits.longSummary(150), dir.resolve("visit-summary-long.pdf"));
        new VisitSummaryPdf(FontChoice.STANDARD_14, printed)
                .write(SampleVisits.summary(), dir.resolve("visit-summary-standard14.pdf"));
        new VisitSummaryPdf(FontChoice.BUNDLED, printed)
                .write(SampleVisits.summary(), dir.resolve("visit-summary-bundled.pdf"));
        org.clinicdesk.app.gui.common.Messages.use(org.clinicdesk.app.language.Language.HINDI.locale());
        pdf.write(DevanagariPdfTest.devanagariSummary().withFollowUp(java.util.Optional.of(
                java.time.LocalDate.of(2026, 11, 28))), dir.resolve("visit-summary-hindi.pdf"));
        org.clinicdesk.app.gui.common.Messages.use(org.clinicdesk.app.language.Language.ENGLISH.locale());
    }
}
