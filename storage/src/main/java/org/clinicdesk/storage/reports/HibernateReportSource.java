package org.clinicdesk.storage.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.queue.QueueEntry;
import org.clinicdesk.core.queue.QueueTransition;
import org.clinicdesk.core.reports.ReportSource;
import org.clinicdesk.core.reports.ReportVisit;
import org.clinicdesk.core.reports.SignedNote;
import org.clinicdesk.storage.notes.HibernateNoteRepository;
import org.clinicdesk.storage.patient.HibernatePatientRepository;
import org.clinicdesk.storage.queue.HibernateQueueRepository;

/**
 * A report's reads in a handful of queries whatever the period's size: the entries, all their moves, their patients,
 * the signed notes and all their amendments (a note reads as its latest amendment).
 */
public final class HibernateReportSource implements ReportSource {
    private final HibernateQueueRepository queue;
    private final HibernatePatientRepository patients;
    private final HibernateNoteRepository notes;

    public HibernateReportSource(HibernateQueueRepository queue, HibernatePatientRepository patients,
                                 HibernateNoteRepository notes) {
        this.queue = queue;
        this.patients = patients;
        this.notes = notes;
    }

    @Override
    public List<ReportVisit> visits(LocalDate first, LocalDate last) {
        List<QueueEntry> entries = queue.servedBetween(first, last);
        Map<UUID, List<QueueTransition>> moves = queue.transitionsServedBetween(first, last);
        Map<UUID, Patient> byId = patients.byIds(entries.stream().map(QueueEntry::patientId).toList());
        return entries.stream().map(e -> {
            Patient p = byId.get(e.patientId());
            return new ReportVisit(e, moves.getOrDefault(e.id(), List.of()), p == null ? "?" : p.name().full(),
                    p == null ? "?" : p.uhid().value(), java.util.Optional.ofNullable(p));
        }).toList();
    }

    @Override
    public List<SignedNote> notesSignedBetween(Instant start, Instant end) {
        Map<UUID, List<Amendment>> amendments = notes.amendmentsOfSignedBetween(start, end);
        return notes.signedBetween(start, end).stream().map(n -> {
            List<Amendment> of = amendments.getOrDefault(n.id(), List.of());
            return new SignedNote(n.id(), n.patientId(), n.signedBy(), n.signedAt(),
                    of.isEmpty() ? n.content() : of.get(of.size() - 1).content());
        }).toList();
    }
}
