package org.clinicdesk.app.demo;

import java.util.List;
import java.util.Random;
import org.clinicdesk.core.notes.Diagnosis;
import org.clinicdesk.core.notes.Frequency;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.Prescription;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;

/** Observations and consultation notes typical of a general outpatient clinic, including the odd sick patient. */
final class DemoClinical {
    private static final List<NoteContent> NOTES = List.of(
            note("Sore throat and runny nose for 3 days, mild fever.", "Throat congested, no exudate. Chest clear.",
                    "Acute upper respiratory tract infection.", "Fluids, rest, paracetamol. Review if not better in 5 days.",
                    Diagnosis.freeText("Acute upper respiratory infection"),
                    new Prescription("Paracetamol", "500 mg", "tablet", "oral", Frequency.TDS, 3, "after food")),
            note("Follow-up of blood pressure; occasional headache.", "BP elevated on two readings.",
                    "Essential hypertension, not at target.", "Increase amlodipine; salt restriction; review in 4 weeks.",
                    Diagnosis.freeText("Essential hypertension"),
                    new Prescription("Amlodipine", "10 mg", "tablet", "oral", Frequency.OD, 30, "")),
            note("Burning pain in upper abdomen after meals for 2 weeks.", "Epigastric tenderness, no guarding.",
                    "Dyspepsia, likely gastritis.", "Avoid spicy food and NSAIDs; pantoprazole before breakfast.",
                    Diagnosis.freeText("Gastritis"),
                    new Prescription("Pantoprazole", "40 mg", "tablet", "oral", Frequency.OD, 14, "before breakfast")),
            note("Diabetes review; good adherence, no hypoglycaemia.", "Feet normal, no neuropathy.",
                    "Type 2 diabetes mellitus, fair control.", "Continue metformin; HbA1c in 3 months.",
                    Diagnosis.freeText("Type 2 diabetes mellitus"),
                    new Prescription("Metformin", "500 mg", "tablet", "oral", Frequency.BD, 90, "with meals")),
            note("Fever with body ache for 2 days.", "Temperature raised, no rash, no neck stiffness.",
                    "Viral fever; dengue to be excluded.", "Dengue NS1 and CBC today; paracetamol; plenty of fluids.",
                    Diagnosis.freeText("Viral fever"),
                    new Prescription("Paracetamol", "650 mg", "tablet", "oral", Frequency.PRN, null, "up to 4 a day")));

    private final Random random;

    DemoClinical(Random random) {
        this.random = random;
    }

    /** Mostly unremarkable vitals; about one in six is a patient who should worry the nurse. */
    VitalSigns vitals() {
        if (random.nextInt(6) == 0) {
            return new VitalSigns(118 + random.nextInt(15), 24 + random.nextInt(5), 92 + random.nextInt(10),
                    58 + random.nextInt(8), 38.6 + random.nextInt(10) / 10.0, 90 + random.nextInt(3), SpO2Scale.SCALE_1,
                    false, Acvpu.A, null, null);
        }
        int systolic = 108 + random.nextInt(45);
        return new VitalSigns(62 + random.nextInt(30), 12 + random.nextInt(7), systolic, systolic - 35 - random.nextInt(15),
                36.4 + random.nextInt(10) / 10.0, 95 + random.nextInt(5), SpO2Scale.SCALE_1, false, Acvpu.A,
                Double.valueOf(45 + random.nextInt(45)), Double.valueOf(150 + random.nextInt(35)));
    }

    NoteContent note() {
        return NOTES.get(random.nextInt(NOTES.size()));
    }

    private static NoteContent note(String s, String o, String a, String p, Diagnosis diagnosis, Prescription rx) {
        return new NoteContent(new SoapText(s, o, a, p), List.of(diagnosis), List.of(rx));
    }
}
