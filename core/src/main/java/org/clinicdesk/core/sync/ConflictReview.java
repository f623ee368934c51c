package org.clinicdesk.core.sync;

import java.util.List;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/**
 * Use case: a doctor or administrator reviews the conflicts sync left for a person and acknowledges each with a
 * note. Signed notes never change, so acknowledging is the resolution (a correction is an amendment); every
 * acknowledgement is audited.
 */
public final class ConflictReview {
    private static final int MAX_NOTE = 500;
    private final ClinicContext ctx;
    private final ConflictInbox inbox;

    public ConflictReview(ClinicContext ctx, ConflictInbox inbox) {
        this.ctx = ctx;
        this.inbox = inbox;
    }

    /** The open conflicts; looking at them (both versions of clinical rows) is one audit event. */
    public List<SyncConflict> open(Actor actor) {
        actor.require(Permission.REVIEW_SYNC_CONFLICTS);
        List<SyncConflict> open = inbox.open();
        ctx.tx().run(() -> ctx.audit(actor, AuditRecord.of(AuditAction.CONFLICTS_VIEWED, "sync_conflict", null,
                open.size() + " open")));
        return open;
    }

    public void acknowledge(Actor actor, SyncConflict conflict, String note) {
        actor.require(Permission.REVIEW_SYNC_CONFLICTS);
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new ValidationException("note", CoreMessages.text("sync.sayWhatWas"));
        }
        if (text.length() > MAX_NOTE) {
            throw new ValidationException("note", CoreMessages.text("common.tooLong", String.valueOf(MAX_NOTE)));
        }
        if (!inbox.acknowledge(conflict.id(), actor.username(), text)) {
            throw new RuleViolationException(CoreMessages.text("sync.conflictWasAlready"));
        }
        ctx.tx().run(() -> ctx.audit(actor, AuditRecord.of(AuditAction.SYNC_CONFLICT_ACKNOWLEDGED, conflict.table(),
                conflict.rowId(), "conflict " + conflict.id() + ": " + text)));
    }
}
