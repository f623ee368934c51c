package org.clinicdesk.core.patient;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Follows the pointers that merges leave ({@link Patient#mergedInto()}): the patient a UHID stands for now, and the
 * aliases merged into a patient. Two desks that merge the same pair in opposite directions while offline leave, after
 * sync, a cycle (each record points at the other). No desk rewrites anything to break it: every desk reads the member
 * of the cycle with the lowest UHID as the kept patient and the others as its aliases, so all desks agree, whatever
 * order the changes arrived in. A pointer to a record this desk does not have (yet) is ignored.
 */
public final class PatientAliases {
    private final PatientRepository patients;

    public PatientAliases(PatientRepository patients) {
        this.patients = patients;
    }

    /** The patient whose chart this record belongs to: itself unless it was merged into another. */
    public Patient keptFor(Patient patient) {
        List<Patient> chain = new ArrayList<>();
        Patient current = patient;
        while (current.mergedInto().isPresent()) {
            int seen = indexOf(chain, current.id());
            if (seen >= 0) {
                return chain.subList(seen, chain.size()).stream()
                        .min(Comparator.comparing(p -> p.uhid().value())).orElseThrow();
            }
            chain.add(current);
            Optional<Patient> next = patients.findById(current.mergedIntoId());
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /** Whether this record is an alias of another patient (and so not listed as a patient of its own). */
    public boolean isAlias(Patient patient) {
        return patient.mergedInto().isPresent() && !keptFor(patient).id().equals(patient.id());
    }

    /** The records merged into {@code kept}, directly or through another alias, by UHID. */
    public List<Patient> aliasesOf(Patient kept) {
        List<Patient> aliases = new ArrayList<>();
        Set<UUID> visited = new HashSet<>(Set.of(kept.id()));
        Deque<UUID> next = new ArrayDeque<>(List.of(kept.id()));
        while (!next.isEmpty()) {
            for (Patient pointing : patients.pointingAt(next.removeFirst())) {
                if (visited.add(pointing.id()) && keptFor(pointing).id().equals(kept.id())) {
                    aliases.add(pointing);
                    next.add(pointing.id());
                }
            }
        }
        aliases.sort(Comparator.comparing(p -> p.uhid().value()));
        return aliases;
    }

    private static int indexOf(List<Patient> chain, UUID id) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
