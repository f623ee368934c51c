package org.clinicdesk.core.flags;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.clinicdesk.core.patient.NameSimilarity;
import org.clinicdesk.core.patient.Patient;
import org.clinicdesk.core.patient.PhoneNumber;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;

/**
 * Likely duplicate patients: an edge joins two patients with the same phone, or the same date of birth and a similar
 * name; each connected component of two or more is one person registered more than once (possibly at different desks,
 * seen after sync). Each patient gets a flag per other member, its path the chain of edges that joins them.
 */
public final class DuplicatePatients {
    /** The same threshold as the registration form's duplicate warning ({@link NameSimilarity#similar}). */
    static final double SIMILAR_NAME = 0.8;
    private final String knowledgeVersion;

    public DuplicatePatients(String knowledgeVersion) {
        this.knowledgeVersion = knowledgeVersion;
    }

    public Map<UUID, List<ClinicalFlag>> find(List<Patient> patients) {
        Graph<FlagNode, FlagEdge> g = KnowledgeGraph.emptyGraph();
        Map<String, List<Patient>> byPhone = new HashMap<>();
        Map<LocalDate, List<Patient>> byBirth = new HashMap<>();
        Map<UUID, FlagNode> nodes = new HashMap<>();
        Map<FlagNode, Patient> byNode = new HashMap<>();
        for (Patient p : patients) {
            FlagNode n = node(p);
            nodes.put(p.id(), n);
            byNode.put(n, p);
            p.phoneNumber().map(PhoneNumber::digits).map(DuplicatePatients::lastTen)
                    .ifPresent(d -> byPhone.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
            if (p.dateOfBirth() != null && !p.dateOfBirth().estimated()) {
                byBirth.computeIfAbsent(p.dateOfBirth().date(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<Patient>> e : byPhone.entrySet()) {
            join(g, nodes, e.getValue(), (a, b) -> true, FlagText.message("flag.edge.samePhone", e.getKey()));
        }
        Map<UUID, String> names = new HashMap<>();
        for (Map.Entry<LocalDate, List<Patient>> e : byBirth.entrySet()) {
            join(g, nodes, e.getValue(), (a, b) -> NameSimilarity.similarityOfNormalised(
                    names.computeIfAbsent(a.id(), k -> NameSimilarity.normalise(a.name().full())),
                    names.computeIfAbsent(b.id(), k -> NameSimilarity.normalise(b.name().full()))) >= SIMILAR_NAME,
                    FlagText.message("flag.edge.sameBirthDate", e.getKey()));
        }
        Map<UUID, List<ClinicalFlag>> flags = new LinkedHashMap<>();
        for (Set<FlagNode> component : new ConnectivityInspector<>(g).connectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            BFSShortestPath<FlagNode, FlagEdge> paths = new BFSShortestPath<>(g);
            for (FlagNode from : component) {
                for (FlagNode to : component) {
                    if (from.equals(to)) {
                        continue;
                    }
                    GraphPath<FlagNode, FlagEdge> path = paths.getPath(from, to);
                    Patient other = byNode.get(to);
                    flags.computeIfAbsent(byNode.get(from).id(), k -> new ArrayList<>()).add(new ClinicalFlag(
                            FlagKind.DUPLICATE_PATIENT, FlagSeverity.MODERATE, FlagText.message("flag.explain.samePerson",
                            other.name().full(), other.uhid().value(), FlagText.joined("; ", path.getEdgeList().stream()
                            .map(FlagEdge::words).distinct().toList()), String.valueOf(component.size())),
                            path.getVertexList(), path.getEdgeList().stream().map(FlagEdge::words).toList(),
                            "registrations", knowledgeVersion));
                }
            }
        }
        return flags;
    }

    private interface Alike {
        boolean test(Patient a, Patient b);
    }

    private static void join(Graph<FlagNode, FlagEdge> g, Map<UUID, FlagNode> nodes, List<Patient> group, Alike alike,
                             FlagText label) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                Patient a = group.get(i);
                Patient b = group.get(j);
                if (alike.test(a, b)) {
                    FlagNode x = nodes.get(a.id());
                    FlagNode y = nodes.get(b.id());
                    g.addVertex(x);
                    g.addVertex(y);
                    if (!g.containsEdge(x, y)) {
                        g.addEdge(x, y, new FlagEdge(label));
                    }
                }
            }
        }
    }

    /**
     * The UHID of the other patient a duplicate-patient flag names (the path's last vertex, labelled "Name (UHID)"):
     * what the flag's merge action offers to merge with. Empty for any other kind of flag.
     */
    public static java.util.Optional<String> otherUhid(ClinicalFlag flag) {
        if (flag.kind() != FlagKind.DUPLICATE_PATIENT) {
            return java.util.Optional.empty();
        }
        String label = flag.path().get(flag.path().size() - 1).label();
        int open = label.lastIndexOf('(');
        int close = label.lastIndexOf(')');
        return open < 0 || close < open ? java.util.Optional.empty()
                : java.util.Optional.of(label.substring(open + 1, close));
    }

    private static String lastTen(String digits) {
        return digits.length() > 10 ? digits.substring(digits.length() - 10) : digits;
    }

    static FlagNode node(Patient p) {
        return new FlagNode(FlagNode.Type.PATIENT, p.id().toString(), p.name().full() + " (" + p.uhid().value() + ")");
    }
}
