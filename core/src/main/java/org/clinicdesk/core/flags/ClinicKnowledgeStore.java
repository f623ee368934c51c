package org.clinicdesk.core.flags;

import java.util.Optional;

/** Outgoing port: where a clinic keeps its own interactions CSV (absent until the clinic imports one). */
public interface ClinicKnowledgeStore {
    Optional<String> interactions();

    void saveInteractions(String csv);
}
