package org.clinicdesk.core.notes;

import java.util.List;
import java.util.UUID;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.audit.ReadAccess;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases of SOAP notes: draft, edit the draft, sign (doctors only), amend a signed note with a reason, read. */
public final class NoteService {
    private final ClinicContext ctx;
    private final NoteRepository notes;
    private final PatientRepository patients;
    private final FollowUpBooker followUps;

    public NoteService(ClinicContext ctx, NoteRepository notes, PatientRepository patients) {
        this(ctx, notes, patients, FollowUpBooker.NONE);
    }

    /** Signing or amending a note with a follow-up date books the patient onto that day's list through {@code followUps}. */
    public NoteService(ClinicContext ctx, NoteRepository notes, PatientRepository patients, FollowUpBooker followUps) {
        this.ctx = ctx;
        this.notes = notes;
        this.patients = patients;
        this.followUps = followUps;
    }

    public SoapNote draft(Actor actor, Patient patient, NoteContent content) {
        actor.require(Permission.WRITE_NOTES);
        if (content.isEmpty()) {
            throw new ValidationException("note", CoreMessages.text("notes.emptyWriteAt"));
        }
        return ctx.tx().inTransaction(() -> {
            var now = ctx.clock().instant();
            SoapNote note = new SoapNote(ctx.ids().newId(), patient.id(), actor.username(), NoteStatus.DRAFT, content, now,
                    now, null, null);
            notes.save(note);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.NOTE_DRAFTED, "soap_note", note.id(),
                    patient.uhid().value(), ""));
            return note;
        });
    }

    public SoapNote updateDraft(Actor actor, UUID noteId, NoteContent content) {
        actor.require(Permission.WRITE_NOTES);
        return ctx.tx().inTransaction(() -> {
            SoapNote note = require(noteId);
            if (note.isSigned()) {
                throw new RuleViolationException(CoreMessages.text("notes.signed.noEdit", String.valueOf(noteId)));
            }
            SoapNote updated = note.withContent(content, ctx.clock().instant());
            notes.save(updated);
            return updated;
        });
    }

    public SoapNote sign(Actor actor, UUID noteId) {
        actor.require(Permission.SIGN_NOTES);
        return ctx.tx().inTransaction(() -> {
            SoapNote note = require(noteId);
            if (note.isSigned()) {
                throw new RuleViolationException(CoreMessages.text("notes.noteAlreadySigned", String.valueOf(noteId)));
            }
            note.content().followUp().ifPresent(day -> FollowUp.requireNotPast(day, ctx.today()));
            SoapNote signed = note.signed(actor.username(), ctx.clock().instant());
            notes.save(signed);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.NOTE_SIGNED, "soap_note", noteId, uhidOf(note), ""));
            rebook(actor, signed, java.util.Optional.empty(), signed.content().followUp());
            return signed;
        });
    }

    /** Draft and sign in one step, all or nothing: a nurse's attempt stores no draft either. */
    public SoapNote writeAndSign(Actor actor, Patient patient, NoteContent content) {
        actor.require(Permission.SIGN_NOTES);
        return ctx.tx().inTransaction(() -> sign(actor, draft(actor, patient, content).id()));
    }

    public Amendment amend(Actor actor, UUID noteId, String reason, NoteContent corrected) {
        actor.require(Permission.AMEND_NOTES);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", CoreMessages.text("notes.amendmentNeedsReason"));
        }
        return ctx.tx().inTransaction(() -> {
            SoapNote note = require(noteId);
            if (!note.isSigned()) {
                throw new RuleViolationException(CoreMessages.text("notes.draft.noAmend", String.valueOf(noteId)));
            }
            NoteContent current = currentContent(note);
            if (current.equals(corrected)) {
                throw new ValidationException("amendment", CoreMessages.text("notes.changesNothingNote"));
            }
            if (!corrected.followUp().equals(current.followUp())) {
                corrected.followUp().ifPresent(day -> FollowUp.requireNotPast(day, ctx.today()));
            }
            Amendment amendment = new Amendment(ctx.ids().newId(), noteId, actor.username(), ctx.clock().instant(),
                    reason.strip(), corrected);
            notes.add(amendment);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.NOTE_AMENDED, "soap_note", noteId, uhidOf(note),
                    reason.strip()));
            rebook(actor, note, current.followUp(), corrected.followUp());
            return amendment;
        });
    }

    /** The content as it stands after the latest amendment (or as signed, without any). */
    public NoteContent currentContent(SoapNote note) {
        return new NoteWithAmendments(note, notes.amendmentsOf(note.id())).current();
    }

    public SoapNote read(Actor actor, UUID noteId) {
        return read(actor, noteId, ReadAccess.byRole()).note();
    }

    /** A note with its amendments, on the given grounds; one audit event naming the note and its patient. */
    public NoteWithAmendments read(Actor actor, UUID noteId, ReadAccess access) {
        access.check(actor, Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> {
            SoapNote note = require(noteId);
            ctx.audit(actor, access.audit(AuditAction.NOTE_READ, "soap_note", noteId, uhidOf(note), ""));
            return new NoteWithAmendments(note, notes.amendmentsOf(noteId));
        });
    }

    /** A note as read, with every amendment in order. */
    public record NoteWithAmendments(SoapNote note, List<Amendment> amendments) {
        /** The content as it stands after the latest amendment (or as signed, without any). */
        public NoteContent current() {
            return amendments.isEmpty() ? note.content() : amendments.get(amendments.size() - 1).content();
        }
    }

    public List<Amendment> amendments(Actor actor, UUID noteId) {
        actor.require(Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> notes.amendmentsOf(noteId));
    }

    public List<SoapNote> forPatient(Actor actor, Patient patient) {
        actor.require(Permission.READ_NOTES);
        return ctx.tx().inTransaction(() -> notes.forPatient(patient.id()));
    }

    private void rebook(Actor actor, SoapNote note, java.util.Optional<java.time.LocalDate> was,
                        java.util.Optional<java.time.LocalDate> now) {
        if (was.isEmpty() && now.isEmpty()) {
            return;
        }
        patients.findById(note.patientId())
                .ifPresent(patient -> followUps.rebook(actor, patient, note.id(), was, now));
    }

    /** The UHID the note's audit events lead with (empty only if its patient has not synced here yet). */
    private String uhidOf(SoapNote note) {
        return patients.findById(note.patientId()).map(p -> p.uhid().value()).orElse("");
    }

    private SoapNote require(UUID noteId) {
        return notes.findById(noteId).orElseThrow(() -> new NotFoundException("notFound.note", noteId.toString()));
    }
}
