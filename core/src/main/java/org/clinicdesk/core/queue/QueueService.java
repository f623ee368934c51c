package org.clinicdesk.core.queue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.clinicdesk.core.audit.AuditAction;
import org.clinicdesk.core.audit.AuditRecord;
import org.clinicdesk.core.common.ClinicContext;
import org.clinicdesk.core.common.CoreMessages;
import org.clinicdesk.core.common.NotFoundException;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.common.SiteCode;
import org.clinicdesk.core.common.ValidationException;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PatientRepository;
import org.clinicdesk.core.users.Actor;
import org.clinicdesk.core.users.Permission;

/** Use cases of today's queue: add, move along the state machine, requeue, call the next patient. */
public final class QueueService {
    private final ClinicContext ctx;
    private final QueueRepository queue;
    private final PatientRepository patients;
    private final Predicate<java.util.UUID> hasVitalsToday;
    private final Function<Collection<java.util.UUID>, Set<java.util.UUID>> withVitalsToday;
    private final UnaryOperator<SiteCode> tokenPrefix;
    private final java.util.function.Function<java.util.UUID, Optional<String>> followUpReasonOfNote;

    /** Tokens carry the issuing desk's site code. */
    public QueueService(ClinicContext ctx, QueueRepository queue, PatientRepository patients,
                        Predicate<java.util.UUID> hasVitalsToday) {
        this(ctx, queue, patients, hasVitalsToday, UnaryOperator.identity());
    }

    /** Tokens carry the prefix the clinic chose for the issuing desk (a clinic setting, unique per desk). */
    public QueueService(ClinicContext ctx, QueueRepository queue, PatientRepository patients,
                        Predicate<java.util.UUID> hasVitalsToday, UnaryOperator<SiteCode> tokenPrefix) {
        this(ctx, queue, patients, hasVitalsToday,
                ids -> ids.stream().filter(hasVitalsToday).collect(Collectors.toSet()), tokenPrefix);
    }

    /**
     * As above, with the vitals markers of a whole board read at once ({@code withVitalsToday}: those of the given
     * patients with vitals today), so that a board of N entries costs a few reads, not 2N.
     */
    public QueueService(ClinicContext ctx, QueueRepository queue, PatientRepository patients,
                        Predicate<java.util.UUID> hasVitalsToday,
                        Function<Collection<java.util.UUID>, Set<java.util.UUID>> withVitalsToday,
                        UnaryOperator<SiteCode> tokenPrefix) {
        this(ctx, queue, patients, hasVitalsToday, withVitalsToday, tokenPrefix, noteId -> Optional.empty());
    }

    private QueueService(ClinicContext ctx, QueueRepository queue, PatientRepository patients,
                         Predicate<java.util.UUID> hasVitalsToday,
                         Function<Collection<java.util.UUID>, Set<java.util.UUID>> withVitalsToday,
                         UnaryOperator<SiteCode> tokenPrefix,
                         java.util.function.Function<java.util.UUID, Optional<String>> followUpReasonOfNote) {
        this.ctx = ctx;
        this.queue = queue;
        this.patients = patients;
        this.hasVitalsToday = hasVitalsToday;
        this.withVitalsToday = withVitalsToday;
        this.tokenPrefix = tokenPrefix;
        this.followUpReasonOfNote = followUpReasonOfNote;
    }

    /**
     * The same service whose board shows, on an entry a note's follow-up booked, the reason that note (as last
     * amended) gives; {@code reasonOfNote} reads it by the note's id inside the board's transaction.
     */
    public QueueService withFollowUpReasons(java.util.function.Function<java.util.UUID, Optional<String>> reasonOfNote) {
        return new QueueService(ctx, queue, patients, hasVitalsToday, withVitalsToday, tokenPrefix, reasonOfNote);
    }

