package org.clinicdesk.app.gui.tools;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.clinicdesk.app.gui.common.LocalWorkstore;
import org.clinicdesk.app.gui.common.Workstore;
import org.clinicdesk.app.gui.setup.DemoSetup;
import org.clinicdesk.app.print.Printables;
import org.clinicdesk.app.summary.PrintedSummary;
import org.clinicdesk.app.summary.VisitSummaryPdf;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.PatientDetails;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.PhoneNumber;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.queue.Priority;
import org.clinicdesk.core.site.DoctorDetails;
import org.clinicdesk.core.users.Actor;

/**
 * Issue 17's printouts on a real demo store, each as its PDF and its first page as a PNG (files shots/5*): the
 * registration card and the token slip of a patient named in Devanagari, and the visit summary of their signed note
 * with the clinic's address and phone and the doctor's full name, qualification and registration number.
 */
public final class PrintTour {
    static final String NAME = "सुनीता शर्मा";

    private PrintTour() {
    }

    public static void main(String[] args) throws Exception {
        Path shots = Path.of(args.length > 0 ? args[0] : "shots");
        Files.createDirectories(shots);
        Path dataDir = Files.createTempDirectory("clinicdesk-tour-print-");
        try (Workstore store = LocalWorkstore.opener(Clock.systemDefaultZone()).open(dataDir)) {
            DemoSetup.prepare(store, DemoSetup::addStaff);
            var s = store.services();
            var site = store.siteSettings().orElseThrow();
            Actor admin = actor(store, "admin");
            Actor reception = actor(store, "reception");
            Actor doctor = actor(store, "doctor");
            s.settings().setAddress(admin, "14 Station Road, Civil Lines\nSitapur, Uttar Pradesh 261001");
            s.settings().setPhone(admin, "05862 242 424, +91 98450 12345");
            s.settings().setDoctorDetails(doctor, "doctor",
                    new DoctorDetails("Dr. Anil Menon", "MBBS, MD (General Medicine)", "UPMC 45678"));
            LocalDate today = LocalDate.now();
            var patient = s.patients().register(reception, new PatientDetails(PersonName.parse(NAME),
                    DateOfBirth.exact(LocalDate.of(1985, 8, 14), today), Sex.F, PhoneNumber.parse("9845012345"), "",
                    List.of("Penicillin")));
            s.queue().add(reception, patient, Priority.NORMAL);
            var note = s.notes().writeAndSign(doctor, patient, new NoteContent(
                    new SoapText("बुखार और गले में दर्द, 3 दिन से। Fever and sore throat for 3 days.",
                            "Throat congested. Temp 38.4 °C.", "Acute pharyngitis.",
                            "Warm saline gargles, plenty of fluids; review in 3 days."),
                    List.of(new Diagnosis("Acute pharyngitis", "ICD-10", "J02.9")), List.of()));
            Printables printables = new Printables(s);
            ZoneId zone = ZoneId.systemDefault();
            write(shots, "51-registration-card", printables.registrationCard(reception, patient.uhid().value(), today));
            write(shots, "52-token-slip", printables.tokenSlip(reception, patient.uhid().value(), zone));
            write(shots, "53-visit-summary-letterhead", s.chart().exportSummary(doctor, note.id(),
                    (chart, printed) -> new VisitSummaryPdf().render(
                            PrintedSummary.of(s, doctor, site, chart, printed, today, zone))));
        }
        System.exit(0);
    }

    private static Actor actor(Workstore store, String username) {
        var user = store.services().store().users().findByUsername(username).orElseThrow();
        return new Actor(user.id(), user.username(), user.role(), DemoSetup.SITE);
    }

    private static void write(Path shots, String name, byte[] pdf) throws IOException {
        Files.write(shots.resolve(name + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(page, "png", shots.resolve(name + ".png").toFile());
        }
    }
}
