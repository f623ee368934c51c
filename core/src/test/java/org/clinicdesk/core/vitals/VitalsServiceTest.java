package org.clinicdesk.core.vitals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.Test;

/** Vitals recorded with their NEWS2 score, audited, and "taken today" as the board and triage read it. */
class VitalsServiceTest {
    private final MemoryClinic clinic = new MemoryClinic();
    private final VitalsService vitals = new VitalsService(clinic.ctx, clinic.vitalsRepository());
    private final Patient asha = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, 1), PersonName.parse("Asha Rao"),
            new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);

    @Test
    void recordedVitalsCarryTheirNews2AndCountAsTakenTodayUntilTheDayEnds() {
        assertThat(vitals.takenToday(asha.id())).isFalse();
        VitalSigns sick = new VitalSigns(131, 25, 90, 60, 39.5, 91, SpO2Scale.SCALE_1, true, Acvpu.A, null, null);
        Vitals v = vitals.record(MemoryClinic.actor(Role.NURSE), asha, sick);
        assertThat(v.news2()).isEqualTo(News2.score(sick));
        assertThat(vitals.takenToday(asha.id())).isTrue();
        assertThat(vitals.news2Today(asha.id())).contains(v.news2());
        assertThat(clinic.audit.get(0).detail()).isEqualTo(asha.uhid().value() + " NEWS2 " + v.news2().total());
        assertThat(vitals.history(MemoryClinic.actor(Role.DOCTOR), asha)).containsExactly(v);
        clinic.clock.advance(Duration.ofDays(1));
        assertThat(vitals.takenToday(asha.id())).isFalse();
        assertThat(vitals.news2Today(asha.id())).isEmpty();
    }

    @Test
    void receptionDoesNotRecordOrReadVitals() {
        VitalSigns fine = new VitalSigns(80, 16, 120, 80, 37.0, 98, SpO2Scale.SCALE_1, false, Acvpu.A, null, null);
        assertThatThrownBy(() -> vitals.record(MemoryClinic.actor(Role.RECEPTION), asha, fine))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> vitals.history(MemoryClinic.actor(Role.RECEPTION), asha))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.vitals).isEmpty();
    }
}
