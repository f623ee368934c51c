package org.clinicdesk.app.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicdesk.core.site.ClinicContact;
import org.clinicdesk.core.site.DoctorDetails;
import org.junit.jupiter.api.Test;

/** The summary's letterhead: clinic contact, the signing doctor, local time with its zone, both units, follow-up. */
class LetterheadTest {
    private final VisitSummaryPdf pdf = new VisitSummaryPdf(FontChoice.SYSTEM_UNICODE,
            Clock.fixed(Instant.parse("2026-11-21T07:10:00Z"), SampleVisits.KOLKATA));

    private String printed(VisitSummary summary) {
        return PdfText.of(pdf.render(summary)).replaceAll("\\s+", " ");
    }

    @Test
    void theClinicAndDoctorDetailsArePrinted() {
        VisitSummary s = SampleVisits.summary().withLetterhead(new ClinicContact("12 MG Road\nBengaluru 560011",
                "080 2345 6789"), Optional.of(new DoctorDetails("Dr. Anil Menon", "MBBS, MD", "KMC 12345")));

        assertThat(printed(s)).contains("12 MG Road, Bengaluru 560011", "Phone 080 2345 6789 · Site A",
                "Dr. Anil Menon, MBBS, MD", "Reg. No. KMC 12345");
    }

    @Test
    void timesAreTheClinicsLocalTimeWithItsZoneNotAZoneId() {
        String text = printed(SampleVisits.summary());

        assertThat(text).contains("Signed 21 Nov 2026, 10:30 IST (UTC+05:30)").doesNotContain("Asia/Kolkata");
    }

    @Test
    void temperatureIsPrintedInCelsiusAndFahrenheit() {
        assertThat(printed(SampleVisits.summary())).contains("38.6 °C (101.5 °F)");
    }

    @Test
    void aFollowUpDateIsPrintedWhenTheNoteHasOne() {
        VisitSummary s = SampleVisits.summary().withFollowUp(Optional.of(LocalDate.of(2026, 11, 28)));

        assertThat(printed(s)).contains("Follow-up", "Please come back on Saturday, 28 Nov 2026.");
        assertThat(printed(SampleVisits.summary())).doesNotContain("Please come back");
    }

    @Test
    void withoutDetailsTheSignatureNamesTheSigner() {
        assertThat(printed(SampleVisits.summary())).contains("Signed by Dr. Anil Menon (dr.menon)")
                .doesNotContain("Reg. No.");
    }
}
