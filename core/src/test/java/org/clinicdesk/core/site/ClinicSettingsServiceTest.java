package org.clinicdesk.core.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.MemoryClinic;
import org.clinicdesk.core.common.DateOrder;
import org.clinicdesk.core.common.PermissionDeniedException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clinic's shared settings: read by anyone, changed by administrators (doctors their own details), audited. */
class ClinicSettingsServiceTest {
    private final Actor admin = MemoryClinic.actor(Role.ADMIN);
    private final Actor doctor = MemoryClinic.actor(Role.DOCTOR, "dr.rao");
    private MemoryClinic clinic;
    private ClinicSettingsService settings;

    @BeforeEach
    void setUp() {
        clinic = new MemoryClinic();
        settings = new ClinicSettingsService(clinic.ctx, clinic.settingsRepository(),
                () -> Optional.of(new SiteSettings(MemoryClinic.SITE, "Green Valley Clinic", UUID.randomUUID())));
    }

    @Test
    void untilChangedTheSettingsAreTheDefaultsAndTheNameGivenAtInit() {
        ClinicSettings now = settings.current();
        assertThat(now.clinicName()).isEqualTo("Green Valley Clinic");
        assertThat(now.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(now.idleLockMinutes()).isEqualTo(ClinicSettings.DEFAULT_IDLE_MINUTES);
        assertThat(now.phoneRegion()).isEqualTo("IN");
        assertThat(now.tokenPrefix(MemoryClinic.SITE)).isEqualTo(MemoryClinic.SITE);
        assertThat(settings.contact()).isEqualTo(ClinicContact.NONE);
        assertThat(settings.doctorDetails("dr.rao")).isEmpty();
    }

    @Test
    void anAdministratorsChangesAreReadBackAndEachIsAudited() {
        settings.renameClinic(admin, "Hill Road Clinic");
        settings.setDateOrder(admin, DateOrder.MONTH_FIRST);
        settings.setPhoneRegion(admin, " np ");
        settings.setIdleLockMinutes(admin, 15);
        ClinicSettings now = settings.current();
        assertThat(now.clinicName()).isEqualTo("Hill Road Clinic");
        assertThat(now.dateOrder()).isEqualTo(DateOrder.MONTH_FIRST);
        assertThat(now.phoneRegion()).isEqualTo("NP");
        assertThat(now.idleLockMinutes()).isEqualTo(15);
        assertThat(clinic.auditActions()).hasSize(4).containsOnly("CLINIC_SETTING_CHANGED");
        assertThat(clinic.audit.get(3).detail()).isEqualTo("idle.lock.minutes = 15");
    }

    @Test
    void badValuesAreRefusedNamingTheSettingAndNothingIsStored() {
        assertThatThrownBy(() -> settings.setIdleLockMinutes(admin, 0))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("idle-minutes"));
        assertThatThrownBy(() -> settings.setPhoneRegion(admin, "Narnia"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("phone-region"));
        assertThatThrownBy(() -> settings.setAddress(admin, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("address"));
        assertThatThrownBy(() -> settings.setPhone(admin, "call us"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("phone"));
        assertThat(clinic.settings).isEmpty();
        assertThat(clinic.audit).isEmpty();
    }

    @Test
    void storedValuesThatNoLongerPassTheirChecksFallBackToTheDefaults() {
        clinic.settings.put("date.order", "sideways");
        clinic.settings.put("idle.lock.minutes", "ninety");
        clinic.settings.put("phone.region", "XX");
        clinic.settings.put("clinic.phone", "call us");
        ClinicSettings now = settings.current();
        assertThat(now.dateOrder()).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(now.idleLockMinutes()).isEqualTo(ClinicSettings.DEFAULT_IDLE_MINUTES);
        assertThat(now.phoneRegion()).isEqualTo("IN");
        assertThat(settings.contact().phone()).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesTheClinicsSettings() {
        assertThatThrownBy(() -> settings.renameClinic(doctor, "Mine")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> settings.setTokenPrefix(doctor, MemoryClinic.SITE, new SiteCode("R")))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(clinic.settings).isEmpty();
    }

    @Test
    void theAddressAndPhonePrintUnderTheClinicsName() {
        ClinicContact c = settings.setAddress(admin, " 12 Market Road\n Near the bus stand \n\n Hubli ");
        assertThat(c.addressOnOneLine()).isEqualTo("12 Market Road, Near the bus stand, Hubli");
        assertThat(settings.setPhone(admin, " 0836 123456 ").phone()).isEqualTo("0836 123456");
    }

    @Test
    void aDeskChoosesATokenPrefixNoOtherDeskUses() {
        SiteCode deskB = new SiteCode("B");
        clinic.otherSites.add(deskB);
        assertThatThrownBy(() -> settings.setTokenPrefix(admin, MemoryClinic.SITE, deskB))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("B");
        assertThat(settings.setTokenPrefix(admin, MemoryClinic.SITE, new SiteCode("R")).tokenPrefix(MemoryClinic.SITE))
                .isEqualTo(new SiteCode("R"));
        assertThatThrownBy(() -> settings.setTokenPrefix(admin, deskB, new SiteCode("R")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("R");
        assertThat(settings.current().tokenPrefix(deskB)).isEqualTo(deskB);
    }

    @Test
    void aDoctorSetsTheirOwnPrescriptionDetailsAndRoomButNotAnotherDoctors() {
        DoctorDetails mine = new DoctorDetails(" Dr.  Asha Rao ", "MBBS, MD", "KMC 12345");
        settings.setDoctorDetails(doctor, "dr.rao", mine);
        assertThat(settings.doctorDetails("dr.rao")).contains(mine);
        assertThat(mine.nameWithQualification()).isEqualTo("Dr. Asha Rao, MBBS, MD");
        assertThat(settings.setDoctorRoom(doctor, "dr.rao", "  Room 2 ")).isEqualTo("Room 2");
        assertThat(settings.doctorRoom("dr.rao")).contains("Room 2");
        settings.setDoctorRoom(admin, "dr.mehta", "Room 3");
        assertThat(settings.doctorRooms()).containsOnly(java.util.Map.entry("dr.rao", "Room 2"),
                java.util.Map.entry("dr.mehta", "Room 3"));
        assertThatThrownBy(() -> settings.setDoctorRoom(doctor, "dr.mehta", "Room 1"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> settings.setDoctorRoom(MemoryClinic.actor(Role.NURSE, "nurse.ann"), "nurse.ann", "Room 1"))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void aDoctorsDetailsAreCheckedByField() {
        assertThatThrownBy(() -> new DoctorDetails("", "MBBS", "KMC 1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("full-name"));
        assertThatThrownBy(() -> new DoctorDetails("Dr. X", "M".repeat(121), "KMC 1"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("qualification"));
        assertThatThrownBy(() -> new DoctorDetails("Dr. X", "MBBS", "#12"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("registration"));
        clinic.settings.put(DoctorDetails.key("dr.x", "name"), "Dr. X");
        clinic.settings.put(DoctorDetails.key("dr.x", "qualification"), "MBBS");
        clinic.settings.put(DoctorDetails.key("dr.x", "registration"), "#12");
        assertThat(settings.doctorDetails("dr.x")).isEmpty();
    }

    @Test
    void dateOrdersAreReadInTheirUsualSpellings() {
        assertThat(ClinicSetting.parseDateOrder("dd/mm/yyyy")).isEqualTo(DateOrder.DAY_FIRST);
        assertThat(ClinicSetting.parseDateOrder("month-first")).isEqualTo(DateOrder.MONTH_FIRST);
        assertThatThrownBy(() -> ClinicSetting.parseDateOrder("yyyy"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("date-order"));
    }
}
