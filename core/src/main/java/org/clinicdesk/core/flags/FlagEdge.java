package org.clinicdesk.core.flags;

/**
 * An edge of the clinical graph with what it means ("takes", "contains", "is a", "major: bleeding"). Each edge is its
 * own object, as the graph requires, so equality is identity.
 */
public final class FlagEdge {
    private final String label;

    FlagEdge(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