    public QueueEntry add(Actor actor, Patient patient, Priority priority) {
        actor.require(Permission.QUEUE_ADD);
        return ctx.tx().inTransaction(() -> {
            var today = ctx.today();
            queue.openEntryFor(patient.id(), today).ifPresent(open -> {
                throw new RuleViolationException(CoreMessages.text("queue.alreadyTodaysQueue",
                        patient.name().full(), open.token().value(),
                        open.status().label().toLowerCase(java.util.Locale.ROOT)));
            });
            Token token = new Token(tokenPrefix.apply(actor.site()), (int) ctx.sequences().next("token:" + today));
            var now = ctx.clock().instant();
            QueueEntry entry = new QueueEntry(ctx.ids().newId(), patient.id(), token, today, priority,
                    QueueStatus.WAITING, now, now, 0);
            queue.save(entry);
            queue.record(new QueueTransition(ctx.ids().newId(), entry.id(), null, QueueStatus.WAITING,
                    actor.username(), now, ""));
            ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_ADDED, "queue_entry", entry.id(),
                    token.value() + " " + patient.uhid().value() + " " + priority));
            return entry;
        });
    }

    /**
     * A signed note's follow-up: cancels the booking of the day the note asked for before (if still waiting) and books
     * the patient, waiting, onto the list of the day it asks for now. Runs inside the signing or amending transaction,
     * whose use case checked the doctor's permission. The entry's id is derived from the note and the day, so signing
     * twice, syncing, or amending back and forth never books a patient twice for one note.
     */
    public void bookFollowUp(Actor actor, Patient patient, java.util.UUID noteId, Optional<java.time.LocalDate> was,
                             Optional<java.time.LocalDate> now) {
        if (was.equals(now)) {
            return;
        }
        was.flatMap(day -> queue.findById(followUpId(noteId, day)))
                .filter(old -> old.status() == QueueStatus.WAITING)
                .ifPresent(old -> applyMove(actor, old, QueueStatus.CANCELLED,
                        "follow-up moved" + now.map(d -> " to " + d).orElse(" away")));
        now.ifPresent(day -> book(actor, patient, noteId, day));
    }

    private void book(Actor actor, Patient patient, java.util.UUID noteId, java.time.LocalDate day) {
        java.util.UUID id = followUpId(noteId, day);
        Optional<QueueEntry> existing = queue.findById(id);
        String why = FOLLOW_UP_REASON + " " + noteId;
        if (existing.isPresent()) {
            QueueEntry entry = existing.get();
            if (entry.status() == QueueStatus.CANCELLED) {
                var at = ctx.clock().instant();
                queue.save(entry.requeued(at));
                queue.record(new QueueTransition(ctx.ids().newId(), id, entry.status(), QueueStatus.WAITING,
                        actor.username(), at, why));
                ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_REQUEUED, "queue_entry", id,
                        entry.token().value() + " " + entry.status() + "->WAITING: " + why));
            }
            return;
        }
        if (queue.openEntryFor(patient.id(), day).isPresent()) {
            return;
        }
        Token token = new Token(tokenPrefix.apply(actor.site()), (int) ctx.sequences().next("token:" + day));
        var now = ctx.clock().instant();
        // waiting counts from the morning of the booked day, not from the consultation that booked it
        var arrives = day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant();
        QueueEntry entry = new QueueEntry(id, patient.id(), token, day, Priority.NORMAL, QueueStatus.WAITING,
                arrives.isAfter(now) ? arrives : now, now, 0);
        queue.save(entry);
        queue.record(new QueueTransition(ctx.ids().newId(), id, null, QueueStatus.WAITING, actor.username(), now, why));
        ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_ADDED, "queue_entry", id,
                token.value() + " " + patient.uhid().value() + " " + Priority.NORMAL + " " + day + ": " + why));
    }

    /** The reason a follow-up booking's first transition carries (the note's id follows it). */
    public static final String FOLLOW_UP_REASON = "follow-up of note";

    /** One note books one entry per day it ever asked for. */
    static java.util.UUID followUpId(java.util.UUID noteId, java.time.LocalDate day) {
        return java.util.UUID.nameUUIDFromBytes(("follow-up " + noteId + " " + day)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Moves an entry along the state machine; the role must own that step. */
    public QueueEntry move(Actor actor, Token token, QueueStatus target, String reason) {
        if (target == QueueStatus.WAITING) {
            throw new RuleViolationException(CoreMessages.text("queue.patientGoesBack", token.value()));
        }
        actor.require(permissionFor(target));
        return ctx.tx().inTransaction(() -> {
            QueueEntry entry = requireToday(token);
            if (!entry.status().canMoveTo(target)) {
                String key = entry.status().isOpen() ? "queue.move.refused" : "queue.move.closed";
                throw new RuleViolationException(CoreMessages.text(key, token.value(),
                        entry.status().label().toLowerCase(java.util.Locale.ROOT),
                        target.label().toLowerCase(java.util.Locale.ROOT)));
            }
            if (target == QueueStatus.IN_CONSULTATION && entry.status() == QueueStatus.WAITING
                    && entry.priority() != Priority.EMERGENCY) {
                throw new RuleViolationException(CoreMessages.text("queue.triage.skipped", token.value()));
            }
            return applyMove(actor, entry, target, reason == null ? "" : reason);
        });
    }

    /** The explicit way back: a closed or misplaced entry returns to WAITING, with a reason, audited. */
    public QueueEntry requeue(Actor actor, Token token, String reason) {
        actor.require(Permission.QUEUE_REQUEUE);
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", CoreMessages.text("queue.requeueNeedsReason"));
        }
        return ctx.tx().inTransaction(() -> {
            QueueEntry entry = requireToday(token);
            if (entry.status() == QueueStatus.WAITING) {
                throw new RuleViolationException(CoreMessages.text("queue.alreadyWaiting", token.value()));
            }
            var now = ctx.clock().instant();
            QueueEntry requeued = entry.requeued(now);
            queue.save(requeued);
            queue.record(new QueueTransition(ctx.ids().newId(), entry.id(), entry.status(), QueueStatus.WAITING,
                    actor.username(), now, reason.trim()));
            ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_REQUEUED, "queue_entry", entry.id(),
                    token.value() + " " + entry.status() + "->WAITING: " + reason.trim()));
            return requeued;
        });
    }

    /** The doctor's "call next": ready patients and waiting emergencies, highest priority, longest waiting. */
    public Optional<QueueEntry> callNext(Actor actor) {
        actor.require(Permission.QUEUE_CONSULT);
        return ctx.tx().inTransaction(() -> queue.forDay(ctx.today()).stream()
                .filter(e -> e.status() == QueueStatus.READY_FOR_DOCTOR
                        || e.priority() == Priority.EMERGENCY && e.status() == QueueStatus.WAITING)
                .sorted(QueueEntry.BOARD_ORDER)
                .findFirst()
                .map(e -> applyMove(actor, e, QueueStatus.IN_CONSULTATION, "")));
    }

    public List<BoardRow> board(Actor actor) {
        return board(actor, ctx.today());
    }

    /**
     * The board of any day: today's as it stands, an earlier day's as it was left (read-only in the window). Vitals
     * are marked only on today's board, since "taken" means taken today.
     */
    public List<BoardRow> board(Actor actor, java.time.LocalDate day) {
        actor.require(Permission.VIEW_QUEUE);
        boolean today = day.equals(ctx.today());
        return ctx.tx().inTransaction(() -> {
            List<QueueEntry> entries = queue.forDay(day);
            // one read each for the day's transitions and vitals markers (the window refreshes the board every second)
            Map<java.util.UUID, List<QueueTransition>> moves = queue.transitionsOf(entries.stream()
                    .map(QueueEntry::id).toList());
            Set<java.util.UUID> vitals = today ? withVitalsToday.apply(entries.stream().map(QueueEntry::patientId)
                    .collect(Collectors.toSet())) : Set.of();
            return entries.stream()
                    .sorted(QueueEntry.BOARD_ORDER)
                    .map(e -> {
                        List<QueueTransition> itsMoves = moves.getOrDefault(e.id(), List.of());
                        Optional<QueueTransition> seen = seenByDoctor(e) ? consultationStart(e, itsMoves)
                                : Optional.empty();
                        return new BoardRow(e, patients.findById(e.patientId()).orElseThrow(
                                () -> new NotFoundException("notFound.patientOfEntry", e.token().value())),
                                vitals.contains(e.patientId()), seen.map(QueueTransition::at),
                                seen.map(QueueTransition::byUser), followUpReason(itsMoves));
                    })
                    .toList();
        });
    }

    private static boolean seenByDoctor(QueueEntry e) {
        return e.status() != QueueStatus.WAITING && e.status() != QueueStatus.IN_TRIAGE
                && e.status() != QueueStatus.READY_FOR_DOCTOR;
    }

    /** For an entry a note's follow-up booked (its first move says so), the reason that note gives, if any. */
    private Optional<String> followUpReason(List<QueueTransition> moves) {
        String prefix = FOLLOW_UP_REASON + " ";
        return moves.stream().map(QueueTransition::reason)
                .filter(r -> r != null && r.startsWith(prefix)).findFirst()
                .flatMap(r -> noteId(r.substring(prefix.length())))
                .flatMap(followUpReasonOfNote)
                .filter(r -> !r.isBlank());
    }

    private static Optional<java.util.UUID> noteId(String text) {
        try {
            return Optional.of(java.util.UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The latest move into consultation since the entry last (re)arrived: when the wait ended, and with whom. */
    private Optional<QueueTransition> consultationStart(QueueEntry e) {
        return seenByDoctor(e) ? consultationStart(e, queue.transitionsOf(e.id())) : Optional.empty();
    }

    private static Optional<QueueTransition> consultationStart(QueueEntry e, List<QueueTransition> transitions) {
        if (!seenByDoctor(e)) {
            return Optional.empty();
        }
        QueueTransition found = null;
        for (QueueTransition t : transitions) {
            if (t.to() == QueueStatus.WAITING) {
                found = null;
            } else if (t.to() == QueueStatus.IN_CONSULTATION) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Changes an open entry's priority (the board re-orders by it); reception and nurses may, audited with the reason. */
    public QueueEntry changePriority(Actor actor, Token token, Priority priority, String reason) {
        if (!actor.may(Permission.QUEUE_ADD)) {
            actor.require(Permission.QUEUE_TRIAGE);
        }
        return ctx.tx().inTransaction(() -> {
            QueueEntry entry = requireToday(token);
            if (!entry.status().isOpen()) {
                throw new RuleViolationException(CoreMessages.text("queue.priority.closed", token.value()));
            }
            if (entry.priority() == priority) {
                return entry;
            }
            QueueEntry changed = entry.withPriority(priority);
            queue.save(changed);
            String why = reason == null ? "" : reason.trim();
            ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_PRIORITY_CHANGED, "queue_entry", entry.id(),
                    token.value() + " " + entry.priority() + "->" + priority + (why.isEmpty() ? "" : ": " + why)));
            return changed;
        });
    }

    public List<QueueTransition> history(Actor actor, Token token) {
        actor.require(Permission.VIEW_QUEUE);
        return ctx.tx().inTransaction(() -> queue.transitionsOf(requireToday(token).id()));
    }

    /**
     * Today's queue entry a token slip is printed for, by token ("A-014") or by UHID (the patient's latest entry
     * today); {@code print} makes the slip and the print is audited with it, in one transaction.
     */
    public <T> T printSlip(Actor actor, String tokenOrUhid, java.util.function.Function<BoardRow, T> print) {
        actor.require(Permission.VIEW_QUEUE);
        String typed = tokenOrUhid == null ? "" : tokenOrUhid.trim();
        if (typed.isEmpty()) {
            throw new ValidationException("token", CoreMessages.text("queue.token.empty"));
        }
        return ctx.tx().inTransaction(() -> {
            BoardRow row = slipRow(typed);
            T printed = print.apply(row);
            ctx.audit(actor, AuditRecord.aboutPatient(AuditAction.TOKEN_SLIP_PRINTED, "queue_entry", row.entry().id(),
                    row.patient().uhid().value(), row.entry().token().value()));
            return printed;
        });
    }

    private BoardRow slipRow(String typed) {
        QueueEntry entry;
        if (org.clinicdesk.core.patient.Uhid.looksLikeUhid(typed)) {
            var uhid = org.clinicdesk.core.patient.Uhid.parse(typed);
            Patient patient = patients.findByUhid(uhid)
                    .orElseThrow(() -> new NotFoundException("notFound.patient", uhid.value()));
            entry = queue.forDay(ctx.today()).stream().filter(e -> e.patientId().equals(patient.id()))
                    .max(java.util.Comparator.comparing(QueueEntry::arrivedAt))
                    .orElseThrow(() -> new NotFoundException("notFound.entryToday", uhid.value()));
        } else {
            entry = requireToday(Token.parse(typed));
        }
        Optional<QueueTransition> seen = consultationStart(entry);
        return new BoardRow(entry, patients.findById(entry.patientId()).orElseThrow(
                () -> new NotFoundException("notFound.patientOfEntry", entry.token().value())),
                hasVitalsToday.test(entry.patientId()), seen.map(QueueTransition::at), seen.map(QueueTransition::byUser));
    }

    public static Permission permissionFor(QueueStatus target) {
        return switch (target) {
            case IN_TRIAGE, READY_FOR_DOCTOR -> Permission.QUEUE_TRIAGE;
            case IN_CONSULTATION, COMPLETED -> Permission.QUEUE_CONSULT;
            case CANCELLED, NO_SHOW -> Permission.QUEUE_CANCEL;
            case WAITING -> Permission.QUEUE_REQUEUE;
        };
    }

    private QueueEntry requireToday(Token token) {
        return queue.findByToken(ctx.today(), token)
                .orElseThrow(() -> new NotFoundException("notFound.token", token.value()));
    }

    private QueueEntry applyMove(Actor actor, QueueEntry entry, QueueStatus target, String reason) {
        var now = ctx.clock().instant();
        QueueEntry moved = entry.movedTo(target, now);
        queue.save(moved);
        queue.record(new QueueTransition(ctx.ids().newId(), entry.id(), entry.status(), target, actor.username(), now, reason));
        ctx.audit(actor, AuditRecord.of(AuditAction.QUEUE_MOVED, "queue_entry", entry.id(),
                entry.token().value() + " " + entry.status() + "->" + target));
        return moved;
    }
}
