package org.clinicdesk.app.summary;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.ObjectiveText;
import org.clinicdesk.core.notes.PrescriptionParser;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.News2;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.Vitals;

/** Test data: a realistic signed visit with an amendment, and a very long one. */
final class SampleVisits {
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final Instant TAKEN = Instant.parse("2026-11-21T04:22:00Z");
    static final Instant SIGNED = Instant.parse("2026-11-21T05:00:00Z");
    static final Instant AMENDED = Instant.parse("2026-11-21T06:35:00Z");

    private SampleVisits() {
    }

    static Vitals vitals() {
        VitalSigns signs = new VitalSigns(104, 22, 118, 76, 38.6, 95, SpO2Scale.SCALE_1, false, Acvpu.A, 61.5, 158.0);
        return new Vitals(UUID.randomUUID(), UUID.randomUUID(), TAKEN, "nurse.asha", signs, News2.score(signs));
    }

    static NoteContent signedNote() {
        SoapText text = new SoapText(
                "Fever for 3 days with sore throat and pain on swallowing. No cough, no rash. Took paracetamol at home"
                        + " with brief relief.\nNo recent travel.",
                ObjectiveText.fromVitals(vitals()) + "\nTonsils enlarged with exudate, tender anterior cervical nodes."
                        + " Chest clear.",
                "Acute bacterial tonsillitis (Centor 4). Mild dehydration.",
                "Antibiotics for 5 days, fluids, salt-water gargles. Review in 3 days or earlier if breathing or"
                        + " swallowing gets worse.");
        return new NoteContent(text, List.of(new Diagnosis("Acute tonsillitis", "ICD-10", "J03.9"),
                Diagnosis.freeText("Mild dehydration")), PrescriptionParser.parseAll(String.join("\n",
                "Amoxicillin 500 mg cap oral TDS x 5 days after food",
                "Tab Paracetamol 650mg 1-1-1 x 3 days",
                "ORS 1 sachet in 1 litre water SOS after each loose stool")));
    }

    static Amendment amendment() {
        NoteContent before = signedNote();
        NoteContent corrected = new NoteContent(before.text().amendedBy(null, null, null,
                before.text().plan() + " Penicillin allergy noted after signing: amoxicillin replaced by azithromycin."),
                before.diagnoses(), PrescriptionParser.parseAll(String.join("\n",
                "Azithromycin 500 mg tab OD x 3 days",
                "Tab Paracetamol 650mg 1-1-1 x 3 days",
                "ORS 1 sachet in 1 litre water SOS after each loose stool")));
        return new Amendment(UUID.randomUUID(), UUID.randomUUID(), "dr.menon", AMENDED,
                "Patient recalled a penicillin allergy after signing", corrected);
    }

    static VisitSummary summary() {
        return new VisitSummary(new VisitSummary.Clinic("Sunrise Family Clinic", "A"),
                new VisitSummary.PatientLine("Meera Raghunathan", "14/03/1992", "34 y", "Female", "A-000123-K",
                        List.of("Penicillin (rash)", "Sulfa drugs")),
                Optional.of(vitals()), signedNote(), List.of(amendment()), "Dr. Anil Menon (dr.menon)", SIGNED, KOLKATA);
    }

    /** A note whose subjective part alone fills several pages; each sentence carries its own number. */
    static VisitSummary longSummary(int sentences) {
        String history = IntStream.rangeClosed(1, sentences)
                .mapToObj(i -> "History sentence " + i + " describes the course of the illness in the words the patient"
                        + " used, with timings, triggers and what helped." + (i % 12 == 0 ? "\n" : ""))
                .collect(Collectors.joining(" "));
        NoteContent note = new NoteContent(new SoapText(history, "Objective END-OBJECTIVE", "Assessment END-ASSESSMENT",
                "Plan END-PLAN"), signedNote().diagnoses(), signedNote().prescriptions());
        return new VisitSummary(new VisitSummary.Clinic("Sunrise Family Clinic", "A"),
                new VisitSummary.PatientLine("Meera Raghunathan", "14/03/1992", "34 y", "Female", "A-000123-K",
                        List.of()),
                Optional.empty(), note, List.of(), "Dr. Anil Menon", SIGNED, KOLKATA);
    }
}
