package org.clinicdesk.core.patient;

import java.util.List;

/** A registered patient who may be the same person as the one being registered, and why we think so. */
public record DuplicateCandidate(Patient patient, List<String> reasons) {
}
