package org.clinicdesk.storage.notes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.clinicdesk.core.common.RuleViolationException;
import org.clinicdesk.core.notes.Amendment;
import org.clinicdesk.core.notes.NoteRepository;
import org.clinicdesk.core.notes.SoapNote;
import org.clinicdesk.storage.db.HibernateUnitOfWork;
import org.clinicdesk.storage.db.PatientCounts;

/**
 * SOAP notes ({@code soap_note}) and amendments ({@code note_amendment}). A signed note is refused here with a
 * clear message, and again by the database trigger {@link SignedNoteGuard} for anything that bypasses this class.
 */
public final class HibernateNoteRepository implements NoteRepository {
    public static final List<Class<?>> ENTITIES = List.of(SoapNoteEntity.class, AmendmentEntity.class);
    private final HibernateUnitOfWork tx;

    public HibernateNoteRepository(HibernateUnitOfWork tx) {
        this.tx = tx;
    }

    @Override
    public void save(SoapNote note) {
        tx.withSession(session -> {
            SoapNoteEntity entity = session.get(SoapNoteEntity.class, note.id());
            if (entity == null) {
                entity = new SoapNoteEntity(note.id(), note.patientId());
                entity.copyFrom(note);
                session.persist(entity);
            } else if (entity.isSigned()) {
                throw new RuleViolationException("Note " + note.id() + " is signed and cannot be changed; amend it instead.");
            } else {
                entity.copyFrom(note);
            }
            return null;
        });
    }

    @Override
    public Optional<SoapNote> findById(UUID id) {
        return tx.withSession(session -> Optional.ofNullable(session.get(SoapNoteEntity.class, id))
                .filter(e -> !e.isDeleted())
                .map(SoapNoteEntity::toNote));
    }

    @Override
    public List<SoapNote> forPatient(UUID patientId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from SoapNoteEntity where patientId = :patient and deleted = false order by createdAt desc, id desc",
                        SoapNoteEntity.class)
                .setParameter("patient", patientId)
                .getResultStream().map(SoapNoteEntity::toNote).toList());
    }

    @Override
    public java.util.Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds) {
        return tx.withSession(session -> PatientCounts.of(session, "SoapNoteEntity", patientIds));
    }

    @Override
    public void add(Amendment amendment) {
        tx.withSession(session -> {
            session.persist(new AmendmentEntity(amendment));
            return null;
        });
    }

    @Override
    public List<Amendment> amendmentsOf(UUID noteId) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from AmendmentEntity where noteId = :note and deleted = false order by amendedAt, id",
                        AmendmentEntity.class)
                .setParameter("note", noteId)
                .getResultStream().map(AmendmentEntity::toAmendment).toList());
    }

    /** Notes signed from {@code start} (inclusive) to {@code end} (exclusive), oldest first (reports). */
    public List<SoapNote> signedBetween(java.time.Instant start, java.time.Instant end) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "from SoapNoteEntity where status = 'SIGNED' and signedAt >= :start and signedAt < :end "
                                + "and deleted = false order by signedAt, id", SoapNoteEntity.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultStream().map(SoapNoteEntity::toNote).toList());
    }

    /** The amendments of the notes signed in that time, in one query, by note, oldest first (reports). */
    public java.util.Map<UUID, List<Amendment>> amendmentsOfSignedBetween(java.time.Instant start, java.time.Instant end) {
        return tx.withSession(session -> session.createSelectionQuery(
                        "select a from AmendmentEntity a, SoapNoteEntity n where a.noteId = n.id "
                                + "and n.status = 'SIGNED' and n.signedAt >= :start and n.signedAt < :end "
                                + "and n.deleted = false and a.deleted = false order by a.amendedAt, a.id",
                        AmendmentEntity.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultStream().map(AmendmentEntity::toAmendment)
                .collect(java.util.stream.Collectors.groupingBy(Amendment::noteId)));
    }
}
