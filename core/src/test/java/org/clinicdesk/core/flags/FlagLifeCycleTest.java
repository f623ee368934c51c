package org.clinicdesk.core.flags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditLog;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.UuidV7Generator;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Role;
import org.junit.jupiter.api.Test;

/**
 * The life cycle over an in-memory store (the real one is exercised through the command line): raised when found,
 * resolved when the cause goes, raised again when it comes back; the signing rule and its override, audited.
 */
class FlagLifeCycleTest {
    private static final FlagEngine ENGINE = new FlagEngine(Knowledge.shipped());
    private final Map<UUID, FlagRecord> rows = new LinkedHashMap<>();
    private final List<AuditRecord> audited = new ArrayList<>();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC);
    private final FlagLifeCycle cycle = new FlagLifeCycle(new ClinicContext(null, auditLog(), clock,
            new UuidV7Generator(clock), null), new FlagRepository() {
                @Override
                public void save(FlagRecord flag) {
                    rows.put(flag.id(), flag);
                }

                @Override
                public List<FlagRecord> forPatient(UUID patientId) {
                    return rows.values().stream().filter(r -> r.patientId().equals(patientId)).toList();
                }
            });
    private final Actor doctor = new Actor(UUID.randomUUID(), "dr.rao", Role.DOCTOR, new SiteCode("A"));
    private final UUID patient = UUID.randomUUID();

    private List<ClinicalFlag> flagsWith(String... medicines) {
        FlagRulesTest.P p = FlagRulesTest.p();
        for (String m : medicines) {
            p.med(m, "1 tablet", 2);
        }
        return ENGINE.check(p.build());
    }

    @Test
    void aCauseThatGoesIsResolvedAndRaisedAgainWhenItComesBack() {
        List<ClinicalFlag> both = flagsWith("Warf 5", "Brufen 400");
        String key = both.get(0).key();
        assertThat(cycle.reconcile(doctor, patient, both).get(key).state()).isEqualTo(FlagState.RAISED);
        cycle.reconcile(doctor, patient, flagsWith("Warf 5"));
        assertThat(rows.values()).singleElement().extracting(FlagRecord::state).isEqualTo(FlagState.RESOLVED);
        assertThat(cycle.reconcile(doctor, patient, both).get(key).state()).isEqualTo(FlagState.RAISED);
        assertThat(rows).hasSize(1);
        assertThat(audited).extracting(a -> a.action().name())
                .containsExactly("FLAG_RAISED", "FLAG_RESOLVED", "FLAG_RAISED");
    }

    @Test
    void signingIsRefusedUntilAReasonIsGivenWhichOverridesAndIsAudited() {
        List<ClinicalFlag> both = flagsWith("Warf 5", "Brufen 400");
        assertThatThrownBy(() -> cycle.beforeSigning(doctor, patient, both, Optional.empty()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("cannot be signed");
        List<FlagRecord> overridden = cycle.beforeSigning(doctor, patient, both,
                Optional.of("INR 2.4 today, 3 days only"));
        assertThat(overridden).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(FlagState.OVERRIDDEN);
            assertThat(r.reason()).isEqualTo("INR 2.4 today, 3 days only");
        });
        assertThat(audited).anyMatch(a -> a.action().name().equals("FLAG_OVERRIDDEN")
                && a.detail().contains("INR 2.4 today, 3 days only"));
        assertThat(cycle.beforeSigning(doctor, patient, both, Optional.empty())).isEmpty();
    }

    @Test
    void onlyHighFlagsAboutMedicinesBlockSigning() {
        List<ClinicalFlag> moderate = flagsWith("Dolo 650", "Crocin");
        assertThat(moderate).isNotEmpty().extracting(ClinicalFlag::severity).doesNotContain(FlagSeverity.HIGH);
        assertThat(cycle.beforeSigning(doctor, patient, moderate, Optional.empty())).isEmpty();
        List<ClinicalFlag> news2 = ENGINE.check(FlagRulesTest.p()
                .news2(9, true, org.clinicdesk.core.vitals.ClinicalResponse.HIGH).build());
        assertThat(news2).extracting(ClinicalFlag::severity).containsExactly(FlagSeverity.HIGH);
        assertThat(cycle.beforeSigning(doctor, patient, news2, Optional.empty())).isEmpty();
    }

    private AuditLog auditLog() {
        return (AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AuditLog.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("append")) {
                        audited.add((AuditRecord) args[1]);
                    }
                    return null;
                });
    }
}
