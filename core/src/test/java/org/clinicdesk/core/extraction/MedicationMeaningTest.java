package org.clinicdesk.core.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.notes.Frequency;
import org.junit.jupiter.api.Test;

/** What changes what the patient does is read as such: as needed, stat, tapering steps, durations, routes, stop. */
class MedicationMeaningTest {
    private final FactExtractor extractor = new FactExtractor(DateOrder.DAY_FIRST);

    private MedicationFact med(String text) {
        return extractor.extract(text).stream().filter(MedicationFact.class::isInstance).map(MedicationFact.class::cast)
                .findFirst().orElseThrow();
    }

    @Test
    void aScheduleFollowedByPrnIsTakenOnlyWhenNeeded() {
        MedicationFact m = med("Paracetamol 650 mg Q6H PRN");
        assertThat(m.frequency()).contains(Frequency.Q6H);
        assertThat(m.asNeeded()).isTrue();
        assertThat(m.span().text()).isEqualTo("Paracetamol 650 mg Q6H PRN");
    }

    @Test
    void everyWayOfWritingAsNeededIsRead() {
        for (String line : List.of("Crocin 650 mg SOS", "Ibuprofen 400 mg as needed for pain",
                "Ondansetron 4 mg when required", "Cetirizine 10 mg OD if needed")) {
            assertThat(med(line).asNeeded()).as(line).isTrue();
        }
        assertThat(med("Crocin 650 mg SOS").frequency()).contains(Frequency.PRN);
        assertThat(med("Cetirizine 10 mg OD if needed").frequency()).contains(Frequency.OD);
        assertThat(med("Amoxicillin 500 mg TDS").asNeeded()).isFalse();
    }

    @Test
    void aStatDoseBeforeAScheduleKeepsBoth() {
        MedicationFact m = med("Inj. Ceftriaxone 1 g IV stat then 1 g IV BD x 5 days");
        assertThat(m.statDose()).isTrue();
        assertThat(m.frequency()).contains(Frequency.BD);
        assertThat(m.route()).contains(Route.INTRAVENOUS);
        assertThat(med("Inj. Diclofenac 75 mg IM stat").frequency()).contains(Frequency.STAT);
    }

    @Test
    void aTaperingCourseIsReadStepByStep() {
        MedicationFact m = med("Tab. Prednisolone 10 mg 1-0-1 x 5 days then 1-0-0 x 5 days");
        assertThat(m.tapering()).isTrue();
        assertThat(m.steps()).extracting(DoseStep::frequency, DoseStep::duration).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Optional.of(Frequency.BD), Optional.of(new DoseDuration(5, ChronoUnit.DAYS))),
                org.assertj.core.groups.Tuple.tuple(Optional.of(Frequency.OD), Optional.of(new DoseDuration(5, ChronoUnit.DAYS))));
        assertThat(m.frequency()).contains(Frequency.BD);
        assertThat(m.steps().get(1).printed()).isEqualTo("1-0-0 x 5 days");
        assertThat(med("Tab. Prednisolone 10 mg 1-0-1 x 5 days").steps()).isEmpty();
    }

    @Test
    void stopAndDiscontinueLinesStopTheMedicine() {
        assertThat(med("Stop Metformin").status()).isEqualTo(MedicationStatus.STOPPED);
        assertThat(med("Discontinue Tab. Aspirin 75 mg OD").status()).isEqualTo(MedicationStatus.STOPPED);
        assertThat(med("Atorvastatin 10 mg - discontinued").status()).isEqualTo(MedicationStatus.STOPPED);
        assertThat(med("Amoxicillin 500 mg TDS x 5 days then stop").status()).isEqualTo(MedicationStatus.ACTIVE);
        assertThat(med("Amlodipine 5 mg OD").status()).isEqualTo(MedicationStatus.ACTIVE);
    }

    @Test
    void stoppingOneMedicineDoesNotStopTheNextOnTheLine() {
        List<MedicationFact> meds = extractor.extract("Stop Metformin, start Glimepiride 1 mg OD").stream()
                .filter(MedicationFact.class::isInstance).map(MedicationFact.class::cast).toList();
        assertThat(meds).extracting(MedicationFact::name, MedicationFact::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Metformin", MedicationStatus.STOPPED),
                org.assertj.core.groups.Tuple.tuple("Glimepiride", MedicationStatus.ACTIVE));
    }

    @Test
    void durationsAndRoutesAreKept() {
        MedicationFact m = med("Salbutamol inhaler 2 puffs inhaled QID for 2 weeks");
        assertThat(m.duration()).contains(new DoseDuration(2, ChronoUnit.WEEKS));
        assertThat(m.route()).contains(Route.INHALED);
        assertThat(med("Tab. Azithromycin 500 mg PO OD 3/7").duration()).contains(new DoseDuration(3, ChronoUnit.DAYS));
    }
}
