package org.clinicdesk.core.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.notes.NoteContent;
import org.clinicdesk.core.notes.NoteService;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.core.notes.SoapText;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.clinicdesk.core.vitals.Acvpu;
import org.clinicdesk.core.vitals.SpO2Scale;
import org.clinicdesk.core.vitals.VitalSigns;
import org.clinicdesk.core.vitals.VitalsService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Opening a chart (audited, by role or emergency), visit summaries, and merging a duplicate into the kept patient. */
class ChartServiceTest {
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR, "dr.rao");
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private MemoryClinic clinic;
    private ChartService charts;
    private PatientMerge merge;
    private NoteService notes;
    private VitalsService vitals;
    private Patient kept;
    private Patient duplicate;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        charts = clinic.chartService();
        merge = new PatientMerge(clinic.ctx, clinic.patientRepository(), charts);
        notes = new NoteService(clinic.ctx, clinic.noteRepository(), clinic.patientRepository());
        vitals = new VitalsService(clinic.ctx, clinic.vitalsRepository());
        kept = patient(1, "Asha Rao", List.of("penicillin"));
        duplicate = patient(2, "Asha R", List.of("latex"));
    }

    private Patient patient(long serial, String name, List<String> allergies) {
        Patient p = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, serial), PersonName.parse(name),
                new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, null, "", allergies, PatientStatus.ACTIVE);
        clinic.patients.put(p.id(), p);
        return p;
    }

    private static VitalSigns normal() {
        return new VitalSigns(80, 16, 120, 80, 37.0, 98, SpO2Scale.SCALE_1, false, Acvpu.A, null, null);
    }

    @Test
    void openingAChartGathersTheRecordsAndIsAuditedAsAChartOpening() {
        vitals.record(doctor, kept, normal());
        SoapNote signed = notes.writeAndSign(doctor, kept, NoteContent.of(new SoapText("cough", "", "URTI", "rest")));
        Chart chart = charts.open(doctor, kept.uhid().value());
        assertThat(chart.patient()).isEqualTo(kept);
        assertThat(chart.latestVitals()).isPresent();
        assertThat(chart.notes()).extracting(n -> n.note().id()).containsExactly(signed.id());
        assertThat(clinic.auditActions()).last().isEqualTo("CHART_OPENED");
        assertThatThrownBy(() -> charts.open(MemoryClinic.actor(Role.RECEPTION), kept.uhid().value()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> charts.open(doctor, new Uhid(MemoryClinic.SITE, 77).value()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSummaryIsExportedOnlyForASignedNoteAndAFailedWriteLeavesNoEvent() {
        SoapNote signed = notes.writeAndSign(doctor, kept, NoteContent.of(new SoapText("cough", "", "URTI", "rest")));
        SoapNote draft = notes.draft(doctor, kept, NoteContent.of(new SoapText("again", "", "", "")));
        int events = clinic.audit.size();
        assertThatThrownBy(() -> charts.exportSummary(doctor, signed.id(), (chart, note) -> {
            throw new IllegalStateException("disk full");
        })).hasMessage("disk full");
        assertThat(clinic.audit).hasSize(events);
        String written = charts.exportSummary(doctor, signed.id(),
                (chart, note) -> chart.patient().name().full() + ": " + note.note().content().text().assessment());
        assertThat(written).isEqualTo("Asha Rao: URTI");
        assertThat(clinic.auditActions()).last().isEqualTo("SUMMARY_EXPORTED");
        assertThatThrownBy(() -> charts.exportSummary(doctor, draft.id(), (c, n) -> ""))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> charts.exportSummary(doctor, UUID.randomUUID(), (c, n) -> ""))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMergedDuplicatesRecordsAndAllergiesShowOnTheKeptChartAndItsUhidOpensIt() {
        notes.writeAndSign(doctor, duplicate, NoteContent.of(new SoapText("old visit", "", "gastritis", "PPI")));
        List<MergeSide> sides = merge.preview(admin, kept.uhid().value(), duplicate.uhid().value());
        assertThat(sides).extracting(s -> s.visits()).containsExactly(0, 1);
        assertThat(sides.get(1).lastVisit()).contains(clinic.ctx.today());

        merge.merge(admin, kept.uhid().value(), duplicate.uhid().value(), " same person, registered twice ");
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail())
                .isEqualTo(duplicate.uhid().value() + " merged into " + kept.uhid().value() + ": same person, registered twice");
        Chart chart = charts.open(doctor, duplicate.uhid().value());
        assertThat(chart.patient().id()).isEqualTo(kept.id());
        assertThat(chart.patient().allergies()).containsExactly("penicillin", "latex");
        assertThat(chart.notes()).hasSize(1);
        assertThat(chart.aliases()).extracting(Patient::id).containsExactly(duplicate.id());
        assertThat(clinic.audit.get(clinic.audit.size() - 1).detail()).contains("opened by alias");
    }

    @Test
    void aMergeNeedsAReasonTwoDifferentPatientsNeitherMergedAndTheRightRole() {
        assertThatThrownBy(() -> merge.merge(admin, kept.uhid().value(), duplicate.uhid().value(), " "))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> merge.merge(admin, kept.uhid().value(), duplicate.uhid().value(), "x".repeat(PatientMerge.MAX_REASON + 1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> merge.merge(admin, kept.uhid().value(), kept.uhid().value(), "same"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("alias"));
        assertThatThrownBy(() -> merge.merge(admin, "not a uhid", kept.uhid().value(), "typo"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("keep"));
        assertThatThrownBy(() -> merge.merge(MemoryClinic.actor(Role.NURSE), kept.uhid().value(),
                duplicate.uhid().value(), "dup")).isInstanceOf(PermissionDeniedException.class);
        merge.merge(admin, kept.uhid().value(), duplicate.uhid().value(), "dup");
        assertThatThrownBy(() -> merge.merge(admin, kept.uhid().value(), duplicate.uhid().value(), "again"))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining(kept.uhid().value());
        assertThat(clinic.auditActions()).containsOnlyOnce("PATIENT_MERGED");
    }

    @Test
    void theChartsLatestVitalsAreTheNewest() {
        vitals.record(doctor, kept, normal());
        clinic.clock.advance(Duration.ofHours(1));
        VitalSigns fever = new VitalSigns(110, 22, 100, 60, 39.2, 94, SpO2Scale.SCALE_1, false, Acvpu.A, null, null);
        vitals.record(doctor, kept, fever);
        assertThat(charts.open(doctor, kept.uhid().value()).latestVitals()).map(v -> v.signs().temperatureC())
                .contains(39.2);
    }
}
