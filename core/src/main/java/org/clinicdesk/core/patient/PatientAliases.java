package org.clinicdesk.core.patient;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
        return aliasesOfAll(List.of(kept)).get(kept.id());
    }

    /**
     * {@link #aliasesOf} for several kept patients at once, by kept patient's id: one read of the records pointing at
     * them for each step of the merge chains (one in all when none was merged), not one per patient.
     */
    public Map<UUID, List<Patient>> aliasesOfAll(Collection<Patient> kept) {
        Map<UUID, List<Patient>> aliases = new LinkedHashMap<>();
        Map<UUID, Set<UUID>> visited = new HashMap<>();
        Map<UUID, List<UUID>> frontier = new LinkedHashMap<>(); // for each kept patient: the ids to look under next
        for (Patient k : kept) {
            aliases.put(k.id(), new ArrayList<>());
            visited.put(k.id(), new HashSet<>(Set.of(k.id())));
            frontier.put(k.id(), List.of(k.id()));
        }
        while (!frontier.isEmpty()) {
            Set<UUID> asked = new LinkedHashSet<>();
            frontier.values().forEach(asked::addAll);
            Map<UUID, List<Patient>> pointing = patients.pointingAtAny(asked);
            Map<UUID, List<UUID>> next = new LinkedHashMap<>();
            frontier.forEach((keptId, ids) -> {
                for (UUID id : ids) {
                    for (Patient p : pointing.getOrDefault(id, List.of())) {
                        if (visited.get(keptId).add(p.id()) && keptFor(p).id().equals(keptId)) {
                            aliases.get(keptId).add(p);
                            next.computeIfAbsent(keptId, k -> new ArrayList<>()).add(p.id());
                        }
                    }
                }
            });
            frontier = next;
        }
        aliases.values().forEach(list -> list.sort(Comparator.comparing(p -> p.uhid().value())));
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
