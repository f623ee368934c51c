package org.clinicdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letterhead on the printed summary (clinic address and phone, the doctor's name, qualification and registration),
 * and the registration card and token slip, through the real command line; PDFs read back with PDFBox.
 */
class PrintCommandsTest {
    @TempDir
    Path home;
    private ClinicDay day;
    private String uhid;

    @BeforeEach
    void clinic() {
        day = ClinicDay.initialised(home.resolve("data"));
        uhid = day.register("Ramesh Kumar", "14/08/1985", "M");
    }

    @Test
    void theVisitSummaryCarriesTheClinicAndDoctorDetailsBothTemperatureUnitsAndLocalTime() throws IOException {
        day.ok(day.admin("clinic", "set", "--address", "12 MG Road, Jayanagar\nBengaluru 560011", "--phone",
                "080 2345 6789"));
        day.ok(day.doctor("user", "set", "doctor1", "--full-name", "Dr. Asha Rao", "--qualification", "MBBS, MD",
                "--registration", "KMC 12345"));
        day.ok(day.nurse("vitals", "add", uhid, "--hr", "96", "--rr", "18", "--sbp", "124", "--dbp", "82", "--temp",
                "38.5", "--spo2", "97"));
        String note = day.ok(day.doctor("note", "add", uhid, "--subjective", "Fever", "--assessment", "Viral fever",
                "--sign")).strip();
        Path pdf = home.resolve("summary.pdf");

        day.ok(day.doctor("note", "summary", note, "-o", pdf.toString()));

        String text = text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Sunrise Clinic", "12 MG Road, Jayanagar, Bengaluru 560011", "Phone 080 2345 6789",
                "Dr. Asha Rao, MBBS, MD", "Reg. No. KMC 12345", "38.5 °C (101.3 °F)");
        assertThat(text).containsPattern("Signed \\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} \\S+ \\(UTC[+-]\\d{2}:\\d{2}\\)");
    }

    @Test
    void aDoctorMaySetOnlyTheirOwnDetailsAndBadOnesAreRefusedByField() {
        var other = day.nurse("user", "set", "doctor1", "--full-name", "Dr. X", "--qualification", "MBBS",
                "--registration", "KMC 1");
        assertThat(other.exit()).as(other.toString()).isEqualTo(ExitCode.PERMISSION_DENIED);

        var nurse = day.admin("user", "set", "nurse1", "--full-name", "Asha", "--qualification", "GNM",
                "--registration", "KNC 1");
        assertThat(nurse.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nurse.err()).contains("only the details of doctors");

        var registration = day.doctor("user", "set", "doctor1", "--full-name", "Dr. Asha Rao", "--qualification",
                "MBBS", "--registration", "KMC#12345");
        assertThat(registration.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(registration.err()).contains("registration", "KMC#12345");

        var phone = day.admin("clinic", "set", "--phone", "call us");
        assertThat(phone.exit()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(phone.err()).contains("phone", "'call us' is not a phone number");
        assertThat(day.ok(day.admin("clinic", "show"))).contains("Phone: not set");
    }

    @Test
    void theRegistrationCardShowsThePatientAndClinic() throws IOException {
        day.ok(day.admin("clinic", "set", "--phone", "080 2345 6789"));
        Path pdf = home.resolve("card.pdf");

        day.ok(day.desk("patient", "card", uhid, "-o", pdf.toString()));

        assertThat(text(pdf)).contains("Sunrise Clinic", "Phone 080 2345 6789", "REGISTRATION CARD", "Ramesh Kumar",
                "UHID " + uhid, "Male", "14/08/1985");
    }

    @Test
    void theTokenSlipIsFoundByTokenOrByUhid() throws IOException {
        String token = day.ok(day.desk("queue", "add", uhid, "--priority", "urgent")).strip();
        Path byToken = home.resolve("slip.pdf");
        Path byUhid = home.resolve("slip-uhid.pdf");

        day.ok(day.desk("queue", "slip", token, "-o", byToken.toString()));
        day.ok(day.desk("queue", "slip", uhid, "-o", byUhid.toString()));

        assertThat(text(byToken)).contains("TOKEN", token, "URGENT", "Ramesh Kumar", "UHID " + uhid, "Queued ");
        assertThat(text(byUhid)).contains(token);
        var unknown = day.desk("queue", "slip", "A-999", "-o", home.resolve("none.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(ExitCode.NOT_FOUND);
        assertThat(home.resolve("none.pdf")).doesNotExist();
    }

    private static String text(Path pdf) throws IOException {
        assertThat(pdf).exists();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
