package org.clinicdesk.core.notes;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: where notes and their amendments are kept. The store itself refuses changes to signed notes. */
public interface NoteRepository {
    void save(SoapNote note);

    Optional<SoapNote> findById(UUID id);

    List<SoapNote> forPatient(UUID patientId);

    /** How many notes {@link #forPatient} lists for each of these patients (absent: none), in one query. */
    java.util.Map<UUID, Integer> countsFor(java.util.Collection<UUID> patientIds);

    void add(Amendment amendment);

    List<Amendment> amendmentsOf(UUID noteId);

    /** What the note says now: its latest amendment's content, else its own; empty when there is no such note. */
    default Optional<NoteContent> currentContent(UUID noteId) {
        return findById(noteId).map(note -> {
            List<Amendment> amendments = amendmentsOf(noteId);
            return amendments.isEmpty() ? note.content() : amendments.get(amendments.size() - 1).content();
        });
    }
}
