package org.clinicdesk.core.flags;

/**
 * An edge of the clinical graph with what it means ("takes", "contains", "is a", "major: bleeding"), kept as
 * {@link FlagText} so it reads in the reader's language. Each edge is its own object, as the graph requires, so equality
 * is identity.
 */
public final class FlagEdge {
    private final FlagText words;

    FlagEdge(FlagText words) {
        this.words = words;
    }

    FlagEdge(String relationKey) {
        this(FlagText.message(ClinicalFlag.RELATION + relationKey));
    }

    public FlagText words() {
        return words;
    }

    /** What the edge means, in the language core speaks now. */
    public String label() {
        return words.text();
    }

    @Override
    public String toString() {
        return label();
    }
}
