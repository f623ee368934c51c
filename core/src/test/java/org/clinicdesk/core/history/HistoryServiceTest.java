package org.clinicdesk.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.DateOfBirth;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientStatus;
import org.clinicdesk.core.patient.PersonName;
import org.clinicdesk.core.patient.Sex;
import org.clinicdesk.core.patient.Uhid;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.Test;

/** A patient's past history typed in by clinicians: checked, tidied, audited. */
class HistoryServiceTest {
    private final MemoryClinic clinic = new MemoryClinic();
    private final HistoryService history = new HistoryService(clinic.ctx, clinic.historyRepository());
    private final Patient asha = new Patient(UUID.randomUUID(), new Uhid(MemoryClinic.SITE, 1), PersonName.parse("Asha Rao"),
            new DateOfBirth(LocalDate.of(1980, 5, 17), false), Sex.F, null, "", List.of(), PatientStatus.ACTIVE);

    @Test
    void anEntryIsStoredTidiedAndAudited() {
        HistoryEntry e = history.add(MemoryClinic.actor(Role.NURSE), asha, HistoryKind.DIAGNOSIS,
                LocalDate.of(2020, 1, 5), "  Type 2 diabetes ", null, null);
        assertThat(e.summary()).isEqualTo("Type 2 diabetes");
        assertThat(e.details()).isEmpty();
        assertThat(e.source()).isEqualTo("typed");
        assertThat(history.forPatient(MemoryClinic.actor(Role.DOCTOR), asha)).containsExactly(e);
        assertThat(clinic.audit.get(0).detail()).isEqualTo(asha.uhid().value() + " DIAGNOSIS");
    }

    @Test
    void aBlankSummaryAFutureDateOrTheWrongRoleStoresNothing() {
        assertThatThrownBy(() -> history.add(MemoryClinic.actor(Role.NURSE), asha, HistoryKind.VISIT, null, " ", "", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("summary"));
        assertThatThrownBy(() -> history.add(MemoryClinic.actor(Role.NURSE), asha, HistoryKind.VISIT,
                clinic.ctx.today().plusDays(1), "visit", "", ""))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThatThrownBy(() -> history.add(MemoryClinic.actor(Role.RECEPTION), asha, HistoryKind.VISIT, null, "visit",
                "", "")).isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.history).isEmpty();
    }
}
