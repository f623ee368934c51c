package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.notes.Frequency;
import org.junit.jupiter.api.Test;

class MedicationExtractionTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private List<MedicationFact> meds(String text) {
        return extractor.extract(text).stream().filter(MedicationFact.class::isInstance).map(MedicationFact.class::cast).toList();
    }

    @Test
    void prescriptionLineGivesNameStrengthFormRouteFrequencyAndDuration() {
        String text = "Rx\n1. Tab. Paracetamol 500 mg PO TDS x 5 days\n";
        MedicationFact med = meds(text).get(0);
        assertThat(med.name()).isEqualTo("Paracetamol");
        assertThat(med.strength()).contains(new Strength(new BigDecimal("500"), "mg"));
        assertThat(med.form()).contains(DoseForm.TABLET);
        assertThat(med.route()).contains(Route.ORAL);
        assertThat(med.frequency()).contains(Frequency.TDS);
        assertThat(med.duration()).contains(new DoseDuration(5, ChronoUnit.DAYS));
        assertThat(med.span().text()).isEqualTo("Tab. Paracetamol 500 mg PO TDS x 5 days");
        assertThat(text.substring(med.span().start(), med.span().end())).isEqualTo(med.span().text());
    }

    @Test
    void everyCommonFrequencyAbbreviationIsRead() {
        String text = String.join("\n", "Metformin 500 mg OD", "Amlodipine 5 mg BD", "Amoxicillin 250 mg TDS",
                "Ibuprofen 400 mg QID", "Atorvastatin 20 mg QHS", "Salbutamol 100 mcg PRN", "Paracetamol 1 g Q6H");
        assertThat(meds(text)).extracting(m -> m.frequency().orElseThrow()).containsExactly(Frequency.OD,
                Frequency.BD, Frequency.TDS, Frequency.QID, Frequency.QHS, Frequency.PRN, Frequency.Q6H);
    }

    @Test
    void frequencyInWordsAndDoseScheduleNotationIsRead() {
        String text = "Omeprazole 20 mg capsule twice daily for 2 weeks\nCetirizine 10 mg 0-0-1 5/7\n";
        List<MedicationFact> meds = meds(text);
        assertThat(meds.get(0).frequency()).contains(Frequency.BD);
        assertThat(meds.get(0).form()).contains(DoseForm.CAPSULE);
        assertThat(meds.get(0).duration()).contains(new DoseDuration(2, ChronoUnit.WEEKS));
        assertThat(meds.get(1).frequency()).contains(Frequency.OD);
        assertThat(meds.get(1).duration()).contains(new DoseDuration(5, ChronoUnit.DAYS));
    }

    @Test
    void syrupStrengthPerVolumeIsKeptWhole() {
        MedicationFact med = meds("Syp. Paracetamol 250 mg/5 ml 5 ml TDS").get(0);
        assertThat(med.strength()).contains(new Strength(new BigDecimal("250"), "mg/5 mL"));
        assertThat(med.form()).contains(DoseForm.SYRUP);
    }

    @Test
    void brandAndUsNamesMapToTheGenericName() {
        assertThat(meds("Crocin 650 mg SOS\nAlbuterol inhaler 2 puffs PRN")).extracting(MedicationFact::name)
                .containsExactly("Paracetamol", "Salbutamol");
    }

    @Test
    void ocrSlipInALongDrugNameIsStillFoundWithLowerConfidence() {
        MedicationFact slipped = meds("Arnoxicillin 500 mg TDS").get(0);
        MedicationFact clean = meds("Amoxicillin 500 mg TDS").get(0);
        assertThat(slipped.name()).isEqualTo("Amoxicillin");
        assertThat(slipped.confidence()).isLessThan(clean.confidence());
    }

    @Test
    void twoMedicinesOnOneLineKeepTheirOwnDetails() {
        List<MedicationFact> meds = meds("Metformin 500 mg BD, Glimepiride 1 mg OD");
        assertThat(meds).extracting(m -> m.strength().orElseThrow().value().intValue()).containsExactly(500, 1);
        assertThat(meds).extracting(m -> m.frequency().orElseThrow()).containsExactly(Frequency.BD, Frequency.OD);
    }

    @Test
    void ordinaryWordsAreNotMedicines() {
        assertThat(meds("Patient came with panic and fever. Advised rest and fluids.")).isEmpty();
    }

    @Test
    void lowOcrConfidenceLowersTheFactConfidence() {
        MedicationFact typed = meds("Metformin 500 mg BD").get(0);
        MedicationFact blurred = extractor.extract("Metformin 500 mg BD", (s, e) -> 0.5).stream()
                .map(MedicationFact.class::cast).findFirst().orElseThrow();
        assertThat(blurred.confidence()).isEqualTo(typed.confidence() * 0.5);
    }

    @Test
    void aCapitalInitialWithADotBeforeTheNameIsTheForm() {
        assertThat(meds("1. T. Metformin 500 mg BD\n2. C. Omeprazole 20 mg OD\n3. Syr. Salbutamol 2 mg/5 ml TDS"
                + "\n4. Inj Ceftriaxone 1 g IV BD\n5. Oint. Hydrocortisone local application BD"))
                .extracting(MedicationFact::name, m -> m.form().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Metformin", DoseForm.TABLET),
                        org.assertj.core.groups.Tuple.tuple("Omeprazole", DoseForm.CAPSULE),
                        org.assertj.core.groups.Tuple.tuple("Salbutamol", DoseForm.SYRUP),
                        org.assertj.core.groups.Tuple.tuple("Ceftriaxone", DoseForm.INJECTION),
                        org.assertj.core.groups.Tuple.tuple("Hydrocortisone", DoseForm.OINTMENT));
        assertThat(meds("1. T. Metformin 500 mg BD").get(0).span().text()).isEqualTo("T. Metformin 500 mg BD");
    }

    @Test
    void aLetterThatEndsAWordOrStandsFarFromTheNameIsNoForm() {
        // "Dr. S.T." ends in a T with a dot but is a name; "C." here closes a temperature, well before the medicine.
        assertThat(meds("Seen by Dr. S.T. Paracetamol 500 mg TDS")).extracting(m -> m.form().isPresent()).containsExactly(false);
        assertThat(meds("Temp 38 C. then Paracetamol 500 mg TDS")).extracting(m -> m.form().isPresent()).containsExactly(false);
    }

    @Test
    void anInitialIsTheFormOnlyAsItsOwnTokenWhereAPrescriptionLineBegins() {
        // "C," and "C." close a temperature: the letter stands after other words.
        assertThat(meds("Temp 38 C, Paracetamol 500 mg TDS")).extracting(m -> m.form().isPresent()).containsExactly(false);
        assertThat(meds("Temp 38 C. Paracetamol 500 mg TDS")).extracting(m -> m.form().isPresent()).containsExactly(false);
        // At a line's start, after a rule, a bullet or an item's number it is the form.
        assertThat(meds("T. Metformin 500 mg BD\n| C. Omeprazole 20 mg OD\n• T. Paracetamol 500 mg TDS\n2) C. Amoxicillin 500 mg TDS"))
                .extracting(m -> m.form().orElse(null))
                .containsExactly(DoseForm.TABLET, DoseForm.CAPSULE, DoseForm.TABLET, DoseForm.CAPSULE);
        // Fax copies read the dots as commas (development data): in that place they are still the form.
        assertThat(meds("2, T, Prednisolone 5 mg PO TDS\n3. C, Doxycycline 100 mg PO OD"))
                .extracting(m -> m.form().orElse(null)).containsExactly(DoseForm.TABLET, DoseForm.CAPSULE);
    }
}
