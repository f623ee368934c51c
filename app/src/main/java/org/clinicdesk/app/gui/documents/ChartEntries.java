package org.clinicdesk.app.gui.documents;

import ca.uhn.fhir.context.FhirContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicdesk.app.gui.common.Session;
import org.clinicdesk.core.documents.Document;
import org.clinicdesk.core.extraction.ClinicalFact;
import org.clinicdesk.core.extraction.DateFact;
import org.clinicdesk.core.extraction.DateRole;
import org.clinicdesk.core.fhir.FhirMapper;
import org.clinicdesk.core.history.HistoryEntry;
import org.clinicdesk.core.patient.Patient;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Turns the facts a reviewer accepted into history entries, one per fact, in one transaction: each names the document
 * it came from ({@code document <sha256>}) and keeps its FHIR R4 resource (JSON) in its details.
 */
public final class ChartEntries {
    // Building the context and the first encode take ~2 s: done once, on a background thread.
    private static volatile FhirContext fhir;
    private final Session session;
    private final FhirMapper mapper = new FhirMapper();

    public ChartEntries(Session session) {
        this.session = session;
    }

    /** An accepted fact with the summary the reviewer settled on; accepted dates only date the other entries. */
    public record Accepted(Suggestion suggestion, String summary) {
    }

    public List<HistoryEntry> add(Patient patient, Document document, List<Accepted> accepted) {
        List<ClinicalFact> facts = accepted.stream().map(a -> a.suggestion().fact()).toList();
        LocalDate date = facts.stream().filter(DateFact.class::isInstance).map(DateFact.class::cast)
                .filter(d -> d.role() != DateRole.BIRTH).map(DateFact::date)
                .filter(d -> !d.isAfter(session.services().store().context().today()))
                .findFirst().orElse(null);
        return session.services().store().context().tx().inTransaction(() -> {
            List<HistoryEntry> added = new ArrayList<>();
            for (Accepted a : accepted) {
                if (a.suggestion().historyKind().isEmpty()) {
                    continue;
                }
                List<ClinicalFact> withDates = new ArrayList<>(facts.stream().filter(DateFact.class::isInstance).toList());
                withDates.add(a.suggestion().fact());
                String json = fhirJson(patient, document, withDates);
                added.add(session.services().history().add(session.actor(), patient, a.suggestion().historyKind().get(),
                        date, a.summary(), json, "document " + document.sha256()));
            }
            return added;
        });
    }

    /** The fact's own resource (the bundle's second entry; the first is the DocumentReference). */
    private String fhirJson(Patient patient, Document document, List<ClinicalFact> dateAndFact) {
        Bundle bundle = mapper.map(patient, document, dateAndFact);
        return context().newJsonParser().encodeResourceToString(bundle.getEntry().get(bundle.getEntry().size() - 1)
                .getResource());
    }

    /** Loads HAPI's model ahead of the first accept; call from a background thread. */
    public static void warmUp() {
        context().newJsonParser().encodeResourceToString(new org.hl7.fhir.r4.model.Patient());
    }

    private static FhirContext context() {
        FhirContext c = fhir;
        if (c == null) {
            synchronized (ChartEntries.class) {
                if (fhir == null) {
                    fhir = FhirContext.forR4();
                }
                c = fhir;
            }
        }
        return c;
    }
}
