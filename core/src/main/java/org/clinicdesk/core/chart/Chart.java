package org.clinicdesk.core.chart;

import java.util.List;
import java.util.Optional;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.vitals.Vitals;

/**
 * A patient's chart as opened by a clinician: the patient, every set of vitals (oldest first), every note with its
 * amendments (newest first), the history typed in or imported and the documents attached. When duplicates were merged
 * into the patient, their records are part of the chart and {@code aliases} lists them (their UHIDs are aliases).
 */
public record Chart(Patient patient, List<Vitals> vitals, List<ChartNote> notes, List<HistoryEntry> history,
                    List<Document> documents, List<Patient> aliases) {
    public Chart {
        aliases = List.copyOf(aliases);
        vitals = List.copyOf(vitals);
        notes = List.copyOf(notes);
        history = List.copyOf(history);
        documents = List.copyOf(documents);
    }

    public Optional<Vitals> latestVitals() {
        return vitals.isEmpty() ? Optional.empty() : Optional.of(vitals.get(vitals.size() - 1));
    }

    /** The vitals of a visit: the latest set taken at or before {@code at} (a note's signing). */
    public Optional<Vitals> vitalsAt(java.time.Instant at) {
        return vitals.stream().filter(v -> !v.takenAt().isAfter(at)).reduce((first, second) -> second);
    }

    /** The newest unsigned note this author left, which the editor reopens instead of starting another. */
    public Optional<ChartNote> draftBy(String author) {
        return notes.stream().filter(n -> !n.note().isSigned() && n.note().author().equals(author)).findFirst();
    }
}
