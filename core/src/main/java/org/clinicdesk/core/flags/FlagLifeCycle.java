package org.clinicdesk.core.flags;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;

/**
 * Keeps the stored flags in step with the flags found: a new cause is raised, a cause that is gone is resolved (and
 * raised again if it comes back); a clinician acknowledges or overrides with a reason. Every change is audited.
 * The signing rule lives here: a note may not be signed while a high flag about a medicine stands unanswered, unless
 * a reason is given.
 */
final class FlagLifeCycle {
    private final ClinicContext ctx;
    private final FlagRepository repository;

    FlagLifeCycle(ClinicContext ctx, FlagRepository repository) {
        this.ctx = ctx;
        this.repository = repository;
    }

    /** The stored state of each current flag, after raising the new ones and resolving the ones whose cause went. */
    Map<String, FlagRecord> reconcile(Actor actor, UUID patientId, List<ClinicalFlag> current) {
        Map<String, FlagRecord> stored = new HashMap<>();
        repository.forPatient(patientId).forEach(r -> stored.put(r.flagKey(), r));
        Map<String, FlagRecord> result = new HashMap<>();
        Instant now = ctx.clock().instant();
        for (ClinicalFlag f : current) {
            FlagRecord r = stored.get(f.key());
            if (r == null || r.state() == FlagState.RESOLVED) {
                r = new FlagRecord(r == null ? ctx.ids().newId() : r.id(), patientId, f.key(), f.kind(), f.severity(),
                        FlagState.RAISED, f.explanation(), "", actor.username(), now, f.knowledgeVersion(),
                        java.util.Optional.of(f.words()));
                change(actor, r, AuditAction.FLAG_RAISED);
            }
            result.put(f.key(), r);
        }
        for (FlagRecord r : stored.values()) {
            if (!result.containsKey(r.flagKey()) && r.state() != FlagState.RESOLVED) {
                change(actor, r.with(FlagState.RESOLVED, r.reason(), actor.username(), now), AuditAction.FLAG_RESOLVED);
            }
        }
        return result;
    }

    FlagRecord answer(Actor actor, UUID patientId, String key, Optional<String> overrideReason) {
        FlagRecord r = repository.forPatient(patientId).stream().filter(x -> x.flagKey().equals(key)
                        && x.state() != FlagState.RESOLVED).findFirst()
                .orElseThrow(() -> new NotFoundException("notFound.openFlag", key));
        Instant now = ctx.clock().instant();
        if (overrideReason.isPresent()) {
            FlagRecord overridden = r.with(FlagState.OVERRIDDEN, reason(overrideReason.get()), actor.username(), now);
            change(actor, overridden, AuditAction.FLAG_OVERRIDDEN);
            return overridden;
        }
        FlagRecord acknowledged = r.with(FlagState.ACKNOWLEDGED, "", actor.username(), now);
        change(actor, acknowledged, AuditAction.FLAG_ACKNOWLEDGED);
        return acknowledged;
    }

    /**
     * The signing rule: high flags not yet acknowledged or overridden refuse the signature, unless an override reason
     * is given, which then overrides each of them (audited with the reason). Returns the flags overridden now.
     */
    List<FlagRecord> beforeSigning(Actor actor, UUID patientId, List<ClinicalFlag> current,
                                   Optional<String> overrideReason) {
        Map<String, FlagRecord> states = reconcile(actor, patientId, current);
        List<ClinicalFlag> blocking = current.stream().filter(f -> f.severity() == FlagSeverity.HIGH)
                .filter(FlagLifeCycle::aboutMedicines)
                .filter(f -> !states.get(f.key()).state().answered()).toList();
        if (blocking.isEmpty()) {
            return List.of();
        }
        if (overrideReason.isEmpty() || overrideReason.get().isBlank()) {
            throw new UnansweredFlagsException(blocking);
        }
        List<FlagRecord> overridden = new ArrayList<>();
        for (ClinicalFlag f : blocking) {
            overridden.add(answer(actor, patientId, f.key(), overrideReason));
        }
        return overridden;
    }

    /**
     * Only flags about medicines block a signature: a high NEWS2 or a rising creatinine is why the doctor is seeing
     * the patient, and the note is how it gets answered.
     */
    static boolean aboutMedicines(ClinicalFlag f) {
        return f.path().stream().anyMatch(n -> n.type() == FlagNode.Type.MEDICINE);
    }

    private static String reason(String text) {
        String r = text.strip();
        if (r.length() < 5) {
            throw new ValidationException("override", CoreMessages.text("flags.reasonAtLeast"));
        }
        if (r.length() > 500) {
            throw new ValidationException("override", CoreMessages.text("flags.reasonLongerThan"));
        }
        return r;
    }

    private void change(Actor actor, FlagRecord r, AuditAction action) {
        repository.save(r);
        ctx.audit(actor, AuditRecord.of(action, "clinical_flag", r.id(), r.kind().label() + " " + r.severity().label()
                + (r.reason().isEmpty() ? "" : "; reason: " + r.reason()) + "; " + r.flagKey()));
    }
}
